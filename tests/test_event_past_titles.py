"""A title in an event years before the document names whoever held it then, which the
text does not say: today's holder takes part only where the gazetteer's terms have them in
office at the event's date. Sentences of our own about other pairs of states."""

from __future__ import annotations

import pytest

from kg.extract.agreements import read_agreements
from kg.extract.events import Event, extract_events
from kg.model import Document

DAY = "2024-02-14"


@pytest.fixture
def visits(analyse):
    def read(text: str) -> list[Event]:
        ctx = analyse(Document(id="t", text=text, date=DAY))
        return [e for e in extract_events(ctx, read_agreements(ctx)) if "Visit" in e.kind]

    return read


def _dated(events: list[Event], year: str) -> Event:
    (event,) = [e for e in events if e.date.startswith(year)]
    return event


@pytest.mark.parametrize(
    ("text", "year", "state"),
    [
        (
            "Президент Кении Уильям Руто прибыл в Аддис-Абебу с визитом. Ранее президент Кении "
            "посещал Эфиопию в 2005 году.",
            "2005",
            "state/KEN",
        ),
        (
            "Премьер-министр Норвегии Йонас Гар Стёре посетил Копенгаген. Впервые премьер-министр "
            "Норвегии побывал в Дании с официальным визитом в 1998 году.",
            "1998",
            "state/NOR",
        ),
    ],
)
def test_a_past_title_names_no_one_the_text_does_not_name(visits, text, year, state) -> None:
    past = _dated(visits(text), year)
    assert not [p for p in past.participants if p.startswith("person/")]
    assert past.visitor == state
    today = _dated(visits(text), DAY[:4])  # the same title today is the named person
    assert any(p.startswith("person/") for p in today.participants)


def test_a_past_title_the_holder_held_then_keeps_them(visits) -> None:
    text = (
        "Президент России Владимир Путин прибыл в Пекин с визитом. Президент России впервые "
        "посетил Китай с государственным визитом в 2000 году."
    )
    past = _dated(visits(text), "2000")
    assert past.visitor == "person/Q7747"


def test_a_name_in_a_past_event_stays(visits) -> None:
    text = "Президент Кении Ухуру Кениата посетил Эфиопию в 2015 году."
    past = _dated(visits(text), "2015")
    assert any(p.startswith("person/") for p in past.participants)
