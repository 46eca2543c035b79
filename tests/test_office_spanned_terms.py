"""A title of no verb followed right by "с … по …" years ("Мишель Бачелет — президент Чили
с 2006 по 2010 год") is held from the first to the second, and left where the second is
before the document's year; years after the name belong to its verb, not the title.
Sentences of our own (pass forty-five, h-offices50)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

FIELDS = ("office", "state", "start", "end", "past")

CASES = [
    ("Мишель Бачелет — президент Чили с 2006 по 2010 год. Во время визита в Лиму она "
     "встретилась с президентом Перу.", "Бачелет",
     {("президент", "state/CHL", "2006", "2010", True)}),
    ("Тоомас Ильвес — президент Эстонии с 2006 года по 2016 год.", "Ильвес",
     {("президент", "state/EST", "2006", "2016", True)}),
    ("Хосни Мубарак, президент Египта с 1981 по 2011 год, скончался в Каире.", "Мубарак",
     {("президент", "state/EGY", "1981", "2011", True)}),
    # must-not: the years after the name are its verb's
    ("Министр обороны Перу Хуан Перес с 2006 по 2010 год жил в Лиме.", "Перес",
     {("министр обороны", "state/PER", "", "", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_a_titles_years(extraction, text, surname, expected) -> None:  # noqa: ANN001
    assert text_holdings(extraction(text, "2025-03-10"), surname, FIELDS) == expected
