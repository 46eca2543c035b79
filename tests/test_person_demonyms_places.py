"""A noun for a state's people opening a sentence ("Канадца задержали") and a place the
text reads as a place elsewhere or names after a preposition ("в Лексингтоне и
Конкорде") are no persons; a surname spelled like either, given with a first name or
after a title, still is (forty-second pass, h-names74; sentences of our own about Canada,
Mexico, Chile, Peru, Estonia, Latvia, Egypt and Turkey)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction


@pytest.mark.parametrize(
    "text",
    [
        "Канадца задержали в Мехико. Полиция Мексики сообщила, что канадец обвиняется в "
        "контрабанде.",
        "Перуанца арестовали в Сантьяго по подозрению в шпионаже в пользу Перу.",
        "Эстонку задержали в Риге по запросу Латвии.",
        "Египтянина арестовали в Анкаре.",
        "Бои шли в Лексингтоне и Конкорде, сообщили власти США. Сражения при Лексингтоне и "
        "Конкорде изучают в школах Канады.",
    ],
)
def test_no_person(run: Callable[[str], Extraction], text: str) -> None:
    assert person_names(run(text)) == set()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # must not: the surname given with a first name is someone's
        ("Немца задержали в Лиме. Иван Немец заявил, что Немца отпустят.", {"Иван Немец"}),
        ("Министр Чили Хуан Конкорд прибыл в Лиму. Конкорд заявил, что переговоры "
         "продолжатся.", {"Хуан Конкорд"}),
        # must not: after a title
        ("Грант прибыл в Лиму. Генерал Грант встретился с президентом Перу в городе Грант.",
         {"Грант"}),
    ],
)  # fmt: skip
def test_still_a_person(run: Callable[[str], Extraction], text: str, names: set[str]) -> None:
    assert person_names(run(text)) == names


CAPTION = (
    "В Стамбуле убит египетский журналист Ахмед Салех\nФатих на карте Стамбула\nКритик "
    "президента Египта застрелен на улице в Стамбуле, сообщили турецкие СМИ.\n\nЖурналист "
    "Ахмед Салех, проживавший в Турции, был убит в стамбульском районе Фатих, сообщило "
    "агентство Анадолу."
)


def test_caption_place_is_no_person(run: Callable[[str], Extraction]) -> None:
    """A word read as a place elsewhere in the text, even one a first name spells."""
    assert "Фатих" not in person_names(run(CAPTION))


def test_titled_first_name_stays(run: Callable[[str], Extraction]) -> None:
    """must not: a first name after a title is a person, wherever the place is named"""
    text = "Тренер Фатих заявил, что сборная Турции обыграет Египет. Матч пройдёт в районе Фатих."
    assert person_names(run(text)) == {"Фатих"}
