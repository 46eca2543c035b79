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


# talks told after a meeting the noun "встреча" brought in are that meeting, a Meeting; a
# meeting told by the verb "встретились", or after talks, stays the talks
MEETING_OR_TALKS = [
    ("Президент Египта Абдель Фаттах ас-Сиси и премьер-министр Индии Нарендра Моди провели "
     "встречу на полях саммита G20. В ходе переговоров стороны обсудили торговлю.", "Meeting"),
    ("Президент Египта Абдель Фаттах ас-Сиси и премьер-министр Индии Нарендра Моди провели "
     "встречу на полях саммита G20. Лидеры провели переговоры о торговле.", "Meeting"),
    # must not
    ("Президент Египта Абдель Фаттах ас-Сиси провёл переговоры с премьер-министром Индии "
     "Нарендрой Моди. Встреча прошла на полях саммита G20.", "Talks"),
    ("Президент Египта и премьер-министр Индии встретились на полях саммита G20. Лидеры провели "
     "переговоры о торговле.", "Talks"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), MEETING_OR_TALKS)
def test_a_meeting_the_noun_brings_in_stays_a_meeting(events, text: str, kind: str) -> None:
    assert [e.kind for e in events(text) if e.kind in {"Meeting", "Talks"}] == [kind]


# "На полях встречи" after a gathering named in the sentence before is on that gathering's
# sidelines: talks of their own, held on its day, not one meeting of the talks' sides
SIDELINES_OF_THE_GATHERING = [
    ("Встреча министров финансов G20 прошла 21 февраля в Рио-де-Жанейро. На полях встречи "
     "министр финансов Японии провёл переговоры с министром финансов Бразилии.", "2024-02-21"),
    ("Саммит АСЕАН прошёл 10 февраля во Вьентьяне. На полях встречи премьер-министр Вьетнама "
     "провёл переговоры с президентом Филиппин.", "2024-02-10"),
    ("Саммит АТЭС прошёл 15 февраля в Сан-Франциско. На полях встречи президент Чили провёл "
     "переговоры с премьер-министром Японии.", "2024-02-15"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day"), SIDELINES_OF_THE_GATHERING)
def test_talks_on_the_sidelines_of_a_gathering_told_before(events, text: str, day: str) -> None:
    found = [e for e in events(text, "2024-02-22") if e.kind in {"Meeting", "Talks"}]
    assert [(e.kind, e.date) for e in found] == [("Talks", day)]


# must not: "На полях встречи" after the bilateral meeting itself is that meeting's
def test_a_signing_on_the_sidelines_of_a_bilateral_meeting_stays_on_its_day(events) -> None:
    text = (
        "Министр иностранных дел Японии встретился с министром иностранных дел Вьетнама. "
        "На полях встречи стороны подписали меморандум."
    )
    found = [e for e in events(text, "2024-02-22") if e.kind in {"Meeting", "Talks"}]
    assert [(e.kind, e.date) for e in found] == [("Meeting", "2024-02-22")]
