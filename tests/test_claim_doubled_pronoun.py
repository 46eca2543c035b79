"""A multiplier verb whose object is a pronoun ("Товарооборот … составил 2 млрд долларов,
стороны намерены удвоить его к 2030 году"): the pronoun stands for the measured noun told
before it, never the verb's subject ("рост сторон"); fifty-seventh pass (h-claims99). Own
sentences about Ghana–Togo and Chile; must-not: a multiplier with a noun object keeps it."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

FIELDS = ("metric", "value", "unit", "period", "status")
DAY = "2026-04-14"


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Товарооборот Ганы и Того составил 2 млрд долларов, стороны намерены удвоить его к "
         "2030 году.", ("рост товарооборота", 2, "раз", "2030", "target")),
        ("Экспорт Чили вырос до 5 млрд долларов. Правительство намерено утроить его к 2035 году.",
         ("рост экспорта", 3, "раз", "2035", "target")),
        # must-not: a noun object is the thing as before
        ("Стороны намерены удвоить товарооборот к 2030 году.",
         ("рост товарооборота", 2, "раз", "2030", "target")),
    ],
)  # fmt: skip
def test_the_pronoun_of_a_multiplier_is_the_measured_noun_before(analyse, text, row):
    rows = claim_rows(analyse, text, FIELDS, DAY)
    assert row in rows
    assert not any(r[0] == "рост сторон" or r[0] == "рост правительства" for r in rows)
