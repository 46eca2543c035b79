"""Fifty-third pass, own sentences: a partner's part told in thousands after a total told in
millions (", на Перу пришлось 800 тысяч тонн", a bare ", на Боливию — 300 тысяч") is read with
its own scale, in the total's unit, as the partner's part of the total, in the total's sentence
or the one after; a part larger than its total is no part of it, nor the partner's own figure.
A flow's part after "на" in the total's sentence (", на экспорт Чили пришлось 40 %", ", на
поставки в Японию пришлось 24 млрд долларов") is of the total's period and sides, a percent of
it the flow's share in the total; the total keeps its own states."""

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


_TRADE = "В 2024 году товарооборот Чили и Перу составил 5 млрд долларов"
_VIETNAM = "Экспорт Вьетнама в 2023 году составил 350 млрд долларов"


def _sum(billions: int, metric: str, period: str, *states: str, unit: str = "USD") -> tuple:
    return _row(billions * 10**9, metric, period, *states, unit=unit)


_TRADE_TOTAL = _sum(5, "товарооборот", "2024", "CHL", "PER")
_VIETNAM_TOTAL = _sum(350, "экспорт", "2023", "VNM")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"{_TRADE}, на экспорт Чили пришлось 40 %.",
            [
                (
                    40,
                    "доля экспорта в товарообороте",
                    "percent",
                    "2024",
                    ["state/CHL", "state/PER"],
                ),
                _TRADE_TOTAL,
            ],
        ),
        (
            f"{_TRADE}, на импорт меди из Перу пришлось 2 млрд долларов.",
            [_sum(2, "импорт меди", "2024", "CHL", "PER"), _TRADE_TOTAL],
        ),
        (
            "В 2024 году товарооборот Сербии и Венгрии составил 5 млрд евро, а на импорт из "
            "Венгрии пришлось 2 млрд евро.",
            [
                _sum(2, "импорт", "2024", "HUN", "SRB", unit="EUR"),
                _sum(5, "товарооборот", "2024", "HUN", "SRB", unit="EUR"),
            ],
        ),
        (
            f"{_VIETNAM}, на поставки в Японию пришлось 24 млрд долларов.",
            [_sum(24, "поставки", "2023", "JPN", "VNM"), _VIETNAM_TOTAL],
        ),
        (
            f"{_VIETNAM}, на поставки риса в Японию пришлось 7 %.",
            [
                (7, "доля поставок риса в экспорте", "percent", "2023", ["state/JPN", "state/VNM"]),
                _VIETNAM_TOTAL,
            ],
        ),
        # must not: a flow naming no state, a flow larger than the total and one in another
        # unit are no part of it (no period of the total); a state alone is a partner
        (
            f"{_TRADE}, на экспорт пришлось 3 млрд.",
            [_sum(3, "экспорт", "2024", "CHL", "PER"), _TRADE_TOTAL],
        ),
        (
            f"{_TRADE}, на импорт из Перу пришлось 7 млрд долларов.",
            [_sum(7, "импорт", "", "CHL", "PER"), _TRADE_TOTAL],
        ),
        (
            f"{_VIETNAM}, на Японию пришлось 24 млрд долларов.",
            [_sum(24, "экспорт", "2023", "JPN", "VNM"), _VIETNAM_TOTAL],
        ),
    ],
)
def test_a_flow_part_told_after_its_total(analyse, text: str, expected: list[tuple]) -> None:
    rows = [(int(v), *rest) for v, *rest in claim_rows(analyse, text, _FIELDS)]
    assert sorted(rows) == sorted(expected)
