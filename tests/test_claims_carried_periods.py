"""Plans told after the sum, periods a sentence carries from the one before (or a year back
from it), years of accounts across two calendar years, and measure nouns written short or
per head."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "period", "status")
M = Decimal(10) ** 6


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sum opening its clause after an adverb takes the plan after it, and the year
        # the planned verb is dated with
        (
            "Индия выделила Шри-Ланке 400 млн долларов. Ещё 250 млн долларов планируется "
            "предоставить в 2026 году.",
            [
                ("выделенные средства", 250 * M, "USD", "2026", "target"),
                ("выделенные средства", 400 * M, "USD", "", "actual"),
            ],
        ),
        (
            "Франция выделила Иордании 120 млн евро в 2024 году. Ещё 90 млн евро "
            "планируется выделить в 2027 году.",
            [
                ("выделенные средства", 90 * M, "EUR", "2027", "target"),
                ("выделенные средства", 120 * M, "EUR", "2024", "actual"),
            ],
        ),
        # must-not: a sum already given stays actual, with its own year
        (
            "Ещё 60 млн евро Франция перечислила Марокко в 2023 году.",
            [("выделенные средства", 60 * M, "EUR", "2023", "actual")],
        ),
    ],
)
def test_plan_after_the_sum(analyse, text: str, expected: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # "за тот же период" is the period of the figure before
        (
            "Экспорт Чили в Перу в 2024 году составил 3 млрд долларов. Импорт за тот же "
            "период сократился на 4 %.",
            [
                ("снижение импорта", Decimal(4), "percent", "2024", "actual"),
                ("экспорт", 3000 * M, "USD", "2024", "actual"),
            ],
        ),
        # a sentence going on with "Всего", or opening with "его"/"их", keeps the time
        (
            "В 2023 году Египет закупил у Франции 12 самолётов. Всего на закупки было "
            "потрачено 4 млрд евро.",
            [
                ("расходы", 4000 * M, "EUR", "2023", "actual"),
                ("самолёты", Decimal(12), "самолёт", "2023", "actual"),
            ],
        ),
        (
            "В 2024 году Вьетнам поставил в Японию 2 млн тонн риса. Его стоимость составила "
            "1,2 млрд долларов.",
            [
                ("поставки риса", 2 * M, "тонна", "2024", "actual"),
                ("стоимость риса", 1200 * M, "USD", "2024", "actual"),  # "Его": h-claims90
            ],
        ),
        # so do "за тот же год" and "в том же году"
        (
            "Население Бразилии в 2024 году превысило 212 млн человек. Численность жителей "
            "Аргентины за тот же год составила около 46 млн.",
            [
                ("население", 212 * M, "человек", "2024", "actual"),
                ("численность жителей", 46 * M, "житель", "2024", "actual"),
            ],
        ),
        (
            "Экспорт Чили в Перу в 2023 году составил 3 млрд долларов. В том же году импорт из "
            "Перу вырос на 4 %.",
            [
                ("рост импорта", Decimal(4), "percent", "2023", "actual"),
                ("экспорт", 3000 * M, "USD", "2023", "actual"),
            ],
        ),
        # must-not: a day of a visit before is no figure's period
        (
            "Президент Египта посетил Турцию 10 мая 2024 года. В том же году товарооборот "
            "стран достиг 6 млрд долларов.",
            [("товарооборот стран", 6000 * M, "USD", "", "actual")],
        ),
        # must-not: a figure of its own time, a base of last year, or another tense
        (
            "В 2024 году Вьетнам поставил в Японию 2 млн тонн риса. Его стоимость сейчас "
            "составляет 1,2 млрд долларов.",
            [
                ("поставки риса", 2 * M, "тонна", "2024", "actual"),
                ("стоимость риса", 1200 * M, "USD", "", "actual"),
            ],
        ),
        (
            "Экспорт Чили в Перу в 2024 году составил 3 млрд долларов. Всего в 2020 году "
            "он составлял 2 млрд долларов.",
            [
                ("экспорт", 2000 * M, "USD", "2020", "actual"),
                ("экспорт", 3000 * M, "USD", "2024", "actual"),
            ],
        ),
        # "Годом ранее" opening a sentence: the same time a year back
        (
            "Во втором квартале 2025 года ВВП Таиланда вырос на 2,8 %. Годом ранее экономика "
            "росла на 2,2 %.",
            [
                ("рост ВВП", Decimal("2.2"), "percent", "2024-04/2024-06", "actual"),
                ("рост ВВП", Decimal("2.8"), "percent", "2025-04/2025-06", "actual"),
            ],
        ),
        (
            "В 2024 году товарооборот Египта и Турции составил 8 млрд долларов. Годом ранее, "
            "по данным ведомства, он составлял 7,1 млрд долларов.",
            [
                ("товарооборот", 7100 * M, "USD", "2023", "actual"),
                ("товарооборот", 8000 * M, "USD", "2024", "actual"),
            ],
        ),
        # must-not: a day of a visit a year back is no figure's period
        (
            "Президент Турции посетил Египет 10 мая 2024 года. Годом ранее в Каир прибыли 300 "
            "турецких бизнесменов.",
            [("турецкие бизнесмены", Decimal(300), "бизнесмен", "", "actual")],
        ),
    ],
)
def test_period_carried(analyse, text: str, expected: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a year of accounts across two calendar years is the span of both
        (
            "Бюджет Пакистана на 2025/26 финансовый год предусматривает расходы на оборону "
            "в размере 9 млрд долларов.",
            [("расходы на оборону", 9000 * M, "USD", "2025/2026", "target")],
        ),
        (
            "Экспорт Новой Зеландии в Китай в 2023/2024 финансовом году составил 20 млрд долларов.",
            [("экспорт", 20000 * M, "USD", "2023/2024", "actual")],
        ),
        # must-not: two years that do not follow each other are no year of accounts
        (
            "Экспорт Новой Зеландии в Китай в 2023/25 финансовом году составил 20 млрд долларов.",
            [("экспорт", 20000 * M, "USD", "", "actual")],
        ),
    ],
)
def test_fiscal_year_across_two(analyse, text: str, expected: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # "госдолг" is the state's debt, under the name the full words give
        (
            "Госдолг Эквадора достиг 58 % ВВП.",
            [("государственный долг", Decimal(58), "percent", "", "actual")],
        ),
        (
            "Госдолг Шри-Ланки превысил 80 млрд долларов.",
            [("государственный долг", 80000 * M, "USD", "", "actual")],
        ),
        # "на душу населения" restricts the noun before it, no population of its own
        (
            "ВВП на душу населения в Чехии составил 28 тыс. долларов.",
            [("ВВП", Decimal(28000), "USD", "", "actual")],
        ),
        # must-not: a population told as such stays one
        (
            "Население Чехии составило 10,9 млн человек.",
            [("население", Decimal("10.9") * M, "человек", "", "actual")],
        ),
    ],
)
def test_measure_nouns(analyse, text: str, expected: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)


@pytest.mark.parametrize(
    "text, date, periods",
    [
        # a part told of the figure before ("из них", "из которых") is of the whole's time
        (
            "В 2024 году товарооборот Индонезии и Малайзии составил 22,5 млрд долларов, из них "
            "на экспорт Индонезии пришлось 12,1 млрд.",
            "2025-09-05",
            ["2024", "2024"],
        ),
        (
            "В 2024 году товарооборот Индонезии и Малайзии составил 22,5 млрд долларов, из "
            "которых на экспорт Индонезии пришлось 12,1 млрд.",
            "2025-09-05",
            ["2024", "2024"],
        ),
        (
            "Объём торговли Бразилии и Китая в январе–августе превысил 110 млрд долларов, из них "
            "на бразильский экспорт пришлось 70 млрд.",
            "2025-09-15",
            ["2025-01/2025-08", "2025-01/2025-08"],
        ),
        # must not: a part told in a tense or at a time of its own
        (
            "В 2024 году товарооборот Индонезии и Малайзии составил 22,5 млрд долларов, из них "
            "сейчас на экспорт приходится 12 млрд.",
            "2025-09-05",
            ["", "2024"],
        ),
    ],
)
def test_part_of_the_figure_before(analyse, text: str, date: str, periods: list[str]) -> None:
    assert sorted(p for (p,) in claim_rows(analyse, text, ("period",), date)) == periods
