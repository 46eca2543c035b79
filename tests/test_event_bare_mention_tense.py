"""An event word that names no one ("визит открывает новую главу") joins the event told
before only where their tenses agree: a visit told as ahead (a trip "в среду посетит X" inside
a state visit) never becomes held, dated the past weekday, by a later bare mention in the
present; the bare mention joins an event in its own tense, or none. Sentences of our own
(Spain–Portugal, Chile–Peru; fifty-fourth pass, lead)."""

from __future__ import annotations

import pytest

OPEN = "Президент Чили Габриэль Борич в понедельник начал государственный визит в Перу. "
AHEAD = "Как ожидается, в среду чилийский лидер посетит Куско. "
BARE = "Министр заявил журналистам, что визит «открывает новую главу» в отношениях."

# (text, the trip to Cusco's (date, status))
CASES = [
    (OPEN + AHEAD + BARE, ("2026-03-04", "planned")),
    (
        OPEN + AHEAD + "Министр заявил, что визит открывает новые возможности.",
        ("2026-03-04", "planned"),
    ),
    # must not change: alone, or told after as ahead, the trip stays ahead
    (OPEN + AHEAD, ("2026-03-04", "planned")),
    (OPEN + AHEAD + "Визит продлится три дня.", ("2026-03-04", "planned")),
]


@pytest.mark.parametrize(("text", "trip"), CASES)
def test_a_bare_mention_never_turns_a_trip_ahead_held(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    trip: tuple[str, str],
) -> None:
    read = [e for e in events(text, "2026-03-02") if e.location == "Куско"]
    assert [(e.date, e.status) for e in read] == [trip]


def test_the_state_visit_keeps_its_day(events) -> None:  # noqa: ANN001 - the conftest fixture
    """Must not: the state visit begun on the news day stays held that day."""
    read = [e for e in events(OPEN + AHEAD + BARE, "2026-03-02") if e.kind == "StateVisit"]
    assert [(e.date, e.status) for e in read] == [("2026-03-02", "occurred")]


@pytest.mark.parametrize(
    "text",
    [
        "Премьер-министр Испании прибыл в Лиссабон. Завтра он посетит Порту. "
        "Эксперты считают, что визит укрепляет связи двух стран.",
    ],
)
def test_a_trip_ahead_stays_ahead_in_another_pair(events, text: str) -> None:  # noqa: ANN001
    """Must not: the bare mention after a visit begun joins that visit, the trip stays ahead."""
    read = [e for e in events(text, "2026-05-11") if e.location == "Порту"]
    assert [(e.date, e.status) for e in read] == [("2026-05-12", "planned")]
