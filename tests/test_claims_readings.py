"""Numeric claims, seventh reading: how long a state lasts, sources that are no totals, a
valuation's sum, a part of a scale word, dates of other items and votes by result."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

from kg.extract.claims import extract_claims
from kg.model import Document

_FIELDS = ("metric", "value", "unit", "comparator", "period")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a changed term whose "срок" the parser hangs on a fronted phrase
        (
            "В числе других изменений срок полномочий парламента Перу сократился с пяти "
            "до четырёх лет.",
            [
                ("срок полномочий", Decimal(4), "год", "eq", ""),
                ("срок полномочий", Decimal(5), "год", "eq", ""),
            ],
        ),
        # the event a time is counted from, past its owner's pronoun
        (
            "Через 20 лет после его отставки бывший премьер Перу вернулся в политику.",
            [("срок после отставки", Decimal(20), "год", "eq", "")],
        ),
        # how long a state named by a copula lasted
        (
            "До этого он три года был послом Чили в Перу.",
            [("срок", Decimal(3), "год", "eq", "")],
        ),
        # a bare "последние N лет" on a verb of the present: how long a state has lasted
        (
            "Дипломат из Чили живёт в Перу последние восемь лет.",
            [("срок", Decimal(8), "год", "eq", "")],
        ),
        # "из N стран" counts where they come from, not a total of the same things
        (
            "Около 5 тысяч делегатов из 60 стран собрались в столице Чили.",
            [
                ("делегаты", Decimal(5000), "делегат", "approx", ""),
                ("страны", Decimal(60), "страна", "eq", ""),
            ],
        ),
        # a sum a verb of valuing gives is a cost
        (
            "Из музея Лимы похитили скульптуру, оцениваемую в 200 тысяч евро.",
            [("стоимость", Decimal(200000), "EUR", "eq", "")],
        ),
        # a half or a quarter of a scale word
        (
            "Платформа с более чем половиной миллиарда подписчиков открыла офисы в Чили и Перу.",
            [("подписчики", Decimal(500000000), "подписчик", "gt", "")],
        ),
        (
            "Около четверти миллиона беженцев из Венесуэлы прибыли в Перу.",
            [("беженцы", Decimal(250000), "беженец", "approx", "")],
        ),
        # a year after a comma in brackets dates the item it follows, not the count
        (
            "Посол Чили — обладатель двух орденов Перу («Солнце Перу», 2008 год; «За "
            "заслуги», 2011 год).",
            [("ордена", Decimal(2), "орден", "eq", "")],
        ),
        # a date a comma closes its own clause with is no period of the next clause's
        # figure; a percent an elected person has "с результатом" is a share of votes
        (
            "Возглавил МИД Перу в 2006 году, трижды переизбирался в парламент с результатом "
            "более 60 %.",
            [
                ("доля голосов", Decimal(60), "percent", "gt", ""),
                ("переизбрание в парламент", Decimal(3), "раз", "eq", ""),
            ],
        ),
        # a bounded term after a dash in brackets opened after a punishment is a sentence
        (
            "За контрабанду в Перу грозит лишение свободы на срок до 12 лет (в Чили — до 8 лет).",
            [
                ("срок заключения", Decimal(8), "год", "le", ""),
                ("срок заключения", Decimal(12), "год", "le", ""),
            ],
        ),
        ("За кражу в Перу сажают в тюрьму, а участникам программы — от 18 до 25 лет.", []),
        ("В лагерь в Чили принимают подростков (в Перу — от 12 до 16 лет).", []),
        # must-nots: a stretch of time, a time ahead, an age, a result of no election
        ("Последние пять лет экспорт Чили в Перу растёт.", []),
        ("За последние 30 лет Перу сильно изменилась.", []),
        ("Через четыре года он был послом в Чили.", []),
        ("Ей было 50 лет, когда она стала послом Перу.", []),
        ("Посол Чили в Перу должен быть не младше 40 лет.", []),
        ("Компания из Перу закрыла год с результатом 5 %.", []),
        # a total stays a total, a dash still leads a figure its date
        (
            "За резолюцию по Чили проголосовали 55 из 90 депутатов парламента Перу.",
            [
                ("голоса за резолюцию", Decimal(55), "депутат", "eq", ""),
                ("депутаты парламента", Decimal(90), "депутат", "eq", ""),
            ],
        ),
    ],
)
def test_claim_readings(analyse, text, expected):
    assert claim_rows(analyse, text, _FIELDS) == expected


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a passive verb of saying with an instrumental predicate declares a status
        ("Министр обороны Перу Хуан Перес будет признан виновным и получит 8 лет тюрьмы.", ""),
        ("Если посол Чили Хуан Перес будет признан виновным, ему грозит до 10 лет тюрьмы.", ""),
        # must-not: the words someone says stay theirs
        ("Хуан Перес признал, что Перу закупила в Чили 20 танков.", "person/khuan-peres"),
    ],
)
def test_verdicts_say_nothing(analyse, text, speaker):
    claims = extract_claims(analyse(Document(id="t", text=text, date="")))
    assert [c.speaker for c in claims] == [speaker]


@pytest.mark.parametrize(
    "text, metric",
    [
        # a name right after "партии" owns the party, not the candidate it is hung on
        ("Кандидата от партии Хуана Переса поддержали 40 % избирателей Чили.", "доля избирателей"),
        # must-not: a candidate's own name in apposition is whom they voted for
        ("Кандидата Хуана Переса поддержали 40 % избирателей Чили.", "доля голосов Хуана Переса"),
    ],
)
def test_whose_votes(analyse, text, metric):
    claims = extract_claims(analyse(Document(id="t", text=text, date="")))
    assert [c.metric for c in claims] == [metric]
