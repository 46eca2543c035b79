"""Offices on our own news sentences about other states and bodies (Egypt–Turkey,
Serbia–EU, Japan–Vietnam, Czechia–Poland): professions opening a sentence, party leaders,
offices of a body after its name, posts named in the sentence before (offices13)."""

from __future__ import annotations

import pytest
from test_office_holders import holdings_of

# A profession opening a sentence, which the tagger reads as a name's first word before a
# first name ("Политолог Игорь"), is still the person's title.
OPENERS = [
    ("Политолог Игорь Семенов считает, что Каир сблизится с Анкарой.", "Семенов",
     {("политолог", "", False)}),
    ("Каир и Анкара восстановили диалог. Эксперт Игорь Петров заявил, что это важно.",
     "Петров", {("эксперт", "", False)}),
    # must not: a surname before the first name is no title
    ("Соколов Игорь заявил, что Каир сблизится с Анкарой.", "Игорь", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), OPENERS)
def test_profession_opening_a_sentence(extraction, text: str, surname: str, expected) -> None:  # noqa: ANN001
    assert holdings_of(extraction(text, "2025-03-10"), surname) == expected
