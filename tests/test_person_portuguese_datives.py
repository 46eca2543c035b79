"""Portuguese first names in "-у" in an oblique case (fiftieth pass, h-names102; sentences
of our own about Brazil–Angola, Portugal–Mozambique): a first name in a consonant, "-р" and
"-у" the dictionary does not know ("Педру") is written so in every case, not "Педр"; a
surname's own "-у" after a Portuguese first name in the dative stays (h-names103; about
Angola–Portugal, Brazil–Mozambique, France–Belgium): "Жуану Лоуренсу" is Жуан Лоуренсу."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction

CASES = [
    # the surname after a first name that shows no case stays as written ("Жоау Гомешу")
    ("Президент Анголы позвонил Педру Мендешу.", {"Педру Мендешу"}),
    ("Министр Мозамбика позвонил Алешандру Нунешу.", {"Алешандру Нунешу"}),
    # must-nots: the other cases keep the first name, a dictionary first name declines
    ("Визит Педру Мендеша в Анголу завершился.", {"Педру Мендеш"}),
    ("Министр Португалии встретился с Педру Нунешем.", {"Педру Нунеш"}),
    ("Президент Мозамбика позвонил Петру Порошенко.", {"Пётр Порошенко"}),
    ("Вчера Педру Мендеш прибыл в Анголу.", {"Педру Мендеш"}),
    # a Portuguese surname's own "-у" after a Portuguese first name in the dative (h-names103)
    ("Президент Анголы позвонил Жуану Лоуренсу.", {"Жуан Лоуренсу"}),
    ("Министр Мозамбика позвонил Луишу Афонсу.", {"Луиш Афонсу"}),
    ("Министр Бразилии позвонил Жуану Машаду в Мозамбик.", {"Жуан Машаду"}),
    # must-nots: an English first name's surname, a Spanish stem's "-су" decline; the other
    # cases keep the surname as written; a Slavic "-ук" after a Czech first name declines
    ("Премьер Бельгии позвонил Роберту Лоуренсу.", {"Роберт Лоуренс"}),
    ("Президент Португалии позвонил Жуану Маркесу.", {"Жуан Маркес"}),
    ("Министр Франции встретился с Жуаном Лоуренсу.", {"Жуан Лоуренсу"}),
    ("Визит Жуана Лоуренсу в Португалию завершился.", {"Жуан Лоуренсу"}),
    ("Посол Бельгии позвонил Томашу Ковальчуку.", {"Томаш Ковальчук"}),
    # a "-дру" first name shows no case: a dative place tells the surname's (h-names103)
    ("Президент Португалии позвонил Педру Кабралу.", {"Педру Кабрал"}),
    ("Министр Анголы позвонил Алешандру Кабралу.", {"Алешандру Кабрал"}),
    # an own "-у" after a Portuguese stem stays (was "Машада"); must-not: an object's "-у"
    # is the accusative's
    ("Президент Мозамбика позвонил Педру Машаду.", {"Педру Машаду"}),
    ("Министр Бразилии принял Педру Кабралу.", {"Педру Кабрала"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), CASES)
def test_portuguese_datives(run: Callable[[str], Extraction], text: str, names: set[str]) -> None:
    assert person_names(run(text)) == names


AFTER_PLACED_TITLES = [
    # a title and the place it serves in before the verb: the parse makes the dative a second
    # subject, which read as an object gave "Жуана" (fifty-first pass, h-names104)
    ("Посол Бразилии в Мозамбике позвонил Жуану Машаду.", {"Жуан Машаду"}),
    ("Посол Португалии в Анголе позвонил Жуану Кардозу.", {"Жуан Кардозу"}),
    ("Посол Анголы в Португалии позвонил Жуану Маркесу.", {"Жуан Маркес"}),
    # must-nots: a direct object stays the accusative's; an English first name's surname
    # declines as before
    ("Посол Бразилии в Мозамбике принял Жуану Машаду.", {"Жуана Машаду"}),
    ("Посол Франции в Сенегале позвонил Роберту Лоуренсу.", {"Роберт Лоуренс"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), AFTER_PLACED_TITLES)
def test_dative_after_placed_title(
    run: Callable[[str], Extraction], text: str, names: set[str]
) -> None:
    assert person_names(run(text)) == names
