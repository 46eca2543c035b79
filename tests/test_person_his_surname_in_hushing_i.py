"""A man's surname in "-и" after a hushing consonant keeps it (fifty-first pass, h-names105;
sentences of our own about Tunisia–Algeria, Japan–Korea, Slovenia–Croatia): the dictionary
guesses a woman's "-а" word's genitive ("Гануша"), but after his oblique first name an
Arabic, Italian or Japanese "-ши"/"-чи" is his own; a woman's, one the persons tables know
in "-а" and a Slavic "-ка" decline as before. One the dictionary reads only as a plural
noun's ("Ковши") is the genitive of a surname in "-а" (h-names106)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction

CASES = [
    ("Кабинет Рашида Сануши подал в отставку, и Тунис обратился к Алжиру.", {"Рашид Сануши"}),
    ("Визит Ахмеда Бендуши в Алжир завершился.", {"Ахмед Бендуши"}),
    ("Правительство Хишама Мадуши поддержало Алжир.", {"Хишам Мадуши"}),
    ("Президент Алжира позвонил Рашиду Дануши.", {"Рашид Дануши"}),
    ("Визит Сигэру Такахаши в Корею завершился.", {"Сигэру Такахаши"}),
    # must-nots: hers, one the persons tables know in "-а", a Slavic "-ка"
    ("Визит Марии Сануши в Алжир завершился.", {"Мария Сануша"}),
    ("Визит Янеза Янши в Хорватию завершился.", {"Янез Янша"}),
    ("Визит Сергея Бубки в Хорватию завершился.", {"Сергей Бубка"}),
    ("Визит Юрия Чайки в Хорватию завершился.", {"Юрий Чайка"}),
    # the dictionary's only reading a plural of a masculine noun in the consonant ("ковш"):
    # the genitive of a surname in "-а", his or hers (fifty-second pass, h-names106;
    # Poland–Lithuania, Slovakia–Czechia)
    ("Визит Александра Ковши в Литву завершился.", {"Александр Ковша"}),
    ("Визит Анны Ковши в Польшу завершился.", {"Анна Ковша"}),
    ("Правительство Петра Калачи поддержало Чехию.", {"Пётр Калача"}),
    # must-not: the nominative stays
    ("Александр Ковша прибыл в Литву.", {"Александр Ковша"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), CASES)
def test_his_surname_in_hushing_i(
    run: Callable[[str], Extraction], text: str, names: set[str]
) -> None:
    assert person_names(run(text)) == names
