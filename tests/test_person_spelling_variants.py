"""One foreign surname transliterated with "оу" and with "у" ("Роухани"/"Рухани") is one
person where the first names agree: a mention in either spelling joins the person the
document named in the other, and a gazetteer person named by the variant keeps its entry;
another first name, or a surname of other letters, is another person (names79; own
sentences about Iran, Egypt, Turkey, Peru, Chile)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import mention_persons, person_names

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Хасан Рухани прибыл в Каир. Хасан Роухани провёл переговоры с президентом Египта. "
         "Роухани заявил, что доволен.", "Хасан Рухани"),
        ("Президент Ирана Хасан Роухани прибыл в Анкару. Хасан Рухани провёл переговоры с "
         "президентом Турции. Роухани заявил, что доволен.", "Хасан Рухани"),
        ("Посол Ирана Али Мансоури прибыл в Лиму. Али Мансури вручил верительные грамоты. "
         "Мансоури заявил, что доволен.", "Али Мансоури"),
    ],
)  # fmt: skip
def test_one_person_of_two_spellings(
    run: Callable[[str], Extraction], text: str, person: str
) -> None:
    ex = run(text)
    named = mention_persons(ex)
    assert {named[m] for m in named if m.split()[-1].startswith(("Р", "М"))} == {person}


def test_the_gazetteer_entry_is_kept(run: Callable[[str], Extraction]) -> None:
    ex = run("Президент Ирана Хасан Роухани прибыл в Каир. Роухани заявил, что доволен.")
    people = [e for e in ex.entities if e.type == "Person" and "ухани" in e.name]
    assert [e.name for e in people] == ["Хасан Рухани"]
    assert people[0].key == "person/hassan-rouhani"


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        # another first name: another person, who takes no entry of the gazetteer's
        ("Министр Махмуд Роухани прибыл в Каир. Хасан Рухани остался в Тегеране.",
         {"Махмуд Роухани", "Хасан Рухани"}),
        ("Иван Петров прибыл в Лиму. Иван Петряев остался в Сантьяго.",
         {"Иван Петров", "Иван Петряев"}),
        ("Анна Карина прибыла в Лиму. Анна Карена осталась в Сантьяго.",
         {"Анна Карина", "Анна Карена"}),
        ("Эндрю Гоулд прибыл в Лиму. Стивен Гулд остался в Сантьяго.",
         {"Эндрю Гоулд", "Стивен Гулд"}),
    ],
)  # fmt: skip
def test_other_people_stay_apart(
    run: Callable[[str], Extraction], text: str, persons: set[str]
) -> None:
    ex = run(text)
    assert person_names(ex) >= persons
    assert not any(e.key == "person/hassan-rouhani" for e in ex.entities if "Махмуд" in e.name)
