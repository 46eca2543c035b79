"""A parliament named by its own word (fifty-ninth pass, h-names125; own sentences about
Finland–Norway, Latvia–Estonia, Mongolia–China, Turkmenistan–Turkey, Poland–Lithuania):

- a known one the tagger took into the name of the person after it ("со спикером [Стортинга
  Масудом Гарахани]") is the body, its word no part of the name, and the speaker its post;
- after "в" it is the body, not a building ("выступил в Стортинге", as "в Госдуме");
- one several states name their parliament by ("Сейм", "Меджлис", "Хурал": org_words.txt
  group `own`), named bare, is of the one of them the text names by name or capital, though
  the text names other states too, and a title's holder after it in the title's case says
  not which body it is ("со спикером Сейма Даугой Миериней").

Must-nots: none where the text names two such states or none (a capital counts: "прибыл в
Варшаву"), a state named after the word keeps it ("Сейм Польши"), a seat of power after "в"
stays a place, a lower-case party's name as a first name stays the person's ("Тори Эймос")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import offices_by_name, org_states, person_names

from kg.model import Extraction

ORGS = [
    ("Президент Финляндии Александр Стубб встретился со спикером Стортинга Масудом Гарахани.",
     [("Стортинга", "Стортинг", "state/NOR")]),
    ("Спикер Стортинга Масуд Гарахани встретился с президентом Финляндии Александром Стуббом.",
     [("Стортинга", "Стортинг", "state/NOR")]),
    ("Премьер-министр Норвегии Йонас Гар Стёре выступил в Стортинге.",
     [("Стортинге", "Стортинг", "state/NOR")]),
    ("Президент Латвии Эдгар Ринкевич подписал закон. Сейм одобрил соглашение с Эстонией.",
     [("Сейм", "Сейм Латвии", "state/LVA")]),
    ("Президент Монголии посетил Пекин. Хурал одобрил соглашение с Китаем.",
     [("Хурал", "Великий государственный хурал", "state/MNG")]),
    ("Президент Туркменистана посетил Анкару. Меджлис одобрил соглашение с Турцией.",
     [("Меджлис", "Меджлис Туркменистана", "state/TKM")]),
    ("Министр иностранных дел Эстонии посетил Латвию и встретился со спикером Сейма Даугой "
     "Миериней.", [("Сейма", "Сейм Латвии", "state/LVA")]),
    # must not: two such states or none named (by name or capital); a state after the word
    ("Президент Польши посетил Литву. Сейм одобрил договор.", []),
    ("Премьер Литвы прибыл в Варшаву. Председатель Сейма Вальдемар Чаржасты встретился с ним.",
     []),
    ("Министр иностранных дел Эстонии прибыл в Хельсинки. Сейм одобрил соглашение.", []),
    ("Президент Польши посетил Литву. Сейм Польши одобрил договор.",
     [("Сейм Польши", "Сейм Польши", "state/POL")]),
    # must not: a seat of power after "в" is a place
    ("Премьер Норвегии прибыл в Москву. Встреча прошла в Кремле.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs"), ORGS)
def test_parliament_named_by_own_word(
    run: Callable[[str], Extraction], text: str, orgs: list[tuple[str, str, str]]
) -> None:
    assert org_states(run(text)) == orgs


# the chair of a parliament named by its own word is of its state, the body's words the
# office's (sixtieth pass, h-orgs73: was "спикер" of org/storting)
PERSONS = [
    ("Президент Финляндии Александр Стубб встретился со спикером Стортинга Масудом Гарахани.",
     "Масуд Гарахани", {"спикер Стортинга state/NOR"}),
    ("Спикер Стортинга Масуд Гарахани встретился с президентом Финляндии Александром Стуббом.",
     "Масуд Гарахани", {"спикер Стортинга state/NOR"}),
    # must not: a lower-case party's name as a person's first name
    ("Певица Тори Эймос выступила в Осло.", "Тори Эймос", {"певица "}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "offices"), PERSONS)
def test_holder_after_the_body(
    run: Callable[[str], Extraction], text: str, name: str, offices: set[str]
) -> None:
    ex = run(text)
    assert name in person_names(ex)
    assert offices_by_name(ex, with_state=True).get(name) == offices
