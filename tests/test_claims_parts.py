"""Numeric claims, eighth reading: a measure told in a unit and its part, a term after
"срок в", a year of birth, a thing's worth, and voters counted for whom they voted."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "comparator", "period")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a unit and its part are one figure: in the larger unit where two decimals tell it,
        # else in the smaller
        ("Финальный матч между сборными Чили и Перу длился 2 часа 45 минут.",
         [("продолжительность матча", Decimal("2.75"), "час", "eq", "")]),
        ("Полёт из Осло в Копенгаген длился 1 час 30 минут.",
         [("срок", Decimal("1.5"), "час", "eq", "")]),
        ("Игра сборных Кении и Эфиопии шла в течение двух часов и восьми минут.",
         [("продолжительность игры сборных", Decimal(128), "минута", "eq", "")]),
        ("Посол Эфиопии провёл в Кении 2 года и 6 месяцев.",
         [("срок", Decimal("2.5"), "год", "eq", "")]),
        # must not: a comma or a bound parts them, or the part is no part ("75 минут")
        ("Поезд из Лимы прибыл через 2 часа, 45 минут спустя пришёл второй.", []),
        ("Самолёт из Осло летел 3 часа 75 минут.",
         [("срок", Decimal(3), "час", "eq", ""), ("срок", Decimal(75), "минута", "eq", "")]),
        # a term "в N лет" after "срок" is a term
        ("Назначение посла Дании будет произведено указом на срок в пять лет.",
         [("срок", Decimal(5), "год", "eq", "")]),
        ("Чили предоставила Перу кредит сроком в 20 лет.",
         [("срок кредита", Decimal(20), "год", "eq", "")]),
        # must not: "в" before years with no "срок" is a time of the calendar
        ("В ближайшие 10 лет Норвегия построит в Дании три завода.",
         [("заводы", Decimal(3), "завод", "eq", "")]),
        # a year of birth is no period of the figures of its sentence (the sons are a count
        # again: forty-third pass, tests/test_claims_kin_counts.py)
        ("У посла Перу в Чили есть четыре сына от двух браков: Хуан (1988 г. р.), Луис (1995 "
         "г. р.), Карлос (2001 г. р.) и Педро (2004 г. р.).",
         [("браки", Decimal(2), "брак", "eq", ""), ("сыновья", Decimal(4), "сын", "eq", "")]),
        ("В 2019 году Чили поставила в Перу 300 тысяч тонн меди.",
         [("поставки меди", Decimal(300000), "тонна", "eq", "2019")]),
        # what a thing is worth in the instrumental is its value; a volume sizes the thing
        ("Дания построила мост стоимостью 2 млрд крон.",
         [("стоимость моста", Decimal(2_000_000_000), "DKK", "eq", "")]),
        ("В кассах Осло остались билеты стоимостью 700 крон.",
         [("стоимость билетов", Decimal(700), "NOK", "eq", "")]),
        ("Норвегия выдала Дании кредит объёмом 5 млрд крон.",
         [("кредит", Decimal(5_000_000_000), "крона", "eq", "")]),
        # voters counted for a named person are votes for that person, also where the parser
        # hangs "за X" on a noun of the clause; the total after "из" is everyone's
        ("В нижней палате парламента Перу за Хорхе Саласа проголосовали 89 из 130 депутатов.",
         [("голоса за Хорхе Саласа", Decimal(89), "депутат", "eq", ""),
          ("депутаты", Decimal(130), "депутат", "eq", "")]),
        ("За Марию Лопес проголосовали 45 депутатов парламента Чили.",
         [("голоса за Марию Лопес", Decimal(45), "депутат", "eq", "")]),
        # must not: for no named person, or voters of another clause
        ("За отставку правительства Норвегии проголосовали 55 депутатов.",
         [("голоса за отставку правительства", Decimal(55), "депутат", "eq", "")]),
        ("Депутаты, которые голосовали за Хорхе Саласа, встретились в Лиме, где 40 делегатов "
         "проголосовали против.", [("делегаты", Decimal(40), "делегат", "eq", "")]),
    ],
)  # fmt: skip
def test_parts_terms_years_of_birth_and_voters(analyse, text, expected):
    assert claim_rows(analyse, text, _FIELDS) == expected
