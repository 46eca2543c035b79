"""A visit noun that is the predicate of "Это" with no copula ("Это первый официальный визит
главы ганского государства в Того") is the visit the report tells, dated the report's day
as its lead would be; "Это был/будет …" keep their tense, and a visit told dated before is
one event with it and keeps that date. Sixty-first pass (h-events207), sentences of our own
about Ghana–Togo, with must-nots."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

_DAY = "2026-05-12"
_TALKS = "Президент Ганы Джон Махама провёл в Ломе переговоры с президентом Того Фором Гнассингбе. "
_VISITS = ("Visit", "OfficialVisit", "StateVisit", "WorkingVisit")


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (_TALKS + "Это первый официальный визит главы ганского государства в Того.", [_DAY]),
        (
            "Президент Ганы Джон Махама встретился в Аккре с президентом Того. Это первый"
            " визит лидера Того в Гану с 2010 года.",
            [_DAY],
        ),
        # must-nots: the copula's past, a visit dated before, a plan
        (_TALKS + "Это был первый визит президента Ганы в Того с 2015 года.", [""]),
        (
            "В 2019 году президент Ганы Джон Махама посетил Того. Это первый визит главы"
            " ганского государства в Того.",
            ["2019"],
        ),
        (
            "Президент Ганы посетит Того в июне. Это будет первый визит главы ганского"
            " государства в Того.",
            ["2026-06"],
        ),
    ],
)
def test_this_is_the_visit_told(events, text: str, dates: list[str]) -> None:
    assert [e.date for e in of_kind(events(text, _DAY), *_VISITS)] == dates
