"""A monarch's title is dated by taking the throne ("вступил на престол в 1957 году",
"взошедший на трон в 1973 году"), as "вступил в должность" dates an office; a date of another
verb dates nothing. Sentences of our own (pass forty-five, h-offices50)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

FIELDS = ("office", "state", "start", "end", "past")

CASES = [
    ("Король Норвегии Улаф Пятый вступил на престол в 1957 году.", "Пятый",
     {("король", "state/NOR", "1957", "", False)}),
    ("В 1946 году король Таиланда Пхумипон Адульядет взошел на престол.", "Адульядет",
     {("король", "state/THA", "1946", "", False)}),
    ("Король Швеции Карл Густав, взошедший на трон в 1973 году, посетил Осло.", "Густав",
     {("король", "state/SWE", "1973", "", False)}),
    # must-not: another verb's date
    ("Король Норвегии Харальд Пятый в 1991 году посетил Стокгольм.", "Пятый",
     {("король", "state/NOR", "", "", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_a_throne_taken(extraction, text, surname, expected) -> None:  # noqa: ANN001
    assert text_holdings(extraction(text, "2025-03-10"), surname, FIELDS) == expected
