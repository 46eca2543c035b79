"""A monarch's rank before a thing's noun in the genitive is a byword of fame, whose words
are the office: "Король сальсы Хосе Перес", "королева красоты Чили Анна Гомес", "был
королём блюза" name no king or queen (nor Chile's), but "король сальсы", "королева
красоты" (NEREL annotates "Король блюза" as a profession); a rank before a state's name,
its people or no complement keeps the monarch's office (h-offices49, the forty-fifth
pass; own sentences about Chile, Peru, Jordan, the Netherlands, Mexico)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

from kg.model import Extraction

Holding = tuple[str, str]  # office, state


def holdings_of(ex: Extraction, surname: str) -> set[Holding]:
    """The text's holdings of the person of that surname: office, state."""
    return text_holdings(ex, surname, ("office", "state"))  # type: ignore[return-value]


CASES = [
    ("Король сальсы Хосе Перес скончался в Лиме.", "Перес", {("король сальсы", "")}),
    ("Королева красоты Чили Анна Гомес прибыла в Лиму.", "Гомес",
     {("королева красоты", "state/CHL")}),
    ("Король поп-музыки Луис Мигель выступил в Мехико.", "Мигель", {("король поп-музыки", "")}),
    ("Много лет Хосе Перес был королём блюза в Чили.", "Перес", {("король блюза", "")}),
    ("Хосе Перес, король сальсы, скончался в Лиме.", "Перес", {("король сальсы", "")}),
    # must not: a state's monarch, by its name or with no complement
    ("Король Иордании Абдалла II прибыл в Каир.", "II", {("король", "state/JOR")}),
    ("Королева Нидерландов Максима посетила Перу.", "Максима", {("королева", "state/NLD")}),
    ("Король Хуан Карлос прибыл в Лиму.", "Карлос", {("король", "")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_royal_epithets(
    extraction_of, text: str, surname: str, expected: set[Holding]
) -> None:
    """A rank before a thing's genitive is a byword's office, no monarch's."""
    assert holdings_of(extraction_of(text, "", "offices"), surname) == expected
