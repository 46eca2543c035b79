"""A Chinese name of three syllables natasha ran into the place before it ("из провинции
Юньнань Ма Ай Лунь") is a person of its own (own sentences about China, Chile, Peru); a
place alone after "провинции" stays no person, and a syllable name on its own stays."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Жительницу Китая из провинции Юньнань Ма Ай Лунь убило током в Чили.", "Ма Ай Лунь"),
        ("Президент Перу встретился с Ма Ай Лунь в Лиме.", "Ма Ай Лунь"),
        ("Жительницу Китая из Синьцзян-Уйгурского автономного района Ма Ай Лунь убило "
         "током в Перу.", "Ма Ай Лунь"),
    ],
)  # fmt: skip
def test_name(run: Callable[[str], Extraction], text: str, name: str) -> None:
    assert name in person_names(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Посол Чили Хосе Гомес посетил провинцию Юньнань в Китае.",
        "Посол Чили Хосе Гомес посетил завод в городе Хо Ши Мин во Вьетнаме.",
    ],
)
def test_place_alone(run: Callable[[str], Extraction], text: str) -> None:
    assert person_names(run(text)) == {"Хосе Гомес"}
