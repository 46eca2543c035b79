"""Claims: a whole "из" a sentence takes a part of is measured by the participle of trade or
money that tells its deed, not by the verb of the part ("Из 5 млн тонн пшеницы, закупленных
Египтом в 2024 году, 3 млн тонн пришлись на Россию" → закупки пшеницы of 2024), and the
part takes the whole's goods by a deed of its own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "period")
_M = Decimal(1_000_000)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Из 5 млн тонн пшеницы, закупленных Египтом в 2024 году, 3 млн тонн пришлись на"
            " Россию.",
            [("закупки пшеницы", 5 * _M, "тонна", "2024")],
        ),
        (
            "Из 2 млн тонн угля, импортированных Японией в марте, половина поступила из Австралии.",
            [("импорт угля", 2 * _M, "тонна", "2025-03")],
        ),
        (
            "Из 800 тысяч тонн риса, экспортированных Вьетнамом в 2024 году, 300 тысяч тонн"
            " купила Индонезия.",
            [
                ("закупки риса", Decimal(300_000), "тонна", ""),
                ("экспорт риса", Decimal(800_000), "тонна", "2024"),
            ],
        ),
        (
            "Из 4 млн тонн зерна, купленных Турцией в прошлом году, 2 млн тонн поставил Казахстан.",
            [("закупки зерна", 4 * _M, "тонна", "2024"), ("поставки зерна", 2 * _M, "тонна", "")],
        ),
        (
            "Из 12 млрд долларов, вложенных Японией в экономику Индии, большая часть пришлась"
            " на инфраструктуру.",
            [("инвестиции", 12_000 * _M, "USD", "")],
        ),
        # must-nots: a verb of trade of the measure's own is its deed, a participle after
        # it qualifies the goods
        (
            "В 2024 году Бразилия поставила в Китай 90 млн тонн сои, закупленных у фермеров"
            " штата Мату-Гросу.",
            [("поставки сои", 90 * _M, "тонна", "2024")],
        ),
        (
            "Индия, импортировавшая в 2023 году 2 млн тонн пальмового масла, сократит закупки.",
            [("импорт пальмового масла", 2 * _M, "тонна", "2023")],
        ),
    ],
)
def test_participle_deeds(analyse, text: str, rows: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS, date="2025-08-15") == sorted(rows)
