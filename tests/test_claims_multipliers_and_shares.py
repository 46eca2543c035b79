"""Numeric claims: a verb of multiplying is a change of its object, future by its ending where the
tagger misreads it; "вдвое больше" after a level is that level's rise; remittances are a metric;
a share of GDP a verb of spending gives is money, each of "соответственно X и Y"; a sum told
again in another currency and a bare sum with no currency stay no claim of their own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "status")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a future of multiplying is a plan, whatever tense or part the tagger reads
        (
            "Марокко и Испания утроят число авиарейсов между странами.",
            [("рост числа авиарейсов", Decimal(3), "раз", "target")],
        ),
        (
            "Филиппины и Япония к 2028 году удвоят товарооборот, заявили министры.",
            [("рост товарооборота", Decimal(2), "раз", "target")],
        ),
        (
            "Египет удвоит поставки газа в Судан.",
            [("рост поставок газа", Decimal(2), "раз", "target")],
        ),
        # must not: a multiplying done is a fact
        (
            "Чехия и Словакия удвоили товарооборот.",
            [("рост товарооборота", Decimal(2), "раз", "actual")],
        ),
        # must not: a state is nothing multiplied
        ("Турция удвоила Азербайджан.", []),
    ],
)
def test_multiplying_verbs(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a multiplier told right after a level is that level's rise
        (
            "Вьетнам экспортировал в Камбоджу 4,5 млн тонн удобрений, что вдвое больше, чем"
            " годом ранее.",
            [
                ("рост экспорта удобрений", Decimal(2), "раз", "actual"),
                ("экспорт удобрений", Decimal(4500000), "тонна", "actual"),
            ],
        ),
        (
            "Польша закупила у Литвы 120 тыс. тонн зерна — в три раза больше, чем годом ранее.",
            [
                ("закупки зерна", Decimal(120000), "тонна", "actual"),
                ("рост закупок зерна", Decimal(3), "раз", "actual"),
            ],
        ),
        # must not: a multiplier with a verb of its own changes its own subject
        (
            "Вьетнам экспортировал в Камбоджу 4,5 млн тонн удобрений, импорт риса вырос вдвое.",
            [
                ("рост импорта риса", Decimal(2), "раз", "actual"),
                ("экспорт удобрений", Decimal(4500000), "тонна", "actual"),
            ],
        ),
    ],
)
def test_multiplier_after_a_level(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Переводы узбекских мигрантов из Казахстана составили 300 млн долларов.",
            [("переводы узбекских мигрантов", Decimal(300000000), "USD", "actual")],
        ),
        (
            "Граждане Непала, работающие в Индии, перевели на родину 1,2 млрд долларов.",
            [("переводы", Decimal(1200000000), "USD", "actual")],
        ),
        # must not: a transfer of people is no money
        (
            "Индия перевела на границу с Непалом 300 военных.",
            [("военные", Decimal(300), "военный", "actual")],
        ),
    ],
)
def test_remittances(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Эстония и Латвия направили на оборону соответственно 3,4 % и 3,1 % ВВП.",
            [
                ("выделенные средства", Decimal("3.1"), "percent", "actual"),
                ("выделенные средства", Decimal("3.4"), "percent", "actual"),
            ],
        ),
        (
            "Литва выделила на оборону 3 % ВВП.",
            [("выделенные средства", Decimal(3), "percent", "actual")],
        ),
        (
            "Эстония потратила на оборону 3 млрд евро.",
            [("расходы", Decimal(3000000000), "EUR", "actual")],
        ),
        # must not: a percent of GDP no verb of money gives is what it is of
        ("Рост ВВП Литвы составил 3 %.", [("рост ВВП", Decimal(3), "percent", "actual")]),
        # must not: a count after a purpose is no money
        (
            "Польша выделила деньги на покупку 30 танков.",
            [("танки", Decimal(30), "танк", "actual")],
        ),
    ],
)
def test_shares_of_gdp_spent(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # one sum told again in another currency is one claim, in the first currency
        (
            "Стоимость моста между Польшей и Литвой — 400 млн злотых, или около 93 млн евро.",
            [("стоимость моста", Decimal(400000000), "PLN", "actual")],
        ),
        # a bare sum whose currency nothing gives is no claim: a guessed one would be wrong
        ("Моди: «Наш товарооборот с Непалом — почти 7 миллиардов».", []),
    ],
)
def test_sums_told_twice_or_without_currency(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a future of supplying forecasts what it counts
        (
            "Египет поставит в Судан 300 тыс. тонн пшеницы.",
            [("поставки пшеницы", Decimal(300000), "тонна", "forecast")],
        ),
        # must not: a supply made is a fact
        (
            "Египет поставил в Судан 300 тыс. тонн пшеницы.",
            [("поставки пшеницы", Decimal(300000), "тонна", "actual")],
        ),
    ],
)
def test_future_supply(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == expected


@pytest.mark.parametrize(
    "text, status",
    [
        # a stake someone will receive is a forecast, as a sum received in the future is
        ("Турецкая Baykar получит 40 % акций совместного предприятия в Египте.", "forecast"),
        ("Катарский фонд получит 25 % акций индийской энергетической компании.", "forecast"),
        # must not: a stake received or held is a fact
        ("Турецкая Baykar получила 40 % акций совместного предприятия в Египте.", "actual"),
        ("Турецкая Baykar владеет 40 % акций совместного предприятия в Египте.", "actual"),
    ],
)
def test_stake_received_ahead(analyse, text: str, status: str) -> None:
    assert [s for (s,) in claim_rows(analyse, text, ("status",))] == [status]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a percent that sizes a block of shares is a share of the shares
        (
            "Индийская компания Adani приобрела контрольный пакет в 74 % в аэропорту Мумбаи.",
            [("доля акций", Decimal(74), "percent", "actual")],
        ),
        (
            "Власти Египта продали турецкому инвестору контрольный пакет в 60 %.",
            [("доля акций", Decimal(60), "percent", "actual")],
        ),
        (
            "Египетский фонд приобрёл контрольный пакет акций турецкой компании в размере 74 %.",
            [("доля акций компании", Decimal(74), "percent", "actual")],
        ),
        (  # … which a future of receiving forecasts, as "получит 40 % акций"
            "Китайская корпорация получит контрольный пакет в 51 % в сербском заводе.",
            [("доля акций", Decimal(51), "percent", "forecast")],
        ),
    ],
)
def test_blocks_of_shares(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Япония одобрила пакет помощи Вьетнаму в 5 %.",
        "ЕС утвердил пакет санкций против Ирана в размере 10 %.",
        "Пакет предложений Египта Турции снизит пошлины на 15 %.",
    ],
)
def test_blocks_of_no_shares(analyse, text: str) -> None:
    """must not: a block of help, sanctions or proposals is no stake"""
    assert not [m for (m,) in claim_rows(analyse, text, ("metric",)) if m.startswith("доля")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a stake "в"/"во" a whole, also where the parser hangs the whole on the verb after the
        # stake, takes "в" or "во" for the words kept once the state's adjective is left out
        (
            "Японская компания получила долю в 49 % во вьетнамском заводе.",
            [("доля в заводе", Decimal(49), "percent", "actual")],
        ),
        (
            "Индийская корпорация приобрела долю в 26 % во французском консорциуме.",
            [("доля в консорциуме", Decimal(26), "percent", "actual")],
        ),
        (
            "Французская компания приобрела долю в 40 % во вьетнамской фирме.",
            [("доля в фирме", Decimal(40), "percent", "actual")],
        ),
        (
            "Доля Египта во внешней торговле Судана составляет 20 %.",
            [("доля во внешней торговле", Decimal(20), "percent", "actual")],
        ),
        # the whole's genitive says whose or of what it is: a bank's capital, rice's export
        (
            "Сингапурский фонд приобрёл долю в 49 % в капитале вьетнамского банка.",
            [("доля в капитале банка", Decimal(49), "percent", "actual")],
        ),
        (
            "Доля Индии в экспорте риса составила 40 %.",
            [("доля в экспорте риса", Decimal(40), "percent", "actual")],
        ),
        (
            "Доля Катара в поставках сжиженного газа в Японию составила 12 %.",
            [("доля в поставках сжиженного газа", Decimal(12), "percent", "actual")],
        ),
        # must-not: a state after the whole is the claim's
        (
            "Доля Китая в товарообороте Монголии составляет 60 %.",
            [("доля в товарообороте", Decimal(60), "percent", "actual")],
        ),
        # must-not: a frame or a month after the stake is no whole
        (
            "Японская компания получила долю в 49 % в рамках сделки с Вьетнамом.",
            [("доля", Decimal(49), "percent", "actual")],
        ),
        (
            "Японская компания получила долю в 49 % в мае.",
            [("доля", Decimal(49), "percent", "actual")],
        ),
    ],
)
def test_stake_in_a_whole(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a share a sum of money measures is the stake's worth
        (
            "Эксперты оценили долю Японии в консорциуме в 2 млрд долларов.",
            [("стоимость доли", Decimal(2000000000), "USD", "actual")],
        ),
        (
            "Доля Франции в проекте составила 500 млн евро.",
            [("стоимость доли", Decimal(500000000), "EUR", "actual")],
        ),
        (
            "Доля Египта в проекте составляет 30 %, или 900 млн долларов.",
            [
                ("доля в проекте", Decimal(30), "percent", "actual"),
                ("стоимость доли", Decimal(900000000), "USD", "actual"),
            ],
        ),
        # a measured noun after the sum is what the sum is
        (
            "На долю Китая приходится 5 млрд долларов инвестиций в экономику Лаоса.",
            [("инвестиции", Decimal(5000000000), "USD", "actual")],
        ),
        # must-not: a share in percent stays a share; a sale's price stays the sale's
        (
            "Доля Вьетнама в проекте составит 25 %.",
            [("доля в проекте", Decimal(25), "percent", "forecast")],
        ),
        (
            "Турция продала свою долю в совместном предприятии за 300 млн долларов.",
            [("стоимость продажи доли", Decimal(300000000), "USD", "actual")],
        ),
    ],
)
def test_share_in_money(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == expected
