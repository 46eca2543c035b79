"""A surname alone right after an office title of a state (fifty-third pass, h-names109;
sentences of our own about Senegal–Gambia, Ghana–Togo, the UK–France, Qatar–Oman,
Lithuania–Poland, Kenya–Uganda): the word is the holder's surname in any case, whatever
else the dictionary reads it as ("Фай", a fabric; "Дуда", a pipe), with that office and
state, and in its nominative ("Дуде" → "Дуда"). Must-nots: a full name stays whole, a state
after the title is no name, and a city or capital of the title's own state is the place
the sentence sends the holder to."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import mention_persons, offices_by_name

from kg.model import Extraction

# sentence → the text's holdings by person name ("office state key")
HOLDERS = {
    "Президент Сенегала Фай прибыл в Банжул.": {"Фай": {"президент state/SEN"}},
    "Визит президента Ганы Фая в Ломе завершился.": {"Фай": {"президент state/GHA"}},
    "Премьер-министр Великобритании Фай встретился с мэром Парижа.": {
        "Фай": {"премьер-министр state/GBR"}
    },
    "Министр иностранных дел Катара провёл переговоры с министром иностранных дел Омана Фаем.": {
        "Фай": {"министр иностранных дел state/OMN"}
    },
    "Президент Литвы позвонил президенту Польши Дуде.": {"Дуда": {"президент state/POL"}},
    "Премьер Латвии принял президента Польши Дуду в Риге.": {"Дуда": {"президент state/POL"}},
    # must-nots: a full name stays whole; a state after the title is no one
    "Президент Ганы Джон Фай прибыл в Ломе.": {"Джон Фай": {"президент state/GHA"}},
    "Президент Кении Уганду не посетил.": {},
}


@pytest.mark.parametrize("text", HOLDERS)
def test_surname_after_state_title(run: Callable[[str], Extraction], text: str) -> None:
    assert offices_by_name(run(text), with_state=True) == HOLDERS[text]


# a city or capital of the title's own state right after it: the place, no person
OWN_PLACES = {
    "Президент Кении Найроби покинул утром.": "Найроби",
    "Президент Франции Ниццу посетил в мае.": "Ниццу",
    "Премьер-министр Великобритании Манчестер посетил в мае.": "Манчестер",
    "Президент Кении Момбасу посетил в мае.": "Момбасу",
}


@pytest.mark.parametrize("text", OWN_PLACES)
def test_own_city_after_state_title(run: Callable[[str], Extraction], text: str) -> None:
    assert OWN_PLACES[text] not in mention_persons(run(text))


def test_other_states_capital_stays_surname(run: Callable[[str], Extraction]) -> None:
    """Another state's capital may be the holder's surname: "Сану" (Yemen's "Сана")."""
    text = "Министр обороны Гвинеи Сану заявил, что Конакри поддержит Дакар."
    assert offices_by_name(run(text), with_state=True) == {"Сану": {"министр обороны state/GIN"}}
