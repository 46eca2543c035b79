"""A body's head told by a generic word and by the body's own title is one post: "сменила на
посту главы Codelco X" beside "директор Codelco" (h-offices60, the forty-seventh pass; own
sentences about Chile and Peru)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

CASES = [
    ("В мае 2018 года Мария Гонсалес сменила на посту главы Codelco Хуана Переса. Директор "
     "Codelco Мария Гонсалес посетила Лиму.",
     "Гонсалес", {("директор", "org/codelco")}),
    # must not: other bodies stay apart; a deputy is another post
    ("Глава Codelco Мария Гонсалес посетила Лиму. Позже директор LATAM Мария Гонсалес "
     "заявила о сделке.",
     "Гонсалес", {("глава", "org/codelco"), ("директор", "org/latam")}),
    ("Глава Codelco Мария Гонсалес посетила Лиму. Позже заместитель директора Codelco Мария "
     "Гонсалес заявила о сделке.",
     "Гонсалес", {("глава", "org/codelco"), ("заместитель директора", "org/codelco")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_generic_heads(extraction_of, text: str, surname: str, expected: set) -> None:
    """A generic head of a body joins the body's head's post of the same body."""
    got = text_holdings(extraction_of(text, "2024-05-15", "offices"), surname, ("office", "state"))
    assert got == expected
