"""A first name and patronymic alone ("Ольга Игоревна сказала") is the one person the
document names in full with that first name and patronymic; where it names two, neither.
Two full names that share a first name and patronymic but not the surname are two persons,
and so are two of one surname with other patronymics."""

from __future__ import annotations

from collections import Counter

import pytest

from kg.analyze import analyze
from kg.gazetteer import Gazetteer
from kg.model import Document
from kg.nlp.pipeline import build_pipeline
from kg.resolve import Registry


@pytest.fixture(scope="module")
def persons():
    nlp = build_pipeline()
    gazetteer = Gazetteer.load()

    def go(text: str) -> dict[str, int]:
        ex = analyze(Document(id="t", text=text, date="2024-05-02"), nlp(text), Registry(gazetteer))
        names = {e.key: e.name for e in ex.entities if e.type == "Person"}
        return dict(Counter(names[m.entity] for m in ex.mentions if m.entity in names))

    return go


TAMM = "Посол Эстонии в Латвии Ольга Игоревна Тамм прибыла в Ригу."
SAID = "Ольга Игоревна сказала, что Таллин поможет Риге."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one full name of that first name and patronymic: the same person
        (f"{TAMM} {SAID}", {"Ольга Игоревна Тамм": 2}),
        (f"{TAMM} Посол Латвии Янис Карлович Озолс встретил её. {SAID}",
         {"Ольга Игоревна Тамм": 2, "Янис Карлович Озолс": 1}),
        # two full names of the same first name and patronymic: two persons, the short
        # one neither
        (f"{TAMM} Её встретила посол Латвии Ольга Игоревна Лиепа. {SAID}",
         {"Ольга Игоревна Тамм": 1, "Ольга Игоревна Лиепа": 1, "Ольга Игоревна": 1}),
        (f"{TAMM} Её встретила посол Латвии Ольга Игоревна Лиепа.",
         {"Ольга Игоревна Тамм": 1, "Ольга Игоревна Лиепа": 1}),
        # one surname, other patronymics: two persons
        (f"{TAMM} Её встретила сестра Ольга Петровна Тамм.",
         {"Ольга Игоревна Тамм": 1, "Ольга Петровна Тамм": 1}),
    ],
)  # fmt: skip
def test_first_name_and_patronymic(persons, text: str, expected: dict[str, int]) -> None:
    assert persons(text) == expected
