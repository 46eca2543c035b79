"""A title before a company's name past the company noun's adjectives ("Президент крупной
чилийской авиакомпании LATAM X", "Лидер крупнейшей оппозиционной партии «Свобода» X")
serves that company or party, as "президент компании LATAM" does (h-offices47, the
forty-fourth pass; own sentences about Chile, Peru)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

from kg.model import Extraction

Holding = tuple[str, str, bool]  # office, body's key, past


def holdings_of(ex: Extraction, surname: str) -> set[Holding]:
    """The text's holdings of the person of that surname: office, state, past."""
    return text_holdings(ex, surname)  # type: ignore[return-value]


CASES = [
    ("Президент крупной чилийской авиакомпании LATAM Игнасио Куэто переехал в Лиму.",
     "Куэто", {("президент авиакомпании", "org/latam", False)}),
    ("Лидер крупнейшей оппозиционной партии «Свобода» Луис Гарсия выступил в Лиме.",
     "Гарсия", {("лидер партии", "org/svoboda", False)}),
    # must not change: no adjectives; a deputy of a ministry's head; a board's chairman is
    # no bare "президент" (read with the board's words and the company since h-offices54)
    ("Президент компании LATAM Игнасио Куэто переехал в Лиму.",
     "Куэто", {("президент компании", "org/latam", False)}),
    ("Заместитель главы Минфина Перу Луис Гарсия прибыл в Сантьяго.",
     "Гарсия", {("заместитель министра финансов", "state/PER", False)}),
    ("Президент совета директоров крупной чилийской авиакомпании LATAM Игнасио Куэто "
     "переехал в Лиму.", "Куэто", {("президент совета директоров", "org/latam", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_company_adjectives(
    extraction_of, text: str, surname: str, expected: set[Holding]
) -> None:
    """The company the title names past its adjectives is served."""
    assert holdings_of(extraction_of(text, "2024-05-15", "offices"), surname) == expected
