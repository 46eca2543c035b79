"""A name's case from its place, where the tagger's reading of a first name in "-а" or "-е"
misleads (sixty-fifth pass, h-names146; own sentences about Georgia–Armenia,
Poland–Lithuania, Hungary–Slovakia and others):

- a first name in "-а" that is a name's nominative as well as another's genitive ("Ника",
  also Ник's), apposed to a nominative title after its state's name, is in the nominative:
  the title's case; after a genitive or instrumental title the name takes that case, and a
  title in an oblique case between names that title's holder;
- a later name of a list under one preposition stands in the first's case ("о Матеуше
  Моравецком и Анджее Дуде": Анджей, not "Анджеа");
- a man's Russian or Polish surname in his locative or instrumental ("Сикорском") makes the
  first name before it his, no woman's ("Радослава").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

APPOSED = [
    ("Как сообщил председатель комитета по обороне парламента Грузии Ника Гелашвили, "
     "учения пройдут в марте.", "Ника Гелашвили", "Ника Гелашвили"),
    ("Документ подписал министр иностранных дел Грузии Ника Квирикашвили.",
     "Ника Квирикашвили", "Ника Квирикашвили"),
    ("В Ереван прибыл министр финансов Грузии Ника Кацарава.", "Ника Кацарава",
     "Ника Кацарава"),
    ("Как заявил посол Грузии в Армении Ника Беридзе, визит готовится.", "Ника Беридзе",
     "Ника Беридзе"),
    ("Как сообщил лидер партии «Лело» Ника Гварамия, решение принято.", "Ника Гварамия",
     "Ника Гварамия"),
]  # fmt: skip

APPOSED_NOT = [
    # a genitive title: the name is in its case
    ("Визит министра обороны Грузии Ника Беридзе в Ереван завершился.", "Ника Беридзе",
     "Ник Беридзе"),
    ("Премьер-министр Армении принял министра иностранных дел Грузии Ника Беридзе.",
     "Ника Беридзе", "Ник Беридзе"),
    # the minister between: his name, in the genitive
    ("Как сообщил пресс-секретарь министра обороны Грузии Ника Беридзе, визит готовится.",
     "Ника Беридзе", "Ник Беридзе"),
    # a title right before: its holder's possessor
    ("Как сообщил советник Ника Беридзе, визит готовится.", "Ника Беридзе", "Ник Беридзе"),
    # an instrumental title: the first name shows it
    ("Армянский министр встретился с министром обороны Грузии Никой Беридзе.", "Никой Беридзе",
     "Ника Беридзе"),
    ("Визит Ивана Петрова в Минск завершился.", "Ивана Петрова", "Иван Петров"),
]  # fmt: skip

LISTED = [
    ("Президент Литвы рассказал журналистам о Матеуше Моравецком и Анджее Дуде.",
     "Анджее Дуде", "Анджей Дуда"),
    ("Посол Венгрии говорил о Викторе Орбане и Петере Сийярто.", "Петере Сийярто",
     "Петер Сийярто"),
    ("Посол Чехии говорил о Петре Павеле и Петере Пеллегрини.", "Петере Пеллегрини",
     "Петер Пеллегрини"),
    ("Посол Венгрии говорил о Викторе Орбане, Петере Сийярто и Каталин Новак.",
     "Петере Сийярто", "Петер Сийярто"),
    # his locative surname: no woman's "Радослава"
    ("Посол Литвы говорил о Дональде Туске и Радославе Сикорском.", "Радославе Сикорском",
     "Радослав Сикорский"),
    ("Посол Литвы говорил о Радославе Сикорском.", "Радославе Сикорском",
     "Радослав Сикорский"),
]  # fmt: skip

LISTED_NOT = [
    ("Посол Литвы встретился с Матеушем Моравецким и Анджеем Дудой.", "Анджеем Дудой",
     "Анджей Дуда"),
    ("Посол Литвы позвонил Матеушу Моравецкому и Анджею Дуде.", "Анджею Дуде", "Анджей Дуда"),
    ("Визит Матеуша Моравецкого и Анджея Дуды завершился.", "Анджея Дуды", "Анджей Дуда"),
    ("Посол Словакии говорил о Роберте Фицо и Зузане Чапутовой.", "Зузане Чапутовой",
     "Зузана Чапутова"),
    # a woman's first name before a surname a man's would decline
    ("Посол Латвии говорил о Кае Тамм.", "Кае Тамм", "Кая Тамм"),
    ("Посол Латвии встретился с Каей Тамм.", "Каей Тамм", "Кая Тамм"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "read"), APPOSED + LISTED)
def test_case_told_by_place(
    full_name: Callable[[str, str], str], text: str, name: str, read: str
) -> None:
    assert full_name(text, name) == read


@pytest.mark.parametrize(("text", "name", "read"), APPOSED_NOT + LISTED_NOT)
def test_case_kept(full_name: Callable[[str, str], str], text: str, name: str, read: str) -> None:
    assert full_name(text, name) == read
