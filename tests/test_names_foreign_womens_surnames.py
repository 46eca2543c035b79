"""A foreign woman's surname that never declines tells her name's case and sex (sixty-fifth
pass, h-names147; own sentences about Slovakia, Serbia, Montenegro, Lithuania and others):

- a first name in "-а" no list holds ("Мартина", read as Мартин's genitive) before a surname
  in a consonant, apposed to a nominative title, is hers in the nominative: his genitive
  would decline the surname ("Мартина Кралика");
- a Balkan surname in "-ович"/"-евич" after a woman's first name, or after a man's one in an
  oblique case ("Ивана Радович": his would be "Радовича"), is her surname, no patronymic;
- a Lithuanian woman's surname in "-ите"/"-айте"/"-юте"/"-ене" keeps its "-е" after her
  first name in the locative ("об Ингриде Шимоните").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

HERS = [
    ("Как сообщил министр финансов Словакии Мартина Кралик, Братислава выделит средства.",
     "Мартина Кралик", "Мартина Кралик"),
    ("Министр экономики Чехии Андрея Бабиш провёл встречу с коллегой из Австрии.",
     "Андрея Бабиш", "Андрея Бабиш"),
    # "-ович" after her first name: her surname
    ("Министр иностранных дел Сербии Ивана Радович провёл переговоры в Будапеште.",
     "Ивана Радович", "Ивана Радович"),
    ("Как сообщил министр юстиции Черногории Кира Бошнякович, закон принят.",
     "Кира Бошнякович", "Кира Бошнякович"),
    ("Как сообщил министр финансов Хорватии Мартина Вукович, бюджет принят.",
     "Мартина Вукович", "Мартина Вукович"),
    ("Посол Сербии встретился с Кирой Бошнякович.", "Кирой Бошнякович", "Кира Бошнякович"),
    ("Посол Хорватии рассказал об Ивете Радичевич.", "Ивете Радичевич", "Ивета Радичевич"),
    ("Визит Киры Бошнякович в Белград завершился.", "Киры Бошнякович", "Кира Бошнякович"),
    # a Lithuanian woman's surname keeps its "-е"
    ("Премьер-министр Латвии рассказал об Ингриде Шимоните.", "Ингриде Шимоните",
     "Ингрида Шимоните"),
    ("Посол Польши говорил о Рите Жемайтите и Ингриде Шимоните.", "Рите Жемайтите",
     "Рита Жемайтите"),
    ("Президент Эстонии рассказал о Дайне Блинкявичюте.", "Дайне Блинкявичюте",
     "Дайна Блинкявичюте"),
    ("Посол Литвы позвонил Аушре Мальдейкене.", "Аушре Мальдейкене", "Аушра Мальдейкене"),
]  # fmt: skip

KEPT = [
    # his genitive declines the surname
    ("Визит министра финансов Словакии Мартина Кралика в Прагу завершился.",
     "Мартина Кралика", "Мартин Кралик"),
    # his patronymic after his first name: no surname
    ("Владимир Владимирович ответил на вопросы журналистов.", "Владимир Владимирович",
     "Владимир "),
    # his locative: his first name tells
    ("Посол Литвы рассказал о Джоне Смите.", "Джоне Смите", "Джон Смит"),
    ("Посол Литвы рассказал о Джоне Голдсмите.", "Джоне Голдсмите", "Джон Голдсмит"),
    ("Министр обороны Литвы Ингрида Шимоните заявила о помощи Польше.", "Ингрида Шимоните",
     "Ингрида Шимоните"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "read"), HERS)
def test_her_undeclined_surname(
    full_name: Callable[[str, str], str], text: str, name: str, read: str
) -> None:
    assert full_name(text, name) == read


@pytest.mark.parametrize(("text", "name", "read"), KEPT)
def test_reading_kept(
    full_name: Callable[[str, str], str], text: str, name: str, read: str
) -> None:
    assert full_name(text, name) == read
