"""A planned sitting of a joint body is a planned Meeting with its place and date: told by a
relative clause ("учредили совместную комиссию, первое заседание которой пройдёт …"), its
label names the body, not "которой"; beside talks held in its sentence it is an event of its
own; told in the sentence after the body's founding by its noun alone ("Первое заседание
комиссии пройдёт …") it is of the states that founded it. Must-nots: a sitting held
("прошло") is occurred; a sitting of one state's body names no pair. Sentences of our own
about other pairs of states (fifty-ninth pass, h-events192)."""

from __future__ import annotations

import pytest

from kg.extract.events import Event

FOUNDED = "Норвегия и Финляндия учредили совместную комиссию по Арктике, "
TALKS = "По итогам переговоров Кения и Танзания учредили совместную комиссию, "
SECOND = (
    "Премьер-министры Норвегии и Финляндии договорились учредить совместную комиссию по "
    "Арктике. Первое заседание комиссии "
)


def _sitting(read: list[Event]) -> Event:
    (sitting,) = [e for e in read if e.kind == "Meeting"]
    return sitting


@pytest.mark.parametrize(
    ("text", "label", "place", "date", "sides"),
    [
        (
            FOUNDED + "первое заседание которой пройдёт в Тромсё в феврале 2027 года.",
            "Первое заседание совместной комиссии по Арктике",
            "Тромсё",
            "2027-02",
            ["state/FIN", "state/NOR"],
        ),
        (
            TALKS + "первое заседание которой пройдёт в Момбасе в мае.",
            "Первое заседание совместной комиссии",
            "Момбаса",
            "2026-05",
            ["state/KEN", "state/TZA"],
        ),
        (
            SECOND + "пройдёт в Тромсё в феврале 2027 года.",
            "Первое заседание комиссии",
            "Тромсё",
            "2027-02",
            ["state/FIN", "state/NOR"],
        ),
    ],
)
def test_a_planned_sitting_is_a_planned_meeting(
    events, text: str, label: str, place: str, date: str, sides: list[str]
) -> None:
    sitting = _sitting(events(text, "2026-03-12"))
    assert (sitting.label, sitting.status, sitting.location, sitting.date) == (
        label,
        "planned",
        place,
        date,
    )
    assert sorted(p for p in sitting.participants if p.startswith("state/")) == sides


def test_talks_held_stay_held_beside_the_sitting_ahead(events) -> None:
    read = events(TALKS + "первое заседание которой пройдёт в Момбасе в мае.", "2026-03-12")
    (talks,) = [e for e in read if e.kind == "Talks"]
    assert (talks.status, talks.location) == ("occurred", "")


def test_a_sitting_held_is_occurred(events) -> None:
    text = FOUNDED + "первое заседание которой прошло в Тромсё 10 марта."
    sitting = _sitting(events(text, "2026-03-12"))
    assert (sitting.status, sitting.date) == ("occurred", "2026-03-10")


def test_a_sitting_of_one_states_body_names_no_pair(events) -> None:
    text = (
        "Парламент Норвегии учредил комиссию по Арктике. "
        "Первое заседание комиссии пройдёт в Тромсё в феврале."
    )
    assert not [e for e in events(text, "2026-03-12") if e.kind == "Meeting"]
