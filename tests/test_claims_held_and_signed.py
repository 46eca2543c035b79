"""Numeric claims: sums a verb holds back (suspended, postponed, discussed, refused), a gapped
second sum after a currency sign, a range with a sign before each end, a sum inside a quoted
title."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "comparator", "status")
_GIVEN = "выделенные средства"


def _ends(low: int, high: int, unit: str, status: str, metric: str = _GIVEN) -> list[tuple]:
    """The two rows of a range: its low end ge, its high end le."""
    return [
        (metric, Decimal(low), unit, "ge", status),
        (metric, Decimal(high), unit, "le", status),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sign before each end of a range, the scale after the last: both ends in millions
        ("Франция выделит Мали от €10 до €15 млн.", _ends(10**7, 15 * 10**6, "EUR", "target")),
        (
            "Турция направит Египту от $200 до $300 млн.",
            _ends(2 * 10**8, 3 * 10**8, "USD", "target"),
        ),
        ("Италия выделила Тунису от €5 до €8 млрд.", _ends(5 * 10**9, 8 * 10**9, "EUR", "actual")),
        # the high end the parser hangs on the low one is the verb's too
        (
            "Португалия выделила Анголе от 5 до 8 млрд евро.",
            _ends(5 * 10**9, 8 * 10**9, "EUR", "actual"),
        ),
        # must not: ends with no scale, or each with its own, keep their values
        (
            "Билеты на матч в Лиме стоили от $10 до $20.",
            _ends(10, 20, "USD", "actual", "стоимость билетов"),
        ),
        (
            "Испания выделила Марокко от €2 млн до €3 млн.",
            _ends(2 * 10**6, 3 * 10**6, "EUR", "actual"),
        ),
    ],
)
def test_signed_ranges(analyse, text, expected):
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)


def _given(unit: str, status: str, *values: int) -> list[tuple]:
    """Rows of sums a verb of giving names, each exact."""
    return [(_GIVEN, Decimal(v), unit, "eq", status) for v in values]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a dash stands for the verb of the sum before, also before a sum of its own currency
        (
            "Германия выделит Польше €200 млн, а Франция — €100 млн.",
            _given("EUR", "target", 200_000_000, 100_000_000),
        ),
        (
            "Япония выделила Вьетнаму $50 млн, а Южная Корея — $30 млн.",
            _given("USD", "actual", 50_000_000, 30_000_000),
        ),
        (
            "Нидерланды выделят Гане 200 млн евро, а Бельгия — 100 млн евро.",
            _given("EUR", "target", 200_000_000, 100_000_000),
        ),
        (
            "Китай предоставил Лаосу $300 млн, а Индия — $120 млн.",
            _given("USD", "actual", 300_000_000, 120_000_000),
        ),
        # must not: a measured noun before the dash names its own figure; a sentence apart
        (
            "Чили выделила Перу $2 млрд, а кредит — $1 млрд.",
            [
                ("кредит", Decimal(1_000_000_000), "USD", "eq", "actual"),
                *_given("USD", "actual", 2_000_000_000),
            ],
        ),
        (
            "Чили получила от МВФ $2 млрд. Перу — страна с ВВП $240 млрд.",
            [
                ("ВВП", Decimal(240_000_000_000), "USD", "eq", "actual"),
                ("полученная сумма", Decimal(2_000_000_000), "USD", "eq", "actual"),
            ],
        ),
    ],
)
def test_gapped_sums_of_their_own_currency(analyse, text, expected):
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb that holds a grant back: the sum is meant, not paid, a target
        ("Япония приостановила перечисление Мьянме 40 млн долларов.", [40_000_000]),
        ("МВФ отложил выделение Гане 300 млн долларов.", [300_000_000]),
        ("Канада обсуждает предоставление Гаити 20 млн долларов.", [20_000_000]),
        ("Австралия рассматривает выделение Фиджи 30 млн долларов.", [30_000_000]),
        ("Евросоюз перенёс выделение Сербии 50 млн долларов на следующий год.", [50_000_000]),
    ],
)
def test_held_grants_are_targets(analyse, text, expected):
    assert claim_rows(analyse, text, _FIELDS) == _given("USD", "target", *expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a refused grant is no sum anyone gives
        ("Япония отказалась выделить Мьянме 40 млн долларов.", []),
        ("Норвегия отказалась от предоставления Сомали 12 млн долларов.", []),
        ("Швеция отказывается перечислить Боливии 8 млн долларов.", []),
        # must not: a grant made or resumed is paid
        ("Япония выделила Мьянме 40 млн долларов.", _given("USD", "actual", 40_000_000)),
        ("МВФ возобновил выделение Гане 300 млн долларов.", _given("USD", "actual", 300_000_000)),
        # a negated hold is paid, a negated refusal still due
        (
            "Япония не отложила выделение Непалу 20 млн долларов.",
            _given("USD", "actual", 20_000_000),
        ),
        (
            "Правительство Японии не приостановило перечисление Мьянме 40 млн долларов.",
            _given("USD", "actual", 40_000_000),
        ),
        (
            "Канада не отказалась выделить Гаити 20 млн долларов.",
            _given("USD", "target", 20_000_000),
        ),
        # must not: a refusal of what is no grant keeps its sum
        (
            "Чили отказалась от 10 млн долларов перуанской помощи.",
            [("помощь", Decimal(10_000_000), "USD", "eq", "actual")],
        ),
    ],
)
def test_refused_grants_give_no_sum(analyse, text, expected):
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sum or percent inside a quoted title a noun names is part of the name
        ("Франция и Индия запустили программу «Партнёрство на 2 млрд евро».", []),
        ("Египет и Турция подписали меморандум «Инвестиции на $5 млрд».", []),
        ("Канада и Мексика приняли стратегию «Рост экспорта на 5 %».", []),
        (
            "Сербия и ЕС запустили проект «Дороги на 500 млн евро» стоимостью 600 млн евро.",
            [("стоимость", Decimal(600_000_000), "EUR", "eq", "actual")],
        ),
        # must not: quoted words, or a quoted sum no noun names, stay claims
        (
            "Министр Чили назвал сумму «около 2 млрд евро».",
            [("сумма", Decimal(2_000_000_000), "EUR", "approx", "actual")],
        ),
        (
            "«Мы выделим Перу 2 млрд евро», — заявил министр Чили.",
            _given("EUR", "target", 2_000_000_000),
        ),
    ],
)
def test_sums_in_quoted_titles(analyse, text, expected):
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)
