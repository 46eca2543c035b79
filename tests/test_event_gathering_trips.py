"""A trip to a gathering abroad ("прибыл на саммит НАТО в Вашингтон", "на саммит АСЕАН в
Лаосе") is a visit to where the gathering is held, besides the traveller's part in it; a trip
to one at home, or to one with no place, is no visit. Sentences of our own about other pairs
of states."""

from __future__ import annotations

import pytest

VISITS = {"Visit", "StateVisit", "OfficialVisit", "WorkingVisit"}

CASES = [
    ("Президент Финляндии прибыл на саммит НАТО в Вашингтон.", [("state/USA", "Вашингтон")]),
    ("Президент Вьетнама прибыл на саммит АСЕАН в Лаосе.", [("state/LAO", "Лаос")]),
    ("Президент Чехии прибыл на саммит Евросоюза в Брюссель.", [("state/BEL", "Брюссель")]),
    # must not: a gathering at home, or one with no place
    ("Президент Чили прибыл на саммит в Сантьяго.", []),
    ("Президент Финляндии прибыл на саммит НАТО.", []),
]


@pytest.mark.parametrize(("text", "visits"), CASES)
def test_a_trip_to_a_gathering_abroad_is_a_visit_there(
    events, text: str, visits: list[tuple[str, str]]
) -> None:
    read = events(text)
    assert [(e.host, e.location) for e in read if e.kind in VISITS] == visits
    assert [e.kind for e in read if e.kind == "Summit"] == ["Summit"]
