"""A foreign surname written with a consonant once and twice, also at its end or in two
places ("Остхоф"/"Остхофф", "Баретт"/"Баррет"), is one person's where the first names agree
or the variant stands alone (names83, forty-fifth pass; own sentences about Latvia,
Estonia, Canada, Mexico); two first names stay two persons."""

from __future__ import annotations

from collections.abc import Callable

from fact_reads import mention_persons, person_names

from kg.model import Extraction


def test_final_double_under_one_first_name(run: Callable[[str], Extraction]) -> None:
    names = person_names(
        run(
            "Министр иностранных дел Латвии Сюзанна Остхоф прибыла в Таллин. Остхофф провела "
            "переговоры с коллегой из Эстонии. Сюзанна Остхофф заявила, что встреча прошла "
            "успешно."
        )
    )
    assert len([n for n in names if n.startswith("Сюзанна")]) == 1


def test_two_doubles_alone(run: Callable[[str], Extraction]) -> None:
    ex = run(
        "Посол Канады Майкл Дэвид Баретт прибыл в Мехико. Барретта встретил министр Мексики. "
        "Баррет заявил, что визит прошёл успешно."
    )
    assert mention_persons(ex)["Баррет"] == "Майкл Дэвид Баретт"
    assert "Баррет" not in person_names(ex)


def test_other_first_names_stay_two(run: Callable[[str], Extraction]) -> None:
    """must not: two men of the surname spelt two ways, each with his first name."""
    names = person_names(
        run(
            "Министр Эстонии Ивар Остхоф встретил посла Латвии Эрика Остхоффа. "
            "Они обсудили торговлю."
        )
    )
    assert {"Ивар Остхоф", "Эрик Остхофф"} <= names
