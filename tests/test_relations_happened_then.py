"""A level told undated, then "Это произошло в 2015 году" (sixty-seventh pass, h-relations69).

"Перу и Боливия подняли отношения до уровня стратегического партнёрства. Это произошло в 2015
году" gave the report's day: only a next sentence that points back as a report or tells a
decision taken dated such a level. Now a verb of happening whose subject is "это" (`befell`
words, as events read them) dates a level the sentence before tells done by a past verb
(`history._happened`, `_told_done`), and a raise so dated ends levels only from then
(`held._told_ends`), so a raise long ago holds since then. Must-keeps: a date after the first
of two verbs is not the second's (the report's day). Must-nots: a level a present verb tells
held, "Это произошло" with no date on it, a date of another sentence, a negated happening.
Own sentences about Peru–Bolivia, Ghana–Togo."""

from __future__ import annotations

import pytest
from relation_runs import PARTNERS, dated_rows

DAY = "2026-12-01"
GHA_TGO = ("state/GHA", "state/TGO")
BOL_PER = ("state/BOL", "state/PER")
RAISED = "Перу и Боливия подняли отношения до уровня стратегического партнёрства. "


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # musts: the next sentence's time of happening (were the report's day)
        (RAISED + "Это произошло в 2015 году.", {(*BOL_PER, PARTNERS, "2015")}),
        (RAISED + "Это произошло 12 мая 2023 года.", {(*BOL_PER, PARTNERS, "2023-05-12")}),
        ("Гана и Того установили стратегическое партнёрство. Это случилось в 2018 году.",
         {(*GHA_TGO, PARTNERS, "2018")}),
        ("Гана и Того установили дипломатические отношения. Это произошло в 1975 году.",
         {(*GHA_TGO, "дипломатические отношения", "1975")}),
        ("Гана и Того разорвали дипломатические отношения. Это произошло в 2021 году.",
         {(*GHA_TGO, "нет дипломатических отношений", "2021")}),
        # a later freeze still ends the raise
        (RAISED + "Это произошло в 2015 году. В 2020 году отношения были заморожены.",
         {(*BOL_PER, "заморозка отношений", "2020")}),
        # must-keeps: a date after the first of two verbs is not the second's
        ("Гана и Того установили в 1992 году дипломатические отношения и подняли их до уровня "
         "стратегического партнёрства.",
         {(*GHA_TGO, "дипломатические отношения", "1992"), (*GHA_TGO, PARTNERS, DAY)}),
        # must-nots: a level held, no date on the happening, another sentence's date, negated
        ("Перу и Боливия являются стратегическими партнёрами. Это произошло в 2015 году.",
         {(*BOL_PER, PARTNERS, DAY)}),
        (RAISED + "Это произошло через год после подписания договора о дружбе.",
         {(*BOL_PER, PARTNERS, DAY)}),
        (RAISED + "Соглашение о торговле было подписано в 2015 году.",
         {(*BOL_PER, PARTNERS, DAY)}),
        (RAISED + "Это не произошло в 2015 году.", {(*BOL_PER, PARTNERS, DAY)}),
    ],
)  # fmt: skip
def test_a_level_dated_by_what_happened_then(analyse, text: str, found: set) -> None:
    assert dated_rows(analyse, text, DAY) == found
