"""Numeric claims: sums a verb holds back (suspended, postponed, discussed, refused), a gapped
second sum after a currency sign, a range with a sign before each end, a sum inside a quoted
title."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "comparator", "status")
_GIVEN = "выделенные средства"


def _ends(low: int, high: int, unit: str, status: str, metric: str = _GIVEN) -> list[tuple]:
    """The two rows of a range: its low end ge, its high end le."""
    return [
        (metric, Decimal(low), unit, "ge", status),
        (metric, Decimal(high), unit, "le", status),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sign before each end of a range, the scale after the last: both ends in millions
        ("Франция выделит Мали от €10 до €15 млн.", _ends(10**7, 15 * 10**6, "EUR", "target")),
        (
            "Турция направит Египту от $200 до $300 млн.",
            _ends(2 * 10**8, 3 * 10**8, "USD", "target"),
        ),
        ("Италия выделила Тунису от €5 до €8 млрд.", _ends(5 * 10**9, 8 * 10**9, "EUR", "actual")),
        # the high end the parser hangs on the low one is the verb's too
        (
            "Португалия выделила Анголе от 5 до 8 млрд евро.",
            _ends(5 * 10**9, 8 * 10**9, "EUR", "actual"),
        ),
        # must not: ends with no scale, or each with its own, keep their values
        (
            "Билеты на матч в Лиме стоили от $10 до $20.",
            _ends(10, 20, "USD", "actual", "стоимость билетов"),
        ),
        (
            "Испания выделила Марокко от €2 млн до €3 млн.",
            _ends(2 * 10**6, 3 * 10**6, "EUR", "actual"),
        ),
    ],
)
def test_signed_ranges(analyse, text, expected):
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)
