"""A name whose first word the tagger reads as a genitive ("Луис" as "Луиса") while a word
after it reads as a nominative and never as a genitive ("Мария" of "Луис Мария Арганья") is a
nominative: not the holder of the genitive title before it, which is another noun's
complement ("соперник генерала Луис Мария Арганья": the general's rival) (h-offices46, the
forty-fourth pass; own sentences about Paraguay, Peru, Ecuador)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

from kg.model import Extraction

Holding = tuple[str, str]  # office, state


def holdings_of(ex: Extraction, surname: str) -> set[Holding]:
    """The text's holdings of the person of that surname: office, state."""
    return text_holdings(ex, surname, ("office", "state"))  # type: ignore[return-value]


MIDDLE = [
    ("В Асунсьоне убит политический соперник генерала Луис Мария Арганья.", "Арганья", set()),
    ("Вчера выступил давний соперник президента Перу Луис Мария Гомес.", "Гомес", set()),
    # must not change: a genitive name all of whose words may be genitives holds the title
    ("Переговоры прошли при участии помощника президента Эквадора Хосе Суареса.", "Суарес",
     {("помощник президента", "state/ECU")}),
    ("Переговоры прошли при участии генерала Хуана Карлоса Суареса.", "Суарес",
     {("генерал", "")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), MIDDLE)
def test_office_middle_name_case(
    extraction_of, text: str, surname: str, expected: set[Holding]
) -> None:
    """A nominative middle word makes the name a nominative."""
    assert holdings_of(extraction_of(text, "2024-05-15", "offices"), surname) == expected
