"""Titles before East-Asian and regional heads' names, and a parliament's chair by its
acronym (seventy-second pass, h-names162; own sentences about Vietnam–Laos, Vietnam–Cuba,
China–Indonesia, Turkey–Azerbaijan, Uzbekistan–Korea, Paraguay–Brazil).

- A Vietnamese woman's name ("Тхи") declines in no case: after a genitive title that is a
  thing's complement or a verb's object, she holds the title ("визит вице-президента
  Вьетнама Во Тхи Ань Суан"). Not after a being's noun ("Дочь министра …").
- "председатель ВСНП X", "председатель Всекитайского собрания народных представителей X":
  the chair of a known parliament of one state holds that state's post (the body's words
  in the office); a member stays the body's, a party's chair the party's.
- "Хоким Самарканда X" opening a sentence: the title's noun declines ("хокима"), so the
  dictionary's guess of an indeclinable surname does not make it a genitive.
- "поздравил Сантьяго Пенью", "позвонил Сантьяго Пенье": after a Spanish first name, the
  accusative "-ью" and the dative "-ье" of a surname in "-ья".
"""

from __future__ import annotations

import pytest
from fact_reads import offices_by_name

DATE = "2026-12-07"

HELD = [
    # a Vietnamese woman's name after a genitive title
    ("Визит вице-президента Вьетнама Во Тхи Ань Суан в Лаос завершился.",
     "Во Тхи Ань Суан", {"вице-президент state/VNM"}),
    ("Президент Кубы принял вице-президента Вьетнама Во Тхи Ань Суан.",
     "Во Тхи Ань Суан", {"вице-президент state/VNM"}),
    ("Программа визита министра иностранных дел Вьетнама Нгуен Тхи Бинь в Лаос утверждена.",
     "Нгуен Тхи Бинь", {"министр иностранных дел state/VNM"}),
    ("По приглашению министра труда Вьетнама Дао Нгок Зунг делегация Лаоса прибыла в Ханой.",
     "Дао Нгок Зунг", set()),  # must not: a man's name left undeclined is no sign
    ("Дочь министра торговли Вьетнама Нгуен Тхи Ким Нган приехала в Лаос.",
     "Нгуен Тхи Ким Нган", set()),  # must not: a being's complement names its own holder
    # a known parliament's chair by its acronym or full name
    ("Президент Индонезии встретился с председателем ВСНП Чжао Лэцзи.",
     "Чжао Лэцзи", {"председатель ВСНП state/CHN"}),
    ("Председатель Всекитайского собрания народных представителей Чжао Лэцзи посетил Индонезию.",
     "Чжао Лэцзи", {"председатель Всекитайского собрания народных представителей state/CHN"}),
    ("Председатель ВНСТ Нуман Куртулмуш посетил Азербайджан.",
     "Нуман Куртулмуш", {"председатель ВНСТ state/TUR"}),
    # must not: a member, a party's chair, a parliament of several states
    ("Член ВСНП Ли Мин посетил Индонезию.", "Ли Мин", {"член org/national-peoples-congress"}),
    ("Председатель ЛДПР Леонид Слуцкий посетил Китай.", "Леонид Слуцкий",
     {"председатель org/Q212115"}),
    ("Председатель Европарламента Роберта Мецола посетила Китай.", "Роберта Мецола",
     {"председатель org/european-parliament"}),
    # a regional head's title opening a sentence
    ("Хоким Самарканда Эркинжон Турдимов встретился с делегацией Китая.",
     "Эркинжон Турдимов", {"хоким state/UZB"}),
    ("Хоким Ферганы Хайрулло Бозоров посетил Китай.", "Хайрулло Бозоров", {"хоким state/UZB"}),
    ("Вчера хоким Самарканда Эркинжон Турдимов встретился с делегацией Китая.",
     "Эркинжон Турдимов", {"хоким state/UZB"}),  # must not change: the lower-case title
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "offices"), HELD)
def test_held_office(extraction_of, text: str, name: str, offices: set[str]) -> None:
    ex = extraction_of(text, DATE, "offices")
    assert offices_by_name(ex, with_state=True).get(name, set()) == offices


NAMED = [
    ("Лула поздравил Сантьяго Пенью с победой на выборах в Парагвае.", "Сантьяго Пенья"),
    ("Президент Бразилии принял Хосе Пенью, министра Парагвая.", "Хосе Пенья"),
    ("Лула позвонил Сантьяго Пенье.", "Сантьяго Пенья"),
    ("Президент Бразилии рассказал о Хосе Пенье.", "Хосе Пенья"),
    # must not: a Portuguese "-лью" of its own, a French "-ье", an instrumental
    ("Премьер Испании принял Паулу Коэлью в Мадриде.", "Паулу Коэлью"),
    ("Премьер Франции позвонил Жерару Ренье.", "Жерар Ренье"),
    ("Президент Бразилии встретился с Сантьяго Пеньей.", "Сантьяго Пенья"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), NAMED)
def test_named(extraction_of, text: str, name: str) -> None:
    ex = extraction_of(text, DATE, "offices")
    surname = name.split()[-1][:4]
    assert {e.name for e in ex.entities if e.type == "Person" and surname in e.name} == {name}
