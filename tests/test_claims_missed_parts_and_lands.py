"""Figures that were missed (forty-second pass, own sentences): an area unit sizes a
territory ("территория … достигает до 40 тысяч квадратных километров"), a bare part after
", из них" that a dash says who they are counts them ("из них 3-4 тысячи — выходцы из
Египта"), and a duration that "за" follows is how long the time spent lasted ("провел в
космосе 540 дней за три экспедиции")."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "comparator")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Контролируемая повстанцами территория Перу достигает до 40 тысяч квадратных "
            "километров.",
            [("территория", 40000, "le")],
        ),
        (
            "В Турции воюют около 20 тысяч иностранцев, из них 3-4 тысячи — выходцы из Египта.",
            [("выходцы", 3000, "ge"), ("выходцы", 4000, "le"), ("иностранцы", 20000, "approx")],
        ),
        (  # a no-break space before the dash
            "В Турции воюют около 70 тысяч наемников, из них 5-7 тысяч\u00a0— выходцы из Египта.",
            [("выходцы", 5000, "ge"), ("выходцы", 7000, "le"), ("наёмники", 70000, "approx")],
        ),
        (
            "В Турции работают 900 специалистов, из них 200 — граждане Египта.",
            [("граждане Египта", 200, "eq"), ("специалисты", 900, "eq")],
        ),
        (
            "Космонавт из Канады провел в космосе 540 дней за три экспедиции.",
            [("срок", 540, "eq"), ("экспедиции", 3, "eq")],
        ),
        # must not: a place is no territory measured, a part in a place names no one, a
        # period after "за" before the figure stays the period
        ("На территории Перу проживает 34 млн человек.", [("население", 34000000, "eq")]),
        (
            "В Турции работают 900 специалистов, из них 200 — в Анкаре.",
            [("специалисты", 900, "eq")],
        ),
        (
            "Товарооборот Чили и Перу за 5 месяцев этого года вырос на 10 %.",
            [("рост товарооборота", 10, "eq")],
        ),
    ],
)
def test_missed_figures(analyse, text: str, expected: list) -> None:
    rows = claim_rows(analyse, text, _FIELDS)
    assert [(m, int(v), c) for m, v, c in rows] == sorted(expected)
