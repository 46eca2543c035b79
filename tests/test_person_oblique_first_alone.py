"""A first name alone that the tagger reads as a man's name in "-у", kept as written, though
the dictionary reads it only as an oblique case of a first name the document gives a person
(names83, forty-fifth pass; own sentences about Egypt, Brazil, Peru): that person ("мать
Марту при жизни называли" beside "мать Марту" read as Марта's), not a second one."""

from __future__ import annotations

from collections.abc import Callable

from fact_reads import person_names

from kg.model import Extraction


def test_oblique_first_name_joins_the_named(run: Callable[[str], Extraction]) -> None:
    names = person_names(
        run(
            "Президент Египта объявил мать Марту святой. Лауреата премии, мать Марту при "
            "жизни называли «святой Каира»."
        )
    )
    assert "Марту" not in names
    assert "Марта" in names


def test_full_name_as_written_kept(run: Callable[[str], Extraction]) -> None:
    """must not: a man's full name in "-у" stays as written beside a woman's in "-а"."""
    names = person_names(
        run(
            "Министр Перу Паула Гонсалес прибыла в Бразилию. Посол Бразилии Паулу Кордейру "
            "встретил её в аэропорту."
        )
    )
    assert {"Паула Гонсалес", "Паулу Кордейру"} <= names
