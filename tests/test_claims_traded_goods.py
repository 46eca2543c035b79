"""Claims: a bare noun of trade measured in tonnes takes the goods the unit governs, as the
verb of trade does ("экспорт составил 5 млн тонн пшеницы" → экспорт пшеницы), goods in the
number the tagger reads ("тонн малины" → экспорт малины)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "В прошлом году экспорт Аргентины в Бразилию составил 5 млн тонн пшеницы.",
            [("экспорт пшеницы", Decimal(5_000_000), "тонна")],
        ),
        (
            "Импорт Египта из Турции составил 300 тысяч тонн стали.",
            [("импорт стали", Decimal(300_000), "тонна")],
        ),
        (
            "Поставки Вьетнама в Японию достигли 2 млн тонн риса.",
            [("поставки риса", Decimal(2_000_000), "тонна")],
        ),
        (
            "Экспорт Бразилии в Китай составил 90 млн тонн соевых бобов.",
            [("экспорт соевых бобов", Decimal(90_000_000), "тонна")],
        ),
        # must-nots: money, goods named before, no genitive after the unit, a state there
        (
            "Экспорт Индии во Францию составил 5 млрд долларов.",
            [("экспорт", Decimal(5_000_000_000), "USD")],
        ),
        (
            "Экспорт пшеницы из Аргентины составил 5 млн тонн.",
            [("экспорт пшеницы", Decimal(5_000_000), "тонна")],
        ),
        (
            "Экспорт Аргентины составил 5 млн тонн, из них половина пришлась на Бразилию.",
            [("экспорт", Decimal(5_000_000), "тонна")],
        ),
        (
            "Импорт Египта составил 300 тысяч тонн Турции.",
            [("импорт", Decimal(300_000), "тонна")],
        ),
        # goods in the genitive singular keep their number, whatever pymorphy3 likes best
        (
            "Сербия экспортировала в Россию 90 тысяч тонн малины.",
            [("экспорт малины", Decimal(90_000), "тонна")],
        ),
        (
            "Турция поставила в Ирак 30 тысяч тонн черешни.",
            [("поставки черешни", Decimal(30_000), "тонна")],
        ),
        (
            "Экспорт Чили в Китай составил 40 тысяч тонн малины.",
            [("экспорт малины", Decimal(40_000), "тонна")],
        ),
        # must-nots: goods in the plural stay plural; a singular reading pymorphy3 likes
        (
            "Египет поставил в Турцию 10 тысяч тонн апельсинов.",
            [("поставки апельсинов", Decimal(10_000), "тонна")],
        ),
        (
            "Бразилия экспортировала в Китай 2 млн тонн говядины.",
            [("экспорт говядины", Decimal(2_000_000), "тонна")],
        ),
    ],
)
def test_traded_goods(analyse, text: str, rows: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(rows)
