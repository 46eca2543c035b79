"""A visit to a region named with its common noun (events100): "прибыл в провинцию X",
"посетил провинции X и Y", "побывал в регионе X", "посетил регион X" are a Visit located at
the region's name in the nominative. Its host is the state the gazetteer places the name in
(as for a city), else the last state the text names before it, in its sentence or the one
before, other than the visitor's own ("находится с визитом в Иране. … прибыл в провинцию
Хузестан": Iran). The noun with no name ("прибыл в регион") goes nowhere, and a trip at home
stays no visit between states (the region's state told by no other is then the visitor's
own). Sentences of our own (Iran–Turkey, Chile–Peru, Canada–Mexico,
Egypt–Turkey).

A region named by its own name, no common noun ("посетил Нахичевань", "прибыл в Аджарию"),
has the state `kg/data/regions.tsv` places it in as its host (fifty-second pass,
h-events142); one of the visitor's own state is a trip at home, and a name the table leaves
out as a person's ("Джорджия Мелони") gives no host (Azerbaijan–Turkey, Georgia–Turkey,
Canada–France, Japan–USA, Indonesia–Australia, Ethiopia–Kenya)."""

from __future__ import annotations

import pytest

# (text, the region visit's location, its host)
REGIONS = [
    ("Премьер-министр Турции Мехмет Йылмаз находится с визитом в Иране. Во вторник он прибыл "
     "в провинцию Хузестан.", "Хузестан", "state/IRN"),
    ("Президент Египта посетил Турцию. Затем он посетил провинцию Каппадокия.", "Каппадокия",
     "state/TUR"),
    ("Президент Египта посетил Турцию. Затем он посетил регион Каппадокия.", "Каппадокия",
     "state/TUR"),
    ("Президент Египта посетил Турцию. Затем он побывал в регионе Каппадокия.", "Каппадокия",
     "state/TUR"),
    ("Президент Чили прибыл в регион Арекипа.", "Арекипа", "state/PER"),
    ("Президент Перу Дина Болуарте прибыла в Чили. В среду она побывала в регионе Атакама.",
     "Атакама", "state/CHL"),
    ("Премьер-министр Мексики прибыл в Канаду. Затем он посетил провинции Альберта и Онтарио.",
     "Альберта", "state/CAN"),
    # by its own name (regions.tsv); the province and the island, not namesake towns of
    # other states that GeoNames has
    ("Президент Турции Реджеп Тайип Эрдоган посетил Нахичевань.", "Нахичевань", "state/AZE"),
    ("Министр иностранных дел Турции прибыл в Аджарию.", "Аджария", "state/GEO"),
    ("Премьер-министр Франции прибыл с визитом в Квебек.", "Квебек", "state/CAN"),
    ("Премьер-министр Японии посетил Калифорнию.", "Калифорния", "state/USA"),
    ("Президент Франции посетил Онтарио.", "Онтарио", "state/CAN"),
    ("Премьер-министр Австралии прибыл на Бали.", "Бали", "state/IDN"),
    ("Президент Кении прибыл с визитом в Тыграй.", "Тыграй", "state/ETH"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "location", "host"), REGIONS)
def test_a_region_visited_is_the_visits_place(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    location: str,
    host: str,
) -> None:
    visits = [e for e in events(text, "2024-05-10") if e.kind == "Visit"]
    assert any(v.location == location and v.host == host for v in visits), visits


@pytest.mark.parametrize(
    "text",
    [
        # must keep: the noun alone names no place; a trip at home is no visit between states
        "Президент Перу прибыл в регион.",
        "Президент Ирана прибыл в провинцию Хузестан.",
        "Президент Ирана посетил провинции Хузестан и Фарс.",
        "Премьер-министр Канады посетил провинцию Альберта.",
        "Президент Азербайджана Ильхам Алиев посетил Нахичевань.",
        "Премьер-министр Канады прибыл в Онтарио.",
        "Президент Эфиопии прибыл в Тыграй.",
    ],
)
def test_no_region_visit(events, text: str) -> None:  # noqa: ANN001
    assert not [e for e in events(text, "2024-05-10") if e.kind == "Visit"]


def test_a_bare_region_noun_keeps_the_trips_place(events) -> None:  # noqa: ANN001
    text = "Президент Перу прибыл в Чили. Затем он прибыл в регион."
    visits = [e for e in events(text, "2024-05-10") if e.kind == "Visit"]
    assert {v.location for v in visits} == {"Чили"}


def test_a_region_name_that_is_a_persons_gives_no_host(events) -> None:  # noqa: ANN001
    # must-not: "Джорджия" is a first name here, not the American state regions.tsv leaves out
    text = "Премьер-министр Канады провёл переговоры с Джорджией Мелони в Риме."
    found = events(text, "2024-05-10")
    assert not [e for e in found if e.host == "state/USA" or "state/USA" in e.participants], found
