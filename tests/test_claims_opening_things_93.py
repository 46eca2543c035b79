"""Claims (h-claims93): a capitalised sentence-initial common noun the tagger takes for a name
("Газопровод между Сербией и Венгрией протяжённостью 300 км …", PROPN) is the thing a measure
past a "между" phrase sizes, a real name opening the sentence none; a decision to allocate
("решило направить 2 млрд долларов") is a plan, a target, where the sum sent stays actual."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "comparator", "period", "status", "states")
_SRB_HUN = ["state/HUN", "state/SRB"]
_CHL_PER = ["state/CHL", "state/PER"]


def _row(metric: str, value: int, unit: str, status: str, states: list) -> tuple:
    return (metric, Decimal(value), unit, "eq", "", status, states)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the opening common noun tagged a name is the thing
        ("Газопровод между Сербией и Венгрией протяжённостью 300 км будет построен к 2028 году.",
         [_row("протяжённость газопровода", 300, "километр", "forecast", _SRB_HUN)]),
        ("Нефтепровод между Чили и Перу протяжённостью 400 км построят к 2030 году.",
         [_row("протяжённость нефтепровода", 400, "километр", "forecast", _CHL_PER)]),
        ("Газопровод между Сербией и Венгрией протяжённостью 300 км был построен в 2020 году.",
         [_row("протяжённость газопровода", 300, "километр", "actual", _SRB_HUN)]),
        # must-not: a state or a name opening the sentence is no thing
        ("Сербия между Венгрией и Хорватией протяжённостью 300 км.",
         [_row("протяжённость", 300, "километр", "actual",
               ["state/HRV", "state/HUN", "state/SRB"])]),
        ("Балтика между Польшей и Литвой протяжённостью 300 км будет построена.",
         [_row("протяжённость", 300, "километр", "actual", ["state/LTU", "state/POL"])]),
        # a decision to allocate is a plan
        ("Правительство Чили решило направить 2 млрд долларов на строительство дорог в Перу.",
         [_row("строительство дорог", 2_000_000_000, "USD", "target", _CHL_PER)]),
        ("Сербия решила выделить Венгрии 300 млн евро на строительство газопровода.",
         [_row("строительство газопровода", 300_000_000, "EUR", "target", _SRB_HUN)]),
        ("Правительство Чили приняло решение направить 2 млрд долларов на дороги в Перу.",
         [_row("выделенные средства", 2_000_000_000, "USD", "target", _CHL_PER)]),
        # must-not: the sum sent, or a decision that tells a deed done, stays actual
        ("Правительство Чили направило 2 млрд долларов на строительство дорог в Перу.",
         [_row("строительство дорог", 2_000_000_000, "USD", "actual",
               _CHL_PER)]),
        ("Правительство Сербии решило, что Венгрия получила 300 млн евро.",
         [_row("полученная сумма", 300_000_000, "EUR", "actual", _SRB_HUN)]),
        # must-not: a count a decision buys is no sum planned
        ("Чили решила закупить у Перу 26 истребителей.",
         [_row("истребители", 26, "истребитель", "actual", _CHL_PER)]),
    ],
)  # fmt: skip
def test_opening_thing_and_decided_sum(analyse, text: str, rows: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == rows
