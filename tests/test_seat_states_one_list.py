"""The seats of power and the state a seat of one state's government is in are one list,
`kg/nlp/seats.txt` (the `seat` rows' third column; `seat_states.tsv` is gone): every seat
with a state is a seat `seat_of` reads, in any case. Fifty-seventh pass (h-twins1)."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg.resolve  # noqa: F401  (kg.nlp.seats is read below kg.resolve, which loads first)
from kg.lexicon import load_rows
from kg.nlp.seats import SEATS, seat_state

_ROWS = load_rows(Path(kg.resolve.__file__).parent.parent / "nlp" / "seats.txt")
STATED = [(row[0], row[2]) for row in _ROWS if row[1] == "seat" and row[2:]]

# a name in any case, the state its seat is in ("" for none)
NAMES = [
    ("Елисейском дворце", "state/FRA"),
    ("Даунинг-стрит", "state/GBR"),
    ("Пентагоне", "state/USA"),
    # must-nots: a city's or a service's seat, no seat
    ("Смольном", ""),
    ("Лубянке", ""),
    ("Национальном дворце", ""),
]  # fmt: skip


def test_the_stated_seats_are_seats() -> None:
    assert len(STATED) == 8
    assert {seat for seat, _ in STATED} <= SEATS
    assert all(seat_state(seat) == f"state/{iso3}" for seat, iso3 in STATED)


@pytest.mark.parametrize(("name", "state"), NAMES)
def test_the_state_of_a_seat(name, state) -> None:
    assert seat_state(name) == state
