"""Claims (h-claims89): a count of people a measure in the instrumental carries sizes the
thing before it ("Стадион вместимостью 40 тысяч зрителей" → вместимость стадиона, counted in
spectators), not the people; its status is the thing's clause's (a future of building: a
forecast). A count of who came stays theirs."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "comparator", "status", "states")
_CHL_PER = ["state/CHL", "state/PER"]
_SRB_HUN = ["state/HUN", "state/SRB"]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Стадион вместимостью 40 тысяч зрителей Чили построят в Перу к 2028 году.",
            [("вместимость стадиона", Decimal(40_000), "зритель", "eq", "forecast", _CHL_PER)],
        ),
        (
            "Венгрия построит в Сербии арену вместимостью 15 тысяч зрителей.",
            [("вместимость арены", Decimal(15_000), "зритель", "eq", "forecast", _SRB_HUN)],
        ),
        (  # the measure's adjective the parser hangs apart
            "Аэропорт пропускной способностью 20 млн пассажиров Венгрия построит в Сербии.",
            [
                (
                    "пропускная способность аэропорта",
                    Decimal(20_000_000),
                    "пассажир",
                    "eq",
                    "forecast",
                    _SRB_HUN,
                )
            ],
        ),
        (  # the same adjective before a unit of measure
            "Порт пропускной способностью 10 млн тонн Венгрия построит в Сербии.",
            [
                (
                    "пропускная способность порта",
                    Decimal(10_000_000),
                    "тонна",
                    "eq",
                    "forecast",
                    _SRB_HUN,
                )
            ],
        ),
        (  # a sum's container with its adjective is the sum of what it holds
            "Чили выдала Перу кредит общим объёмом 5 млрд долларов.",
            [("кредит", Decimal(5_000_000_000), "USD", "eq", "actual", _CHL_PER)],
        ),
        # must-nots: a thing already open stays actual; a count of who came is theirs
        (
            "Зал вместимостью 500 человек в посольстве Чили в Перу уже открыт.",
            [("вместимость зала", Decimal(500), "человек", "eq", "actual", _CHL_PER)],
        ),
        (
            "Матч Чили и Перу посетили 40 тысяч зрителей.",
            [("зрители", Decimal(40_000), "зритель", "eq", "actual", _CHL_PER)],
        ),
    ],
)
def test_capacity_in_people(analyse, text, rows):
    assert claim_rows(analyse, text, _FIELDS) == rows
