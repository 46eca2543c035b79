"""A sum that opens its clause is its own clause's verb's, where the parse hangs it on the
verb of the next clause past a comma (forty-second pass, own sentences): "около 300 млн
долларов правительство тратило на дороги, 40–60 млн страна получала" → расходы, not the
next clause's received sum; a nominative noun after a scale word is no counted noun ("60
млн страна получала"), and the start of a bare range takes its end's scale and the
currency before."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "comparator")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ежегодно около 300 млн долларов правительство Чили тратило на дороги, 40–60 млн "
            "страна получала от Перу.",
            [
                ("полученная сумма страны", 40000000, "USD", "ge"),
                ("полученная сумма страны", 60000000, "USD", "le"),
                ("расходы правительства Чили", 300000000, "USD", "approx"),
            ],
        ),
        (
            "Правительство Чили потратило на дороги 300 млн долларов, а получило от Перу 40–60 "
            "млн.",
            [
                ("полученная сумма", 40000000, "USD", "ge"),
                ("полученная сумма", 60000000, "USD", "le"),
                ("расходы правительства Чили", 300000000, "USD", "eq"),
            ],
        ),
        # must not: a genitive after the scale word is counted, a sum after its verb keeps it
        ("В Латвии проживают 2 млн человек.", [("население", 2000000, "человек", "eq")]),
        (
            "Протяжённость границы Эстонии составляет 300 км, а общая площадь страны — 45,2 "
            "тыс. кв. км.",
            [
                ("площадь страны", 45200, "квадратный километр", "eq"),
                ("протяжённость границы", 300, "километр", "eq"),
            ],
        ),
        (
            "Эстония получила от Латвии 50 млн евро, которые потратила на дороги.",
            [("полученная сумма", 50000000, "EUR", "eq")],
        ),
    ],
)
def test_fronted_sums(analyse, text: str, expected: list) -> None:
    rows = claim_rows(analyse, text, _FIELDS)
    assert [(m, int(v), u, c) for m, v, u, c in rows] == sorted(expected)
