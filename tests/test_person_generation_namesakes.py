"""A surname with "-младший"/"-старший" where the text names two persons of that surname in
full (forty-sixth pass, h-names86; own sentences about Peru, Chile, Estonia, Latvia,
Mexico, Canada): without a first name it is neither of them, whichever sex the dictionary
reads in their first names; with a first name it is the one of that first name, not a
person of its own. A first name alone stays the one of that first name, and a man of the
surname named alone beside one namesake keeps the reading of before."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import mention_persons, person_names

from kg.model import Extraction

_SISTERS = "Теннисистки из Перу Анна Рохас и Серена Рохас прибыли в Сантьяго."
_SISTERS_AFTER = "Теннисистки из Перу Серена Рохас и Анна Рохас прибыли в Сантьяго."


@pytest.mark.parametrize("opening", [_SISTERS, _SISTERS_AFTER])
def test_younger_of_two_sisters_is_neither(run: Callable[[str], Extraction], opening: str) -> None:
    """must not: "Анна" the dictionary knows as a woman's, "Серена" it does not: the suffix
    tells which of the two no more than the surname does."""
    ex = run(f"{opening} Вчера Рохас-младшая заявила, что турнир в Чили ей нравится.")
    assert mention_persons(ex).get("Рохас-младшая") not in ("Анна Рохас", "Серена Рохас")
    assert {"Анна Рохас", "Серена Рохас"} <= person_names(ex)


@pytest.mark.parametrize(
    ("text", "mention", "person"),
    [
        (
            f"{_SISTERS} Первый матч выиграла Серена Рохас-младшая.",
            "Серена Рохас-младшая",
            "Серена Рохас",
        ),
        (
            f"{_SISTERS_AFTER} Первый матч выиграла Анна Рохас-старшая.",
            "Анна Рохас-старшая",
            "Анна Рохас",
        ),
        (
            "Министр Эстонии Андрес Тамм и его сыновья Мартин Тамм и Карл Тамм прибыли в "
            "Ригу. Вчера Мартин Тамм-младший заявил, что визит в Латвию важен.",
            "Мартин Тамм-младший",
            "Мартин Тамм",
        ),
    ],
)
def test_first_name_and_generation_is_that_sibling(
    run: Callable[[str], Extraction], text: str, mention: str, person: str
) -> None:
    ex = run(text)
    assert mention_persons(ex)[mention] == person
    assert mention not in person_names(ex)


def test_one_namesake_of_the_same_first_name_stays_apart(
    run: Callable[[str], Extraction],
) -> None:
    """must not: one "Хосе Перес" named before; "Хосе Перес-младший" may be his son."""
    ex = run("Министр Чили Хосе Перес прибыл в Лиму. Хосе Перес-младший заявил, что визит важен.")
    assert mention_persons(ex)["Хосе Перес-младший"] != "Хосе Перес"


@pytest.mark.parametrize(
    ("text", "mention", "person"),
    [
        # must: the suffix's sex leaves one of the two (the father is no "-младшая")
        (
            "Министр Эстонии Андрес Тамм и его дочь Анна Тамм прибыли в Ригу. Вчера "
            "Тамм-младшая заявила, что визит в Латвию важен.",
            "Тамм-младшая",
            "Анна Тамм",
        ),
        # must: one sister named, the suffix is hers
        (
            "Теннисистка из Перу Серена Рохас прибыла в Сантьяго. Вчера Рохас-младшая "
            "заявила, что турнир в Чили ей нравится.",
            "Рохас-младшая",
            "Серена Рохас",
        ),
        # must: a lone first name is the one of the two namesakes with that first name
        (
            "Министр Мексики Мария Акино и посол Канады Бениньо Акино прибыли в Оттаву. "
            "Мария заявила, что визит важен.",
            "Мария",
            "Мария Акино",
        ),
        (
            "Министр Мексики Мария Акино и посол Канады Бениньо Акино прибыли в Оттаву. "
            "По словам Бениньо, визит важен.",
            "Бениньо",
            "Бениньо Акино",
        ),
    ],
)
def test_one_namesake_fits(
    run: Callable[[str], Extraction], text: str, mention: str, person: str
) -> None:
    assert mention_persons(run(text))[mention] == person


def test_untagged_generation_of_a_named_surname(run: Callable[[str], Extraction]) -> None:
    """natasha leaves "Уильямс-младшая" opening a sentence untagged: the surname of a name the
    document gives in full, with the suffix, is a person's."""
    ex = run(
        "Теннисистка из Перу Карла Уильямс прибыла в Сантьяго. Уильямс-младшая заявила, что "
        "турнир в Чили ей нравится."
    )
    assert mention_persons(ex).get("Уильямс-младшая") == "Карла Уильямс"
