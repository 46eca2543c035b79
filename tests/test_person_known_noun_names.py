"""A name alone in an oblique case that the dictionary knows only as an animate noun of
one nominative, no name, takes that nominative ("последователями Христа" → Христос, not
"Христ") (names83, forty-fifth pass; own sentences about Chile and Peru); a surname the
dictionary knows as one keeps its own."""

from __future__ import annotations

from collections.abc import Callable

from fact_reads import person_names

from kg.model import Extraction


def test_known_noun_in_its_nominative(run: Callable[[str], Extraction]) -> None:
    names = person_names(run("Папа римский призвал последователей Христа в Перу к миру."))
    assert "Христ" not in names
    assert "Христос" in names


def test_surname_keeps_its_own(run: Callable[[str], Extraction]) -> None:
    """must not: "Волкова" is a surname of the dictionary's, no form of "волк"."""
    names = person_names(run("Министр Чили встретился с Волковой в Лиме."))
    assert "Волкова" in names
