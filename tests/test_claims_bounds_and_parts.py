"""Review of claims53/fix38c (fix38g): a level "достигающий N" reached is no cap, a figure in
the subject of "ни одна X не" is not bounded by the denial, a prison term's year is the
sentencing verb's own, and a total's part closes only before the same clause's words."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("Товарооборот между Аргентиной и Чили, достигающий 20 млрд долларов, растёт.", "eq"),
        ("Помощь Греции Кипру, достигающая 3 млрд евро, будет продлена.", "eq"),
        ("Ни одна компания с оборотом более 1 млрд евро не ушла из Греции.", "gt"),
        ("Ни одна партия Кипра с бюджетом более 5 млн евро не вышла из коалиции.", "gt"),
        # must-not: a term or fine reaching N, a figure the denied verb takes
        ("Гражданам Чили грозит наказание, достигающее 10 лет, в Аргентине.", "le"),
        ("Ни одна партия в Греции не получила более 30 % голосов.", "le"),
    ],
)
def test_reaching_and_denial_bound_only_their_own_figure(
    analyse, text: str, comparator: str
) -> None:
    assert claim_rows(analyse, text, ("comparator",)) == [(comparator,)]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Суд в Латвии приговорил гражданина Эстонии к 4 годам колонии за события 2019 года.", ""),
        ("Суд Латвии приговорил гражданина Эстонии к 7 годам тюрьмы за шпионаж в 2019 году.", ""),
        # must-not: the year of the sentencing itself
        ("В 2016 году суд Латвии приговорил гражданина Эстонии к 9 годам тюрьмы.", "2016"),
    ],
)
def test_a_prison_term_takes_only_its_sentencing_year(analyse, text: str, period: str) -> None:
    assert claim_rows(analyse, text, ("period",)) == [(period,)]


@pytest.mark.parametrize(
    ("text", "value", "states"),
    [
        (
            "Франция передала Греции 50 самолетов, из которых 20 учебных, еще 10 обещала Италия.",
            50,
            ("state/FRA", "state/GRC"),
        ),
        (  # must-not: the same clause going on after the part
            "Франция передала 50 самолетов, из которых 20 учебных, в Грецию.",
            50,
            ("state/FRA", "state/GRC"),
        ),
    ],
)
def test_a_new_clause_after_a_part_is_not_the_totals(analyse, text: str, value, states) -> None:
    rows = {int(v): tuple(sorted(s)) for v, s in claim_rows(analyse, text, ("value", "states"))}
    assert rows[value] == states
