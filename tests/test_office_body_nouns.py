"""A state body's common noun after a title, on sentences about other pairs of states
(Georgia–Armenia, Czechia–Slovakia, France–Egypt, Sweden–Finland, Japan–Korea,
Germany–Poland): the state after it is the one served, before or after the name ("X, первый
вице-спикер парламента Грузии,"); a diplomatic mission's noun is the office's words too
("советник посольства Франции": the mission's rank, no adviser to the state, and never the
host's); an office after the title ("советник президента Бразилии") stays that office's
complement; the general staff's chief is "начальник генштаба"."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from test_office_bodies import held

from kg.extract.context import Context
from kg.model import Document

BODY_NOUNS = [
    ("Давид Гвианидзе, первый вице-спикер парламента Грузии, встретился в Ереване с депутатами.",
     "Давид Гвианидзе", "первый вице-спикер", "state/GEO"),
    ("Томаш Дворжак, вице-спикер парламента Чехии, заявил, что Прага поддержит Братиславу.",
     "Томаш Дворжак", "вице-спикер", "state/CZE"),
    ("Советник посольства Франции в Египте Пьер Лефевр передал ноту МИД Египта.",
     "Пьер Лефевр", "советник посольства", "state/FRA"),
    ("Марко Бьянки, советник посольства Италии в Тунисе, заявил, что консульство закрыто.",
     "Марко Бьянки", "советник посольства", "state/ITA"),
    ("Первый секретарь посольства Швеции в Финляндии Эрик Линд покинул Хельсинки.",
     "Эрик Линд", "первый секретарь посольства", "state/SWE"),
    # must not: an embassy's counsellor is no minister; the embassy's state, not the host's
    ("Советник посольства Японии в Корее Кэндзи Сато не является министром.",
     "Кэндзи Сато", "советник посольства", "state/JPN"),
    ("В МИД Польши вызвали Ганса Мюллера, советника посольства Германии в Варшаве.",
     "Ганс Мюллер", "советник посольства", "state/DEU"),
    # must not: an office after the title is its complement, the state that office's
    ("Советник президента Бразилии Селсу Аморим прибыл в Буэнос-Айрес.",
     "Селсу Аморим", "советник президента", "state/BRA"),
    ("Мигель Рохас, советник министра обороны Колумбии, прибыл в Кито.",
     "Мигель Рохас", "советник министра обороны", "state/COL"),
    ("Председатель парламента Молдавии Игорь Гросу прибыл в Бухарест.",
     "Игорь Гросу", "председатель парламента", "state/MDA"),
    # the general staff's chief: "начальник" alone names no post
    ("Начальник генштаба Египта Ахмед Халифа прибыл в Эр-Рияд.",
     "Ахмед Халифа", "начальник генштаба", "state/EGY"),
    ("Махмуд Хейдари, начальник генштаба Ирана, встретился с военными Ирака.",
     "Махмуд Хейдари", "начальник генштаба", "state/IRN"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "office", "state"), BODY_NOUNS)
def test_a_body_noun_is_the_offices_and_its_state_served(
    analyse: Callable[..., Context], text: str, name: str, office: str, state: str
) -> None:
    ctx = analyse(Document(id="t", text=text, date="2025-03-10"))
    assert held(ctx, name) == {(office, state, False)}
