"""A monarch's title is dated by taking the throne told in the next sentence by a pronoun
that opens it ("Король Норвегии X долго болел. Он вступил на престол в 1957 году."): the
pronoun's holder is the sentence's subject, or one of its gender beside a subject of the
other gender. Sentences of our own (forty-fifth pass, h-events117)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

FIELDS = ("office", "state", "start")

CASES = [
    ("Король Иордании Абдалла Второй родился в 1962 году. Он взошёл на престол в 1999 году.",
     "Второй", {("король", "state/JOR", "1999")}),
    ("Король Норвегии Улаф Пятый долго болел. Он вступил на престол в 1957 году.", "Пятый",
     {("король", "state/NOR", "1957")}),
    ("В звании самой долгоправящей монархини королева Дании Маргрете сменила скончавшегося "
     "короля Норвегии Улафа Пятого. Он вступил на престол в 1957 году.", "Пятый",
     {("король", "state/NOR", "1957")}),
    # must-not: the pronoun is of the other gender, or another verb, or another subject
    ("В звании самой долгоправящей монархини королева Дании Маргрете сменила скончавшегося "
     "короля Норвегии Улафа Пятого. Он вступил на престол в 1957 году.", "Маргрете",
     {("королева", "state/DNK", "")}),
    ("Король Норвегии Улаф Пятый долго болел. Он посетил Стокгольм в 1957 году.", "Пятый",
     {("король", "state/NOR", "")}),
    ("Король Норвегии Улаф Пятый долго болел. Его сын вступил на престол в 1957 году.",
     "Пятый", {("король", "state/NOR", "")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_a_throne_taken_told_by_a_pronoun(extraction, text, surname, expected) -> None:  # noqa: ANN001
    assert text_holdings(extraction(text, "2025-03-10"), surname, FIELDS) == expected
