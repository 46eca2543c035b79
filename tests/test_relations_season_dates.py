"""A change of relations (and an event) told in a season of a year named by a word of shift
("летом прошлого года", "осенью этого года", "зимой следующего года") is dated by that year,
not by the report's day: `dates._PERIOD_OF_LEAD` reads the season as a part of the year the
way "в конце прошлого года" is read. Sixty-first pass (h-relations61), sentences of our own
about Ghana–Togo and Chile–Peru, with must-nots."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

from kg.extract.common.dates import find_dates
from kg.extract.relations import extract_relations
from kg.model import Document

_DAY = "2025-04-15"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ухудшились летом прошлого года", [("летом прошлого года", "2024")]),
        ("пройдёт осенью этого года", [("осенью этого года", "2025")]),
        ("состоится зимой следующего года", [("зимой следующего года", "2026")]),
        # must-nots: a season with a year of its own, or none
        ("летом 2023 года", [("2023 года", "2023")]),
        ("прошло летом", []),
    ],
)
def test_a_season_of_a_shifted_year(text: str, found: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in find_dates(text, _DAY)] == found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Отношения между Ганой и Того резко ухудшились летом прошлого года.", "2024"),
        (
            "Отношения между Чили и Перу ухудшились осенью прошлого года, после того как"
            " Лима выслала посла Чили.",
            "2024",
        ),
        # must-not: no time of its own, the report's day as before
        ("Отношения между Ганой и Того резко ухудшились.", _DAY),
    ],
)
def test_a_change_of_relations_takes_its_season(analyse, text: str, date: str) -> None:
    found = extract_relations(analyse(Document(id="t", text=text, date=_DAY)))
    assert [r.date for r in found] == [date]


def test_a_visit_takes_its_season(events) -> None:
    text = "Президент Ганы посетил Того летом прошлого года."
    (visit,) = of_kind(events(text, _DAY), "Visit")
    assert visit.date == "2024"
