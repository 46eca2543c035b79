"""A weekday dates an event by its tense against the document's day (a text of Wednesday
5 March 2025): told as done, the nearest such day before it or that day itself; told as
ahead, the nearest after it or that day itself. A weekday or another time told as
recurring ("каждый четверг", "каждую пятницу", "по четвергам", "каждый месяц") dates
nothing and tells a routine, no event (forty-ninth pass, h-events129). Sentences of our
own about Japan–Korea, Peru–Bolivia."""

from __future__ import annotations

import pytest

from kg.extract.events import Event

_DAY = "2025-03-05"  # a Wednesday

# (weekday in the accusative after "в"/"во", told as done, told as ahead)
WEEKDAYS = [
    ("В понедельник", "2025-03-03", "2025-03-10"),
    ("Во вторник", "2025-03-04", "2025-03-11"),
    ("В среду", "2025-03-05", "2025-03-05"),
    ("В четверг", "2025-02-27", "2025-03-06"),
    ("В пятницу", "2025-02-28", "2025-03-07"),
    ("В субботу", "2025-03-01", "2025-03-08"),
    ("В воскресенье", "2025-03-02", "2025-03-09"),
]


def _days(read: list[Event]) -> list[str]:
    return [e.date for e in read if e.kind == "Meeting"]


@pytest.mark.parametrize(("when", "done", "ahead"), WEEKDAYS)
def test_a_weekday_is_the_nearest_by_tense(events, when: str, done: str, ahead: str) -> None:
    past = f"{when} министр иностранных дел Японии встретился с министром Кореи."
    future = f"{when} министр иностранных дел Японии встретится с министром Кореи."
    assert (_days(events(past, _DAY)), _days(events(future, _DAY))) == ([done], [ahead])


ROUTINES = [
    "Каждый четверг министр иностранных дел Японии встречался с министром Кореи.",
    "По четвергам министр иностранных дел Японии встречался с министром Кореи.",
    "Каждую пятницу президент Перу встречался с президентом Боливии.",
    "Каждую пятницу президент Перу будет встречаться с президентом Боливии.",
    "Каждый месяц президент Перу посещал Боливию.",
    "Каждый четверг проходили встречи министров иностранных дел Японии и Кореи.",
]


@pytest.mark.parametrize("text", ROUTINES)
def test_a_recurring_time_tells_a_routine_no_event(events, text: str) -> None:
    assert [(e.kind, e.date) for e in events(text, _DAY)] == []
