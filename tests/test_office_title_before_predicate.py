"""The title right before a name whose predicate's title comes first ("Президентом Перу стал
вице-президент Хосе Перес") is the name's office too, as a title before the name with the
predicate after it is (`predicate_besides`); not the predicate alone ("Президентом Перу
стал Хосе Перес"), nor a title in the genitive ("соратник президента Хосе Перес")
(h-offices49, the forty-fifth pass; own sentences about Peru, Chile)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

from kg.model import Extraction

Holding = tuple[str, str, bool]  # office, state, past


def holdings_of(ex: Extraction, surname: str) -> set[Holding]:
    """The text's holdings of the person of that surname: office, state, past."""
    return text_holdings(ex, surname)  # type: ignore[return-value]


CASES = [
    ("Президентом Перу стал вице-президент Хосе Перес.", "Перес",
     {("президент", "state/PER", False), ("вице-президент", "state/PER", False)}),
    ("Главой Перу стала вице-президент Мария Сото, которая издала указ о трауре.", "Сото",
     {("глава государства", "state/PER", False), ("вице-президент", "state/PER", False)}),
    ("Министром обороны Чили назначен бывший посол Чили в Перу Хосе Перес.", "Перес",
     {("министр обороны", "state/CHL", False), ("посол", "state/CHL", True)}),
    # must not: no title before the name, a title in the genitive
    ("Президентом Перу стал Хосе Перес.", "Перес", {("президент", "state/PER", False)}),
    ("Президентом Перу стал соратник президента Хосе Перес.", "Перес",
     {("президент", "state/PER", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_title_before_predicate(
    extraction_of, text: str, surname: str, expected: set[Holding]
) -> None:
    """The title beside the name holds with the predicate's."""
    assert holdings_of(extraction_of(text, "2024-05-15", "offices"), surname) == expected
