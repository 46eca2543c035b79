"""A noun of nationality opening a name ("Чилиец Перес", "Эстонец Тамм"): the man's people,
no part of his name; the person is named by the words after it (forty-sixth pass,
h-names88; own sentences about Chile, Peru, Estonia, Latvia, Canada, Mexico). A first name
or a surname the dictionary knows as one stays in the name, and a nationality noun alone is
no person."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Чилиец Перес прибыл в Лиму на переговоры.", "Перес"),
        ("Колумбиец Родригес забил гол в ворота сборной Перу.", "Родригес"),
        ("Эстонец Тамм выиграл турнир в Риге.", "Тамм"),
        ("Перуанец Хуан Гарсия победил в марафоне в Сантьяго.", "Хуан Гарсия"),
        # must: as before
        ("Канадец Эванс выиграл гонку в Мехико.", "Эванс"),
        ("Министр обороны Латвии Артис Пабрикс прибыл в Таллин.", "Артис Пабрикс"),
    ],
)
def test_nationality_noun_is_no_part_of_the_name(
    run: Callable[[str], Extraction], text: str, person: str
) -> None:
    names = person_names(run(text))
    assert person in names
    assert not any(
        n.lower().startswith(("чилиец", "колумбиец", "эстонец", "перуанец")) for n in names
    )


def test_nationality_noun_alone_is_no_person(run: Callable[[str], Extraction]) -> None:
    assert person_names(run("Чилийца задержали в Лиме после матча с Перу.")) == set()
