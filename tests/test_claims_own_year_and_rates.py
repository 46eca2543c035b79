"""The document's own year a figure is told for without naming it ("с начала года"),
rates of growth named as the growth, not as the thing that grows, and bare counts of a
people's population or an army, which count persons."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "comparator", "period", "status")
K = Decimal(1000)
M = Decimal(10) ** 6


@pytest.mark.parametrize(
    "text, expected",
    [
        # "с начала года": the year to date of the document
        (
            "С начала года к берегам Испании прибыли более 12 тыс. мигрантов.",
            [("мигранты", 12 * K, "мигрант", "gt", "2025", "actual")],
        ),
        (
            "Площадь лесных пожаров в Чили с начала года превысила 400 тыс. гектаров.",
            [("площадь лесных пожаров", 400 * K, "гектар", "gt", "2025", "actual")],
        ),
        # must-not: "за год", "в течение года" are a length of time, no date
        (
            "За год экспорт Чили в Перу вырос на 5 %.",
            [("рост экспорта", Decimal(5), "percent", "eq", "", "actual")],
        ),
        (
            "В течение года Египет получил от МВФ 1,2 млрд долларов.",
            [("полученная сумма", 1200 * M, "USD", "eq", "", "actual")],
        ),
    ],
)
def test_own_year(analyse, text: str, expected: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS, date="2025-09-05") == sorted(expected)


def test_own_year_needs_a_date(analyse) -> None:
    """An undated text names no year by "с начала года"."""
    text = "С начала года к берегам Испании прибыли более 12 тыс. мигрантов."
    assert claim_rows(analyse, text, ("period",)) == [("",)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a range of change keeps the change: "на" stands before its first end
        (
            "Правительство Вьетнама ожидает, что в 2025 году ВВП вырастет на 6-8 %.",
            [
                ("рост ВВП", Decimal(6), "percent", "ge", "2025", "forecast"),
                ("рост ВВП", Decimal(8), "percent", "le", "2025", "forecast"),
            ],
        ),
        (
            "Цены на рис в Японии выросли на 10–15 %.",
            [
                ("рост цен", Decimal(10), "percent", "ge", "", "actual"),
                ("рост цен", Decimal(15), "percent", "le", "", "actual"),
            ],
        ),
        # the level a rate of change slows or speeds to is that rate
        (
            "Рост ВВП Турции в 2024 году ускорился до 5,2 %.",
            [("рост ВВП", Decimal("5.2"), "percent", "eq", "2024", "actual")],
        ),
        (
            "Рост цен в Аргентине в 2025 году замедлился до 1,5 %.",
            [("рост цен", Decimal("1.5"), "percent", "eq", "2025", "actual")],
        ),
        # an imperfective verb of change ("рос", "растёт", "падали") tells a change too
        (
            "В 2023 году экономика Египта росла на 3,8 %.",
            [("рост ВВП", Decimal("3.8"), "percent", "eq", "2023", "actual")],
        ),
        (
            "Импорт Чили из Перу в 2024 году рос на 4 %, а цены на медь падали на 2 %.",
            [
                ("рост импорта", Decimal(4), "percent", "eq", "2024", "actual"),
                # the contrast's later clause shares the year before the earlier one's
                # figures (as in test_claims_contrast_periods_87), now that the parse hangs
                # each clause's words on its own verb (sixty-second pass, h-events216)
                ("снижение цен", Decimal(2), "percent", "eq", "2024", "actual"),
            ],
        ),
        # must-not: "на долю X падает N %" is X's share ("а на Италию падает 6 %" too)
        (
            "На долю Японии падает 25 % внешней торговли Таиланда.",
            [("доля внешней торговли", Decimal(25), "percent", "eq", "", "actual")],
        ),
        (
            "На долю Германии в 2024 году падало 12 % экспорта Польши, а на Италию падает 6 %.",
            [
                ("доля экспорта", Decimal(12), "percent", "eq", "2024", "actual"),
                ("доля экспорта", Decimal(6), "percent", "eq", "", "actual"),
            ],
        ),
        (
            "Импорт Индии из Японии падает на 4 % в год.",
            [("снижение импорта", Decimal(4), "percent", "eq", "", "actual")],
        ),
        (
            "Российский экспорт в Индию в 2024 году составил 60 млрд долларов.",
            [("экспорт", 60000 * M, "USD", "eq", "2024", "actual")],
        ),
        # must-not: a range of levels is no change; a level of its own thing keeps its name
        (
            "Товарооборот Чили и Перу в 2024 году составил 6-7 млрд долларов.",
            [
                ("товарооборот", 6000 * M, "USD", "ge", "2024", "actual"),
                ("товарооборот", 7000 * M, "USD", "le", "2024", "actual"),
            ],
        ),
        (
            "Инфляция в Египте в 2025 году снизилась до 12 %.",
            [("инфляция", Decimal(12), "percent", "eq", "2025", "actual")],
        ),
    ],
)
def test_rates_of_change(analyse, text: str, expected: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare count of a population or an army counts persons
        (
            "Численность населения Египта на 1 января 2025 года составила 107,3 млн.",
            [("численность населения", Decimal("107.3") * M, "человек", "2025-01-01")],
        ),
        (
            "Население Нигерии в 2024 году достигло 227 млн.",
            [("население", 227 * M, "человек", "2024")],
        ),
        (
            "Численность армии Вьетнама составляет 450 тыс.",
            [("численность армии", 450 * K, "человек", "")],
        ),
        # must-not: a count that names its own noun keeps it (the measure its subject names,
        # h-claims90); money is no count of persons
        (
            "Население Монголии составляет 3,5 млн жителей.",
            [("население", Decimal("3.5") * M, "житель", "")],
        ),
        (
            "Численность туристов из Китая в Таиланде в 2024 году составила 6,7 млн.",
            [("численность туристов", Decimal("6.7") * M, "турист", "2024")],
        ),
    ],
)
def test_counted_persons(analyse, text: str, expected: list[tuple]) -> None:
    assert claim_rows(analyse, text, ("metric", "value", "unit", "period")) == sorted(expected)
