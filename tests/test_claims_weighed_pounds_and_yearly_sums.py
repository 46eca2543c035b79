"""A pound that weighs goods ("500 тысяч фунтов говядины", "посылка весом 20 фунтов") is a
unit of mass, `фунт`, with the metric a tonne's figure takes, no sum of money; a pound of a
price, a sum or a grant stays a currency. A yearly sum ("ежегодно выделяет", "в год",
"годовой товарооборот") keeps its amount and metric and gets no period: the contract's period
is a calendar date or interval, with no per-year convention (h-claims69, own sentences)."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Чили поставила в Перу 500 тысяч фунтов говядины.", [("поставки говядины", "500000")]),
        ("Египет импортировал из Турции 2 млн фунтов хлопка.", [("импорт хлопка", "2000000")]),
        ("Великобритания закупила у Чили 500 тысяч фунтов меди.", [("закупки меди", "500000")]),
        (
            "Полиция Мексики изъяла 300 фунтов кокаина, направлявшегося в Канаду.",
            [("кокаин", "300")],
        ),
        ("Таможня Эстонии задержала посылку весом 20 фунтов.", [("вес посылки", "20")]),
        ("Посылка весом около 20 фунтов была задержана в Эстонии.", [("вес посылки", "20")]),
        ("Груз массой 300 фунтов был отправлен из Канады в Мексику.", [("масса груза", "300")]),
        (
            "Вес посылки, отправленной из Эстонии в Латвию, составил 20 фунтов.",
            [("вес посылки", "20")],
        ),
    ],
)
def test_a_pound_of_goods_is_a_weight(analyse, text: str, rows: list[tuple[str, str]]) -> None:
    got = claim_rows(analyse, text, ("metric", "value", "unit"))
    assert [(m, str(v), u) for m, v, u in got] == [(m, v, "фунт") for m, v in rows]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a weight and a price in one sentence: each its own unit
        ("Эстония продала Латвии 100 фунтов золота за 2 млн евро.", ["EUR", "фунт"]),
        ("Великобритания купила у Чили 500 тысяч тонн меди за 300 млн фунтов.", ["GBP", "тонна"]),
        # must-not: a grant, a price, a sum, a purpose, "стерлингов" stay money
        ("Великобритания выделит Египту 20 млн фунтов помощи.", ["GBP"]),
        ("Турция продала Египту зерно за 300 млн фунтов.", ["EGP"]),
        ("Египет закупил в Турции зерно на сумму 300 млн фунтов.", ["EGP"]),
        ("Правительство Египта выделит 500 млн фунтов на закупку пшеницы.", ["EGP"]),
        ("Канада купила у Мексики партию говядины стоимостью 5 млн фунтов.", ["GBP"]),
        ("Великобритания закупила у Чили медь на 500 млн фунтов стерлингов.", ["GBP"]),
        ("Египет получил от Великобритании 20 млн британских фунтов.", ["GBP"]),
        ("Египет получил 20 млн английских фунтов.", ["GBP"]),  # was EGP
    ],
)
def test_a_pound_of_a_price_or_a_grant_stays_money(analyse, text: str, units: list[str]) -> None:
    assert sorted(u for (u,) in claim_rows(analyse, text, ("unit",))) == units


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Чили ежегодно выделяет Перу 200 млн долларов.",
            ("выделенные средства", "200000000", "USD", ""),
        ),
        (
            "Эстония выделяет Латвии по 3 млн евро в год на охрану границы.",
            ("выделенные средства", "3000000", "EUR", ""),
        ),
        (
            "Канада ежегодно экспортирует в Мексику 2 млн тонн пшеницы.",
            ("экспорт пшеницы", "2000000", "тонна", ""),
        ),
        (
            "Годовой товарооборот Чили и Перу составляет 5 млрд долларов.",
            ("годовой товарооборот", "5000000000", "USD", ""),
        ),
        # must-not: a calendar year the text names stays the period
        (
            "Годовой товарооборот Чили и Перу в 2023 году составил 5 млрд долларов.",
            ("годовой товарооборот", "5000000000", "USD", "2023"),
        ),
    ],
)
def test_a_yearly_sum_keeps_its_amount_and_no_period(analyse, text: str, row: tuple) -> None:
    got = claim_rows(analyse, text, ("metric", "value", "unit", "period"))
    assert [(m, str(v), u, p) for m, v, u, p in got] == [row]
