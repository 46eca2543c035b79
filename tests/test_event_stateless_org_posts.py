"""Issue 8, event roles (events90): one whose office is in an organization of no state
("глава ЕЦБ X уйдёт со своего поста") leaves the body's post, so the state the text is about
is no party to it; a state's office the text names keeps its state. Sentences of our own
about other states."""

from __future__ import annotations

import pytest

# text, the states of the resignation
CASES = [
    ("Португалия надеялась получить этот пост. Глава ЕЦБ Карлос Перес уйдёт со своего поста "
     "в октябре.", []),
    ("Греция добивалась этого места. Президент ЕЦБ Янис Петру покинул свой пост.", []),
    # must not: a state's own office keeps its state
    ("Португалия надеялась получить этот пост. Министр финансов Португалии Карлос Перес "
     "ушёл со своего поста.", ["state/PRT"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states"), CASES)
def test_a_stateless_bodys_post_takes_no_state(events, text: str, states: list[str]) -> None:
    (event,) = [e for e in events(text) if e.kind == "Resignation"]
    assert [p for p in event.participants if p.startswith("state/")] == states
