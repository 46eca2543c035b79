"""Items of a list by years after a dash (forty-first pass, own sentences): "в 2023 году —
5–7 тысяч, в 2024 — 8–10 тысяч" are two ranges, each of its year; the bare year before a
spaced dash is no low end of a range ("2024 — 4" is no 2024 billion)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

from kg.extract.common.quantities import find_quantities

_FIELDS = ("value", "comparator", "period")
M = 1_000_000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Число мигрантов из Мексики в Канаду: в 2023 году — 5–7 тысяч, в 2024 — 8–10 тысяч.",
            [(5000, "ge", "2023"), (7000, "le", "2023"), (8000, "ge", "2024"),
             (10000, "le", "2024")],
        ),
        (
            "Экспорт Чили в Перу: в 2023 году — 2–3 млрд долларов, в 2024 — 4–5 млрд долларов.",
            [(2000 * M, "ge", "2023"), (3000 * M, "le", "2023"), (4000 * M, "ge", "2024"),
             (5000 * M, "le", "2024")],
        ),
        (
            "Экспорт Чили в Перу в 2023 году составил 2 млрд долларов, в 2024 — 4 млрд долларов.",
            [(2000 * M, "eq", "2023"), (4000 * M, "eq", "2024")],
        ),
    ],
)  # fmt: skip
def test_dated_items_keep_their_ranges_and_years(analyse, text: str, expected: list) -> None:
    rows = claim_rows(analyse, text, _FIELDS)
    assert [(int(v), c, p) for v, c, p in rows] == sorted(expected)


def test_a_year_before_a_dash_is_no_range_s_end() -> None:
    found = find_quantities("в 2024 — 4–5 млрд долларов.")
    assert [(q.value, q.kind) for q in found] == [
        (Decimal(2024), "year"),
        (Decimal(4 * 10**9), "amount"),
        (Decimal(5 * 10**9), "amount"),
    ]


def test_a_range_of_years_and_a_range_of_money_stay(analyse) -> None:
    """Must not: a dash between two numbers with no preposition before is a range."""
    found = find_quantities("Цена составила 1900–2000 долларов.")
    assert [(q.value, q.comparator) for q in found] == [
        (Decimal(1900), "ge"),
        (Decimal(2000), "le"),
    ]
