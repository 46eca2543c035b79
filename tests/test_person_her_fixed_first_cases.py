"""A Malay or Indonesian woman's name after a title in an oblique case ("Сити", "Деви": her
first name never declines, so it shows no case): the surname's "-е" or "-у" is the case's
ending of a name in "-а" where the word that governs the title asks for that case too (a
dative verb's indirect object, a verb's direct object), and the first name stays as
written in the genitive ("Сити Рахмы" is no "Ситя"). A first name the dictionary reads as
a man's in another case than the tagger's only ("Халиме": Халим's locative) is a woman's
in the title's case, her undeclined surname after it one name with it. Own sentences about
Indonesia–Australia, Indonesia–Japan, Malaysia–Thailand, Singapore–France.
Must-nots: a nominative title, a word the dictionary knows as another noun's form ("Пане"),
an undeclined man's name, Russian and European names, East-Asian syllables, two persons
side by side ("С Ираклием Марина")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "name", "not_name"),
    [
        # a dative verb's indirect object, then a verb's direct object
        ("Премьер-министр Австралии позвонил министру иностранных дел Индонезии Сити Рахме.",
         "Сити Рахма", "Сити Рахме"),
        ("Премьер-министр Австралии поздравил министра иностранных дел Индонезии Сити Рахму.",
         "Сити Рахма", "Сити Рахму"),
        ("Премьер-министр Японии позвонил министру финансов Индонезии Деви Картике.",
         "Деви Картика", "Деви Картике"),
        ("Премьер-министр Таиланда позвонил министру туризма Малайзии Сити Нурхализе.",
         "Сити Нурхализа", "Сити Нурхализе"),
        ("Премьер-министр Таиланда поздравил министра туризма Малайзии Деви Сукарну.",
         "Деви Сукарна", "Деви Сукарну"),
        # the genitive: the first name stays as written
        ("Визит министра финансов Индонезии Деви Картики в Японию завершился.",
         "Деви Картика", "Дева Картика"),
        ("Визит министра иностранных дел Индонезии Сити Рахмы в Австралию завершился.",
         "Сити Рахма", "Ситя Рахма"),
        # one woman's name, though its first word reads as a man's locative or dative
        ("Президент Франции позвонил президенту Сингапура Халиме Якоб.", "Халима Якоб", "Якоб"),
        ("Президент Франции поздравил президента Сингапура Халиму Якоб.", "Халима Якоб",
         "Якоб"),
        # must-nots: a nominative title keeps the name as written
        ("Министр иностранных дел Индонезии Сити Рахма посетила Австралию.", "Сити Рахма",
         "Сити Рахм"),
        # a known noun's form ("пан"), no name in "-а"
        ("Премьер-министр Австралии позвонил министру торговли Индонезии Сити Пане.",
         "Сити Пане", "Сити Пана"),
        # a man's first name that never declines, his own "-у"
        ("Президент Франции поздравил президента Ганы Кваме Тинубу.", "Кваме Тинубу",
         "Кваме Тинуба"),
        # Russian and European names
        ("Президент Франции позвонил канцлеру Германии Олафу Шольцу.", "Олаф Шольц",
         "Олафу Шольцу"),
        ("Президент Франции встретился с канцлером Германии Олафом Шольцем.", "Олаф Шольц",
         "Олафом Шольцем"),
        ("Премьер-министр Японии поздравил министра финансов Сербии Синиша Мали.",
         "Синиша Мали", "Синиша Маль"),
        # East-Asian syllables: a nominative's own "-у", an instrumental's ending
        ("Президент Франции поздравил премьер-министра Республики Корея Хан Дук Су.",
         "Хан Дук Су", "Хан Дук С"),
        ("Президент Франции позвонил премьер-министру Республики Корея Хан Дук Су.",
         "Хан Дук Су", "Хан Дук С"),
        ("Министр Японии провёл переговоры с министром иностранных дел Республики Корея "
         "Чо Хёном.", "Чо Хён", "Чо Хёном"),
        ("Премьер Таиланда встретился с президентом Вьетнама Лыонгом Кыонгом.", "Лыонг Кыонг",
         "Лыонгом Кыонгом"),
    ],
)  # fmt: skip
def test_name(run: Callable[[str], Extraction], text: str, name: str, not_name: str) -> None:
    names = person_names(run(text))
    assert name in names
    assert not_name not in names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # must-nots: a man's name in an oblique case, then a woman's: two persons
        ("С Ираклием Марина познакомилась в Тбилиси.", {"Ираклий", "Марина"}),
        ("Брат Гонсалеса Майкл приехал в Мадрид.", {"Гонсалес", "Майкл"}),
    ],
)
def test_two_persons(run: Callable[[str], Extraction], text: str, names: set[str]) -> None:
    assert names <= person_names(run(text))
