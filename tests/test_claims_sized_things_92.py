"""Claims (h-claims92): a measure in the instrumental ("длиной", "шириной", "протяжённостью")
sizes the thing it follows past the thing's own prepositional phrase ("Мост через Дунай
длиной 900 метров" → "длина моста") and the subject the parser hangs beside a measure made the
root; a future passive of building the sized thing ("будет построен") makes its size a
forecast however the parser hangs the verb, a "между" phrase before the measure or not."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "comparator", "period", "status", "states")
_SRB_HUN = ["state/HUN", "state/SRB"]
_CHL_PER = ["state/CHL", "state/PER"]
_EGY_JOR = ["state/EGY", "state/JOR"]


def _row(metric: str, value: int, unit: str, status: str, states: list, period: str = "") -> tuple:
    return (metric, Decimal(value), unit, "eq", period, status, states)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a measure past the thing's prepositional phrase sizes the thing
        ("Мост через Дунай длиной 900 метров будет построен на границе Сербии и Венгрии.",
         [_row("длина моста", 900, "метр", "forecast", _SRB_HUN)]),
        ("Тоннель под Андами длиной 12 км между Чили и Перу будет построен.",
         [_row("длина тоннеля", 12, "километр", "forecast", _CHL_PER)]),
        # the measure the root, its subject the thing, the passive beside it
        ("Мост протяжённостью 2 км на границе Сербии и Венгрии будет построен.",
         [_row("протяжённость моста", 2, "километр", "forecast", _SRB_HUN)]),
        ("Мост протяжённостью 2 км будет построен. Об этом договорились Сербия и Венгрия.",
         [_row("протяжённость моста", 2, "километр", "forecast", [])]),
        # a "между" the parser hangs on the measure; the thing the root, the passive beside
        ("Дорога между Чили и Перу протяжённостью 1100 км будет построена.",
         [_row("протяжённость дороги", 1100, "километр", "forecast", _CHL_PER)]),
        ("Плотина высотой 90 метров на реке между Чили и Перу будет построена.",
         [_row("высота плотины", 90, "метр", "forecast", _CHL_PER)]),
        ("Чили и Перу договорились. Дорога протяжённостью 1100 км будет построена.",
         [_row("протяжённость дороги", 1100, "километр", "forecast", [])]),
        # put into service: a thing to come
        ("Электростанция мощностью 500 МВт будет введена в строй. Об этом договорились "
         "Египет и Иордания.",
         [_row("мощность электростанции", 500, "мегаватт", "forecast", [])]),
        # must-not: a thing built or put into service keeps its size actual
        ("Мост через Дунай длиной 900 метров между Сербией и Венгрией был построен в 2020 году.",
         [_row("длина моста", 900, "метр", "actual", _SRB_HUN, "2020")]),
        ("Мост протяжённостью 2 км между Сербией и Венгрией был построен в 2020 году.",
         [_row("протяжённость моста", 2, "километр", "actual", _SRB_HUN)]),
        ("Электростанция мощностью 500 МВт на границе Египта и Иордании была введена в строй "
         "в 2020 году.",
         [_row("мощность электростанции", 500, "мегаватт", "actual", _EGY_JOR, "2020")]),
        # must-not: a future passive of no deed that makes the thing; a measure with no figure
        ("Памятник весом 3 тонны на границе Египта и Иордании будет переплавлен.",
         [_row("вес памятника", 3, "тонна", "actual", _EGY_JOR)]),
        ("Дружба длиной в жизнь связывает Египет и Иорданию.", []),
    ],
)  # fmt: skip
def test_size_of_a_thing_past_its_phrase(analyse, text: str, rows: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == rows
