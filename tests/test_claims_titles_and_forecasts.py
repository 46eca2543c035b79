"""Numeric claims: a multiplier adjective on a holder of a title counts titles won, no
change of anything the clause's verb changes."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "comparator")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title's multiplier ("двукратный чемпион") is how often it was won
        ("Двукратный олимпийский чемпион из Кении сократил число стартов в Эфиопии.", []),
        ("Трёхкратный обладатель кубка из Египта увеличил число матчей в Судане.", []),
        # must-not: a multiplier of a change stays one, with an animate subject too
        (
            "Экспорт кофе из Кении в Эфиопию вырос в двукратном размере.",
            [("рост экспорта кофе", Decimal(2), "раз", "eq")],
        ),
        (
            "Министр Кении сократил закупки зерна в Эфиопии вдвое.",
            [("снижение закупок зерна", Decimal(2), "раз", "eq")],
        ),
    ],
)
def test_title_multipliers(analyse, text, expected):
    assert claim_rows(analyse, text, _FIELDS) == expected
