"""A first name that shows its case by its ending tells the surname's: the surname is put in
that case's nominative ("о Гансе Радтке", "Каю Нурмику", "о Джоне Смите"), and one whose
own vowel ends it is kept ("Радтке", "Ребелу", "Гросу").
A first name that shows the governing title's case makes the name that title's holder
("с советником президента Ганы Аминой Асанте": the adviser). Sixtieth pass, h-names129;
own sentences about Germany–Austria, Finland–Estonia, Peru–Chile, Nigeria–Ghana and others.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import offices_by_name

from kg.model import Extraction

FORMS = [
    # a German "-ke" keeps its "-е" in the locative and the dative its first name shows
    ("Министр иностранных дел Германии рассказал о Гансе Радтке.", "Гансе Радтке",
     "Ганс Радтке"),
    ("Посол Австрии позвонил Гансу Лемке в понедельник.", "Гансу Лемке", "Ганс Лемке"),
    ("Посол Австрии вспомнил о Фрице Шмидтке на приёме.", "Фрице Шмидтке", "Фриц Шмидтке"),
    ("Посол Австрии встретился с Гансом Радтке в Вене.", "Гансом Радтке", "Ганс Радтке"),
    # a man's surname in a consonant takes "-у" in the dative his first name shows
    ("Президент Финляндии вручил награду Каю Нурмику.", "Каю Нурмику", "Кай Нурмик"),
    ("Премьер-министр Латвии позвонил Тоомасу Пярнику.", "Тоомасу Пярнику", "Тоомас Пярник"),
    ("Президент Финляндии позвонил министру обороны Эстонии Каю Нурмику.", "Каю Нурмику",
     "Кай Нурмик"),
    ("Президент Финляндии принял Кая Нурмика в Хельсинки.", "Кая Нурмика", "Кай Нурмик"),
    ("Президент Финляндии встретился с Каем Нурмиком.", "Каем Нурмиком", "Кай Нурмик"),
    ("Посол Перу рассказал о Хуане Пересе.", "Хуане Пересе", "Хуан Перес"),
    # a short surname the dictionary knows in a consonant
    ("Посол Ирландии рассказал о Джоне Смите.", "Джоне Смите", "Джон Смит"),
    # must not: a surname in "-а" declines; a vowel of the name's own stays
    ("Посол Польши рассказал об Анджее Дуде.", "Анджее Дуде", "Анджей Дуда"),
    ("Посол Украины рассказал о Сергее Бубке.", "Сергее Бубке", "Сергей Бубка"),
    ("Посол Испании позвонил Хуану Ортеге.", "Хуану Ортеге", "Хуан Ортега"),
    ("Посол Германии позвонил Вольфгангу Шойбле.", "Вольфгангу Шойбле", "Вольфганг Шойбле"),
    ("Посол Франции рассказал о Жане Конте.", "Жане Конте", "Жан Конте"),
    ("Посол Бразилии позвонил Жуану Ребелу.", "Жуану Ребелу", "Жуан Ребелу"),
    ("Посол Бразилии позвонил Луишу Машаду.", "Луишу Машаду", "Луиш Машаду"),
    ("Посол Молдавии позвонил Игорю Гросу.", "Игорю Гросу", "Игорь Гросу"),
    ("Посол Кении позвонил Джону Мвангу.", "Джону Мвангу", "Джон Мвангу"),
    ("Посол Уганды позвонил Джону Вамбугу.", "Джону Вамбугу", "Джон Вамбугу"),
    ("Посол Турции позвонил Ахмету Давутоглу.", "Ахмету Давутоглу", "Ахмет Давутоглу"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "read"), FORMS)
def test_surname_in_first_names_case(
    full_name: Callable[[str, str], str], text: str, name: str, read: str
) -> None:
    assert full_name(text, name) == read


OFFICES = [
    # the first name shows the governing title's instrumental: the adviser, the deputy
    ("Премьер-министр Нигерии встретился с советником президента Ганы Аминой Асанте.",
     "Амина Асанте", "советник президента"),
    ("Министр обороны Мали встретился с заместителем министра обороны Сенегала Фатимой Диоп.",
     "Фатима Диоп", "заместитель министра обороны"),
    # must not: a first name in the genitive names the genitive title's holder
    ("Премьер-министр Нигерии встретился с советником президента Ганы Джона Махамы.",
     "Джон Махама", "президент"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "office"), OFFICES)
def test_governor_shown_by_first_name(
    run: Callable[[str], Extraction], text: str, name: str, office: str
) -> None:
    assert offices_by_name(run(text)).get(name) == {office}
