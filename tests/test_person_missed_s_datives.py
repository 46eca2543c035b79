"""A lone dative in "-у" ("Рамиресу", "Стивенсу") that natasha leaves untagged, of a surname
in a consonant the text names in full ("Хуан Рамирес"): that person (forty-sixth pass,
h-names88; own sentences about Chile, Peru, Canada, Mexico). A capitalised word whose stem is
no surname of the text stays no one."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import mention_persons

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "mention", "person"),
    [
        (
            "Министр обороны Чили Хуан Рамирес прибыл в Лиму. Президент Перу вручил "
            "Рамиресу орден.",
            "Рамиресу",
            "Хуан Рамирес",
        ),
        (
            "Посол Канады Джон Стивенс прибыл в Мехико. Министр сказал Стивенсу, что визит "
            "отложен.",
            "Стивенсу",
            "Джон Стивенс",
        ),
        # must: as before
        (
            "Министр обороны Чили Хуан Диас прибыл в Лиму. Президент Перу вручил Диасу орден.",
            "Диасу",
            "Хуан Диас",
        ),
    ],
)
def test_missed_dative_is_the_named_person(
    run: Callable[[str], Extraction], text: str, mention: str, person: str
) -> None:
    assert mention_persons(run(text)).get(mention) == person


def test_other_word_in_u_is_no_one(run: Callable[[str], Extraction]) -> None:
    ex = run("Министр обороны Чили Хуан Рамирес прибыл в Лиму. Президент Перу вручил Орден Солнцу.")
    assert set(mention_persons(ex)) == {"Хуан Рамирес"}
