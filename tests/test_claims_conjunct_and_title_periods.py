"""Sixtieth pass, own sentences (h-claims106): a figure's period is its own clause's. A
date of the clause before a ", а"/", и" that opens a clause with a predicate of its own
loses to a date of the figure's clause, however the parser hangs the figure ("…, а стороны
поставили цель довести его до 2 млрд долларов к 2028 году" → 2028); and a date in the title
of a paper listed beside a figure ("6 документов, в том числе программу … на 2025–2028
годы") is the paper's term, no period of the figure."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("value", "period", "status")
_TRADE = "Товарооборот между Египтом и Иорданией в прошлом году составил 1,2 млрд долларов"


@pytest.mark.parametrize(
    "text, expected",
    [
        # the later clause's own deadline beats the earlier clause's year
        (f"{_TRADE}, а стороны поставили цель довести его до 2 млрд долларов к 2028 году.",
         [(1.2e9, "2025", "actual"), (2e9, "2028", "target")]),
        (f"{_TRADE}, а стороны намерены довести его до 2 млрд долларов к 2028 году.",
         [(1.2e9, "2025", "actual"), (2e9, "2028", "target")]),
        ("В прошлом году товарооборот Египта и Иордании составил 1,2 млрд долларов, и стороны "
         "договорились увеличить его до 2 млрд долларов к 2028 году.",
         [(1.2e9, "2025", "actual"), (2e9, "2028", "target")]),
        # must not: each clause keeps its own year; a later clause with no date of its own
        # takes none from a goal ("поставили цель")
        ("Товарооборот Индонезии и Малайзии в прошлом году составил 20 млрд долларов, а в этом "
         "году — 22 млрд долларов.", [(2e10, "2025", "actual"), (2.2e10, "2026", "actual")]),
        ("Товарооборот Индонезии и Малайзии в прошлом году составил 20 млрд долларов, а в этом "
         "году вырос до 22 млрд долларов.", [(2e10, "2025", "actual"), (2.2e10, "2026", "actual")]),
        ("В 2023 году товарооборот Египта и Иордании составил 1,2 млрд долларов, а стороны "
         "поставили цель довести его до 2 млрд долларов.",
         [(1.2e9, "2023", "actual"), (2e9, "", "target")]),
        # must not: a date fronted before one clause's goal and deadline
        ("В 2023 году Египет и Иордания поставили цель довести товарооборот до 2 млрд долларов "
         "к 2028 году.", [(2e9, "2028", "target")]),
    ],
)  # fmt: skip
def test_own_clause_period_beats_the_other_conjunct(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS, date="2026-03-01") == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a listed paper's term is no period of the count
        ("По итогам переговоров Чили и Перу подписали 6 документов, в том числе программу "
         "научного сотрудничества на 2025–2028 годы.", [(6, "")]),
        ("Чили и Перу подписали 6 документов, включая соглашение о торговле на 2025–2028 годы.",
         [(6, "")]),
        ("Чили и Перу подписали программу сотрудничества на 2025–2028 годы и 4 меморандума.",
         [(4, "")]),
        ("Чили и Перу в 2024 году подписали 6 документов, в том числе программу сотрудничества "
         "на 2025–2028 годы.", [(6, "2024")]),
        ("По итогам заседания Чили и Перу подписали 9 документов, в том числе соглашение о защите "
         "инвестиций, меморандум о сотрудничестве в области энергетики и программу научного "
         "обмена на 2025–2027 годы.", [(9, "")]),
        # ... and a figure inside a listed title keeps its title's term, the count does not
        ("Чили и Перу подписали 9 документов, в том числе соглашение о поставках 2 млн тонн меди "
         "на 2025–2027 годы.", [(2e6, "2025/2027"), (9, "")]),
        # must not: the papers counted, a sum for a paper, a figure inside the title keep it
        ("Чили и Перу подписали 3 программы сотрудничества на 2025–2028 годы.",
         [(3, "2025/2028")]),
        ("Чили выделит Перу 500 млн долларов на программу развития на 2025–2028 годы.",
         [(5e8, "2025/2028")]),
        ("Чили и Перу подписали соглашение о поставках 2 млн тонн меди на 2025–2028 годы.",
         [(2e6, "2025/2028")]),
    ],
)  # fmt: skip
def test_listed_title_date_is_the_papers(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, ("value", "period")) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # an investment weighed, or its option weighed, is no deed done: a target
        ("Бразильский фонд рассматривает вложения в аргентинские железные дороги на сумму около "
         "500 млн долларов.", [("инвестиции", "target")]),
        ("Бразильский фонд рассматривает возможность инвестировать в аргентинские порты 500 млн "
         "долларов.", [("инвестиции", "target")]),
        ("Бразилия изучает возможность вложить 500 млн долларов в аргентинские порты.",
         [("инвестиции", "target")]),
        ("Стороны обсуждают инвестиции в размере 500 млн долларов в аргентинские порты.",
         [("инвестиции", "target")]),
        ("Стороны обсудили возможность закупки 20 самолетов.", [("самолёты", "target")]),
        # must not: investments made, or told by a verb of their own, stay actual
        ("Бразильский фонд вложил в аргентинские порты 500 млн долларов.",
         [("инвестиции фонда", "actual")]),
        ("Бразильские инвестиции в аргентинские порты составили 500 млн долларов.",
         [("инвестиции", "actual")]),
        ("Стороны обсудили инвестиции, которые в прошлом году составили 500 млн долларов.",
         [("инвестиции", "actual")]),
    ],
)  # fmt: skip
def test_weighed_investment_is_a_target(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, ("metric", "status")) == sorted(expected)
