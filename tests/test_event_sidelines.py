"""Names the parser hangs on a gathering's noun as its name ("На полях форума Мирзиёев и
Кошта провели встречу": "Мирзиёев" in apposition to "форума") are the subjects of the verb
that agrees with them, so the persons of the meeting; a name a thing's noun bears whose
verb has a subject of its own stays the thing's. Sentences of our own about other pairs of
states."""

from __future__ import annotations

import pytest

from kg.model import Document

# text, the meeting's persons
MEETINGS = [
    (
        "В работе форума приняли участие президент Узбекистана Шавкат Мирзиёев и председатель "
        "Европейского совета Антониу Кошта. На полях форума Мирзиёев и Кошта провели "
        "двустороннюю встречу.",
        {"person/shavkat-mirziyoyev", "person/antonio-costa"},
    ),
    (
        "Президент Узбекистана Шавкат Мирзиёев и председатель Европейского совета Антониу "
        "Кошта прибыли в Самарканд. В рамках форума Мирзиёев и Кошта провели встречу.",
        {"person/shavkat-mirziyoyev", "person/antonio-costa"},
    ),
]


@pytest.mark.parametrize(("text", "persons"), MEETINGS)
def test_names_after_a_gathering_noun_are_its_verbs_subjects(
    events, text: str, persons: set[str]
) -> None:
    (meeting,) = [e for e in events(text) if e.kind == "Meeting"]
    assert persons <= set(meeting.participants)


# must not: a name a thing's noun bears, where the verb has a subject of its own
THINGS = [
    (
        "Филиппины обвинили Китай в провокации. У рифа Второй Томас китайские корабли "
        "применили водомёты.",
        "Томас",
    ),
    (
        "Моряки прибыли на авианосец Шарль де Голль. На борту авианосца Шарль де Голль "
        "министры провели совещание.",
        "Голль",
    ),
]


@pytest.mark.parametrize(("text", "word"), THINGS)
def test_a_things_name_is_no_person(analyse, text: str, word: str) -> None:
    ctx = analyse(Document(id="t", text=text))
    assert not [e for e in ctx.entities.values() if e.type == "Person" and word in e.name]
