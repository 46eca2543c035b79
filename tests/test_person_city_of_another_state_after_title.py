"""A capital or city of another state right after an office title of a state (fifty-fourth
pass, h-names112; sentences of our own about Germany–Italy, Italy–Spain, France–the USA,
Japan–Portugal): the place a verb of visiting with no object of its own takes ("посетил",
"покинул"), no person, though the parse apposes it to the title. Must-nots: a first name
as written ("Виктория"), a full name, and the word before a verb of another kind, a
surname though it is also a city or a capital ("Сантос", a city of Brazil; "Сана")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import mention_persons, offices_by_name

from kg.model import Extraction

# sentence → the place right after the title, which names no person
PLACES = {
    "Канцлер Германии Турин покинул утром.": "Турин",
    "Премьер-министр Италии Мадрид посетил в мае.": "Мадрид",
    "Президент Франции Бостон посетил впервые.": "Бостон",
    "Премьер-министр Японии Лиссабон покинул вечером.": "Лиссабон",
}


@pytest.mark.parametrize("text", PLACES)
def test_other_states_city_after_title(run: Callable[[str], Extraction], text: str) -> None:
    assert PLACES[text] not in mention_persons(run(text))


# must-nots: sentence → the text's holdings by person name ("office state key")
HOLDERS = {
    "Президент Колумбии Сантос заявил о реформе.": {"Сантос": {"президент state/COL"}},
    "Министр обороны Гвинеи Сана заявил о реформе.": {"Сана": {"министр обороны state/GIN"}},
    "Министр культуры Италии Виктория покинула утром.": {
        "Виктория": {"министр культуры state/ITA"}
    },
    "Премьер-министр Канады Виктория Лопес прибыла в Париж.": {
        "Виктория Лопес": {"премьер-министр state/CAN"}
    },
    "Президент Бразилии Лула прибыл в Париж.": {
        "Луис Инасиу Лула да Силва": {"президент state/BRA"}
    },
}


@pytest.mark.parametrize("text", HOLDERS)
def test_surname_that_is_a_city_stays(run: Callable[[str], Extraction], text: str) -> None:
    assert offices_by_name(run(text), with_state=True) == HOLDERS[text]
