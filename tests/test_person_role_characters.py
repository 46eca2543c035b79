"""A name alone after "роль" an actor plays or is praised for is a character, no person
(names83, forty-fifth pass; own sentences about Canada, Mexico, Chile, Peru); a person's
part in something ("роль Пиньеры в урегулировании") and a full name stay persons."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction

DROPPED = [
    ("Актёр Питер Динклейдж из Канады удостоен премии в номинации «Лучший актер второго "
     "плана» за роль умного, но грубого Тириона.", "Тирион"),
    ("Актриса из Мексики сыграла роль Фриды в фильме о Латвии.", "Фрида"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word"), DROPPED)
def test_character_no_person(run: Callable[[str], Extraction], text: str, word: str) -> None:
    assert word not in person_names(run(text))


KEPT = [
    ("Эксперты высоко оценили роль Пиньеры в урегулировании конфликта Чили с Перу.",
     "Пиньера"),
    ("Президент Чили поблагодарил Перу за роль Умалы в урегулировании конфликта.", "Умала"),
    ("Актёр Питер Динклейдж из Канады удостоен премии в номинации «Лучший актер второго "
     "плана».", "Питер Динклейдж"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_person_kept(run: Callable[[str], Extraction], text: str, name: str) -> None:
    assert name in person_names(run(text))
