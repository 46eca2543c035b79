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


# text, the (kind, status, date, participants) of its events of taking office, in a document
# of 1 July 2024: an inauguration of a president the text does not name yet is the
# appointment of its state's president, as a named one's is
INAUGURATIONS = [
    ("Инаугурация нового президента Перу пройдёт 28 июля.",
     [("Appointment", "planned", "2024-07-28", {"state/PER"})]),
    ("Инаугурация избранного президента Чили состоялась 11 марта.",
     [("Appointment", "occurred", "2024-03-11", {"state/CHL"})]),
    # must stay: a named one's; one who skips their own; a ceremony of it is a ceremony
    ("Инаугурация президента Перу Дины Болуарте пройдёт 28 июля.",
     [("Appointment", "planned", "2024-07-28", {"person/dina-boluarte", "state/PER"})]),
    ("Президент Чили Мишель Бачелет пропустит инаугурацию.", []),
    ("Церемония инаугурации нового президента Перу пройдёт 28 июля.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "told"), INAUGURATIONS)
def test_an_unnamed_presidents_inauguration(events, text: str, told: list) -> None:
    found = [
        (e.kind, e.status, e.date, set(e.participants))
        for e in events(text, "2024-07-01")
        if e.kind == "Appointment"
    ]
    assert found == told


# text, document date, the participants and date of its one appointment: an ambassador
# acts for the state that sends them, not the one "в" names as the post's place (the
# convention of test_event_careers); a month "прошлого года" is the document year's before,
# and no year where the document has no date (as the tuning gold's "в январе прошлого года")
POSTS = [
    ("Хуан Перес назначен на пост посла Перу в Чили.", "2024-07-01",
     {"person/khuan-peres", "state/PER"}, "2024-07-01"),
    ("Министр обороны Перу Хуан Перес ушёл в отставку. Он занял этот пост в июле прошлого "
     "года.", "2024-07-01", {"person/khuan-peres", "state/PER"}, "2023-07"),
    ("Министр обороны Перу Хуан Перес ушёл в отставку. Он занял этот пост в июле прошлого "
     "года.", "", {"person/khuan-peres", "state/PER"}, ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day", "who", "date"), POSTS)
def test_posts_abroad_and_last_years(events, text: str, day: str, who: set, date: str) -> None:
    (appointment,) = [e for e in events(text, day) if e.kind == "Appointment"]
    assert (set(appointment.participants), appointment.date) == (who, date)
