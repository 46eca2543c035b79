"""Claims (h-claims85): a measure noun in the instrumental ("ёмкостью", "вместимостью" now
measures too) sizes the thing before it, the object of an impersonal future of building
however far the verb stands ("Хранилище ёмкостью 50 тыс. кубометров … построят к 2028
году"): a forecast, undated by the deadline; built or denied, it is none."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "comparator", "period", "status", "states")
_SRB_HUN = ["state/HUN", "state/SRB"]
_STORE = "Хранилище ёмкостью 50 тысяч кубометров на границе Сербии и Венгрии"


def _store(status: str, metric: str = "ёмкость хранилища") -> list[tuple]:
    return [(metric, Decimal(50_000), "кубометр", "eq", "", status, _SRB_HUN)]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (f"{_STORE} построят к 2028 году.", _store("forecast")),
        (  # the "е" spelling, where the parser hangs the measure on the thing
            "Хранилище емкостью 50 тысяч кубометров на границе Сербии и Венгрии построят к "
            "2028 году.",
            _store("forecast"),
        ),
        (  # a measure already read, its verb out of reach of the figure
            "Хранилище мощностью 50 тысяч тонн на границе Сербии и Венгрии построят к 2028 году.",
            [("мощность хранилища", Decimal(50_000), "тонна", "eq", "", "forecast", _SRB_HUN)],
        ),
        # must-nots: a future denied, a measure of no thing
        (f"{_STORE} не построят к 2028 году.", _store("actual")),
        (
            "Ёмкость рынка Сербии составляет 5 млрд долларов.",
            [("ёмкость рынка", Decimal(5_000_000_000), "USD", "eq", "", "actual", ["state/SRB"])],
        ),
    ],
)
def test_thing_built_ahead(analyse, text, rows):
    assert claim_rows(analyse, text, _FIELDS) == rows
