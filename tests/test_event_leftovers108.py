"""Event leftovers of the forty-third pass (h-events108): elections of an international
body's officer are that body's, not the state of the winner's title; an ambassador's post
names the state it is held in after "в". Sentences of our own about other states."""

from __future__ import annotations

import pytest

# text, the participants of its one election: an officer of an international body is
# elected by that body, in no state, whichever state the winner serves
BODY_POSTS = [
    ("На выборах генерального секретаря ОАГ победила Ана Мартинес, министр иностранных дел "
     "Перу.", {"org/oas", "person/ana-martines"}),
    ("На выборах генерального секретаря ООН победил министр иностранных дел Египта Ахмед "
     "Хасан.", {"org/un", "person/akhmed-khasan"}),
    # must not: a state's post stays the state's; a party's post is no one's
    ("На выборах президента Чили победил Габриэль Борич.",
     {"person/gabriel-borich", "state/CHL"}),
    ("На выборах председателя партии победила Ана Мартинес, министр иностранных дел Перу.",
     {"person/ana-martines"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "who"), BODY_POSTS)
def test_a_body_officers_election_is_the_bodys(events, text: str, who: set[str]) -> None:
    (election,) = [e for e in events(text, "2024-07-01") if e.kind == "Election"]
    assert set(election.participants) == who
