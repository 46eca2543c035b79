"""Numeric claims: a "за N месяцев" beside a scaled total is its period, no term; future deeds and
grants are forecasts and plans; "этот показатель" and "их число" point back to the figure they
count."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

from kg.extract.common.quantities import find_quantities

_FIELDS = ("metric", "value", "unit", "period", "status")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a "за N месяцев" beside a total told with a scale word is its period, no term
        (
            "Грузию за восемь месяцев посетили 1,2 млн армянских туристов.",
            [("армянские туристы", Decimal(1200000), "турист", "", "actual")],
        ),
        (
            "Число армянских туристов, посетивших Грузию за девять месяцев, достигло "
            "300 тыс. человек.",
            [("число армянских туристов", Decimal(300000), "человек", "", "actual")],
        ),
        # … also on a participle that describes the sum itself, or the noun that holds it
        (
            "Турция вернула 5 млрд долларов, полученных от Катара за два года.",
            [("полученная сумма", Decimal(5_000_000_000), "USD", "", "actual")],
        ),
        (
            "Япония стала крупнейшим инвестором Вьетнама: 20 млрд долларов, вложенных за пять лет.",
            [("инвестиции", Decimal(20_000_000_000), "USD", "", "actual")],
        ),
        (
            "Египет погасил долг в 8 млрд долларов, набранный за четыре года.",
            [("долг", Decimal(8_000_000_000), "USD", "", "actual")],
        ),
        (
            "Посол Франции, проработавший в Индии пять лет, покинул Дели.",
            [("срок работы", Decimal(5), "год", "", "actual")],
        ),
        # must not: beside a plain count it stays how long the deed took
        (
            "За 18 лет в НХЛ хоккеист из Чехии сыграл 1200 матчей.",
            [
                ("матчи", Decimal(1200), "матч", "", "actual"),
                ("срок", Decimal(18), "год", "", "actual"),
            ],
        ),
    ],
)
def test_period_beside_scaled_total(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a grant ahead is a plan, a deed ahead a forecast of what it counts
        (
            "Япония предоставит Филиппинам кредит в размере 2 млрд долларов.",
            [("кредит", Decimal(2000000000), "USD", "", "target")],
        ),
        (
            "Евросоюз профинансирует до 40 % стоимости моста между Польшей и Литвой.",
            [("доля стоимости моста", Decimal(40), "percent", "", "target")],
        ),
        (
            "В учениях Польши и Литвы примут участие около 5 тыс. военнослужащих.",
            [("военнослужащие", Decimal(5000), "военнослужащий", "", "forecast")],
        ),
        (
            "Вьетнам и Лаос построят ГЭС мощностью 600 МВт.",
            [("мощность ГЭС", Decimal(600), "мегаватт", "", "forecast")],
        ),
        # must not: the same deeds done are actual
        (
            "Япония предоставила Филиппинам кредит в размере 2 млрд долларов.",
            [("кредит", Decimal(2000000000), "USD", "", "actual")],
        ),
        (
            "В учениях Польши и Литвы приняли участие около 5 тыс. военнослужащих.",
            [("военнослужащие", Decimal(5000), "военнослужащий", "", "actual")],
        ),
        # an infinitive coordinated with the one a modal governs shares the modal and its date
        (
            "В 2025 году экспорт Вьетнама может вырасти на 20 % и превысить $130 млрд.",
            [
                ("рост экспорта", Decimal(20), "percent", "2025", "forecast"),
                ("экспорт", Decimal(130000000000), "USD", "2025", "forecast"),
            ],
        ),
        (
            "В 2026 году товарооборот Индии и ОАЭ может увеличиться на 10 % и достичь $95 млрд.",
            [
                ("рост товарооборота", Decimal(10), "percent", "2026", "forecast"),
                ("товарооборот", Decimal(95000000000), "USD", "2026", "forecast"),
            ],
        ),
        # must not: infinitives of a verb of deciding in the past tell no forecast
        (
            "Индия решила закупить у Франции 26 истребителей и построить 3 подводные лодки.",
            [
                ("истребители", Decimal(26), "истребитель", "", "actual"),
                ("подводные лодки", Decimal(3), "лодка", "", "actual"),
            ],
        ),
    ],
)
def test_status_of_future_deeds(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # "этот показатель" points to the figure in its unit, not the change after it
        (
            "Через порт Гданьск за год перевезено 14 млн тонн чешских грузов, что на 30 % "
            "больше, чем годом ранее. Чехия и Польша намерены довести этот показатель до "
            "20 млн тонн к 2030 году.",
            [
                ("грузы", Decimal(14000000), "тонна", "", "actual"),
                ("грузы", Decimal(20000000), "тонна", "2030", "target"),
                ("рост грузов", Decimal(30), "percent", "", "actual"),
            ],
        ),
        # ... also two sentences back, past a difference told of it
        (
            "Экспорт Египта в Иорданию в 2024 году составил 900 млн долларов. Это на 12 % "
            "больше, чем годом ранее. Стороны планируют довести этот показатель до 2 млрд "
            "долларов к 2028 году.",
            [
                ("экспорт", Decimal(900000000), "USD", "2024", "actual"),
                ("экспорт", Decimal(2000000000), "USD", "2028", "target"),
                ("рост экспорта", Decimal(12), "percent", "2024", "actual"),
            ],
        ),
        # must not: a figure of another unit there gives no metric of its own
        (
            "Экспорт Египта в Иорданию составил 900 млн долларов. Это на 12 % больше. Стороны "
            "планируют довести этот показатель до 5 тыс. тонн.",
            [
                ("экспорт", Decimal(900000000), "USD", "", "actual"),
                ("рост экспорта", Decimal(12), "percent", "", "actual"),
            ],
        ),
        # "их число" counts what the figure before counts; the year of the plan is the goal's
        (
            "Чили в прошлом году посетили около 80 тыс. туристов из Перу. В 2026 году их "
            "число планируется довести до 120 тыс.",
            [
                ("туристы", Decimal(80000), "турист", "", "actual"),
                ("туристы", Decimal(120000), "турист", "2026", "target"),
            ],
        ),
        (
            "В 2026 году число туристов из Перу в Чили планируется довести до 120 тыс.",
            [("туристы", Decimal(120000), "турист", "2026", "target")],
        ),
        # must not: with no figure before, a bare "их число" counts nothing
        ("Их число в Чили составило 120 тыс.", []),
    ],
)
def test_pointed_back(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)


@pytest.mark.parametrize(
    "text, unit",
    [
        # a word the tagger reads as a noun that agrees with the noun after it qualifies it
        ("Вьетнам и Лаос создадут 2 совместные рабочие группы.", "группа"),
        ("В Чили прибыли 10 взрослых туристов из Перу.", "турист"),
        # must not: with no agreeing noun after it, it is what is counted
        ("В Лаос прибыли 30 рабочих из Вьетнама.", "рабочий"),
        ("На стройке в Лаосе заняты 30 рабочих.", "рабочий"),
    ],
)
def test_counted_noun_past_attribute(text: str, unit: str) -> None:
    assert [q.unit for q in find_quantities(text)] == [unit]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a gapped infinitive after a contrast shares the modal and the date of the first clause
        ("В 2025 году экспорт Турции в Египет может вырасти на 10 %, а импорт сократиться на 3 %.",
         [("рост экспорта", "2025", "forecast"), ("снижение импорта", "2025", "forecast")]),
        ("По итогам 2026 года добыча газа в Алжире может увеличиться на 4 %, а потребление "
         "снизиться на 2 %.",
         [("рост добычи газа", "2026", "forecast"), ("снижение потребления", "2026", "forecast")]),
        ("В 2027 году инвестиции Японии во Вьетнам должны вырасти на 15 %, а кредиты сократиться "
         "на 5 %.",
         [("рост инвестиций", "2027", "target"), ("снижение кредитов", "2027", "target")]),
        # ... and it changes its own noun, however the parser hangs it
        ("В 2026 году поставки зерна из Украины в Польшу могут вырасти на 8 %, а закупки "
         "удобрений сократиться на 6 %.",
         [("рост поставок зерна", "2026", "forecast"),
          ("снижение закупок удобрений", "2026", "forecast")]),
        ("Экспорт Египта в Иорданию может вырасти на 10 %, а импорт в 2027 году сократиться на "
         "3 %.", [("рост экспорта", "", "forecast"), ("снижение импорта", "2027", "forecast")]),
        # must not: a finite verb of its own after the contrast keeps its tense
        ("В 2025 году экспорт Турции в Египет вырос на 10 %, а импорт сократился на 3 %.",
         [("рост экспорта", "2025", "actual"), ("снижение импорта", "2025", "actual")]),
        ("Экспорт Египта в Турцию может вырасти на 10 %, а импорт уже сократился на 3 %.",
         [("рост экспорта", "", "forecast"), ("снижение импорта", "", "actual")]),
    ],
)  # fmt: skip
def test_gapped_infinitive_shares_the_modal(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, ("metric", "period", "status")) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a date inside a later infinitive conjunct dates that conjunct only
        ("Товарооборот Индии и ОАЭ может вырасти на 5 % и в 2027 году превысить 110 млрд долларов.",
         [("рост товарооборота", ""), ("товарооборот", "2027")]),
        ("Импорт Сербии из ЕС может сократиться на 4 % и в 2026 году составить 15 млрд евро.",
         [("импорт", "2026"), ("снижение импорта", "")]),
        ("Экспорт Бразилии в Аргентину должен вырасти на 6 % и к 2030 году достичь 25 млрд "
         "долларов.", [("рост экспорта", ""), ("экспорт", "2030")]),
        # must not: a date fronted before both, or in the first conjunct, dates both
        ("В 2026 году импорт Сербии из ЕС может сократиться на 4 % и составить 15 млрд евро.",
         [("импорт", "2026"), ("снижение импорта", "2026")]),
        ("Товарооборот Индии и ОАЭ может в 2027 году вырасти на 5 % и превысить 110 млрд долларов.",
         [("рост товарооборота", "2027"), ("товарооборот", "2027")]),
    ],
)  # fmt: skip
def test_date_in_later_conjunct_is_its_own(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, ("metric", "period")) == sorted(expected)
