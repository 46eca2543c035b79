"""A name after the copula of an instrumental title that the parse hangs on the title as an
apposition ("До него самым долгоживущим президентом Чили был Хосе Перес") is the
predicate's subject: the title is the name's, as "Президентом Чили был Хосе Перес" gives
it; not a title after a preposition ("с президентом Чили был Хосе Перес") (h-offices49,
the forty-fifth pass; own sentences about Chile, Peru, Estonia)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

from kg.model import Extraction

Holding = tuple[str, str, bool]  # office, state, past


def holdings_of(ex: Extraction, surname: str) -> set[Holding]:
    """The text's holdings of the person of that surname: office, state, past."""
    return text_holdings(ex, surname)  # type: ignore[return-value]


CASES = [
    ("До него самым долгоживущим президентом Чили был Хосе Перес.", "Перес",
     {("президент", "state/CHL", True)}),
    ("До него самым молодым министром обороны Перу был Луис Гомес.", "Гомес",
     {("министр обороны", "state/PER", True)}),
    # must not change: the plain order, and a title after a preposition
    ("Президентом Чили был Хосе Перес.", "Перес", {("президент", "state/CHL", True)}),
    ("Вчера вместе с президентом Чили был Хосе Перес.", "Перес", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_copula_appositions(
    extraction_of, text: str, surname: str, expected: set[Holding]
) -> None:
    """The name after the title's copula holds it."""
    assert holdings_of(extraction_of(text, "2024-05-15", "offices"), surname) == expected
