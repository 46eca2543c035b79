"""A visit to a state's other seat of government ("посетил Ла-Пас", Bolivia's seat beside
"Сукре"; "Котону", Benin's beside "Порто-Ново") has that state as its host, as a visit to
its capital does (fiftieth pass, h-events135). Must-nots: a namesake a state's adjective
places in another state ("мексиканский Ла-Пас"), a trip to one's own seat. Sentences of our
own about Bolivia–Peru, Benin–Laos, Malaysia–Vietnam.

A city no table places in a state (such a namesake, or a town the gazetteer lacks) that a
state's adjective on it or on its "город" places is a visit to that state (fifty-first pass,
h-events136): it was a visit with no host, or none at all after "прибыл". Must-nots: the
adjective of the visitor's own state (no visit), one on the visitor (the seat's state
hosts). Sentences of our own about Honduras–Mexico, Vietnam–Laos, Sudan–Egypt."""

from __future__ import annotations

import pytest

VISITS = [
    # (text, visitor, host that must be read: "" for none, host that must not be)
    ("Президент Перу посетил Ла-Пас.", "state/PER", "state/BOL", ""),
    ("Президент Перу прибыл в Ла-Пас с визитом.", "state/PER", "state/BOL", ""),
    ("Министр иностранных дел Лаоса посетил Котону.", "state/LAO", "state/BEN", ""),
    ("Президент Вьетнама прибыл с визитом в Путраджаю.", "state/VNM", "state/MYS", ""),
    # must not: a namesake placed in another state, which hosts it (h-events136)
    ("Президент Перу посетил мексиканский Ла-Пас.", "state/PER", "state/MEX", "state/BOL"),
    ("Президент Гондураса прибыл в мексиканский город Ла-Пас.", "state/HND", "state/MEX",
     "state/BOL"),
    ("Президент Гондураса прибыл в мексиканский Ла-Пас.", "state/HND", "state/MEX",
     "state/BOL"),
    # a town no table knows, placed by its state's adjective
    ("Президент Вьетнама прибыл в лаосский город Намтха-Бан-Сай.", "state/VNM", "state/LAO",
     ""),
    ("Президент Судана прибыл в египетский город Эль-Кусейма-Джадида.", "state/SDN",
     "state/EGY", ""),
    # must not: the adjective on the visitor names no host
    ("Мексиканский президент прибыл в Ла-Пас.", "state/MEX", "state/BOL", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visitor", "host", "unwanted"), VISITS)
def test_a_seat_hosts_a_visit(  # noqa: ANN001
    events, text: str, visitor: str, host: str, unwanted: str
) -> None:
    (visit,) = [e for e in events(text) if e.kind == "Visit"]
    assert visit.visitor == visitor
    assert visit.host == host
    assert unwanted not in visit.participants


@pytest.mark.parametrize(
    "text",
    [
        "Президент Боливии прибыл в Ла-Пас.",
        # a town of one's own state by its adjective (h-events136)
        "Президент Мексики прибыл в мексиканский город Ла-Пас.",
        "Президент Египта прибыл в египетский город Эль-Кусейма-Джадида.",
    ],
)
def test_a_trip_at_home_is_no_visit(events, text: str) -> None:  # noqa: ANN001
    assert not [e for e in events(text) if e.kind == "Visit"]
