"""Claims of a sale "на" a sum before a gapped second one: the parser hangs the first "на" on
the second sum ("продала Китаю сои [на] 5 млрд долларов, а кукурузы — на 1 млрд"), and the
first sum is still the sale's export, never a bare "цена"."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value")
_BN = Decimal(1_000_000_000)
_MN = Decimal(1_000_000)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Вьетнам продал Японии риса на 800 млн долларов, а кофе — на 400 млн долларов.",
            ("экспорт риса", 800 * _MN),
        ),
        (
            "Франция продала Индии вооружений на 6 млрд евро, а самолетов — на 2 млрд евро.",
            ("экспорт вооружений", 6 * _BN),
        ),
        (
            "Канада продала Мексике пшеницы на 900 млн долларов, а рапса — на 200 млн долларов.",
            ("экспорт пшеницы", 900 * _MN),
        ),
        # the first "на" hung on the gapped sum, the first sum on the goods: still the verb's
        (
            "В прошлом году Аргентина продала Китаю сои на 4 млрд долларов, а говядины — на 2 "
            "млрд долларов.",
            ("экспорт сои", 4 * _BN),
        ),
        (
            "В прошлом году Чили продала Японии меди на 6 млрд долларов, а лосося — на 1 млрд "
            "долларов.",
            ("экспорт меди", 6 * _BN),
        ),
        (
            "В прошлом году Бразилия продала Китаю сои на 5 млрд долларов, а кукурузы — на 1 "
            "млрд долларов.",
            ("экспорт сои", 5 * _BN),
        ),
        # goods the tagger reads as a nominative, alike in form, are the gapped clause's
        (
            "Вьетнам продал Японии риса на 800 млн долларов, а кофе — на 400 млн.",
            ("экспорт кофе", 400 * _MN),
        ),
        (
            "Гана продала Индии золота на 2 млрд долларов, а какао — на 600 млн.",
            ("экспорт какао", 600 * _MN),
        ),
        (
            "Египет продал Италии газа на 3 млрд долларов, а хлопок — на 400 млн.",
            ("экспорт хлопка", 400 * _MN),
        ),
    ],
)
def test_sums_of_gapped_sale_are_export(analyse, text: str, first: tuple) -> None:
    rows = claim_rows(analyse, text, _FIELDS)
    assert first in rows
    assert all(metric != "цена" for metric, _ in rows)  # must not: a bare price


@pytest.mark.parametrize(
    ("text", "value", "wrong"),
    [
        # must not: "вина" read as guilt is no goods ("экспорт вины"); a thing that costs
        # stays its own ("стоимость планшета")
        (
            "Аргентина продала Чили говядины на 700 млн долларов, а вина — на 150 млн.",
            150 * _MN,
            "вины",
        ),
        ("Ноутбук стоит 50 тысяч рублей, а планшет — 20 тысяч.", Decimal(20_000), "ноутбука"),
    ],
)
def test_no_goods_misread_after_dash(analyse, text: str, value: Decimal, wrong: str) -> None:
    rows = claim_rows(analyse, text, _FIELDS)
    assert not any(wrong in metric for metric, v in rows if v == value)
