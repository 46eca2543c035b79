"""A visit told only as the frame of a clause ("в рамках визита X") placed in a city, or below
a dateline city: a visit to that city's state, held there. Own sentences about Chile–Peru
(sixty-second pass, h-events220)."""

from __future__ import annotations

import pytest

_TALKS = " прошли переговоры лидеров двух стран."

# (the text, the visit's (host, place): "" where the text gives none)
FRAMED = [
    ("ЛИМА, 14 мая. В Лиме в рамках государственного визита президента Чили" + _TALKS,
     ("state/PER", "Лима")),
    # the clause names no place: the dateline's city
    ("ЛИМА, 14 мая. В рамках государственного визита президента Чили" + _TALKS,
     ("state/PER", "Лима")),
    ("В Лиме в рамках официального визита президента Чили" + _TALKS, ("state/PER", "Лима")),
    # must not: a visit to a state of its own keeps it; a visitor of the city's own state; no
    # dateline and no place
    ("ЛИМА, 14 мая. В Лиме в рамках государственного визита президента Чили в Бразилию"
     + _TALKS, ("state/BRA", "Бразилия")),
    ("ЛИМА, 14 мая. В Лиме в рамках государственного визита президента Перу" + _TALKS,
     ("", "")),
    ("В рамках государственного визита президента Чили" + _TALKS, ("", "")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "held"), FRAMED)
def test_a_framed_visit_is_to_the_city_of_its_clause(events, text: str, held) -> None:
    (visit,) = [e for e in events(text, "2026-05-14") if "Visit" in e.kind]
    assert (visit.host, visit.location) == held
