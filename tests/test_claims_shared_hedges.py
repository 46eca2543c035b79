"""A hedge before the first of coordinated figures hedges the next ("порядка 8 тыс. кафе и
5 тыс. ресторанов": both about), and one before a time ago hedges its span ("около 14 лет
назад"); a bound ("более") or a figure of another clause keeps its own."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("value", "comparator")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "По его словам, в Венгрии открылись порядка 8 тыс. кафе и 5 тыс. ресторанов.",
            [(8000, "approx"), (5000, "approx")],
        ),
        (
            "Туристы из Австрии купили около 400 картин и 300 книг в Словакии.",
            [(400, "approx"), (300, "approx")],
        ),
        (
            "Посол Франции в Италии покинул страну около 14 лет назад.",
            [(14, "approx")],
        ),
        (  # must not: a bound stays the first figure's own
            "По его словам, в Венгрии открылись более 8 тыс. кафе и 5 тыс. ресторанов.",
            [(8000, "gt"), (5000, "eq")],
        ),
        (  # must not: a figure after a clause of its own keeps its own
            "В Польше открылись около 800 кафе, а в Чехии закрылись 500 ресторанов.",
            [(800, "approx"), (500, "eq")],
        ),
        (  # must not: an exact count after a round total
            "В Словакии побывали около 18 тысяч туристов из Австрии и 37 дипломатов.",
            [(18000, "approx"), (37, "eq")],
        ),
        (  # must not: across a verb of its own
            "В Польше около 800 кафе открылись и 500 закрылись.",
            [(800, "approx")],
        ),
        (  # must not: a time ago with no hedge
            "Посол Франции в Италии покинул страну 14 лет назад.",
            [(14, "eq")],
        ),
    ],
)
def test_a_hedge_spans_coordinated_figures(analyse, text: str, rows) -> None:
    assert sorted((int(v), c) for v, c in claim_rows(analyse, text, _FIELDS)) == sorted(rows)
