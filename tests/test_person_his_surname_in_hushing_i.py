"""A man's surname in "-и" after a hushing consonant keeps it (fifty-first pass, h-names105;
sentences of our own about Tunisia–Algeria, Japan–Korea, Slovenia–Croatia): the dictionary
guesses a woman's "-а" word's genitive ("Гануша"), but after his oblique first name an
Arabic, Italian or Japanese "-ши"/"-чи" is his own; a woman's, one the persons tables know
in "-а" and a Slavic "-ка" decline as before."""

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
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), CASES)
def test_his_surname_in_hushing_i(
    run: Callable[[str], Extraction], text: str, names: set[str]
) -> None:
    assert person_names(run(text)) == names
