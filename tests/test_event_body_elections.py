"""Elections of an officer of an international body ("выборы генерального секретаря ООН")
are held in no state: whoever speaks of them or backs a candidate does not make them his
state's; a state's own elections still take the speaker's state. Sentences of our own
(events84)."""

from __future__ import annotations

import pytest

# (text, the state the elections must not be given)
BODY_ELECTIONS = [
    ("Министр иностранных дел Турции заявил, что на выборах генерального секретаря ООН его "
     "поддержит президент Египта.", "state/EGY"),
    ("Президент Кении пообещал поддержать на выборах главы ВОЗ кандидата от Африки.",
     "state/KEN"),
    ("Премьер-министр Индии выступил за перенос выборов генерального директора МАГАТЭ.",
     "state/IND"),
    ("Президент Египта поддержал кандидатуру министра Турции на выборах председателя "
     "Генеральной Ассамблеи ООН.", "state/EGY"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "state"), BODY_ELECTIONS)
def test_a_body_elects_in_no_state(events, text: str, state: str) -> None:
    assert not [e for e in events(text) if e.kind == "Election" and state in e.participants]


# must not: elections of no body stay the speaker's state's
STATE_ELECTIONS = [
    ("Президент Кении признал итоги выборов.", "state/KEN"),
    ("Премьер-министр Чехии признал итоги выборов.", "state/CZE"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "state"), STATE_ELECTIONS)
def test_a_state_elects_where_its_leader_speaks(events, text: str, state: str) -> None:
    assert [e.participants for e in events(text) if e.kind == "Election"] == [[state]]
