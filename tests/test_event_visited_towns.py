"""A town no gazetteer knows, the object of a verb of visiting ("посетит Джинджу"), is a
place, not a person natasha tags it as; so is a known city the verb takes in a clause with
its verb left out ("посетит Джинджу, а затем Кампалу"). Must-nots: a known city stays the
visit's place ("посетит Кампалу"); a man's accusative stays a person ("посетил Стубба в
больнице"); a person met ("встретила Джона Махаму") stays a person. Sentences of our own
about other pairs of states (fifty-ninth pass, h-events192)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.corpus import Document
from kg.extract.context import Context

GHANA = "Президент Ганы Джон Махама прибыл в Уганду с государственным визитом. "


def _persons(analyse: Callable[..., Context], text: str) -> set[str]:
    ctx = analyse(Document(id="t", text=text, date="2026-03-12"))
    return {m.text for m in ctx.mentions if m.type == "Person"}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Президент Ганы Джон Махама посетит Джинджу.", "Джинджу"),
        ("Премьер-министр Финляндии Петтери Орпо посетит Нарвик.", "Нарвик"),
        ("Президент Ганы Джон Махама в пятницу посетит Джинджу, а затем Кампалу.", "Кампалу"),
    ],
)
def test_a_town_visited_is_no_person(analyse: Callable[..., Context], text: str, town: str) -> None:
    assert town not in _persons(analyse, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Премьер-министр Финляндии Петтери Орпо посетил Стубба в больнице.", "Стубба"),
        (
            "Премьер-министр Уганды Робинах Наббанджа встретила Джона Махаму в аэропорту.",
            "Джона Махаму",
        ),
    ],
)
def test_a_person_visited_or_met_stays_a_person(
    analyse: Callable[..., Context], text: str, person: str
) -> None:
    assert person in _persons(analyse, text)


def test_a_known_city_stays_the_place_of_the_visit(events) -> None:
    read = events(GHANA + "В пятницу он посетит Кампалу.", "2026-03-12")
    assert "Кампала" in {e.location for e in read}
    assert not any("Кампал" in p for e in read for p in e.participants)
