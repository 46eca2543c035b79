"""A harvest is a measure, weighed, never what an area measures ("урожай зерна составил 50
млн тонн"; "собрали урожай с 300 га" is none); spending is named with its purpose ("расходы
Японии на оборону" → "расходы на оборону"; a loan's purpose stays out); a percent of GDP is
the level of the measured noun of its clause, no share of GDP ("довести военные расходы до 2
% ВВП"); an adjective that is also a noun ("военные") declines with its noun in the name of a
change ("рост военных расходов")."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "status", "period")
K = Decimal(1000)
M = Decimal(10) ** 6


@pytest.mark.parametrize(
    "text, expected",
    [
        # a harvest's weight
        (
            "Урожай зерна в Аргентине составил 50 млн т.",
            [("урожай зерна", 50 * M, "тонна", "actual", "")],
        ),
        (
            "В 2024 году урожай пшеницы в Египте превысил 9 млн тонн.",
            [("урожай пшеницы", 9 * M, "тонна", "actual", "2024")],
        ),
        (
            "Урожай кофе во Вьетнаме в этом сезоне может достичь 1,8 млн тонн.",
            [("урожай кофе", Decimal("1.8") * M, "тонна", "forecast", "")],
        ),
        (
            "Урожай сои в Бразилии в сезоне 2024/25 составил 169 млн тонн.",
            [("урожай сои", 169 * M, "тонна", "actual", "2024/2025")],
        ),
        (
            "В Турции урожай фундука упал на 20 %, до 500 тыс. тонн.",
            [
                ("снижение урожая фундука", Decimal(20), "percent", "actual", ""),
                ("урожай фундука", 500 * K, "тонна", "actual", ""),
            ],
        ),
        # must-not: an area is no harvest's; the area of the clause measures it
        (
            "Египет собрал урожай пшеницы на площади 1,4 млн га.",
            [("площадь", Decimal("1.4") * M, "гектар", "actual", "")],
        ),
        ("Фермеры Кении собрали урожай с 300 га.", []),
        # must-not: a yield per area is no harvest's total
        ("Урожай риса с гектара во Вьетнаме достиг 6 тонн.", []),
        ("С каждого гектара фермеры Кении собирают урожай в 2 тонны.", []),
        ("С одного гектара фермеры Перу собирают урожай в 3 тонны.", []),
        # the total beside the area it is reaped from stays the harvest's
        (
            "Фермеры Индии собрали урожай риса в 130 млн тонн с 40 млн гектаров.",
            [("урожай риса", 130 * M, "тонна", "actual", "")],
        ),
    ],
)
def test_harvests(analyse, text: str, expected: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS, date="2025-06-15") == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # spending keeps the purpose its "на" gives it, past its owner
        (
            "Расходы Японии на оборону составили 55 млрд долларов в 2024 году.",
            [("расходы на оборону", 55000 * M, "USD", "actual", "2024")],
        ),
        (
            "Расходы Польши на оборону достигнут 4,7 % ВВП в 2025 году.",
            [("расходы на оборону", Decimal("4.7"), "percent", "forecast", "2025")],
        ),
        (
            "Расходы Турции на импорт энергоносителей в 2024 году составили 65 млрд долларов.",
            [("расходы на импорт энергоносителей", 65000 * M, "USD", "actual", "2024")],
        ),
        (
            "Затраты Сербии на строительство дороги составили 600 млн евро.",
            [("затраты на строительство дороги", 600 * M, "EUR", "actual", "")],
        ),
        (
            "Расходы бюджета Египта на субсидии составили 10 млрд долларов.",
            [("расходы бюджета на субсидии", 10000 * M, "USD", "actual", "")],
        ),
        (
            "Япония увеличила расходы на оборону до 55 млрд долларов.",
            [("расходы на оборону", 55000 * M, "USD", "actual", "")],
        ),
        (
            "Расходы Египта на оборону выросли на 12 %.",
            [("рост расходов на оборону", Decimal(12), "percent", "actual", "")],
        ),
        # a sum a verb of money gives "на" a purpose before it is what the verb names, where
        # the parser hangs it on the purpose's genitive or a participle stands between
        (
            "Власти Вьетнама направят на строительство дорог 2 млрд долларов.",
            [("выделенные средства властей Вьетнама", 2000 * M, "USD", "target", "")],
        ),
        (
            "Правительство Пакистана направит на развитие энергетики 300 млрд рупий.",
            [("выделенные средства правительства Пакистана", 300000 * M, "PKR", "target", "")],
        ),
        (
            "В 2023 году Турция направила на восстановление пострадавших районов 1,5 млрд"
            " долларов.",
            [("выделенные средства", 1500 * M, "USD", "actual", "2023")],
        ),
        # must-not: a purpose that is a measured noun stays that noun
        (
            "Турция направила на помощь пострадавшим районам 1,5 млрд долларов.",
            [("помощь", 1500 * M, "USD", "actual", "")],
        ),
        # must-not: a change's "на" is no purpose; a loan keeps its own name
        (
            "Расходы Мексики выросли на 5 % до 300 млрд долларов.",
            [
                ("рост расходов", Decimal(5), "percent", "actual", ""),
                ("расходы", 300000 * M, "USD", "actual", ""),
            ],
        ),
        (
            "Кредит Китая Кении на строительство железной дороги составил 3 млрд долларов.",
            [("кредит", 3000 * M, "USD", "actual", "")],
        ),
    ],
)
def test_purposes(analyse, text: str, expected: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS, date="2025-06-15") == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a percent of GDP is the level of the clause's measured noun
        (
            "Правительство Японии намерено довести военные расходы до 2 % ВВП к 2027 году.",
            [("военные расходы", Decimal(2), "percent", "target", "2027")],
        ),
        (
            "Египет намерен снизить госдолг до 80 % ВВП к 2027 году.",
            [("государственный долг", Decimal(80), "percent", "target", "2027")],
        ),
        # must-not: a share keeps its whole; no measured noun, no level
        (
            "На долю Египта приходится 2 % ВВП Африки.",
            [("доля ВВП Африки", Decimal(2), "percent", "actual", "")],
        ),
        (
            "Египет выделил на образование 4 % ВВП.",
            [("выделенные средства", Decimal(4), "percent", "actual", "")],
        ),
    ],
)
def test_levels_of_gdp(analyse, text: str, expected: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS, date="2025-06-15") == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Военные расходы Турции выросли на 20 %.",
            [("рост военных расходов", Decimal(20), "percent", "actual", "")],
        ),
        (
            "Военные расходы Индии в 2024 году увеличились на 9 %.",
            [("рост военных расходов", Decimal(9), "percent", "actual", "2024")],
        ),
        # must-not: the noun itself, and a noun after it in the genitive, stay as they are
        (
            "Число военных Франции в Чаде сократилось на 40 %.",
            [("снижение числа военных", Decimal(40), "percent", "actual", "")],
        ),
        (
            "Оборонные расходы Японии выросли на 16 %.",
            [("рост оборонных расходов", Decimal(16), "percent", "actual", "")],
        ),
    ],
)
def test_changed_adjective_names(analyse, text: str, expected: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS, date="2025-06-15") == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # must-not: a noun of a concession is never what the clause's figure measures
        ("Сельское хозяйство, несмотря на снижение урожая, обеспечивает 15 % ВВП Египта.", []),
        ("Промышленность, несмотря на падение экспорта, обеспечивает 30 % ВВП Марокко.", []),
        # the clause's own noun stays measured; a concession holding the figure keeps it
        (
            "Экспорт нефти, несмотря на снижение цен, составил 40 млрд долларов.",
            [("экспорт нефти", 40000 * M, "USD", "actual", "")],
        ),
        (
            "Несмотря на рост экспорта на 12 %, дефицит торговли Туниса сохранился.",
            [("рост экспорта", Decimal(12), "percent", "actual", "")],
        ),
    ],
)
def test_a_concession_measures_nothing(analyse, text: str, expected: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS, date="2025-06-15") == sorted(expected)


@pytest.mark.parametrize(
    "text, metric, value",
    [
        # heads of livestock are a unit: the verb and the animals name the measure
        ("Вьетнам экспортировал в Китай 650 тыс. голов свиней.", "экспорт свиней", 650 * K),
        (
            "Аргентина поставила в Китай 40 тыс. голов крупного рогатого скота.",
            "поставки крупного рогатого скота",
            40 * K,
        ),
    ],
)
def test_heads_of_livestock(analyse, text: str, metric: str, value: Decimal) -> None:
    assert claim_rows(analyse, text, ("metric", "value", "unit")) == [(metric, value, "голова")]
