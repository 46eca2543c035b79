"""Claims (h-claims97): a sum an infinitive under a noun of intention takes ("подтвердила
намерение инвестировать 3 млрд евро", "выразила готовность вложить") is a goal, a target, as
one under "намерена" is; a figure its clause puts "в ближайшие N лет" is meant for the years
to come, a target. A deed confirmed ("подтвердила, что инвестировала"), an intention of no
sum beside a figure of its own clause, and "за последние три года" stay actual."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "comparator", "status")
_DATE = "2026-03-12"


def _row(metric: str, value: int, unit: str, status: str, comparator: str = "eq") -> tuple:
    return (metric, Decimal(value), unit, comparator, status)


_INTENDED = [
    ("Алжирская сторона подтвердила намерение инвестировать в итальянскую экономику "
     "3 миллиарда евро.", [_row("инвестиции", 3_000_000_000, "EUR", "target")]),
    ("Индия подтвердила намерение вложить в Непал более 800 млн долларов.",
     [_row("инвестиции", 800_000_000, "USD", "target", "gt")]),
    ("Турция выразила готовность вложить в экономику Ливии 2 млрд долларов.",
     [_row("инвестиции", 2_000_000_000, "USD", "target")]),
    ("Чили заявила о намерении закупить у Перу 200 тыс. тонн меди.",
     [_row("закупки меди", 200_000, "тонна", "target")]),
    # must-not: a deed confirmed; an intention of no sum beside a figure of its own clause
    ("Египетская сторона подтвердила, что инвестировала в экономику Судана 1,5 млрд долларов.",
     [_row("инвестиции", 1_500_000_000, "USD", "actual")]),
    ("Вьетнам и Таиланд подтвердили намерение расширять сотрудничество, товарооборот "
     "составил 4 млрд долларов.", [_row("товарооборот", 4_000_000_000, "USD", "actual")]),
    ("Премьер Перу заявила о готовности сформировать правительство из трёх партий.",
     [_row("партии", 3, "партия", "actual")]),
]  # fmt: skip
_COMING = [
    ("Катар подтвердил инвестиции в экономику Египта на 7 млрд евро в ближайшие три года.",
     [_row("инвестиции", 7_000_000_000, "EUR", "target")]),
    ("Алжирская сторона подтвердила намерение инвестировать в итальянскую экономику "
     "3 миллиарда евро в ближайшие четыре года.",
     [_row("инвестиции", 3_000_000_000, "EUR", "target")]),
    # must-not: years gone by; a clause of its own to come
    ("За последние три года Катар инвестировал в экономику Египта 7 млрд евро.",
     [_row("инвестиции", 7_000_000_000, "EUR", "actual")]),
    ("Катар инвестировал в Египет 7 млрд евро, а в ближайшие три года вложит ещё больше.",
     [_row("инвестиции", 7_000_000_000, "EUR", "actual")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rows"), [*_INTENDED, *_COMING])
def test_intended_sum(analyse, text: str, rows: list) -> None:
    assert claim_rows(analyse, text, _FIELDS, _DATE) == rows
