"""Aid "с" that the parser hangs on the sending verb beside the carriers sent
(h-events254): "Японская сторона направила на Филиппины три самолёта сил самообороны с
гуманитарной помощью" is an aid delivery of Japan to the Philippines, as "направила три
самолёта с гуманитарной помощью" was. Sentences of our own (Turkey–Libya, Egypt–Sudan,
Japan–Philippines)."""

from __future__ import annotations

import pytest
from fact_reads import state_keys

# (text, the states)
CARRIED = [
    ("Турецкая сторона направила в Ливию два самолёта военно-воздушных сил с гуманитарной "
     "помощью.", {"state/TUR", "state/LBY"}),
    ("Египет отправил в Судан четыре вертолёта армии с гуманитарной помощью.",
     {"state/EGY", "state/SDN"}),
    ("Японская сторона направила на Филиппины три самолёта сил самообороны с гуманитарной "
     "помощью.", {"state/JPN", "state/PHL"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states"), CARRIED)
def test_aid_carried_by_craft_sent(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    states: set[str],
) -> None:
    (aid,) = [e for e in events(text, "2026-11-20") if e.kind == "AidDelivery"]
    assert state_keys(aid) == states


# must-nots: craft with no aid, aid with no craft sent
NONE = [
    "Турецкая сторона направила в Ливию два самолёта с делегацией.",
    "Турецкая сторона направила в Ливию делегацию с гуманитарной миссией.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_aid(events, text: str) -> None:  # noqa: ANN001 - the conftest fixture
    assert not [e for e in events(text, "2026-11-20") if e.kind == "AidDelivery"]
