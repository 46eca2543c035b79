"""Numeric claims: a verb of reaching a level in the past tells a result, a future of buying is a
plan, a multiplier verb a wish aims at is a target; a fraction a sentence before is no share of
the figure after it; a bare "шиллингов" or "песо" is in the currency the text has qualified."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "status")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb of reaching a level in the past indicative is a result
        (
            "Малайзия и Индонезия нарастили товарооборот до 12,4 млрд долларов.",
            [("товарооборот", Decimal(12400000000), "USD", "actual")],
        ),
        (
            "Польша и Литва довели товарооборот до 9 млрд евро.",
            [("товарооборот", Decimal(9000000000), "EUR", "actual")],
        ),
        # must not: its infinitive after an intention or a wish stays a goal
        (
            "Стороны намерены нарастить товарооборот до 5 млрд долларов.",
            [("товарооборот", Decimal(5000000000), "USD", "target")],
        ),
        (
            "Польша и Литва хотели бы довести товарооборот до 9 млрд евро.",
            [("товарооборот", Decimal(9000000000), "EUR", "target")],
        ),
        # a future of buying or deferring a payment is a plan
        (
            "Финляндия закупит у Швеции 12 истребителей за 1,1 млрд евро.",
            [
                ("истребители", Decimal(12), "истребитель", "target"),
                ("стоимость покупки истребителей", Decimal(1100000000), "EUR", "target"),
            ],
        ),
        (
            "Королевство отсрочит Пакистану платежи за нефть на сумму 1,2 млрд долларов.",
            [("платежи", Decimal(1200000000), "USD", "target")],
        ),
        # must not: a purchase made
        (
            "Чехия закупила у Словакии 3 млн тонн угля.",
            [("закупки угля", Decimal(3000000), "тонна", "actual")],
        ),
        # a multiplier verb a wish aims at is a target, a multiplier that happened is not
        (
            "«Товарооборот у нас растёт, мы хотим его удвоить», — сказал премьер Пакистана.",
            [("рост товарооборота", Decimal(2), "раз", "target")],
        ),
        (
            "Экспорт Чили в Перу удвоился за год.",
            [("рост экспорта", Decimal(2), "раз", "actual")],
        ),
        # a clause of its own after a comma tells its figure in its own tense
        (
            "Испания поставит Марокко 20 вертолётов, стоимость контракта составляет 900 млн евро.",
            [
                ("вертолёты", Decimal(20), "вертолёт", "forecast"),
                ("стоимость контракта", Decimal(900000000), "EUR", "actual"),
            ],
        ),
        (
            "Вьетнам закупит у Индии 6 патрульных катеров, сумма сделки превышает 100 млн "
            "долларов.",
            [
                ("патрульные катера", Decimal(6), "катер", "target"),
                ("сумма сделки", Decimal(100000000), "USD", "actual"),
            ],
        ),
        # must not: a future of its own, or one verb the figure shares, keeps the future
        (
            "Испания поставит Марокко 20 вертолётов, стоимость контракта составит 900 млн евро.",
            [
                ("вертолёты", Decimal(20), "вертолёт", "forecast"),
                ("стоимость контракта", Decimal(900000000), "EUR", "forecast"),
            ],
        ),
        (
            "Вьетнам закупит у Индии 6 патрульных катеров и 4 вертолёта.",
            [
                ("вертолёты", Decimal(4), "вертолёт", "target"),
                ("патрульные катера", Decimal(6), "катер", "target"),
            ],
        ),
        # a future of keeping a level is a forecast of it; its past or present is actual
        (
            "Правительство Египта сохранит долю в 51 % в национальной авиакомпании.",
            [("доля в национальной авиакомпании", Decimal(51), "percent", "forecast")],
        ),
        (
            "Государство Вьетнам сохранит за собой 65 % акций банка.",
            [("доля акций банка", Decimal(65), "percent", "forecast")],
        ),
        (
            "Доля Индии в мировом экспорте сохранится на уровне 12 %.",
            [("доля в мировом экспорте", Decimal(12), "percent", "forecast")],
        ),
        (
            "Государство Вьетнам сохраняет за собой 65 % акций банка.",
            [("доля акций банка", Decimal(65), "percent", "actual")],
        ),
    ],
)
def test_status_of_verbs_done_and_planned(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a fraction a sentence before takes no part in the figure's status
        (
            "Лаос экспортирует в Таиланд две трети электроэнергии. Мощность новой ГЭС "
            "составит 1,4 тыс. мегаватт.",
            [("мощность новой ГЭС", Decimal(1400), "мегаватт", "forecast")],
        ),
        # must not: the total a required share of its own sentence is of stays a standing count
        (
            "Для принятия закона требовалось две трети голосов — 100 из 150.",
            [("голоса", Decimal(100), "голос", "actual")],
        ),
    ],
)
def test_fraction_of_another_sentence(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare currency name shared by several states is the one the text qualified
        (
            "Товарооборот Кении и Эфиопии составил 12 млрд кенийских шиллингов, из них "
            "кенийский экспорт — 9 млрд шиллингов.",
            [
                ("товарооборот", Decimal(12000000000), "KES", "actual"),
                ("экспорт", Decimal(9000000000), "KES", "actual"),
            ],
        ),
        # or that of the only state of the currency its sentence names
        (
            "Уганда выделит 50 млрд шиллингов на дороги.",
            [("выделенные средства", Decimal(50000000000), "UGX", "target")],
        ),
        (
            "Чили выделит 900 млрд песо на дороги.",
            [("выделенные средства", Decimal(900000000000), "CLP", "target")],
        ),
        # must not: a state whose shilling kg has no code for names none
        (
            "Сомали получит 5 млн шиллингов.",
            [("шиллинги", Decimal(5000000), "шиллинг", "actual")],
        ),
    ],
)
def test_bare_currency_names(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)


@pytest.mark.parametrize(
    "text, statuses",
    [
        # an infinitive of reaching a level after a past of managing is a result
        ("В 2024 году Египет смог увеличить экспорт газа в Турцию на 12 % и довести его до 4 млрд "
         "долларов.", [("рост экспорта газа", "actual"), ("экспорт газа", "actual")]),
        ("В 2025 году Индии удалось нарастить импорт нефти из ОАЭ до 30 млн тонн.",
         [("импорт нефти", "actual")]),
        ("В 2025 году Аргентина смогла довести экспорт говядины в Китай до 2 млрд долларов.",
         [("экспорт говядины", "actual")]),
        ("В 2024 году Япония сумела нарастить инвестиции во Вьетнам до 10 млрд долларов.",
         [("инвестиции", "actual")]),
        # must not: the goal missed, a conditional or a future stays a goal
        ("В 2023 году Сербии не удалось довести товарооборот с Венгрией до 2 млрд евро.",
         [("товарооборот", "target")]),
        ("Египет смог бы довести экспорт газа в Турцию до 5 млрд долларов.",
         [("экспорт газа", "target")]),
        ("В 2027 году Египет сможет увеличить экспорт газа в Турцию до 5 млрд долларов.",
         [("экспорт газа", "target")]),
    ],
)  # fmt: skip
def test_level_reached_after_a_past_of_managing(analyse, text: str, statuses: list) -> None:
    assert claim_rows(analyse, text, ("metric", "status")) == sorted(statuses)
