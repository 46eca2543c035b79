"""Metrics that said too much or too little (forty-second pass, own sentences): people a
phrase of age narrows are no population ("проживает 20 тыс. человек в возрасте более 100
лет"), a noun that is its own metric after years is that noun ("более 15 лет стажа" → стаж,
no "срок"). The forty-second pass also read a few members of a family named bare as no
claim; the forty-third (h-claims61) reads them as the counts the gold conventions call claims
(tests/test_claims_kin_counts.py)."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В Чили проживает не менее 20 тыс. человек в возрасте более 100 лет.",
            [("люди в возрасте более 100 лет", 20000)],
        ),
        ("В Перу живут 3 тыс. человек старше 90 лет.", [("люди старше 90 лет", 3000)]),
        ("Погиб водитель автобуса из Латвии, имевший более 15 лет стажа.", [("стаж", 15)]),
        (
            "Инженер из Чили, у которого 10 лет опыта работы в Перу, возглавил проект.",
            [("опыт работы в Перу", 10)],
        ),
        # must not: a population, a fate of people of an age, an activity, a fate of kin,
        # many children
        ("В Эстонии проживает 1,3 млн человек.", [("население", 1300000)]),
        (
            "Погибли 12 человек в возрасте от 20 до 40 лет, сообщили власти Мексики.",
            [("погибшие", 12)],
        ),
        (
            "За 14 лет работы посольства Эстонии в Латвии выдано 5 тысяч виз.",
            [("визы", 5000), ("срок работы посольства Эстонии в Латвии", 14)],
        ),
        ("В Турции при пожаре погибли двое детей.", [("погибшие дети", 2)]),
        ("В Перу проживает 2 млн детей.", [("дети", 2000000)]),
    ],
)
def test_narrowed_metrics(analyse, text: str, expected: list) -> None:
    assert [(m, int(v)) for m, v in claim_rows(analyse, text, _FIELDS)] == sorted(expected)
