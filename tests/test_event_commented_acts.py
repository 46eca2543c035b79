"""One who says of an act what it is ("заявил, что арест журналиста в Иране недопустим", the
predicate parsed as no verb) comments on it: not its agent, not the one it befell. An agent
of the act's own clause stays. Sentences of our own (events84)."""

from __future__ import annotations

import pytest

# (text, the act's kind, who must not take part in it)
COMMENTED = [
    ("Президент Франции заявил, что арест журналиста в Иране недопустим.", "Arrest",
     "state/FRA"),
    ("Министр иностранных дел Германии заявил, что задержание немецкого туриста в Турции "
     "незаконно.", "Arrest", "state/DEU"),
    ("Премьер-министр Польши сказал, что депортация дипломатов России была ожидаема.",
     "Expulsion", "state/POL"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "speaker"), COMMENTED)
def test_who_comments_on_an_act_takes_no_part(events, text: str, kind: str, speaker: str) -> None:
    acts = [e for e in events(text, "2024-05-10") if e.kind == kind]
    assert acts and all(speaker not in e.participants for e in acts)
    assert not [p for e in acts for p in e.participants if p.startswith("person/")]


# must not: the agent of the act's own verb, said or not
ACTED = [
    ("МВД Турции сообщило, что полиция задержала гражданина Германии в Анкаре.", "state/TUR"),
    ("Полиция Турции задержала гражданина Германии.", "state/TUR"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "agent"), ACTED)
def test_the_agent_of_the_act_stays(events, text: str, agent: str) -> None:
    assert [agent in e.participants for e in events(text, "2024-05-10")] == [True]
