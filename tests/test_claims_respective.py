"""Claims of coordinated measures and figures: "Экспорт и импорт … составили 400 и 600 млрд
долларов" pair in order, or give none where the counts differ ("… составили 700 млрд")."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit")
_BN = Decimal(1_000_000_000)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Экспорт и импорт Индии составили 400 и 600 млрд долларов.",
            [("экспорт", 400 * _BN, "USD"), ("импорт", 600 * _BN, "USD")],
        ),
        (
            "Экспорт и импорт Вьетнама в 2023 году составили 350 и 320 млрд долларов.",
            [("экспорт", 350 * _BN, "USD"), ("импорт", 320 * _BN, "USD")],
        ),
        (
            "Экспорт и импорт Турции в Ирак составили соответственно 12 и 9 млрд долларов.",
            [("экспорт", 12 * _BN, "USD"), ("импорт", 9 * _BN, "USD")],
        ),
        (
            "Экспорт и импорт Польши составили 300 млрд и 320 млрд долларов.",
            [("экспорт", 300 * _BN, "USD"), ("импорт", 320 * _BN, "USD")],
        ),
        (
            "Экспорт и импорт Чили составили 90 млрд долларов и 70 млрд долларов.",
            [("экспорт", 90 * _BN, "USD"), ("импорт", 70 * _BN, "USD")],
        ),
        (
            "Расходы и доходы бюджета Египта составили 90 и 70 млрд долларов.",
            [("расходы", 90 * _BN, "USD"), ("доходы бюджета", 70 * _BN, "USD")],
        ),
        # must-nots: one sum of two measures is neither's; figures of their own, one
        # measure of two figures, a change of each keep what they gave
        ("Экспорт и импорт Японии составили 700 млрд долларов.", []),
        ("Объем экспорта и импорта Японии составил 1,4 трлн долларов.", []),
        (
            "Экспорт Вьетнама составил 350 млрд долларов, импорт — 320 млрд долларов.",
            [("экспорт", 350 * _BN, "USD"), ("импорт", 320 * _BN, "USD")],
        ),
        (
            "Экспорт Бразилии в 2022 и 2023 годах составил 300 и 350 млрд долларов.",
            [("экспорт", 300 * _BN, "USD"), ("экспорт", 350 * _BN, "USD")],
        ),
        (
            "Экспорт и импорт Египта выросли на 5 %.",
            [("рост экспорта", Decimal(5), "percent"), ("рост импорта", Decimal(5), "percent")],
        ),
    ],
)
def test_respective_measures(analyse, text: str, rows: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(rows)
