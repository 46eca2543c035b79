"""Two capitalised common words joined by "и" with no first name, title or gazetteer person
("Сокол и Лебедь стали символами") are things or characters, no persons; surnames with first
names or titles, or named in full elsewhere in the text, stay persons (sentences about
Czechia, Serbia, Poland)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import Extraction


@pytest.fixture(scope="module")
def persons(extraction: Callable[[str, str], Extraction]) -> Callable[[str], set[str]]:
    def read(text: str) -> set[str]:
        return {e.name for e in extraction(text, "2024-05-01").entities if e.type == "Person"}

    return read


@pytest.mark.parametrize(
    "text",
    [
        "Сокол и Лебедь стали символами фестиваля в Праге.",
        "Волк и Заяц стали героями нового мультфильма в Сербии.",
        "Журавль и Цапля украсили марки Польши.",
    ],
)
def test_a_pair_of_common_words_is_no_one(persons: Callable[[str], set[str]], text: str) -> None:
    assert not persons(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Иван Сокол и Петр Лебедь прибыли в Белград.", {"Иван Сокол", "Петр Лебедь"}),
        ("Министр Сокол и посол Лебедь прибыли в Белград.", {"Сокол", "Лебедь"}),
        ("Иван Сокол прибыл в Прагу. Сокол и Лебедь провели переговоры.", {"Иван Сокол"}),
        ("Вучич и Орбан встретились в Будапеште.", {"Александр Вучич", "Виктор Орбан"}),
    ],
)
def test_named_persons_stay(persons: Callable[[str], set[str]], text: str, names: set[str]) -> None:
    assert names <= persons(text)
