"""Prisoners counted by the participle noun "заключённые", goods gathered by measure as a
harvest, and a few states counted only to say whose envoys or leaders are told of."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit")
M = Decimal(10) ** 6


@pytest.mark.parametrize(
    "text, expected",
    [
        # "заключённых" (the tagger's lemma "заключить") counts people, as "задержанных" does
        ("Камбоджа освободила 40 заключённых.", [("заключённые", Decimal(40), "человек")]),
        ("Число заключённых в Парагвае превысило 500.", [("заключённые", Decimal(500), "человек")]),
        # must-not: a bare number that did the deed to an object of its own; things concluded
        ("Около 30 заключили контракты с армией Перу.", []),
        ("Чили и Перу заключили 12 соглашений.", [("соглашения", Decimal(12), "соглашение")]),
    ],
)
def test_prisoners(analyse, text: str, expected: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Индия собрала 110 млн тонн пшеницы.", [("урожай пшеницы", 110 * M, "тонна")]),
        ("Фермеры Узбекистана собрали 3 млн тонн хлопка.", [("урожай хлопка", 3 * M, "тонна")]),
        # must-not: money gathered stays money
        (
            "Фонд собрал 5 млн долларов пожертвований.",
            [("собранные средства фонда", 5 * M, "USD")],
        ),
    ],
)
def test_goods_gathered_are_a_harvest(analyse, text: str, expected: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Послы пяти государств встретились с министром Чили.", []),
        ("Послы трёх стран вручили верительные грамоты президенту Перу.", []),
        ("Лидеры четырёх государств встретились в Лиме.", []),
        # must-not: more than a few, people who act for no state, and states that did the deed
        (
            "Граждане трёх стран погибли в Перу.",
            [("страны", Decimal(3), "страна")],
        ),
        (
            "Лидеры 20 государств подписали декларацию.",
            [("государства", Decimal(20), "государство")],
        ),
        (
            "Соглашение ратифицировали пять государств.",
            [("государства, ратифицировавшие Соглашение", Decimal(5), "государство")],
        ),
    ],
)
def test_states_of_people_are_no_figure(analyse, text: str, expected: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)
