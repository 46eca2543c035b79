"""An infinitive the parser hung on an earlier clause's verb, across the head of the clause it
stands in ("торговли, которая в прошлом году достигла 2,4 млрд, и договорились к 2030 году
довести её до 5 млрд"): set on its own clause's verb (kg/nlp/crossing_obliques.py), so the
target takes that clause's year (fifty-ninth pass, h-claims102). Own sentences about
Ghana–Togo and Chile–Peru; must-nots: an infinitive of its own verb stays, a verb that has
an infinitive takes no second."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

FIELDS = ("value", "unit", "period", "status")
TALKS = "Президенты Ганы и Того провели переговоры в Аккре. "
AGREED = (
    "Президенты Ганы и Того обсудили расширение торговли, которая в прошлом году достигла "
    "2,4 млрд долларов, и договорились к 2030 году довести её до 5 млрд долларов."
)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (TALKS + AGREED.replace("Президенты Ганы и Того", "Стороны"),
         [(2400000000, "USD", "2025", "actual"), (5000000000, "USD", "2030", "target")]),
        (AGREED, [(2400000000, "USD", "2025", "actual"), (5000000000, "USD", "2030", "target")]),
        # must-not: one clause, the target's own year
        ("Министры Чили и Перу договорились к 2028 году довести товарооборот до 9 млрд "
         "долларов.", [(9000000000, "USD", "2028", "target")]),
    ],
)  # fmt: skip
def test_the_target_takes_its_clauses_year(analyse, text, rows):
    assert claim_rows(analyse, text, FIELDS, "2026-03-10") == rows


@pytest.mark.parametrize(
    ("text", "word", "head"),
    [
        (AGREED, "довести", "договорились"),
        # must-not: the infinitive of its own clause's verb stays there
        ("Перу намерено увеличить экспорт меди в Чили, которая выросла в прошлом году.",
         "увеличить", "намерено"),
        # must-not: "решили" has its infinitive; "показать" after it is no second one of it
        ("Министр, который хотел уйти, и его коллеги решили собрать экспертов и показать итоги.",
         "собрать", "решили"),
    ],
)  # fmt: skip
def test_the_infinitive_hangs_in_its_clause(nlp, text, word, head):
    token = next(t for t in nlp(text) if t.text == word)
    assert (token.dep_, token.head.text) == ("xcomp", head)
