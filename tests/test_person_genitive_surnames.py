"""A man's genitive surname alone, spelled as a woman's nominative ("Защита Гончарова",
which the parse reads "Гончарова" nominative), is the man the document names in full
("Сергей Гончаров"), not a woman of its own; where the text tells of a woman (her verb, a
wife's noun, a title it is apposed to) it stays apart (sentences about Peru, Chile,
Bolivia, Ecuador)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "man"),
    [
        ("Защита Гончарова подала жалобу. Сергей Гончаров арестован в Перу по запросу Чили.",
         "Сергей Гончаров"),
        ("Защита Соколова подала протест. Олег Соколов задержан полицией Боливии.",
         "Олег Соколов"),
    ],
)  # fmt: skip
def test_his_genitive_is_him(run: Callable[[str], Extraction], text: str, man: str) -> None:
    assert person_names(run(text)) == {man}


@pytest.mark.parametrize(
    "text",
    [
        "Гончарова заявила о давлении. Сергей Гончаров арестован в Перу по запросу Чили.",
        "Сергей Гончаров арестован в Эквадоре. Его жена Гончарова уехала в Чили.",
        "Министр юстиции Гончарова прибыла в Перу. Сергей Гончаров остался в Чили.",
        # a person's title before the thing's noun: she is the head of the delegation
    ],
)
def test_a_woman_stays_apart(run: Callable[[str], Extraction], text: str) -> None:
    assert "Гончарова" in person_names(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Глава делегации Соколова прибыла в Лиму. Олег Соколов остался в Чили.",
        "Советник посольства Соколова сообщила, что переговоры идут. Олег Соколов "
        "остался в Боливии.",
    ],
)
def test_a_titled_woman_stays_apart(run: Callable[[str], Extraction], text: str) -> None:
    """A person's title ending in a thing's genitive ("глава делегации") is hers (fix38f)."""
    assert "Соколова" in person_names(run(text))
