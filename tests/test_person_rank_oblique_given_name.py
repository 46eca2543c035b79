"""A ruler's rank and a given name in an oblique case (fifty-third pass, h-names109;
sentences of our own about Qatar–Oman, Kuwait–Bahrain, the UAE–Oman): her rank in a form
no singular of his takes ("Шейхи", "шейхой") before her name, and his rank's oblique
form before his name the parse hangs on it, name the person as the nominative pair does
("Шейха Джавза" → "Джавза", "Султан Фарук" → "Фарук"), whatever else the dictionary reads
the name as ("фарука", a common noun). Must-nots: a rank alone names no one, his rank's plural
before names in the nominative reads them as they are, a man's dative after "шейху"
stays his, a city after his rank ("Эмира Дубая") is no name."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import mention_persons

from kg.model import Extraction

# sentence → each person mention → its person's name
RANKED = {
    "Визит Шейхи Лулвы в Доху прошёл успешно.": {"Лулвы": "Лулва"},
    "Визит шейхи Джавзы в Манаму завершился.": {"Джавзы": "Джавза"},
    "Переговоры с шейхой Лулвой прошли в Маскате.": {"Лулвой": "Лулва"},
    "Встреча с Шейхой Джавзой состоялась в Манаме.": {"Джавзой": "Джавза"},
    "Султана Фарука приняла королева Бахрейна.": {"Фарука": "Фарук"},
    "Визит султана Фарука в Доху завершился.": {"Фарука": "Фарук"},
    # must-nots: a rank alone; his rank's plural before nominatives; his dative
    "Визит шейха в Доху завершился.": {},
    "Шейхи Али и Сакр прибыли в Доху.": {"Али": "Али", "Сакр": "Сакр"},
    "Власть в Абу-Даби передали шейху Мансуру.": {"Мансуру": "Мансур"},
    # his rank's land in the genitive is no name
    "Визит Эмира Дубая в Доху завершился.": {},
}


@pytest.mark.parametrize("text", RANKED)
def test_rank_and_oblique_given_name(run: Callable[[str], Extraction], text: str) -> None:
    assert mention_persons(run(text)) == RANKED[text]
