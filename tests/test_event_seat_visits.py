"""A visit to a state's other seat of government ("посетил Ла-Пас", Bolivia's seat beside
"Сукре"; "Котону", Benin's beside "Порто-Ново") has that state as its host, as a visit to
its capital does (fiftieth pass, h-events135). Must-nots: a namesake a state's adjective
places in another state ("мексиканский Ла-Пас"), a trip to one's own seat. Sentences of our
own about Bolivia–Peru, Benin–Laos, Malaysia–Vietnam."""

from __future__ import annotations

import pytest

VISITS = [
    # (text, visitor, host that must be read: "" for none, host that must not be)
    ("Президент Перу посетил Ла-Пас.", "state/PER", "state/BOL", ""),
    ("Президент Перу прибыл в Ла-Пас с визитом.", "state/PER", "state/BOL", ""),
    ("Министр иностранных дел Лаоса посетил Котону.", "state/LAO", "state/BEN", ""),
    ("Президент Вьетнама прибыл с визитом в Путраджаю.", "state/VNM", "state/MYS", ""),
    # must not: a namesake placed in another state
    ("Президент Перу посетил мексиканский Ла-Пас.", "state/PER", "", "state/BOL"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visitor", "host", "unwanted"), VISITS)
def test_a_seat_hosts_a_visit(  # noqa: ANN001
    events, text: str, visitor: str, host: str, unwanted: str
) -> None:
    (visit,) = [e for e in events(text) if e.kind == "Visit"]
    assert visit.visitor == visitor
    assert visit.host == host
    assert unwanted not in visit.participants


def test_a_trip_to_ones_own_seat_is_no_visit(events) -> None:  # noqa: ANN001
    assert not [e for e in events("Президент Боливии прибыл в Ла-Пас.") if e.kind == "Visit"]
