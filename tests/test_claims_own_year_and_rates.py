"""The document's own year a figure is told for without naming it ("с начала года", "к
концу года"), and rates of growth named as the growth, not as the thing that grows."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "comparator", "period", "status")
K = Decimal(1000)
M = Decimal(10) ** 6


@pytest.mark.parametrize(
    "text, expected",
    [
        # "с начала года": the year to date of the document
        (
            "С начала года к берегам Испании прибыли более 12 тыс. мигрантов.",
            [("мигранты", 12 * K, "мигрант", "gt", "2025", "actual")],
        ),
        (
            "Площадь лесных пожаров в Чили с начала года превысила 400 тыс. гектаров.",
            [("площадь лесных пожаров", 400 * K, "гектар", "gt", "2025", "actual")],
        ),
        # "к концу года", "до конца года": a plan or forecast for the document's year
        (
            "Центробанк Египта прогнозирует снижение инфляции до 18 % к концу года.",
            [("инфляция", Decimal(18), "percent", "eq", "2025", "forecast")],
        ),
        (
            "До конца года Индонезия планирует закупить у Франции 12 истребителей.",
            [("истребители", Decimal(12), "истребитель", "eq", "2025", "target")],
        ),
        # must-not: "за год", "в течение года" are a length of time, no date
        (
            "За год экспорт Чили в Перу вырос на 5 %.",
            [("рост экспорта", Decimal(5), "percent", "eq", "", "actual")],
        ),
        (
            "В течение года Египет получил от МВФ 1,2 млрд долларов.",
            [("полученная сумма", 1200 * M, "USD", "eq", "", "actual")],
        ),
    ],
)
def test_own_year(analyse, text: str, expected: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS, date="2025-09-05") == sorted(expected)


def test_own_year_needs_a_date(analyse) -> None:
    """An undated text names no year by "с начала года"."""
    text = "С начала года к берегам Испании прибыли более 12 тыс. мигрантов."
    assert claim_rows(analyse, text, ("period",)) == [("",)]
