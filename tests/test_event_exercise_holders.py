"""Exercises told with a clause of who holds them ("учения «…», которые Монголия проводит
совместно с армией Китая") are of those states, though the parser hang the clause on the
range before; a site "под X" is X's area, the place of the exercises and of their opening
ceremony; "Учения продлятся до 28 июня" gives their last day. Own sentences about
Mongolia–China, India–France (seventieth pass, h-events267)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, one_of_kind, state_keys

_DAY = "2026-06-13"
_OPENED = (
    "На учебном полигоне «Три озера» под Улан-Батором в субботу открылись ежегодные "
    "многонациональные учения «Степной орёл — 2026», которые Монголия проводит совместно с "
    "Народно-освободительной армией Китая. "
)


def test_exercises_of_the_clause_that_holds_them(events) -> None:
    found = events(_OPENED + "Учения продлятся до 28 июня.", _DAY)
    exercise = one_of_kind(found, "Exercise")
    assert state_keys(exercise) == {"state/MNG", "state/CHN"}
    assert (exercise.date, exercise.end, exercise.location) == (_DAY, "2026-06-28", "Улан-Батор")


def test_the_opening_ceremony_is_where_the_exercises_are(events) -> None:
    text = (
        "В Монголии начались учения «Степной орёл — 2026». "
        + _OPENED
        + "В церемонии открытия приняли участие министры обороны двух стран."
    )
    ceremony = one_of_kind(events(text, _DAY), "Ceremony")
    assert ceremony.location == "Улан-Батор"


# text, the place
NEAR = [
    ("Совместные учения Индии и Франции прошли под Джайпуром.", "Джайпур"),
    ("Совместные учения Индии и Франции прошли под руководством министра обороны Индии.", ""),
]


@pytest.mark.parametrize(("text", "place"), NEAR)
def test_exercises_held_near_a_city(events, text: str, place: str) -> None:
    assert one_of_kind(events(text, _DAY), "Exercise").location == place


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Совместные учения Индии и Франции начались в понедельник. Учения продлятся три дня.",
         ""),
        ("Совместные учения Индии и Франции начались в понедельник. Учения продлятся до 1 июня.",
         ""),  # a day before the first: none
    ],
)  # fmt: skip
def test_no_last_day_without_a_later_day(events, text: str, end: str) -> None:
    assert one_of_kind(events(text, _DAY), "Exercise").end == end


def test_exercises_of_another_year_are_no_news(events) -> None:
    found = events("Монголия и Китай провели учения «Степной орёл» в 2023 году.", _DAY)
    assert [e.date for e in of_kind(found, "Exercise")] == ["2023"]
