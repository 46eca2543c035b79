"""A cap a rule in force sets (no forecast), the candidate "этот кандидат" points back at,
counts of the places a thing is at (no claim), one figure a headline and the body both tell
(one claim), and a yearly sum beside a one-off one (h-claims67, own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Согласно этому закону, любой акционер компании в Эстонии не может рассчитывать "
            "более чем на 20 процентов всех голосов.",
            [("доля голосов", Decimal(20), "le", "actual")],
        ),
        (
            "Согласно закону, доля иностранцев в капитале банков Эстонии не может превышать "
            "20 процентов.",
            [("доля иностранцев в капитале банков", Decimal(20), "le", "actual")],
        ),
        (
            "По закону, ни один акционер банка в Латвии не может получить более 25 процентов "
            "голосов.",
            [("доля голосов", Decimal(25), "le", "actual")],
        ),
        # must-not: a cap no rule sets, an expectation, a possibility
        (
            "Партия Эстонии не может рассчитывать более чем на 20 процентов голосов на выборах.",
            [("доля голосов", Decimal(20), "le", "forecast")],
        ),
        (
            "Египет рассчитывает на 20 процентов рынка Турции.",
            [("доля рынка", Decimal(20), "eq", "forecast")],
        ),
        (
            "Товарооборот Египта и Турции может вырасти до 5 млрд долларов.",
            [("товарооборот", Decimal(5) * 10**9, "eq", "forecast")],
        ),
    ],
)
def test_a_cap_a_rule_sets_is_in_force(analyse, text: str, rows: list) -> None:
    assert claim_rows(analyse, text, ("metric", "value", "comparator", "status")) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "В Перу на выборах президента побеждает левый националист Педро Кастильо. "
            "51-летний бывший учитель набирает более половины голосов. Этот кандидат набрал "
            "52,6% голосов опрошенных, тогда как представительница правой партии Кейко "
            "Фухимори получила только 47,4%.",
            [
                ("доля голосов Кейко Фухимори", Decimal("47.4")),
                ("доля голосов Педро Кастильо", Decimal("52.6")),
            ],
        ),
        # must-not: two candidates named before, or no "этот"
        (
            "Во второй тур в Чили вышли Габриэль Борич и Хосе Антонио Каст. Этот кандидат "
            "набрал 55,9% голосов.",
            [("доля голосов", Decimal("55.9"))],
        ),
        (
            "На выборах в Эстонии победил Алар Карис. Кандидат набрал 60% голосов.",
            [("доля голосов", Decimal(60))],
        ),
    ],
)
def test_this_candidate_is_the_one_named_before(analyse, text: str, rows: list) -> None:
    assert claim_rows(analyse, text, ("metric", "value")) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Информация о петиции размещена на двух сайтах Эстонии.", []),
        ("Дело рассматривалось в двух федеральных судах Мексики.", []),
        ("В трёх судах Перу рассмотрены 40 дел.", [("дела", Decimal(40))]),
        # must-not: many places, places that are the subject or object
        ("Акции протеста прошли в 20 городах Мексики.", [("города", Decimal(20))]),
        ("В Перу работают 15 чилийских заводов.", [("заводы", Decimal(15))]),
        ("Компания Чили владеет тремя сайтами в Перу.", [("сайты", Decimal(3))]),
    ],
)
def test_a_few_places_say_where(analyse, text: str, rows: list) -> None:
    assert claim_rows(analyse, text, ("metric", "value")) == rows
