"""Fifty-third pass, own sentences: a partner's part told in thousands after a total told in
millions (", на Перу пришлось 800 тысяч тонн", a bare ", на Боливию — 300 тысяч") is read with
its own scale, in the total's unit, as the partner's part of the total, in the total's sentence
or the one after; a part larger than its total is no part of it, nor the partner's own figure."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("value", "metric", "unit", "period", "states")
_CHILE = "В 2024 году Чили экспортировала 7 млн тонн меди"
_SERBIA = "Экспорт зерна Сербии в 2023 году составил 3 млн тонн"


def _row(value: int, metric: str, period: str, *states: str, unit: str = "тонна") -> tuple:
    return (value, metric, unit, period, sorted(f"state/{s}" for s in states))


_CHILE_TOTAL = _row(7_000_000, "экспорт меди", "2024", "CHL")
_SERBIA_TOTAL = _row(3_000_000, "экспорт зерна", "2023", "SRB")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"{_CHILE}, на Перу пришлось 800 тысяч тонн.",
            [_row(800_000, "экспорт меди", "2024", "CHL", "PER"), _CHILE_TOTAL],
        ),
        (
            f"{_CHILE}, на Перу пришлось 800 тысяч.",
            [_row(800_000, "экспорт меди", "2024", "CHL", "PER"), _CHILE_TOTAL],
        ),
        (
            f"{_CHILE}, на Перу пришлось 800 тыс. тонн, на Боливию — 300 тысяч.",
            [
                _row(300_000, "экспорт меди", "2024", "BOL", "CHL"),
                _row(800_000, "экспорт меди", "2024", "CHL", "PER"),
                _CHILE_TOTAL,
            ],
        ),
        (
            f"{_CHILE}. На Перу пришлось 800 тысяч.",
            [_row(800_000, "экспорт меди", "2024", "CHL", "PER"), _CHILE_TOTAL],
        ),
        (
            "Вьетнам продал 2 млн тонн риса, на Японию пришлось 900 тысяч тонн.",
            [
                _row(900_000, "экспорт риса", "", "JPN", "VNM"),
                _row(2_000_000, "экспорт риса", "", "VNM"),
            ],
        ),
        (
            f"{_SERBIA}, на Венгрию пришлось 2 млн тонн.",
            [_row(2_000_000, "экспорт зерна", "2023", "HUN", "SRB"), _SERBIA_TOTAL],
        ),
        # must not: a part larger than its total is no part of it, nor the partner's figure,
        # in the total's sentence or the one after; the total keeps its holder alone
        (f"{_SERBIA}, на Венгрию пришлось 5 млн тонн.", [_SERBIA_TOTAL]),
        (f"{_SERBIA}. На Венгрию пришлось 5 млн тонн.", [_SERBIA_TOTAL]),
        (f"{_CHILE}, на Перу пришлось 8000 тысяч тонн.", [_CHILE_TOTAL]),
        (
            "Экспорт зерна Сербии в 2023 году составил 300 тысяч тонн, на Венгрию пришлось 2 млн.",
            [_row(300_000, "экспорт зерна", "2023", "SRB")],
        ),
        (
            f"{_SERBIA}, на Венгрию пришлось 2 млн тонн, на Австрию — 4 млн.",
            [_row(2_000_000, "экспорт зерна", "2023", "HUN", "SRB"), _SERBIA_TOTAL],
        ),
    ],
)
def test_a_partner_part_in_thousands_and_one_larger_than_its_total(
    analyse, text: str, expected: list[tuple]
) -> None:
    rows = [(int(v), *rest) for v, *rest in claim_rows(analyse, text, _FIELDS)]
    assert sorted(rows) == sorted(expected)
