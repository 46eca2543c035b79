"""Organizations named by a state's adjective, left by h-orgs70 (fifty-ninth pass, h-orgs71;
own sentences about Norway–Denmark, Kenya–Uganda, Chile–Peru, Turkey–Somalia, Brazil–Argentina,
Vietnam–Laos):

- a state's adjective on a state body's noun, opening its name or right before it, gives the
  body that state, as the state's genitive does ("Норвежское министерство финансов",
  "бразильский МИД", "Чилийская торгово-промышленная палата"), and so on an agency or a lender
  with its field ("Турецкое агентство международного сотрудничества"); not a bank named by
  its noun alone ("Японский банк"), nor a person's nationality;
- a "для" phrase of lower-case genitive words after a lender's noun is its name's, as a "по"
  field is ("Норвежский банк для международного развития"); not "для" a state or a pronoun,
  nor a lower-case bank of no state ("банк для бедных");
- an untagged clipped compound of a body named before ("межправкомиссии") is a mention of it;
- a capitalised state adjective, lower-case adjectives of the kind and a company's noun opening
  a sentence inside a paragraph are the company's name ("Вьетнамский инвестиционный холдинг");
  not the adjective and noun alone, a plural, nor a company a quoted name follows."""

from __future__ import annotations

import pytest
from fact_reads import marked_orgs, text_org_states

# each sentence with its organization's mention in brackets, and (name, state) of its entity
STATES = [
    ("[Норвежское министерство финансов] выделило средства Дании.",
     ("Министерство финансов Норвегии", "state/NOR")),
    ("Вчера [кенийское министерство торговли] сообщило о росте экспорта в Уганду.",
     ("Министерство торговли Кении", "state/KEN")),
    ("Вчера бразильский [МИД] вызвал посла Аргентины.",
     ("Министерство иностранных дел Бразилии", "state/BRA")),
    ("[Чилийская торгово-промышленная палата] провела встречу с делегацией Перу.",
     ("Чилийская торгово-промышленная палата", "state/CHL")),
    ("[Турецкое агентство международного сотрудничества] выделило грант Сомали.",
     ("Турецкое агентство международного сотрудничества", "state/TUR")),
    # a "для" field, opening the sentence (nothing tagged) and inside it
    ("[Норвежский банк для международного развития] выделит кредит Кении.",
     ("Норвежский банк для международного развития", "state/NOR")),
    ("По данным агентства, [Норвежский банк для международного развития] выделит кредит Кении.",
     ("Норвежский банк для международного развития", "state/NOR")),
    # must-nots: a bank by its noun alone; a genitive state, not a person's nationality
    ("По данным агентства, [Японский банк] выделил кредит Вьетнаму.", ("Японский банк", "")),
    ("Японский бизнесмен из [Министерства финансов Кении] приехал в Найроби.",
     ("Министерство финансов Кении", "state/KEN")),
    # a company opening a sentence inside a paragraph: named, of no state
    ("Стороны подписали 10 документов. [Вьетнамский инвестиционный холдинг] подписал соглашение"
     " с Лаосом.", ("Вьетнамский инвестиционный холдинг", "")),
]  # fmt: skip


@pytest.mark.parametrize(("marked", "found"), STATES)
def test_a_body_named_by_a_states_adjective(
    extraction_of,  # noqa: ANN001
    marked: str,
    found: tuple[str, str],
) -> None:
    """The bracketed words are one organization of that name and state."""
    assert marked_orgs(extraction_of, marked) == [found]


NONE = [
    "Египетский министр иностранных дел посетил Судан.",
    "Японские компании вложили в экономику Вьетнама 2 млрд долларов.",
    "Новый банк для бедных открылся в Найроби.",
    "Стороны подписали 10 документов. Вьетнамская компания подписала соглашение с Лаосом.",
    "Стороны подписали 10 документов. Вьетнамские строительные компании подписали соглашение"
    " с Лаосом.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_organization(extraction_of, text: str) -> None:  # noqa: ANN001
    """A person, companies in general, a bank of no name, a bare company's noun and a plural
    name no organization (a clip of no body named before, "Следующее заседание межправкомиссии
    пройдет в Сантьяго.", is one since h-orgs86: `tests/test_org_leftovers_86.py`)."""
    assert text_org_states(extraction_of, text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "для" a state or a pronoun is no field of the name
        ("Президент Кении посетил Норвегию. Норвежский банк для Кении выделил кредит.", []),
        # the company is the quoted name
        ("Стороны подписали 10 документов. Вьетнамская строительная компания «Сонг Да» подписала"
         " соглашение с Лаосом.", ["Сонг Да"]),
    ],
)  # fmt: skip
def test_only_these_names(extraction_of, text: str, names: list[str]) -> None:  # noqa: ANN001
    """No organization takes in a "для" phrase of a state, nor a kind before a quoted name."""
    assert [n for _, n, _ in text_org_states(extraction_of, text)] == names


def test_a_clipped_compound_names_the_body_before(extraction_of) -> None:  # noqa: ANN001
    """ "межправкомиссии" after the commission named in full is a mention of it; where two
    commissions were named before, of neither."""
    text = (
        "Заседание Межправительственной комиссии по торгово-экономическому сотрудничеству Перу и"
        " Чили прошло в Лиме. Следующее заседание межправкомиссии пройдет в Сантьяго."
    )
    found = {m: n for m, n, _ in text_org_states(extraction_of, text)}
    assert found["межправкомиссии"] == (
        "Межправительственная комиссия по торгово-экономическому сотрудничеству Перу и Чили"
    )
    pair = (
        "Вчера прошло заседание Перуанско-чилийской межправительственной комиссии. Следующее"
        " заседание межправкомиссии пройдет в Сантьяго."
    )
    found = {m: n for m, n, _ in text_org_states(extraction_of, pair)}
    assert found["межправкомиссии"] == "Перуанско-чилийская межправительственная комиссия"
    two = (
        "В Лиме прошло заседание Межправительственной комиссии по торговле Перу и Чили, а в"
        " Боготе — Межправительственной комиссии по энергетике Колумбии и Эквадора. Следующее"
        " заседание межправкомиссии пройдет в Сантьяго."
    )
    assert "межправкомиссии" not in {m for m, _, _ in text_org_states(extraction_of, two)}
