"""A South Slavic man's "-ич" surname after an undeclined first name in "-о" declines in the
locative as in every other case ("о Марко Джуриче" → Джурич, not a Spanish "-ика"'s
"Джурича"); a capitalised "son of" ("Бен", "Бин") inside an Arabic name keeps one name
("Ахмедом Бен Салемом" → one man, not "Ахмед" and "Бен Салем"). Sixty-first pass,
h-names135; own sentences about Austria–Montenegro, Greece–Montenegro, Italy–Croatia,
Algeria–Morocco, Egypt–Libya, Tunisia–UAE.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction

FORMS = [
    # the locative's "-е" on a man's "-ич" after a locative preposition or title
    ("Глава МИД Австрии говорил о Марко Джуриче.", "Марко Джуриче", "Марко Джурич"),
    ("Министр Греции говорил о премьере Черногории Данило Караджиче.", "Данило Караджиче",
     "Данило Караджич"),
    ("Посол Италии рассказал о Бранко Бркиче.", "Бранко Бркиче", "Бранко Бркич"),
    ("Посол Италии рассказал об Иво Бркиче.", "Иво Бркиче", "Иво Бркич"),
    # other cases, already read
    ("Премьер Хорватии встретился с Марко Джуричем.", "Марко Джуричем", "Марко Джурич"),
    ("Президент Словении позвонил Данило Караджичу.", "Данило Караджичу", "Данило Караджич"),
    ("Визит министра Черногории Марко Джурича завершился.", "Марко Джурича", "Марко Джурич"),
    # must not: a Spanish "-ика", an Italian "-и", a woman's "-ич", a nominative
    ("Посол Уругвая рассказал о Хосе Мухике.", "Хосе Мухике", "Хосе Мухика"),
    ("Министр Италии говорил о Марко Дзанни.", "Марко Дзанни", "Марко Дзанни"),
    ("Министр Италии встретился с Аной Брнабич.", "Аной Брнабич", "Ана Брнабич"),
    ("Марко Джурич прибыл в Загреб.", "Марко Джурич", "Марко Джурич"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "read"), FORMS)
def test_slavic_ich_surname_declines(
    full_name: Callable[[str, str], str], text: str, name: str, read: str
) -> None:
    assert full_name(text, name) == read


NASAB = [
    ("Делегация Алжира во главе с министром торговли Марокко Ахмедом Бен Салемом прибыла "
     "в Рабат.", {"Ахмед Бен Салем"}),
    # already read: a capitalised "Бин" after a dative
    ("Президент Туниса позвонил Мухаммеду Бин Заиду.", {"Мухаммед Бин Заид"}),
    # must not: a lowercase "бен" as before; "Бен Салем" alone after a title; a Western
    # "Бен", opening the name or after another's surname
    ("Министр Египта встретился с министром Ливии Ахмедом бен Салемом.", {"Ахмед бен Салем"}),
    ("Министр Египта встретился с министром Ливии Бен Салемом.", {"Бен Салем"}),
    ("Министр Египта встретился с актером Беном Аффлеком.", {"Бен Аффлек"}),
    ("Советник Обамы Бен Родс прибыл в Каир.", {"Барак Обама", "Бен Родс"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), NASAB)
def test_capital_nasab_keeps_one_name(
    run: Callable[[str], Extraction], text: str, names: set[str]
) -> None:
    assert person_names(run(text)) == names
