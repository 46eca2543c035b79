"""Claims (h-claims85): the size of a thing a modal or a verb of planning says is to be built
("Мост длиной 2 км должен быть построен", "… должны построить", "… планируют построить") is
a target, as "будет построен" makes it a forecast; the size of what no deed makes, of a thing
built, or a sum behind a preposition stays actual."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "comparator", "period", "status", "states")
_SRB_HUN = ["state/HUN", "state/SRB"]
_CHL_PER = ["state/CHL", "state/PER"]
_VNM_JPN = ["state/JPN", "state/VNM"]


def _pipeline(status: str, period: str = "") -> tuple:
    return ("длина газопровода", Decimal(300), "километр", "eq", period, status, _SRB_HUN)


def _bridge(status: str) -> tuple:
    return ("длина моста", Decimal(2), "километр", "eq", "", status, _CHL_PER)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (  # a modal over a passive of building: a target, undated by the deadline
            "Газопровод длиной 300 километров между Сербией и Венгрией должен быть построен к "
            "2029 году.",
            [_pipeline("target")],
        ),
        (  # the modal over an impersonal infinitive
            "Мост длиной 2 километра между Чили и Перу должны построить к 2027 году.",
            [_bridge("target")],
        ),
        (
            "Порт мощностью 5 млн тонн на границе Вьетнама и Японии должна построить Япония.",
            [("мощность порта", Decimal(5_000_000), "тонна", "eq", "", "target", _VNM_JPN)],
        ),
        (  # a verb of planning
            "Мост длиной 2 километра между Чили и Перу планируют построить к 2027 году.",
            [_bridge("target")],
        ),
        (  # must-not: what no deed makes is only sized
            "Памятник весом 3 тонны на границе Сербии и Венгрии должен быть переплавлен.",
            [("вес памятника", Decimal(3), "тонна", "eq", "", "actual", _SRB_HUN)],
        ),
        (  # must-not: a modal of no deed
            "Газопровод длиной 300 километров между Сербией и Венгрией должен пройти через "
            "Воеводину.",
            [_pipeline("actual")],
        ),
        (  # must-not: a thing built
            "Газопровод длиной 300 километров между Сербией и Венгрией был построен в 2020 году.",
            [_pipeline("actual", "2020")],
        ),
        (  # must-not: a sum behind a preposition sizes no subject of the modal
            "Компания с капиталом 5 млн долларов из Вьетнама должна построить завод в Японии.",
            [("капитал", Decimal(5_000_000), "USD", "eq", "", "actual", _VNM_JPN)],
        ),
    ],
)
def test_size_of_a_thing_to_build(analyse, text, rows):
    assert claim_rows(analyse, text, _FIELDS) == rows
