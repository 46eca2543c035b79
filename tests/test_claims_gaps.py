"""Numeric claims, issue 8 ninth pass: sums a dash gives the verb of the sum before, a
collapse by a percent, saving and collecting money, the low end of a range, a share a dash
gives after "от", a percent in brackets after a count."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "comparator")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare sum after a dash takes the verb and currency of the sum before, past a sum
        # told again in brackets in another currency; a subject after a comma is the elided
        # clause's, not the first verb's
        (
            "Победитель турнира в Осло получит 40 млн норвежских крон (около 4 млн долларов), "
            "команда, занявшая второе место, — 30 млн (около 3 млн долларов), третье — 20 млн.",
            [
                ("полученная сумма", Decimal(20_000_000), "NOK", "eq"),
                ("полученная сумма", Decimal(30_000_000), "NOK", "eq"),
                ("полученная сумма", Decimal(40_000_000), "NOK", "eq"),
            ],
        ),
        (
            "Кения получит от Всемирного банка 300 млн долларов, Эфиопия — 250 млн.",
            [
                ("полученная сумма", Decimal(250_000_000), "USD", "eq"),
                ("полученная сумма", Decimal(300_000_000), "USD", "eq"),
            ],
        ),
        (
            "Дания выделит на программу 5 млрд крон. Каждый регион, подавший заявку, — 200 млн.",
            [
                ("выделенные средства", Decimal(200_000_000), "DKK", "eq"),
                ("выделенные средства", Decimal(5_000_000_000), "DKK", "eq"),
            ],
        ),
        # must not: a measured noun before the dash names its own figure; no dash, no gap
        (
            "ВВП Норвегии составил 480 млрд долларов, население — 5 миллионов.",
            [
                ("ВВП", Decimal(480_000_000_000), "USD", "eq"),
                ("население", Decimal(5_000_000), "человек", "eq"),
            ],
        ),
        (
            "Чили экспортировала в Перу товаров на 2 млрд долларов, а импорт — 1,5 млрд.",
            [
                ("импорт", Decimal(1_500_000_000), "USD", "eq"),
                ("экспорт товаров", Decimal(2_000_000_000), "USD", "eq"),
            ],
        ),
        (
            "Перу выделило Чили 20 млн долларов. В стране проживают 33 миллиона человек.",
            [
                ("выделенные средства", Decimal(20_000_000), "USD", "eq"),
                ("население", Decimal(33_000_000), "человек", "eq"),
            ],
        ),
        # a collapse by a percent or a sum is a fall; onto people it is none
        (
            "Акции норвежской компании обрушились на 6 процентов.",
            [("снижение акций компании", Decimal(6), "percent", "eq")],
        ),
        (
            "Крыша стадиона в Найроби обрушилась на 200 зрителей.",
            [("зрители", Decimal(200), "зритель", "eq")],
        ),
        # money saved or collected is named by its verb
        (
            "Министерство обороны Дании рассчитывает сэкономить 1,6 миллиарда крон.",
            [("экономия", Decimal(1_600_000_000), "DKK", "eq")],
        ),
        (
            "Фонд сможет собирать до 100 млн долларов в год, сообщает газета.",
            [("собранные средства", Decimal(100_000_000), "USD", "le")],
        ),
        # the low end of a range a dash joins reads as the high end does
        (
            "Эксперты в Осло оценивали картину в 200-300 тысяч долларов.",
            [
                ("стоимость картины", Decimal(200_000), "USD", "ge"),
                ("стоимость картины", Decimal(300_000), "USD", "le"),
            ],
        ),
        ("Дети 7-10 лет из Перу приехали в Чили.", []),
        # a percent a dash gives the verb of the share before is of the same whole, also one
        # after "от"; not where a measured noun names it
        (
            "Кении достанется 60 % от выручки, а Эфиопии — 40 %.",
            [
                ("доля выручки", Decimal(60), "percent", "eq"),
                ("доля выручки", Decimal(40), "percent", "eq"),
            ],
        ),
        (
            "Кении достанется 50 % от выручки, Эфиопии — 30 %, и ещё 20 % получат посредники.",
            [
                ("доля выручки", Decimal(50), "percent", "eq"),
                ("доля выручки", Decimal(30), "percent", "eq"),
                ("доля выручки", Decimal(20), "percent", "eq"),
            ],
        ),
        (
            "Инфляция в Перу составила 5 % от уровня прошлого года, инфляция в Чили — 7 %.",
            [
                ("доля уровня прошлого года", Decimal(5), "percent", "eq"),
                ("инфляция", Decimal(7), "percent", "eq"),
            ],
        ),
        # a percent alone in brackets after a noun a number counts is a share of it
        (
            "За снос проголосовали жители 120 домов (15 %) в Осло.",
            [("доля домов", Decimal(15), "percent", "eq"), ("дома", Decimal(120), "дом", "eq")],
        ),
        # must not: a noun no number counts
        ("Эфиопия закупила пшеницу (12 %) у Кении.", []),
    ],
)
def test_gaps_collapses_savings_and_bracketed_shares(analyse, text, expected):
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a gapped change keeps the measured noun of its own clause, or its own goods
        (
            "Экспорт меди из Перу в Китай вырос на 10 %, а экспорт цинка — на 7 %.",
            [
                ("рост экспорта меди", Decimal(10), "percent", "eq"),
                ("рост экспорта цинка", Decimal(7), "percent", "eq"),
            ],
        ),
        (
            "Экспорт риса вырос на 20 %, экспорт кофе — на 4 %.",
            [
                ("рост экспорта кофе", Decimal(4), "percent", "eq"),
                ("рост экспорта риса", Decimal(20), "percent", "eq"),
            ],
        ),
        (
            "Экспорт меди вырос на 10 %, а импорт — на 5 %.",
            [
                ("рост импорта", Decimal(5), "percent", "eq"),
                ("рост экспорта меди", Decimal(10), "percent", "eq"),
            ],
        ),
        (
            "Поставки нефти выросли на 10 %, а газа — на 3 %.",
            [
                ("рост поставок газа", Decimal(3), "percent", "eq"),
                ("рост поставок нефти", Decimal(10), "percent", "eq"),
            ],
        ),
        # must-not: a state or a time the gap keeps changes the first clause's measure
        (
            "Экспорт Чили в Китай вырос на 10 %, а Перу — на 5 %.",
            [
                ("рост экспорта", Decimal(5), "percent", "eq"),
                ("рост экспорта", Decimal(10), "percent", "eq"),
            ],
        ),
        (
            "Экспорт риса из Вьетнама вырос в феврале на 10 %, а в марте — на 5 %.",
            [
                ("рост экспорта риса", Decimal(5), "percent", "eq"),
                ("рост экспорта риса", Decimal(10), "percent", "eq"),
            ],
        ),
        # a contrast's second clause with its own measure noun as subject keeps its own
        # metric, where the parse hangs the first clause's subject on the second verb too
        (
            "Чилийский экспорт в Перу вырос на 4 %, а импорт из Перу сократился на 2 %.",
            [
                ("рост экспорта", Decimal(4), "percent", "eq"),
                ("снижение импорта", Decimal(2), "percent", "eq"),
            ],
        ),
        (
            "Венгерский экспорт в Сербию вырос на 6 %, а импорт из Сербии сократился на 3 %.",
            [
                ("рост экспорта", Decimal(6), "percent", "eq"),
                ("снижение импорта", Decimal(3), "percent", "eq"),
            ],
        ),
        (
            "Словацкий экспорт в Чехию сократился на 2 %, а импорт из Чехии вырос на 7 %.",
            [
                ("рост импорта", Decimal(7), "percent", "eq"),
                ("снижение экспорта", Decimal(2), "percent", "eq"),
            ],
        ),
        (
            "Перуанский импорт из Чили вырос на 8 %, но экспорт в Чили снизился на 4 %.",
            [
                ("рост импорта", Decimal(8), "percent", "eq"),
                ("снижение экспорта", Decimal(4), "percent", "eq"),
            ],
        ),
        # must-not: a gapped second clause with no noun keeps the first clause's measure
        (
            "Чилийский экспорт в Перу вырос на 4 %, а из Перу — на 2 %.",
            [
                ("рост экспорта", Decimal(2), "percent", "eq"),
                ("рост экспорта", Decimal(4), "percent", "eq"),
            ],
        ),
        (
            "Чешский экспорт в Словакию вырос на 5 %, а в Польшу — на 2 %.",
            [
                ("рост экспорта", Decimal(2), "percent", "eq"),
                ("рост экспорта", Decimal(5), "percent", "eq"),
            ],
        ),
    ],
)
def test_gapped_change_keeps_its_own_measure(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == expected


_SUM = "Товарооборот Чехии и Словакии в 2024 году составил 20 млрд евро, а "


@pytest.mark.parametrize(
    "text, metric",
    [
        # a count of people after "а" measures the noun the contrast opens, not the sum before
        (
            "Объём торговли Сербии и Венгрии в 2025 году достиг 3 млрд евро, а число сербских "
            "туристов, посетивших Венгрию, превысило 200 тысяч человек.",
            "число сербских туристов",
        ),
        (_SUM + "численность словацких рабочих в Чехии превысила 60 тысяч человек.",
         "численность словацких рабочих"),
        ("Товарооборот Чили и Перу в 2024 году составил 4 млрд долларов, а число перуанских "
         "студентов в Чили достигло 12 тысяч человек.", "число перуанских студентов"),
        # must-not: each clause with its own subject keeps it; a gap with no measure noun
        # gives the count no measure of the first clause
        ("Население Сербии превысило 6 млн человек, а население Венгрии составило 9 млн человек.",
         "население"),
        (_SUM + "туристов — 60 тысяч человек.", "люди"),
    ],
)  # fmt: skip
def test_count_after_contrast_keeps_its_own_measure(analyse, text: str, metric: str) -> None:
    counts = {m for m, unit in claim_rows(analyse, text, ("metric", "unit")) if unit == "человек"}
    assert counts == {metric}
