"""A level told only some time after a moment no date reckons is undated (sixty-eighth pass,
h-relations70).

"Спустя несколько лет страны установили дипломатические отношения" and "спустя три года
после войны стороны восстановили отношения" gave the relations the report's day, a date the
text never told. Now a lapse of years in the level verb's clause ("спустя несколько лет",
"спустя годы", "спустя десятилетие", "спустя N лет после <act>") that no date reckons leaves
the level undated (`history.undated_or_today`); a count after a named act that the count
dates ("спустя три года после войны 2020 года") is that year and the count
(`history._lapse_date`). Must-nots: a count of days or weeks is no lapse of years, a count
of years after a date told before keeps its year. Own sentences about Chile–Ecuador,
Peru–Bolivia, Ghana–Togo."""

from __future__ import annotations

import pytest
from relation_runs import PARTNERS, dated_rows

DAY = "2026-11-20"
CHL_ECU = ("state/CHL", "state/ECU")
BOL_PER = ("state/BOL", "state/PER")
GHA_TGO = ("state/GHA", "state/TGO")
SET_UP = "установление дипломатических отношений"
RESTORED = "восстановление дипломатических отношений"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # musts: undated (were the report's day)
        (
            "Чили и Эквадор разорвали дипломатические отношения в 1999 году. Спустя несколько "
            "лет страны установили дипломатические отношения.",
            {(*CHL_ECU, SET_UP, "")},
        ),
        (
            "Спустя три года после войны Перу и Боливия восстановили дипломатические отношения.",
            {(*BOL_PER, RESTORED, "")},
        ),
        (
            "Гана и Того восстановили дипломатические отношения спустя годы.",
            {(*GHA_TGO, RESTORED, "")},
        ),
        (
            "Спустя несколько лет после кризиса Перу и Боливия подняли отношения до уровня "
            "стратегического партнёрства.",
            {(*BOL_PER, PARTNERS, "")},
        ),
        # musts: the act's year the count names, and the count
        (
            "Перу и Боливия восстановили дипломатические отношения спустя три года после войны "
            "2020 года.",
            {(*BOL_PER, RESTORED, "2023")},
        ),
        (
            "Спустя два года после конфликта 2021 года Чили и Эквадор восстановили "
            "дипломатические отношения.",
            {(*CHL_ECU, RESTORED, "2023")},
        ),
        # must-nots: no lapse of years (the report's day), a count from a date before
        (
            "Чили и Эквадор установили дипломатические отношения. Спустя неделю президенты "
            "провели переговоры.",
            {(*CHL_ECU, SET_UP, DAY)},
        ),
        (
            "Гана и Того в 2019 году установили дипломатические отношения, а спустя 5 лет "
            "подняли их до уровня стратегического партнёрства.",
            {(*GHA_TGO, SET_UP, "2019"), (*GHA_TGO, PARTNERS, "2024")},
        ),
    ],
)
def test_untold_lapses_undated(analyse, text: str, found: set[tuple[str, ...]]) -> None:
    assert dated_rows(analyse, text, DAY) == found
