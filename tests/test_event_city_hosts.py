"""The host of a visit to a city that is no capital: the state cities.tsv places it in
("прибыл в Осаку": Japan), the place the city in the nominative. Not a city in an
organization's name, nor one of the visitor's own state. Sentences of our own."""

from __future__ import annotations

import pytest

VISIT_KINDS = {"Visit", "WorkingVisit", "OfficialVisit", "StateVisit"}

# (text, the visit's host, its place)
VISITS = [
    ("Премьер-министр Индии Нарендра Моди прибыл в Осаку с официальным визитом.", "state/JPN",
     "Осака"),
    ("Президент Аргентины Хавьер Милей посетил Барселону.", "state/ESP", "Барселона"),
    ("Министр иностранных дел Вьетнама прибыл в Киото с рабочим визитом.", "state/JPN", "Киото"),
    ("Канцлер Германии прилетел в Нью-Йорк с визитом.", "state/USA", "Нью-Йорк"),
    ("Делегация Чили прибыла в Милан для переговоров.", "state/ITA", "Милан"),
    # cities GeoNames places, which NEREL never named
    ("Премьер-министр Греции прибыл в Мюнхен с рабочим визитом.", "state/DEU", "Мюнхен"),
    ("Президент Египта Абдель Фаттах ас-Сиси прибыл в Сочи с визитом.", "state/RUS", "Сочи"),
    ("Президент Бразилии Луис Инасиу Лула да Силва посетил Шанхай.", "state/CHN", "Шанхай"),
    ("Премьер-министр Австралии прибыл в Осаку с визитом.", "state/JPN", "Осака"),
    # must not: a city with no region noun before it keeps its host ("на остров Себу" below)
    ("Президент Малайзии прибыл в Себу с визитом.", "state/PHL", "Себу"),
    ("Министр иностранных дел Гватемалы прибыл в Веракрус с визитом.", "state/MEX", "Веракрус"),
    # must not: the city one comes back to is no place of the visit abroad
    ("Президент Франции Эмманюэль Макрон вернулся в Ниццу после визита в Марокко.", "state/MAR",
     "Марокко"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "host", "place"), VISITS)
def test_a_city_gives_the_host_of_a_visit(events, text: str, host: str, place: str) -> None:
    visits = [e for e in events(text) if e.kind in VISIT_KINDS]
    assert [(v.host, v.location) for v in visits] == [(host, place)]


# must not: a city in an organization's name is no place ("мэрия Милана", a club's name), and
# a trip to a city of one's own state is no visit with that state its host
NO_HOST = [
    ("Министр иностранных дел Бразилии посетил мэрию Милана.", "state/ITA"),
    ("Президент Аргентины посетил матч клуба «Зенит» Санкт-Петербург.", "state/RUS"),
    ("Премьер-министр Японии Сигэру Исиба прибыл в Осаку с визитом.", "state/JPN"),
    ("Президент Египта прибыл в Александрию с визитом.", "state/EGY"),
    ("Канцлер Германии Фридрих Мерц прибыл в Мюнхен с визитом.", "state/DEU"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "state"), NO_HOST)
def test_no_host_from_a_city_in_a_name_or_at_home(events, text: str, state: str) -> None:
    assert not [e for e in events(text) if e.kind in VISIT_KINDS and e.host == state]


# must not: talks one side travels to a city for are held there, not with the city's state
# (as they are with the state whose capital it is)
TALKS_IN_A_CITY = [
    ("Делегация Ирана прибыла в Женеву для переговоров по ядерной программе.", "state/CHE"),
    ("Делегация Чили прибыла в Милан для переговоров.", "state/ITA"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "state"), TALKS_IN_A_CITY)
def test_talks_in_a_city_are_not_with_its_state(events, text: str, state: str) -> None:
    assert not [e for e in events(text) if e.kind == "Talks" and state in e.participants]


# must not: a city whose name two states' cities share ("Окленд": Auckland and Oakland,
# "Ричмонд"), or one states dispute, gives a visit no host
NAME_OF_TWO = [
    "Премьер-министр Японии прибыл в Окленд с визитом.",
    "Министр иностранных дел Индии прибыл в Ричмонд с визитом.",
    "Министр обороны Литвы прибыл в Донецк с визитом.",
]


@pytest.mark.parametrize("text", NAME_OF_TWO)
def test_a_city_two_states_have_or_dispute_gives_no_host(events, text: str) -> None:
    assert not [e.host for e in events(text) if e.kind in VISIT_KINDS and e.host]


# must not: a GeoNames town of one state named like another state's island or province
# ("Бали": a town of India; "Онтарио": one of California) gives a visit no host; nor does a
# table city named after "остров", "штат", "провинция" (a region's name, whatever city shares
# it: the host then only from a table of regions)
NAMESAKES_OF_REGIONS = [
    ("Премьер-министр Малайзии прибыл на Бали с визитом.", "state/IND"),
    ("Премьер-министр Индии прибыл в Онтарио с визитом.", "state/USA"),
    ("Король Марокко прибыл на Канарские острова с визитом.", "state/MAR"),
    ("Президент Индонезии прибыл на остров Себу с визитом.", "state/PHL"),
    ("Министр иностранных дел Гватемалы прибыл в штат Веракрус с визитом.", "state/MEX"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "state"), NAMESAKES_OF_REGIONS)
def test_a_region_or_its_namesake_town_gives_no_host(events, text: str, state: str) -> None:
    assert not [e for e in events(text) if e.kind in VISIT_KINDS and e.host == state]
