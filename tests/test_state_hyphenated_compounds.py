"""A compound adjective of two states one of which is itself hyphenated
("индийско-шри-ланкийские", "сьерра-леонско-гвинейские", "сенегальско-бисау-гвинейские")
names both states, each on its part of the word; before, the hyphens split it into parts
of which "шри" or "сьерра" named no state, and the word named none. The parts are grouped
so that each names a state. "гвинейско-бисауский" is Guinea-Bissau's adjective too. Must-nots:
a compound of no state ("северо-западный"), a state's own hyphenated adjective alone
("шри-ланкийские": no pair), a people's compound ("франко-канадская община") (h-offices62,
the forty-ninth pass; own sentences about India–Sri Lanka, Sierra Leone–Guinea,
Senegal–Guinea-Bissau, Sri Lanka–Maldives)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Прошли индийско-шри-ланкийские переговоры.",
         [("индийско", "state/IND"), ("шри-ланкийские", "state/LKA")]),
        ("Сьерра-леонско-гвинейская граница закрыта.",
         [("Сьерра-леонско", "state/SLE"), ("гвинейская", "state/GIN")]),
        ("Начались сенегальско-бисау-гвинейские консультации.",
         [("сенегальско", "state/SEN"), ("бисау-гвинейские", "state/GNB")]),
        ("Начались сенегальско-гвинейско-бисауские консультации.",
         [("сенегальско", "state/SEN"), ("гвинейско-бисауские", "state/GNB")]),
        ("Шри-ланкийско-мальдивское соглашение подписано в Коломбо.",
         [("Шри-ланкийско", "state/LKA"), ("мальдивское", "state/MDV")]),
        ("Прошли японо-китайские переговоры.",
         [("японо", "state/JPN"), ("китайские", "state/CHN")]),
        # must not: no state; one state's own adjective; a people
        ("Северо-западный ветер усилился.", []),
        ("Шри-ланкийские моряки вернулись домой.", []),
        ("Франко-канадская община выросла.", []),
    ],
)  # fmt: skip
def test_compounds_with_hyphenated_states(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert [(text[a:b], key) for a, b, key in doc._.state_parts] == expected


def test_a_hyphenated_states_own_other_adjective(nlp) -> None:  # noqa: ANN001
    """ "гвинейско-бисауской", which the tagger reads as a verb, is Guinea-Bissau's."""
    doc = nlp("Делегация гвинейско-бисауской армии прибыла в Дакар.")
    assert {s.kb_id_ for s in doc.spans["states"] if s.id_ != "capital"} == {"state/GNB"}
