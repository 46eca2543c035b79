"""A date the parser hung on an earlier clause's verb, across the head of the clause it stands
in ("…выросла на 12 %, а цель в 15 млрд долларов должна быть достигнута к 2028 году"): set on
its own clause's verb (kg/nlp/crossing_obliques.py), the target takes 2028 and the growth keeps
its own year, or none (fifty-seventh pass, h-claims98). Own sentences about Chile–Peru and
Ghana–Togo; must-nots: a date of the figure's own clause stays its period."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

FIELDS = ("value", "unit", "period", "status")
TARGET = (
    "Президент Чили отметил, что взаимная торговля в прошлом году выросла на 12% и достигла "
    "7,5 млрд долларов, а цель в 15 млрд долларов должна быть достигнута к 2028 году."
)


@pytest.mark.parametrize(
    ("text", "date", "rows"),
    [
        (TARGET, "2026-06-15", [(12, "percent", "2025", "actual"),
                                (7500000000, "USD", "2025", "actual"),
                                (15000000000, "USD", "2028", "target")]),
        # undated: "в прошлом году" resolves to nothing, and 2028 is not the growth's
        (TARGET, "", [(12, "percent", "", "actual"), (7500000000, "USD", "", "actual"),
                      (15000000000, "USD", "2028", "target")]),
        # must-not: one clause, its own year
        ("Товарооборот Ганы и Того в 2025 году вырос на 10% и достиг 5 млрд долларов.",
         "2026-06-15", [(10, "percent", "2025", "actual"), (5000000000, "USD", "2025", "actual")]),
    ],
)  # fmt: skip
def test_a_date_is_its_own_clauses(analyse, text, date, rows):
    assert claim_rows(analyse, text, FIELDS, date) == rows


@pytest.mark.parametrize(
    ("text", "word", "head"),
    [
        (TARGET, "году", "достигнута"),  # "к 2028 году", the last "году"
        # must-not: an oblique of its own verb stays
        ("Министр заявил, что соглашение будет подписано в конце ноября.", "конце", "подписано"),
    ],
)  # fmt: skip
def test_the_oblique_hangs_in_its_clause(nlp, text, word, head):
    token = [t for t in nlp(text) if t.text == word][-1]
    assert (token.dep_, token.head.text) == ("obl", head)
