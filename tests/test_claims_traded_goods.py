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
        # goods after participles or adjectives, or an abbreviation
        (
            "Компания из Катара подписала контракт на поставку в Индию 7,5 млн тонн сжиженного"
            " природного газа.",
            [("поставка сжиженного природного газа", Decimal(7_500_000), "тонна")],
        ),
        (
            "Поставки Катара в Индию составили 8 млн тонн сжиженного газа.",
            [("поставки сжиженного газа", Decimal(8_000_000), "тонна")],
        ),
        (
            "Импорт Японии из Австралии достиг 30 млн тонн СПГ.",
            [("импорт СПГ", Decimal(30_000_000), "тонна")],
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


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Аргентина продала Бразилии 5 млн тонн зерна.", "экспорт зерна"),
        ("Уругвай продал Парагваю 200 тысяч голов скота.", "экспорт скота"),
        # must not: a sum of goods sold was an export already, a deal's price stays its own
        ("Аргентина продала Бразилии зерна на 5 млн долларов.", "экспорт зерна"),
        ("Уругвай продал Парагваю завод за 20 млн долларов.", "стоимость продажи Парагваю завода"),
    ],
)
def test_goods_sold_by_measure_are_an_export(analyse, text: str, metric: str) -> None:
    """Goods a state sells by measure are its export, as goods sold for a sum are: not a
    price ("цена зерна" of 5 million tonnes)."""
    assert [row[0] for row in claim_rows(analyse, text, ("metric",))] == [metric]
