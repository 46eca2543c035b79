"""An event put off keeps the new time the text gives: "на следующий год" after a verb of
putting off is the next year; a visit planned for March and then put off to the next year is
of that year, not March; "Визит отложен. Он состоится в июне" is the visit, planned in June
(the pronoun of a verb of taking place stands for the one event noun of the sentence before
it agrees with). Must-nots: "Он" of a person ("Он заявил", "Он пройдёт обследование"), a
pronoun two event nouns agree with, "на следующий год" of a budget, elections that only tell
how long a visit is put off ("на время выборов") called off. Sentences of our own about other
pairs of states (sixtieth pass, h-events199)."""

from __future__ import annotations

import pytest

from kg.extract.common.dates import find_dates
from kg.extract.events import Event

_DAY = "2026-03-12"


def _rows(read: list[Event]) -> list[tuple[str, str, str]]:
    return sorted((e.kind, e.date, e.status) for e in read)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Президент Ганы отложил визит в Уганду на следующий год.",
            [("Visit", "2027", "planned")],
        ),
        (
            "Визит министра обороны Египта в Иорданию отложен на будущий год.",
            [("Visit", "2027", "planned")],
        ),
        (
            "Президент Ганы должен был посетить Уганду в марте. Стороны отложили визит на "
            "следующий год.",
            [("Visit", "2027", "planned")],
        ),
        (
            "Президент Ганы должен был посетить Уганду в марте. Стороны отложили визит на "
            "время выборов.",
            [("Visit", "", "planned")],
        ),
        (
            "Визит президента Ганы в Уганду отложен. Он состоится в июне.",
            [("Visit", "2026-06", "planned")],
        ),
        (
            "Встреча министров Египта и Иордании перенесена. Она пройдёт в июне.",
            [("Meeting", "2026-06", "planned")],
        ),
        (
            "Переговоры министров Египта и Иордании отложены. Они пройдут в июне.",
            [("Talks", "2026-06", "planned")],
        ),
        # must-nots: "он" of a person, a pronoun of two nouns, put off with no time told
        (
            "Визит президента Ганы в Уганду отложен. Он заявил, что посетит страну позже.",
            [("Visit", "", "cancelled")],
        ),
        (
            "Министр обороны Египта отложил визит в Иорданию. Он пройдёт обследование в июне.",
            [("Visit", "", "cancelled")],
        ),
        (
            "Визит президента Ганы в Уганду и саммит в Кампале отложены. Он состоится в июне.",
            [("Summit", "", "cancelled"), ("Visit", "", "cancelled")],
        ),
        ("Визит президента Ганы в Уганду отложен.", [("Visit", "", "cancelled")]),
    ],
)
def test_put_off_to_a_new_time(events, text: str, rows: list) -> None:
    """The events' kinds, dates and statuses."""
    assert _rows(events(text, _DAY)) == rows


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Переговоры перенесли на следующий месяц.", [("на следующий месяц", "2026-04")]),
        ("Стороны отложили визит на следующий год.", [("на следующий год", "2027")]),
        # must-nots: a span a thing is for, a verb of putting off in another sentence
        ("Правительство утвердило бюджет на следующий год.", []),
        ("Визит отложен. Планы на следующий год обсудят позже.", []),
    ],
)
def test_a_relative_period_put_off_to(text: str, dates: list) -> None:
    """ "на следующий год" is a date after a verb that sets or puts off an event, alone none."""
    assert [(d.text, d.value) for d in find_dates(text, _DAY)] == dates
