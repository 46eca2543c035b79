"""A state's national team, or its players no name names, received by a leader or official
the subject names by title (events100): "Президент Перу принял игроков сборной Чили",
"принял сборную Латвии по хоккею" are a Meeting of that leader's state with the team's.
Players meeting players stay a game, and a coach, a club's president or a team of no state
receive no one. Sentences of our own (Chile–Peru, Estonia–Latvia, Canada–Mexico)."""

from __future__ import annotations

import pytest

# (text, the meeting's states, a person in it or "")
RECEIVED = [
    ("Президент Перу принял игроков сборной Чили.", {"state/PER", "state/CHL"}, ""),
    ("Президент Эстонии принял футболистов сборной Латвии.", {"state/EST", "state/LVA"}, ""),
    ("Президент Эстонии Алар Карис принял в своей резиденции сборную Латвии по хоккею.",
     {"state/EST", "state/LVA"}, "person/alar-karis"),
    ("Премьер-министр Канады Джастин Трюдо принял хоккеистов сборной Мексики в Оттаве.",
     {"state/CAN", "state/MEX"}, "person/justin-trudeau"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states", "person"), RECEIVED)
def test_a_team_received_by_a_leader_is_a_meeting(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    states: set,
    person: str,
) -> None:
    (meeting,) = [e for e in events(text, "2024-05-10") if e.kind == "Meeting"]
    assert states <= set(meeting.participants)
    assert not person or person in meeting.participants


@pytest.mark.parametrize(
    "text",
    [
        "Игроки сборной Перу встретились с игроками сборной Чили.",
        "Сборная Перу встретилась со сборной Чили.",
        "Тренер принял игроков сборной Чили.",
        "Президент клуба принял игроков сборной Чили.",
        "Президент Перу принял игроков сборной.",
        "Президент Перу принял участие в матче сборной Чили.",
    ],
)
def test_no_meeting_of_teams(events, text: str) -> None:  # noqa: ANN001
    assert not [e for e in events(text, "2024-05-10") if e.kind == "Meeting"]
