"""Numeric claims, issue 8 eleventh pass: what a sentence states as a number and how (a school
grade and a time of day are no claims, "по цене от N" is a lower bound, a sum someone will
receive or something will cost and what there will be are forecasts)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "comparator", "status")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a future of receiving or costing a sum: a forecast, also for the sums of a later
        # sentence that elide its verb
        (
            "Основатель чилийского стартапа получит 40 млн долларов от перуанского инвестора.",
            [("полученная сумма", Decimal(40_000_000), "USD", "eq", "forecast")],
        ),
        (
            "Победитель турнира в Осло получит 40 млн норвежских крон. Команда, занявшая "
            "четвёртое место, — 20 млн, пятое — 10 млн.",
            [
                ("полученная сумма", Decimal(10_000_000), "NOK", "eq", "forecast"),
                ("полученная сумма", Decimal(20_000_000), "NOK", "eq", "forecast"),
                ("полученная сумма", Decimal(40_000_000), "NOK", "eq", "forecast"),
            ],
        ),
        # what there will be
        (
            "В новом парламенте Кении будет 20 комитетов.",
            [("комитеты", Decimal(20), "комитет", "eq", "forecast")],
        ),
        (
            "Эксперт считает, что в матче Норвегии и Дании будет не менее трёх голов.",
            [("голы", Decimal(3), "гол", "ge", "forecast")],
        ),
        # the lowest price
        (
            "Билеты продавались по цене от 10 долларов за место на трибуне.",
            [("цена", Decimal(10), "USD", "ge", "actual")],
        ),
        (
            "Квартиры в Лиме продаются стоимостью от 50 тысяч долларов.",
            [("стоимость", Decimal(50_000), "USD", "ge", "actual")],
        ),
        # must-nots: a past receipt, seats won, what there was, an auxiliary "будет", "от"
        # after no price, a range
        (
            "Победитель турнира в Осло получил 40 млн норвежских крон.",
            [("полученная сумма", Decimal(40_000_000), "NOK", "eq", "actual")],
        ),
        (
            "Центристская партия Перу получила 24 % голосов и получит 27 мест в парламенте.",
            [
                ("доля голосов Центристской партии Перу", Decimal(24), "percent", "eq", "actual"),
                (
                    "места Центристской партии Перу в парламенте",
                    Decimal(27),
                    "место",
                    "eq",
                    "actual",
                ),
            ],
        ),  # fmt: skip
        (
            "В прошлом году в парламенте Кении было 20 комитетов.",
            [("комитеты", Decimal(20), "комитет", "eq", "actual")],
        ),
        (
            "Партия будет контролировать 30 из 101 места в парламенте Чили.",
            [
                ("места в парламенте", Decimal(30), "место", "eq", "actual"),
                ("места в парламенте", Decimal(101), "место", "eq", "actual"),
            ],
        ),
        (
            "Если памятник в Осло не купят, он будет переплавлен, так как содержит 4,5 тонны меди.",
            [("медь", Decimal("4.5"), "тонна", "eq", "actual")],
        ),
        (
            "Чили отказалась от 10 млн долларов перуанской помощи.",
            [("помощь", Decimal(10_000_000), "USD", "eq", "actual")],
        ),
        (
            "Цены на билеты в Осло составили от 10 до 20 долларов.",
            [
                ("цены", Decimal(10), "USD", "ge", "actual"),
                ("цены", Decimal(20), "USD", "le", "actual"),
            ],
        ),
    ],
)
def test_status_and_bound(analyse, text: str, expected: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a grade a learner is in, a time of day about which one act happened: no claims
        ("Учебники положены только ученикам 1-3 классов в школах Осло.", []),
        ("Норвежские гранты получат студенты 2 курса университета Копенгагена.", []),
        ("Около 12 часов у здания посольства Дании в Осло взорвался автомобиль.", []),
        # must-nots: classes opened, how long someone worked or searched
        (
            "В школе Найроби открыли 3 класса для беженцев из Эфиопии.",
            [("классы для беженцев", Decimal(3), "класс", "eq", "actual")],
        ),
        (
            "Посол Норвегии проработал в Копенгагене около 10 часов без перерыва.",
            [("срок работы", Decimal(10), "час", "approx", "actual")],
        ),
        (
            "Около 3 часов спасатели Кении искали туристов в горах.",
            [("срок", Decimal(3), "час", "approx", "actual")],
        ),
    ],
)
def test_not_counts(analyse, text: str, expected: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)
