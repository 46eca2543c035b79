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


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "В Чили объявлен трёхдневный траур в память об Элиасе Фигероа\n\n"
            "В Чили объявлен трёхдневный траур в память о великом футболисте — Элиасе "
            "Фигероа. Он скончался в Сантьяго.",
            [("траур в память о великом футболисте", Decimal(3))],
        ),
        (
            "Перуанка вышла на свободу, проведя в тюрьме 5 лет\n\n"
            "Гражданка Перу Ана Лопес вышла в среду из чилийской тюрьмы, где она провела 5 "
            "лет. Первоначально она была приговорена к 20-летнему заключению.",
            [("срок", Decimal(5)), ("срок заключения", Decimal(20))],
        ),
        # must-not: the same value of two metrics, two values of one metric, two mournings
        (
            "Экспорт меди из Чили в Перу вырос на 5%\n\n"
            "Импорт меди из Перу в Чили вырос на 5%, сообщили в министерстве.",
            [("рост импорта меди", Decimal(5)), ("рост экспорта меди", Decimal(5))],
        ),
        (
            "Товарооборот Египта и Турции составил 3 млрд долларов\n\n"
            "По итогам года товарооборот Египта и Турции составил 4 млрд долларов.",
            [("товарооборот", Decimal(3) * 10**9), ("товарооборот", Decimal(4) * 10**9)],
        ),
        (
            "В Эстонии объявлен двухдневный траур в память о погибших\n\n"
            "В Латвии объявлен двухдневный траур в память о жертвах пожара.",
            [
                ("траур в память о жертвах пожара", Decimal(2)),
                ("траур в память о погибших", Decimal(2)),
            ],
        ),
        (
            "Посол Эстонии два года назад прибыл в Латвию. Суд Латвии приговорил посла "
            "Эстонии к двум годам заключения.",
            [("срок", Decimal(2)), ("срок заключения", Decimal(2))],
        ),
    ],
)
def test_a_headline_and_the_body_tell_one_figure(analyse, text: str, rows: list) -> None:
    assert claim_rows(analyse, text, ("metric", "value")) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Затраты Чили составят 500 млн долларов на закупку оборудования и ещё по 100 млн "
            "долларов в год на его обслуживание.",
            [("затраты", Decimal(100) * 10**6), ("затраты", Decimal(500) * 10**6)],
        ),
        # must-not: a purpose no other figure stands before, a deal's purpose
        (
            "На закупку оружия Чили выделила 2 млрд долларов.",
            [("закупка оружия", Decimal(2) * 10**9)],  # h-claims131: the act money goes to
        ),
        (
            "Стоимость контракта на поставку 180 танков в Перу составила 3 млрд долларов.",
            [("стоимость контракта", Decimal(3) * 10**9), ("танки", Decimal(180))],
        ),
    ],
)
def test_a_purpose_after_a_figure_is_its_own(analyse, text: str, rows: list) -> None:
    assert claim_rows(analyse, text, ("metric", "value")) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Петиция на сайте change.org набрала более 500 000 голосов, а на сайте РОИ — более "
            "51 000.",
            [("голоса", Decimal(51000), "gt"), ("голоса", Decimal(500000), "gt")],
        ),
        (
            "Петиция набрала на сайте парламента Чили 500 000 голосов, а на сайте правительства "
            "— 51 000.",
            [("голоса", Decimal(51000), "eq"), ("голоса", Decimal(500000), "eq")],
        ),
        # must-not: a year after the dash, a count with no thousands
        (
            "В 2020 году Чили посетили 300 тысяч туристов из Перу, а в 2021 году — 2021.",
            [("туристы", Decimal(300000), "eq")],
        ),
        (
            "Чили закупила 30 истребителей, а Перу — 36.",
            [("истребители", Decimal(30), "eq"), ("истребители", Decimal(36), "eq")],
        ),
    ],
)
def test_gapped_thousands_in_digits_count_the_same(analyse, text: str, rows: list) -> None:
    assert claim_rows(analyse, text, ("metric", "value", "comparator")) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Суд обязал Мексику выплатить 12,5 млн долларов компенсации\n\n"
            "Суд постановил, что правительство Мексики должно выплатить 12,5 млн долларов "
            "семье погибшего канадца.",
            [("выплата", Decimal("12.5") * 10**6, "target")],
        ),
        # must-not: one value two verbs tell
        (
            "Перу получила от Чили 5 млн долларов помощи\n\n"
            "Правительство Чили выделило Перу 5 млн долларов на закупку лекарств.",
            [
                ("закупка лекарств", Decimal(5) * 10**6, "actual"),
                ("помощь", Decimal(5) * 10**6, "actual"),
            ],
        ),
    ],
)
def test_a_headline_sum_and_the_body_one_verb_tells(analyse, text: str, rows: list) -> None:
    assert claim_rows(analyse, text, ("metric", "value", "status")) == rows
