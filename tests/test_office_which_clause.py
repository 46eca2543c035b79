"""The office a "который" clause right after a name gives it, where the parser hung the clause
on the sentence's verb ("вышла замуж за Хуана Мендосу, который после избрания Переса
президентом в 1965 году стал лидером оппозиции"); a clause of no office verb gives none.
Sentences of our own (pass forty-five, h-offices50)."""

from __future__ import annotations

import pytest
from test_office_holders import holdings_of

CASES = [
    ("После войны она вышла замуж за чилийского журналиста Хуана Мендосу, который после "
     "избрания Переса президентом в 1965 году стал лидером оппозиции.", "Мендоса",
     {("лидер оппозиции", "", False), ("журналист", "", False)}),
    # must-nots: a clause the parser hangs on the name reads as before; no office verb
    ("Она встретилась с Хуаном Мендосой, который ранее был послом Перу в Чили.", "Мендоса",
     {("посол", "state/PER", True)}),
    ("Перес уволил Хуана Мендосу, который возглавил ведомство после отставки Луиса Гомеса.",
     "Мендоса", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_a_which_clause_hung_elsewhere(extraction, text, surname, expected) -> None:  # noqa: ANN001
    assert holdings_of(extraction(text, "2025-03-10"), surname) == expected
