"""A surname alone after one named in full with "-младший"/"-старший" (fifty-sixth pass,
h-names119; own sentences about Uruguay–Paraguay, Guatemala–Honduras, Colombia–USA): the
surname the dictionary also reads as a first name ("Мартин", "Томас") is that person's, with
the office the full name has, not a person of its own; where the text names two of the
surname's generations, the surname alone is neither of them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import mention_persons

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "mention", "person", "office"),
    [
        (
            "Глава МИД Уругвая Хорхе Мартин-младший прибыл в Асунсьон. Мартин провел "
            "переговоры с президентом Парагвая.",
            "Мартин",
            "Хорхе Мартин-младший",
            "министр иностранных дел",
        ),
        (
            "Министр экономики Гватемалы Карлос Томас-старший встретился с коллегой из "
            "Гондураса. Томас заявил, что визит важен.",
            "Томас",
            "Карлос Томас-старший",
            "министр экономики",
        ),
    ],
)
def test_surname_is_the_one_of_a_generation(
    run: Callable[[str], Extraction], text: str, mention: str, person: str, office: str
) -> None:
    ex = run(text)
    assert mention_persons(ex)[mention] == person
    (entity,) = [e for e in ex.entities if e.name == person]
    assert entity.office == office
    assert mention not in {e.name for e in ex.entities}


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        # must not: two of the surname's generations named in full
        (
            "Президент Колумбии Густаво Петро встретился с бывшим президентом США Джорджем "
            "Бушем-младшим. На встрече присутствовал и Джордж Буш-старший. Буш заявил, что "
            "визит важен.",
            "Буш",
        ),
        # must not: the father named by the surname and his suffix alone
        (
            "Президент Колумбии Густаво Петро встретился с бывшим президентом США Джорджем "
            "Бушем-младшим. На встрече присутствовал и его отец Буш-старший. Буш заявил, что "
            "визит важен.",
            "Буш",
        ),
        # must not: the same with a surname the dictionary reads as a first name
        (
            "Министр экономики Гватемалы Карлос Томас-старший и его сын Карлос Томас-младший "
            "прибыли в Тегусигальпу. Томас заявил, что визит важен.",
            "Томас",
        ),
    ],
)
def test_surname_of_two_generations_is_neither(
    run: Callable[[str], Extraction], text: str, surname: str
) -> None:
    assert mention_persons(run(text))[surname] == surname
