"""Pieces natasha reads as persons that name none (names76, forty-third pass; own
sentences about Estonia, Peru, Chile, Egypt): a common word in the dative after a
monument's noun ("Памятник Кобзарю"), a name after a base's noun and its service ("База
ВВС Эдвардс"), an agency's name joined to its region by a hyphen ("ИТАР-ТАСС-Урал"), a
family in the plural of a surname the text writes in full ("Скрипалей")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction

DROPPED = [
    ("Памятник Кобзарю был установлен в столице Эстонии в 2007 году.", "Кобзарю"),
    ("В июне 1990 года он закончил Школу лётчиков-испытателей ВВС Перу (База ВВС Эдвардс, "
     "Калифорния, США), а в мае приглашён в отряд космонавтов.", "Эдвардс"),
    ("Министр Чили посетил Лиму. 'Источник:' новостной портал "
     "'[http://www.tass-ural.ru/news/?id=3097 ИТАР-ТАСС-Урал]'", "ИТАР-ТАСС-Урал"),
    ("Лидеры Латвии приехали к Шольцам. Канцлер Германии Олаф Шольц принял их в Берлине.",
     "Шольцам"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word"), DROPPED)
def test_no_person(run: Callable[[str], Extraction], text: str, word: str) -> None:
    assert word not in person_names(run(text))


def test_family_in_plural_is_no_one(run: Callable[[str], Extraction]) -> None:
    """ "Скрипалей" is the family, neither Сергей nor Юлия alone."""
    ex = run("В Таллине отравили Сергея Скрипаля. Полиция Эстонии охраняет Скрипалей.")
    names = {m.text for m in ex.mentions if m.entity.startswith("person/")}
    assert "Скрипалей" not in names
    assert "Сергей Скрипаль" in person_names(ex)


# must not: a surname after a monument's noun, the surname in a singular case, another
# surname made from it, a person in a caption line
KEPT = [
    ("Памятник Пушкину открыли в Таллине. Пушкин был любимым поэтом президента Эстонии.",
     "Пушкин"),
    ("Президент Эстонии позвонил Мельнику.", "Мельник"),
    ("Министр Египта Ахмед Хасан прибыл в Анкару. Хасана встретил министр Турции.",
     "Ахмед Хасан"),
    ("Министр Египта Ахмед Хасан прибыл в Анкару. Хасанов заявил, что встреча прошла "
     "успешно.", "Хасанов"),
    ("Министр Перу Хуан Перес-Гарсия прибыл в Сантьяго.", "Хуан Перес-Гарсия"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_person_kept(run: Callable[[str], Extraction], text: str, name: str) -> None:
    assert name in person_names(run(text))
