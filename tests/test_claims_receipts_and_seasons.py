"""Sums received in the future (a forecast, named by the verb, never by their currency),
owners a sentence's capital opens (no name's capital), and the growth of an economy."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "status")
M = Decimal(10) ** 6


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sum to arrive: a forecast, named by the verb, not by its currency
        (
            "Первые 200 млн долларов поступят в бюджет Египта в октябре.",
            [("поступления", 200 * M, "USD", "forecast")],
        ),
        (
            "Остальные 1,5 млрд евро поступят Сербии до конца 2026 года.",
            [("поступления", 1500 * M, "EUR", "forecast")],
        ),
        # must-not: a past receipt stays a fact
        (
            "В марте Тунису поступили 300 млн евро.",
            [("поступления", 300 * M, "EUR", "actual")],
        ),
    ],
)
def test_rows(analyse, text: str, expected: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)
