"""A name with a particle natasha tags as nothing where a sentence opens with it ("Хорхе
дель Кастильо является лидером партии «Апра»") is a person's, so the post the copula
"является" tells of is that person's (h-offices57, the forty-sixth pass; own sentences
about Peru, Chile, Brazil)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

from kg.model import Extraction

Holding = tuple[str, str]  # office, state or body

TOLD = [
    ("Хорхе дель Кастильо является лидером партии «Апра». Он посетил Чили.", "Кастильо",
     {("лидер партии", "org/apra")}),
    ("Мария да Силва является министром культуры Бразилии.", "Силва",
     {("министр культуры", "state/BRA")}),
    # must not: a name without a particle keeps its reading
    ("Луис Гомес является лидером партии «Апра».", "Гомес", {("лидер партии", "org/apra")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), TOLD)
def test_office_particle_name_told_by_copula(
    extraction_of, text: str, surname: str, expected: set[Holding]
) -> None:
    got = text_holdings(extraction_of(text, "", "offices"), surname, ("office", "state"))
    assert got == expected


# must not: a city with a particle is no person ("Сантьяго де Чили")
PLACES = ["Сантьяго де Чили принял саммит стран Тихоокеанского альянса."]


@pytest.mark.parametrize("text", PLACES)
def test_a_place_with_a_particle_is_no_person(extraction_of, text: str) -> None:
    ex: Extraction = extraction_of(text, "", "offices")
    assert not [e for e in ex.entities if e.type == "Person"]
