"""Numeric claims: whose figure a metric names (counts in brackets after a body or place; the
name a share of votes is won by, past a title the parser makes a second subject)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count in brackets after a place is that place's; a later item shares the
        # preposition of the first, an adjective the noun after the list
        (
            "Наибольшее число нарушений зафиксировано в Каире (120), Александрии (45), "
            "Асуанской (30) и Луксорской (12) провинциях Египта.",
            [
                ("нарушения в Александрии", Decimal(45), "нарушение"),
                ("нарушения в Асуанской провинции", Decimal(30), "нарушение"),
                ("нарушения в Каире", Decimal(120), "нарушение"),
                ("нарушения в Луксорской провинции", Decimal(12), "нарушение"),
            ],
        ),
        # a count with its noun in brackets after a body counts the body's things, and bare
        # counts of the list that follows count the same things of each body
        (
            "Премьер Норвегии дал право на спецсигналы сотрудникам новой службы — "
            "Береговой охраны (40 автомобилей). Спецсигналами в Норвегии пользуются "
            "Служба безопасности полиции (250), Министерство юстиции (15), Стортинг (6).",
            [
                ("автомобили Береговой охраны", Decimal(40), "автомобиль"),
                ("автомобили Министерства юстиции", Decimal(15), "автомобиль"),
                ("автомобили Службы безопасности полиции", Decimal(250), "автомобиль"),
                ("автомобили Стортинга", Decimal(6), "автомобиль"),
            ],
        ),
        # a state in brackets is the claim's state, not words of its metric
        (
            "Наибольшее число нарушений зафиксировано в Египте (120) и Турции (45).",
            [("нарушения", Decimal(45), "нарушение"), ("нарушения", Decimal(120), "нарушение")],
        ),
        # must not: a bracket after a person is an age, one after no list is nothing
        ("Премьер-министр Норвегии Эрна Сульберг (58) посетила Данию.", []),
        ("В Осло (12) прошла встреча министров Норвегии и Дании.", []),
        # must not: a bare bracketed figure with no counted list before it
        ("Встречу в Каире (3) министр Египта назвал полезной.", []),
        # must not: a share of a noun in brackets has no owner
        (
            "Партия набрала 120 тысяч голосов избирателей (38,5 %) на выборах в Кении.",
            [
                ("голоса избирателей", Decimal(120000), "голос"),
                ("доля голосов избирателей на выборах", Decimal("38.5"), "percent"),
            ],
        ),
    ],
)
def test_counts_in_brackets_name_their_owner(analyse, text, expected):
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title the parser makes a second subject before the name names no one; the name does
        (
            "Партия выдвинула Хосе Переса кандидатом. Бывший член политбюро ЦК партии, Перес"
            " получил 91 процент голосов на выборах 2016 года.",
            "доля голосов Хосе Переса на выборах",
        ),
        (
            "Партия выдвинула Хосе Переса кандидатом. Бывший министр обороны Перу, Перес"
            " получил 91 процент голосов на выборах 2016 года.",
            "доля голосов Хосе Переса на выборах",
        ),
        # a name in apposition to a title coordinated with the subject
        (
            "Соперник Мануэля Рохаса, консерватор и миллионер Хосе Перес имеет 47,5 % голосов"
            " на выборах в Перу.",
            "доля голосов Хосе Переса на выборах",
        ),
        # a name in the nominative after a bloc's genitive is the candidate, no bloc's owner
        (
            "По предварительным данным, кандидат правящей коалиции Мануэль Рохас имеет 52,5 %"
            " голосов избирателей Перу.",
            "доля голосов Мануэля Рохаса",
        ),
        # must not: a name in the genitive after a party owns the party, not the share
        (
            "Кандидат партии Хуана Переса получил 35 % голосов на выборах в Чили.",
            "доля голосов на выборах",
        ),
        # must not: the subject of a verb of saying owns no share its clause's party won
        (
            "Бывший член правительства, Мануэль Рохас заявил, что партия получила 20 % голосов"
            " на выборах.",
            "доля голосов на выборах",
        ),
    ],
)
def test_share_of_votes_names_its_winner(analyse, text: str, expected: str) -> None:
    assert [m for m, _, _ in claim_rows(analyse, text, _FIELDS)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party's quoted name that is a state's name keeps its kind noun, as written
        (
            "По итогам выборов в парламент Молдовы подсчитаны голоса. "
            "Блок «Молдова» получил 29 мандатов.",
            ("мандаты блока «Молдова»", Decimal(29)),
        ),
        (
            "Партия «Сербия» набрала 12,4 % голосов.",
            ("доля голосов партии «Сербия»", Decimal("12.4")),
        ),
        ("Альянс «Латвия» получил 8 % голосов.", ("доля голосов альянса «Латвия»", Decimal(8))),
        # must not: a name that is no state's stays declined
        (
            "Блок «Процветающая Армения» получил 12 % голосов.",
            ("доля голосов Процветающей Армении", Decimal(12)),
        ),
    ],
)
def test_party_named_as_a_state_keeps_its_noun(analyse, text: str, expected: tuple) -> None:
    assert claim_rows(analyse, text, ("metric", "value")) == [expected]
