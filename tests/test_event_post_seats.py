"""The state where a post abroad is held ("посол Перу в Чили", "представитель ООН в
Афганистане") takes no part in an event its holder takes part in: the envoy acts for the
state or body that sends them. A state named as the envoy's own still does, and so does a
home title's state. States of our own choice (India, Peru, Chile, Afghanistan, Norway)."""

from __future__ import annotations

import pytest

DAY = "2025-10-01"

SEATS = [
    ("Министр иностранных дел Индии встретился с послом Перу в Чили Хуаном Пересом.",
     "state/PER", "state/CHL"),
    ("Министр иностранных дел Индии встретился с представителем ООН в Афганистане.",
     "state/IND", "state/AFG"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "party", "seat"), SEATS)
def test_the_seat_of_a_post_takes_no_part(events, text: str, party: str, seat: str) -> None:
    (meeting,) = [e for e in events(text, DAY) if e.kind == "Meeting"]
    assert party in meeting.participants
    assert seat not in meeting.participants


def test_a_home_title_keeps_its_state(events) -> None:
    """must-not: "министр иностранных дел Норвегии" is Norway's."""
    text = "Министр иностранных дел Индии встретился с министром иностранных дел Норвегии."
    (meeting,) = [e for e in events(text, DAY) if e.kind == "Meeting"]
    assert {"state/IND", "state/NOR"} <= set(meeting.participants)
