"""A surname with "-младший"/"-младшая" is the one person of that surname the text names in
full, of the sex the suffix tells (names83, forty-fifth pass; own sentences about Egypt,
Turkey, Estonia, Latvia): not a person of its own; two brothers of the surname, or a man
of it before "-младшая", leave it apart."""

from __future__ import annotations

from collections.abc import Callable

from fact_reads import mention_persons, person_names

from kg.model import Extraction


def test_younger_joins_the_one_named(run: Callable[[str], Extraction]) -> None:
    ex = run("Глава МИД Египта Ахмед Хасан прибыл в Анкару. Хасан-младший остался в Каире.")
    assert mention_persons(ex)["Хасан-младший"] == "Ахмед Хасан"
    assert "Хасан-младший" not in person_names(ex)


def test_two_brothers_leave_it_apart(run: Callable[[str], Extraction]) -> None:
    """must not: the text names two of the surname."""
    ex = run(
        "Министр Эстонии Андрес Тамм прибыл в Ригу. С ним приехал его брат Мартин Тамм. "
        "Тамм-младший является советником."
    )
    assert mention_persons(ex).get("Тамм-младший") not in ("Андрес Тамм", "Мартин Тамм")


def test_daughter_is_not_the_father(run: Callable[[str], Extraction]) -> None:
    """must not: "-младшая" after a man of the surname is his daughter."""
    ex = run("Министр Латвии Янис Озолс прибыл в Таллин. Озолс-младшая осталась в Риге.")
    assert mention_persons(ex).get("Озолс-младшая") != "Янис Озолс"


def test_her_sex_told_by_her_verb(run: Callable[[str], Extraction]) -> None:
    """A first name the dictionary does not know: her verb tells her sex."""
    ex = run(
        "Теннисистка из Мексики Серена Гонсалес выиграла турнир в Оттаве. О своей "
        "беременности Гонсалес-младшая объявила в апреле."
    )
    assert mention_persons(ex)["Гонсалес-младшая"] == "Серена Гонсалес"
