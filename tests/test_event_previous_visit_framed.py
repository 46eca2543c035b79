"""A visit a frame phrase tells as an earlier one ("во время предыдущего визита", "в ходе
прошлого (последнего) визита") is another visit than the report's: it never joins it, and
what it frames is not done on the report's day. Own sentences about Zambia–Kenya
(sixty-second pass, h-events220)."""

from __future__ import annotations

import pytest

_ARRIVAL = "Президент Замбии Хакаинде Хичилема прибыл в Кению с государственным визитом. "
_SIGNED = " стороны подписали соглашение о торговле."

# (the sentence after the arrival, (sentences the report's visit is told in, the signing's day))
FRAMED = [
    ("Во время предыдущего визита в 2019 году" + _SIGNED, (1, "2019")),
    ("Во время предыдущего визита" + _SIGNED, (1, "")),
    ("В ходе прошлого визита" + _SIGNED, (1, "")),
    ("В ходе последнего визита" + _SIGNED, (1, "")),
    # must not: the visit told is the report's
    ("В ходе нынешнего визита" + _SIGNED, (2, "2026-05-14")),
    ("В ходе визита" + _SIGNED, (2, "2026-05-14")),
]  # fmt: skip


@pytest.mark.parametrize(("after", "held"), FRAMED)
def test_a_previous_visit_is_another_visit(events, after: str, held) -> None:
    read = events(_ARRIVAL + after, "2026-05-14")
    (visit,) = [e for e in read if e.kind == "StateVisit"]
    (signing,) = [e for e in read if e.kind == "Signing"]
    assert (len(visit.evidence), signing.date) == held


def test_a_part_of_the_previous_visit_is_not_of_the_day(events) -> None:
    """ "В ходе прошлого визита X посетил Момбасу": a part of that visit, not of the report's."""
    text = _ARRIVAL + "В ходе прошлого визита президент Замбии посетил Момбасу."
    read = events(text, "2026-05-14")
    assert sorted(e.date for e in read if "Visit" in e.kind) == ["", "", "2026-05-14"]
