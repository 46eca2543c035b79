"""A harvest is a measure, weighed, never what an area measures ("урожай зерна составил 50
млн тонн"; "собрали урожай с 300 га" is none)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "status", "period")
K = Decimal(1000)
M = Decimal(10) ** 6


@pytest.mark.parametrize(
    "text, expected",
    [
        # a harvest's weight
        (
            "Урожай зерна в Аргентине составил 50 млн т.",
            [("урожай зерна", 50 * M, "тонна", "actual", "")],
        ),
        (
            "В 2024 году урожай пшеницы в Египте превысил 9 млн тонн.",
            [("урожай пшеницы", 9 * M, "тонна", "actual", "2024")],
        ),
        (
            "Урожай кофе во Вьетнаме в этом сезоне может достичь 1,8 млн тонн.",
            [("урожай кофе", Decimal("1.8") * M, "тонна", "forecast", "")],
        ),
        (
            "Урожай сои в Бразилии в сезоне 2024/25 составил 169 млн тонн.",
            [("урожай сои", 169 * M, "тонна", "actual", "2024/2025")],
        ),
        (
            "В Турции урожай фундука упал на 20 %, до 500 тыс. тонн.",
            [
                ("снижение урожая фундука", Decimal(20), "percent", "actual", ""),
                ("урожай фундука", 500 * K, "тонна", "actual", ""),
            ],
        ),
        # must-not: an area is no harvest's; the area of the clause measures it
        (
            "Египет собрал урожай пшеницы на площади 1,4 млн га.",
            [("площадь", Decimal("1.4") * M, "гектар", "actual", "")],
        ),
        ("Фермеры Кении собрали урожай с 300 га.", []),
    ],
)
def test_harvests(analyse, text: str, expected: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS, date="2025-06-15") == sorted(expected)
