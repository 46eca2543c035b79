"""Visits told without the word "визит": a trip planned in a clause under a verb of saying
(of the speaker where the clause has no subject of its own, the place the parse made that
subject aside), a greeting at an airport (the guest's arrival), and a joint press
conference of unnamed leaders (of the report's pair). Own sentences about Iraq–Jordan,
Chile–Peru, Kenya–Uganda, Laos–Vietnam, Ghana–Togo and Egypt–Jordan, with must-nots beside
the musts. Sixty-second pass (h-events214)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, person_keys, state_keys

DAY = "2026-03-12"
VISITS = ("Visit", "StateVisit", "OfficialVisit", "WorkingVisit")


@pytest.mark.parametrize(
    ("text", "visitor", "host", "date"),
    [
        (  # the place the parse made the subject of "посетит"
            "Вчера премьер-министр Ирака заявил, что посетит Амман, где выступит в парламенте.",
            "state/IRQ",
            "state/JOR",
            "",
        ),
        (  # a verb of reporting: the reporter's own trip
            "Президент Чили сообщил, что посетит Лиму.",
            "state/CHL",
            "state/PER",
            "",
        ),
        (
            "Президент Кении Уильям Руто сообщил журналистам, что в апреле посетит Кампалу.",
            "person/uilyam-ruto",
            "state/UGA",
            "2026-04",
        ),
        (
            "Президент Чили подтвердил, что в мае прибудет в Лиму.",
            "state/CHL",
            "state/PER",
            "2026-05",
        ),
        # must-nots: the clause's own subject travels, not the speaker; a trip told alone
        ("Президент Чили Хорхе Сантана заявил, что делегация посетит Лиму.", "", "state/PER", ""),
        ("Президент Чили посетит Лиму.", "state/CHL", "state/PER", ""),
    ],
)
def test_a_trip_planned_under_saying(events, text: str, visitor: str, host: str, date: str) -> None:
    (visit,) = of_kind(events(text, DAY), *VISITS)
    assert (visit.visitor, visit.host, visit.date, visit.status) == (visitor, host, date, "planned")


def test_no_trip_the_speaker_denies(events) -> None:
    visits = of_kind(
        events("Вчера премьер-министр Ирака заявил, что не посетит Амман.", DAY), *VISITS
    )
    assert not [v for v in visits if v.status == "planned"]


def test_the_clauses_own_subject_visits_not_the_speaker(events) -> None:
    text = "Премьер-министр Ирака Салех Аббас заявил, что Амман посетит делегация."
    assert not [v.visitor for v in of_kind(events(text, DAY), *VISITS) if v.visitor]


def test_the_delegation_of_a_state_visits(events) -> None:
    text = "Премьер-министр Ирака Салех Аббас заявил, что Амман посетит делегация Ирака."
    (visit,) = of_kind(events(text, DAY), *VISITS)
    assert (visit.visitor, visit.host, visit.location) == ("state/IRQ", "state/JOR", "Амман")


@pytest.mark.parametrize(
    ("text", "visitor", "host", "place", "date", "status"),
    [
        (
            "В аэропорту Ханоя президента Лаоса встретил вице-президент Вьетнама.",
            "state/LAO",
            "state/VNM",
            "Ханой",
            DAY,
            "occurred",
        ),
        (  # the guest's name the parse hung on the greeter after the verb
            "Вчера в аэропорту Ханоя президента Лаоса Тхонглуна Сисулита встретил "
            "вице-президент Вьетнама Во Тхи Ань Суан.",
            "person/tkhonglun-sisulit",
            "state/VNM",
            "Ханой",
            "2026-03-11",
            "occurred",
        ),
        (
            "В аэропорту Ханоя президента Лаоса встретит вице-президент Вьетнама.",
            "state/LAO",
            "state/VNM",
            "Ханой",
            "",
            "planned",
        ),
        (  # a delegation of a state; the greeter's state hosts
            "Вице-президент Ганы встретил в аэропорту Аккры делегацию Того.",
            "state/TGO",
            "state/GHA",
            "",
            DAY,
            "occurred",
        ),
    ],
)
def test_a_greeting_at_the_airport_is_an_arrival(
    events, text: str, visitor: str, host: str, place: str, date: str, status: str
) -> None:
    (visit,) = of_kind(events(text, DAY), *VISITS)
    got = (visit.visitor, visit.host, visit.location, visit.date, visit.status)
    assert got == (visitor, host, place, date, status)


@pytest.mark.parametrize(
    "text",
    [
        "Вице-президент Вьетнама встретил в аэропорту делегацию болельщиков.",  # of no state
        "Президент Вьетнама встретился в Ханое с президентом Лаоса.",  # a meeting
        "В аэропорту Ханоя вице-президента Вьетнама встретил премьер-министр Вьетнама.",  # at home
        "Вице-президент Вьетнама встретил в Ханое президента Лаоса.",  # no airport
    ],
)
def test_no_arrival_greeted(events, text: str) -> None:
    assert not of_kind(events(text, DAY), *VISITS)


def test_a_greeting_of_a_visit_told_adds_none(events) -> None:
    text = (
        "Президент Лаоса прибыл во Вьетнам. В аэропорту Ханоя его встретил вице-президент Вьетнама."
    )
    assert len(of_kind(events(text, DAY), *VISITS)) == 1


_PAIR = "Египет и Иордания расширят торговлю. "


@pytest.mark.parametrize(
    "text",
    [
        _PAIR + "По итогам переговоров лидеры двух стран провели совместную пресс-конференцию.",
        _PAIR + "Главы государств провели совместную пресс-конференцию.",
        # must-not: the one person named before is not fused from the plural
        "Президент Египта Ахмед Хасан прибыл в Иорданию. Лидеры двух стран провели совместную "
        "пресс-конференцию.",
    ],
)
def test_a_joint_press_conference_of_unnamed_leaders(events, text: str) -> None:
    (press,) = of_kind(events(text, DAY), "Publication")
    assert (state_keys(press), person_keys(press)) == ({"state/EGY", "state/JOR"}, [])


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        (  # named before: both
            "Президент Египта Ахмед Хасан провёл в Каире переговоры с королём Иордании Самиром "
            "Халилем. По итогам переговоров главы государств провели совместную "
            "пресс-конференцию.",
            ["person/akhmed-khasan", "person/samir-khalil"],
        ),
        # must-not: one's own press conference stays his
        (
            _PAIR + "Президент Египта Ахмед Хасан провёл пресс-конференцию.",
            ["person/akhmed-khasan"],
        ),
    ],
)
def test_press_conferences_of_those_named(events, text: str, persons: list[str]) -> None:
    (press,) = of_kind(events(text, DAY), "Publication")
    assert sorted(person_keys(press)) == persons
