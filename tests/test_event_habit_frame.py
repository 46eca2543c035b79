"""The year a sentence opens with dates what that sentence tells: where it tells only the
onset of a habit or a relationship ("В 2015 году X стал встречаться с Y", no event:
`kg.extract.events.repeats`), it is no frame for the next sentence's events about the same
person, which keep the document's day. Where it tells an event ("В 2015 году X посетил
Анкару"), the next sentence's events about X still take its year. Sentences of our own
about other pairs of states."""

from __future__ import annotations

import pytest

from kg.extract.events import Event

DAY = "2019-03-01"


@pytest.fixture
def events(events):
    """conftest's `events`, in a document dated DAY."""
    return lambda text: events(text, DAY)


def _meetings(read: list[Event]) -> list[Event]:
    return [e for e in read if e.kind in {"Meeting", "Talks"}]


@pytest.mark.parametrize(
    "text",
    [
        "В 2015 году Санчес стал встречаться с актрисой Еленой Варгас. При посещении Сантьяго "
        "он встречался с министром Чили Хосе Пинедой.",
        "В 2012 году посол Латвии Янис Берзиньш стал встречаться с певицей Анной Калниней. "
        "Позднее он встречался с министром иностранных дел Эстонии Урмасом Паэтом.",
    ],
)
def test_no_year_from_a_habits_sentence(events, text):
    read = _meetings(events(text))
    assert read, "the meeting of the second sentence is read"
    assert all(not e.date.startswith(("2015", "2012")) for e in read)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (  # must not: the sentence before tells an event, whose year goes on
            "В 2015 году министр Египта Сабри посетил Анкару. При посещении Анкары он "
            "встречался с министром Турции Мевлютом Чавушоглу.",
            "2015",
        ),
    ],
)
def test_year_of_an_events_sentence_goes_on(events, text, year):
    read = _meetings(events(text))
    assert read and all(e.date == year for e in read)
