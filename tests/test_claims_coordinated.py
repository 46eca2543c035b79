"""Claims of coordinated words: goods sold "на" a sum keep the singular of a mass noun the
tagger reads as a plural ("продала пшеницы" → экспорт пшеницы)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Аргентина продала Турции пшеницы на 1,2 млрд долларов.",
            [("экспорт пшеницы", Decimal(1_200_000_000), "USD")],
        ),
        (
            "Бразилия продала Египту кукурузы на 800 млн долларов.",
            [("экспорт кукурузы", Decimal(800_000_000), "USD")],
        ),
        (
            "Чили продало Китаю меди на 3 млрд долларов.",
            [("экспорт меди", Decimal(3_000_000_000), "USD")],
        ),
        # must-not: a noun of countable things keeps its plural
        (
            "Франция продала Индии самолетов на 8 млрд евро.",
            [("экспорт самолётов", Decimal(8_000_000_000), "EUR")],
        ),
    ],
)
def test_mass_goods_sold(analyse, text: str, rows: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(rows)
