"""A half or a quarter of a bare "года" is read in one place, `dates.year_part_of`, for
figures and events alike: a told event of a part not yet begun by the document's date is
the year before's, one of a part begun or planned the document's. Sentences of our own
about other states (fifty-seventh pass, h-twins1)."""

from __future__ import annotations

import pytest

# the phrase, its first and last month
PARTS = [
    ("во второй половине года", (7, 12)),
    ("в первом полугодии года", (1, 6)),
    ("в 3-м квартале года", (7, 9)),
    ("в IV квартале года", (10, 12)),
    # must-nots: a count of months is a span of time; a middle is no half nor quarter
    ("за девять месяцев года", None),
    ("в середине года", None),
]  # fmt: skip


@pytest.mark.parametrize(("phrase", "months"), PARTS)
def test_the_months_of_a_part_of_a_year(phrase, months) -> None:
    from kg.extract.common.dates import year_part_of  # the shared reader, new to this pass

    assert year_part_of(phrase) == months


# text, the event's date, told on 12 March 2026
EVENTS = [
    ("Во второй половине года президент Египта посетил Иорданию с официальным визитом.",
     "2025"),
    # must-nots: a part begun, a planned event
    ("В первом квартале года президент Египта посетил Иорданию с официальным визитом.",
     "2026"),
    ("Переговоры Египта и Иордании пройдут в третьем квартале года.", "2026"),
    ("Саммит Индии и Непала состоится в 3-м квартале года.", "2026"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date"), EVENTS)
def test_an_event_in_a_part_of_a_bare_year(events, text, date) -> None:
    assert [e.date for e in events(text, "2026-03-12")] == [date]
