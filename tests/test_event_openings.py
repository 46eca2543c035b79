"""Openings (sixty-sixth pass, h-events245). Own sentences about pairs of states other than
the corpus's: a state's mission opened in another state's city is a Ceremony between the two,
placed there and labelled by the mission; a bare "церемония открытия" after it is that
opening (its day, its persons); after exercises, a forum or a summit it is their opening
ceremony, on their day and at their place; the look-alikes that must not read so."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, one_of_kind, person_keys, state_keys

_DAY = "2026-12-07"  # a Monday

# text, the states taking part, label, status, date, location
MISSIONS = [
    # a consulate a state opens, the host the capital's state
    ("Гана открыла генеральное консульство в столице Сенегала.", {"state/GHA", "state/SEN"},
     "Открытие генерального консульства Ганы в Дакаре", "occurred", "2026-12-07", "Дакар"),
    # the mission the subject of "открылось", its state the mission's genitive
    ("В Ханое открылось торгпредство Чили.", {"state/CHL", "state/VNM"},
     "Открытие торгпредства Чили в Ханое", "occurred", "2026-12-07", "Ханой"),
    # a cultural centre; a day of its own
    ("Турция открыла культурный центр в Тиране в пятницу.", {"state/TUR", "state/ALB"},
     "Открытие культурного центра Турции в Тиране", "occurred", "2026-12-04", "Тирана"),
    # ahead, in a country
    ("Перу откроет посольство в Индонезии в марте.", {"state/PER", "state/IDN"},
     "Открытие посольства Перу в Индонезии", "planned", "2027-03", "Индонезия"),
    # an infinitive whose subject the verb it hangs on gives
    ("Аргентина намерена открыть посольство в Ханое.", {"state/ARG", "state/VNM"},
     "Открытие посольства Аргентины в Ханое", "planned", "", "Ханой"),
    # by the noun
    ("В пятницу состоялось открытие посольства Ганы в Дакаре.", {"state/GHA", "state/SEN"},
     "Открытие посольства Ганы в Дакаре", "occurred", "2026-12-04", "Дакар"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states", "label", "status", "day", "location"), MISSIONS)
def test_a_mission_opened_abroad(events, text, states, label, status, day, location) -> None:
    opening = one_of_kind(events(text, _DAY), "Ceremony")
    assert state_keys(opening) == states
    assert (opening.label, opening.status, opening.date) == (label, status, day)
    assert opening.location == location


def test_the_opening_ceremony_after_a_mission_is_its_opening(events) -> None:
    text = (
        "Гана открыла посольство в столице Сенегала. Церемония открытия состоялась в пятницу "
        "с участием министра иностранных дел Ганы Кваме Асанте."
    )
    opening = one_of_kind(events(text, _DAY), "Ceremony")
    assert opening.label == "Открытие посольства Ганы в Дакаре"
    assert (opening.date, opening.location) == ("2026-12-04", "Дакар")
    assert len(person_keys(opening)) == 1
    assert state_keys(opening) == {"state/GHA", "state/SEN"}


# text, the programme's kind, the ceremony's label, date, location
PROGRAMME_OPENINGS = [
    # exercises, the ceremony a paragraph later
    ("Совместные учения армий Вьетнама и Лаоса стартовали в понедельник во Вьентьяне.\n\n"
     "Учения продлятся до 18 декабря.\n\nНа церемонии открытия присутствовал министр обороны "
     "Лаоса Чансамон Чаньялат.", "Exercise",
     "Церемония открытия совместных учений армий Вьетнама и Лаоса", "2026-12-07", "Вьентьян"),
    # a forum, named again by a bare noun between
    ("Бизнес-форум Перу и Чили открылся во вторник в Лиме. На форуме выступили министры. "
     "На церемонии открытия присутствовал президент Перу Хосе Херес.", "Forum",
     "Церемония открытия бизнес-форума Перу и Чили", "2026-12-01", "Лима"),
    # a summit
    ("Саммит лидеров Вьетнама и Лаоса открылся в Ханое 3 декабря. На церемонии открытия "
     "выступил премьер-министр Вьетнама.", "Summit",
     "Церемония открытия саммита лидеров Вьетнама и Лаоса", "2026-12-03", "Ханой"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "label", "day", "location"), PROGRAMME_OPENINGS)
def test_a_bare_opening_ceremony_opens_the_programme(
    events, text, kind, label, day, location
) -> None:
    found = events(text, _DAY)
    assert one_of_kind(found, kind)
    ceremony = one_of_kind(found, "Ceremony")
    assert (ceremony.label, ceremony.date, ceremony.location) == (label, day, location)


NO_OPENING = [
    # a company's office, a shopping centre, fire opened
    "Компания Samsung открыла представительство в Лиме.",
    "В Дубае открылся торговый центр.",
    "Полиция Перу открыла огонь по нарушителям.",
    # an embassy named, not opened
    "Министр посетил посольство Ганы в Дакаре.",
]


@pytest.mark.parametrize("text", NO_OPENING)
def test_words_that_tell_no_mission_opened(events, text) -> None:
    assert not any(e.label.startswith("Открытие") for e in of_kind(events(text, _DAY), "Ceremony"))


def test_a_ceremony_after_two_programmes_stays_bare(events) -> None:
    text = (
        "Совместные учения армий Вьетнама и Лаоса стартовали в понедельник во Вьентьяне. "
        "Во вторник в Ханое открылся бизнес-форум Вьетнама и Лаоса. На церемонии открытия "
        "присутствовал министр обороны Лаоса."
    )
    labels = {e.label for e in of_kind(events(text, _DAY), "Ceremony")}
    assert not any(label.startswith("Церемония открытия ") for label in labels)


def test_an_opening_ceremony_of_its_own_thing_keeps_its_name(events) -> None:
    text = (
        "Совместные учения армий Вьетнама и Лаоса стартовали в понедельник во Вьентьяне. "
        "Церемонию открытия нового моста провели министры транспорта Вьетнама и Лаоса."
    )
    labels = {e.label for e in of_kind(events(text, _DAY), "Ceremony")}
    assert not any("учений" in label for label in labels)


def test_a_visit_told_after_the_opening_is_to_the_host(events) -> None:
    text = (
        "Гана открыла посольство в столице Сенегала. Церемония открытия состоялась в пятницу "
        "с участием министра иностранных дел Ганы Кваме Асанте.\n\nВ ходе визита ганский "
        "министр провёл переговоры с премьер-министром Сенегала Усманом Сонко."
    )
    visit = one_of_kind(events(text, _DAY), "Visit")
    assert (visit.label, visit.location) == ("Визит Кваме Асанте в Сенегал", "Дакар")
