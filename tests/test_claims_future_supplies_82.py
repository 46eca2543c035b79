"""Claims (h-claims82): a supply volume after a Latin company name is an amount, no model
number; the future of a verb of goods supplied, carried or made (perfective or compound) is a
forecast, a compound future of selling a plan; a deadline of what befalls a thing does not
date the measure the thing carries ("протяжённостью", "мощностью")."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

from kg.extract.common.quantities import find_quantities

_FIELDS = ("metric", "value", "unit", "comparator", "period", "status")
_MT = Decimal(5_000_000)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (  # a scaled figure after a Latin name: the volume, not "Petroperu 1,2"
            "Компания Codelco будет поставлять Petroperu 1,2 млн тонн нефти.",
            [("поставки нефти", Decimal(1_200_000), "тонна", "eq", "", "forecast")],
        ),
        (  # a name ending in "n" is no sign "N" before a number
            "Компания Codelco будет ежегодно поставлять перуанской Petroperu Corporation 1,2 млн "
            "тонн нефти в течение 15 лет.",
            [
                ("поставки нефти", Decimal(1_200_000), "тонна", "eq", "", "forecast"),
                ("срок", Decimal(15), "год", "eq", "", "forecast"),
            ],
        ),
        (  # must-not: a model number stays a name
            "Перу закупило у Чили 12 самолётов Boeing 737.",
            [("самолёты", Decimal(12), "самолёт", "eq", "", "actual")],
        ),
        (  # the compound future of supplying
            "Индия будет ежегодно поставлять в ОАЭ 1,5 млн тонн риса.",
            [("поставки риса", Decimal(1_500_000), "тонна", "eq", "", "forecast")],
        ),
        (  # goods an abbreviation names
            "Индия будет поставлять в ОАЭ 1,2 млн тонн СПГ.",
            [("поставки СПГ", Decimal(1_200_000), "тонна", "eq", "", "forecast")],
        ),
        (  # must-not: a state after the measure is no goods
            "Чили поставило 5 млн тонн ОАЭ.",
            [("поставки", _MT, "тонна", "eq", "", "actual")],
        ),
        (
            "По нему будут ежегодно прокачивать до 4 млн тонн нефти из Сербии в Венгрию.",
            [("нефть", Decimal(4_000_000), "тонна", "le", "", "forecast")],
        ),
        (
            "Сербия будет экспортировать в Венгрию 5 млн тонн угля.",
            [("экспорт угля", _MT, "тонна", "eq", "", "forecast")],
        ),
        (  # the perfective future, even where the tagger reads it as a past
            "Сербия добудет 5 млн тонн угля.",
            [("добыча угля", _MT, "тонна", "eq", "", "forecast")],
        ),
        (
            "Сербия прокачает в Венгрию 5 млн тонн нефти.",
            [("нефть", _MT, "тонна", "eq", "", "forecast")],
        ),
        (  # selling in the compound future: a plan, as "продаст" is
            "Сербия будет продавать Венгрии 5 млн тонн зерна.",
            [("экспорт зерна", _MT, "тонна", "eq", "", "target")],
        ),
        # must-nots: a present or a past of supplying is a deed
        (
            "Сербия поставляет Венгрии 5 млн тонн угля.",
            [("поставки угля", _MT, "тонна", "eq", "", "actual")],
        ),
        (
            "Индия экспортирует в ОАЭ 5 млн тонн риса.",
            [("экспорт риса", _MT, "тонна", "eq", "", "actual")],
        ),
        (
            "В 2020 году Сербия добыла 5 млн тонн угля.",
            [("добыча угля", _MT, "тонна", "eq", "2020", "actual")],
        ),
        (  # a deadline of building does not date the length of what is built
            "Между Сербией и Венгрией к 2028 году построят нефтепровод протяжённостью 180 "
            "километров.",
            [("протяжённость нефтепровода", Decimal(180), "километр", "eq", "", "forecast")],
        ),
        (  # a thing to be built: its length a target (h-claims85), still undated
            "Нефтепровод протяжённостью 180 километров из Индии в ОАЭ должны построить к 2028 "
            "году.",
            [("протяжённость", Decimal(180), "километр", "eq", "", "target")],
        ),
        (
            "Железная дорога длиной 400 километров соединит Чили и Перу к 2030 году.",
            [("длина железной дороги", Decimal(400), "километр", "eq", "", "actual")],
        ),
        (
            "Сербия построит к 2030 году ГЭС мощностью 500 МВт.",
            [("мощность ГЭС", Decimal(500), "мегаватт", "eq", "", "forecast")],
        ),
        # must-nots: a level reached by a deadline, a capacity of a thing built in a year
        (
            "Сербия доведёт мощность ГЭС до 500 МВт к 2030 году.",
            [("мощность ГЭС", Decimal(500), "мегаватт", "eq", "2030", "target")],
        ),
        (
            "Индия увеличит поставки риса в ОАЭ до 5 млн тонн к 2030 году.",
            [("поставки риса", _MT, "тонна", "eq", "2030", "target")],
        ),
        (
            "В 2020 году в Сербии построили ГЭС мощностью 500 МВт.",
            [("мощность ГЭС", Decimal(500), "мегаватт", "eq", "2020", "actual")],
        ),
    ],
)
def test_future_supplies_and_deadlines(analyse, text, rows):
    assert claim_rows(analyse, text, _FIELDS) == rows


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Завод Petroperu Corporation 1,2 млн тонн нефти.", "amount"),
        ("Завод Petroperu 1,2 млн тонн нефти.", "amount"),
        # must-nots: a sign of a number, a model number
        ("Приказ N 5 подписан в Лиме.", "reference"),
        ("Решение No. 12 принято в Сантьяго.", "reference"),
        ("Перу купило Boeing 737.", "reference"),
    ],
)
def test_figures_after_latin_words(text, kind):
    assert [q.kind for q in find_quantities(text)] == [kind]
