"""Dates of a level's own clause: a date that opens a clause of contrast after the level is
the next level's ("в 2018 году подняли отношения до уровня стратегического партнёрства, а в
2022 году — до всеобъемлющего …" dated both 2022, `history._opens_contrast_after`; the first
is no longer the relations', as where the verb is told again: `statements.superseded_later`), and a
date on the verb a raising infinitive hangs on is the raise's ("В 2012 году … договорились
повысить отношения до уровня …" was the report's day; dated 2012 it is history by the
ten-year rule). Must-nots: a date of a clause of contrast that raises nothing or raises
trade, an agreement undated, a level with no later clause, coordinated levels. Own
sentences about Chile–Peru, Ghana–Togo (sixty-second pass, h-relations63)."""

from __future__ import annotations

import pytest
from relation_runs import dated_rows

SP = "стратегическое партнерство"
CSP = "всеобъемлющее стратегическое партнерство"
DAY = "2026-03-12"
CHL_PER = ("state/CHL", "state/PER")
GHA_TGO = ("state/GHA", "state/TGO")
AGREED = "Гана и Того договорились повысить отношения до уровня стратегического партнёрства."
IN_2022 = "В 2022 году " + AGREED
IN_2012 = "В 2012 году " + AGREED


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # musts: the gapped clause's date is its own only, and its level the current one
        # (was also the first level dated 2022)
        ("Чили и Перу в 2018 году подняли отношения до уровня стратегического партнёрства, а "
         "в 2022 году — до всеобъемлющего стратегического партнёрства.",
         {(*CHL_PER, CSP, "2022")}),
        # the first level dated long ago is history, the raise is the current one (both 2020)
        ("Чили и Перу в 2008 году подняли отношения до уровня стратегического партнёрства, а "
         "в 2020 году — до всеобъемлющего стратегического партнёрства.",
         {(*CHL_PER, CSP, "2020")}),
        # an agreement to raise dated by its verb (was the report's day)
        (IN_2022, {(*GHA_TGO, SP, "2022")}),
        (IN_2012, set()),
        # must-nots: undated, a clause of contrast of another thing, no later clause
        (AGREED, {(*GHA_TGO, SP, DAY)}),
        ("Чили и Перу являются стратегическими партнёрами, а в 2020 году подписали договор о "
         "торговле.", {(*CHL_PER, SP, DAY)}),
        ("Чили и Перу в 2018 году подняли отношения до уровня стратегического партнёрства.",
         {(*CHL_PER, SP, "2018")}),
        ("Чили и Перу в 2018 году подняли отношения до уровня стратегического партнёрства и "
         "союзничества.", {(*CHL_PER, "стратегическое партнерство и союзничество", "2018")}),
        # a later clause raising trade supersedes nothing, and its date is its own (was 2022)
        ("Чили и Перу в 2018 году подняли отношения до уровня стратегического партнёрства, а "
         "в 2022 году — товарооборот до 5 млрд долларов.", {(*CHL_PER, SP, "2018")}),
    ],
)  # fmt: skip
def test_a_level_dated_by_its_own_clause(analyse, text, found):
    assert dated_rows(analyse, text, DAY) == found
