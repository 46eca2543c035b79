"""Talks a "где" clause tells held in the capital a trip went to, with no one met "с"
("прибыл в Каракас, где провёл переговоры"), are with the capital's state, as talks the trip
is "для" are; not with the state of a city that seats others' talks, nor where those met are
named. Seventy-second pass, sentences of our own (h-events274)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

DAY = "2026-12-07"


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (
            "Спецпредставитель президента Китая по Евразии Ли Хуэй прибыл в Киев, где провёл "
            "переговоры.",
            {"state/CHN", "state/UKR"},
        ),
        (
            "Министр иностранных дел Индии прилетел в Пекин, где в пятницу провёл переговоры.",
            {"state/IND", "state/CHN"},
        ),
    ],
)
def test_talks_where_the_trip_went_are_with_its_state(events, text: str, states: set[str]) -> None:
    (talks,) = of_kind(events(text, DAY), "Talks")
    assert states <= set(talks.participants)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # must-not: those met are named, and are not the host
        (
            "Спецпосланник президента США Стив Уиткофф прибыл в Доху, где провёл переговоры с "
            "представителями ХАМАС.",
            "state/QAT",
        ),
        # must-not: a city that is no capital tells no host
        (
            "Министр иностранных дел Индии прибыл в Женеву, где провёл переговоры.",
            "state/CHE",
        ),
    ],
)
def test_no_host_where_none_is_met(events, text: str, absent: str) -> None:
    (talks,) = of_kind(events(text, DAY), "Talks")
    assert absent not in talks.participants
