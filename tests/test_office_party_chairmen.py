"""A title before a party named by its common noun and adjectives and then its state's
genitive name: the party's words are the office's, the state is served only through it
("Председатель левой партии Перу X" → "председатель левой партии" of Peru, as "председатель
Социалистической партии" of Chile). Not a party in quotes (its own body), nor a party of no
state named. Sentences of our own (pass forty-five, h-offices52)."""

from __future__ import annotations

import pytest
from test_office_holders import holdings_of

CASES = [
    ("Председатель левой партии Перу Луис Гомес выступил в Лиме.", "Гомес",
     {("председатель левой партии", "state/PER", False)}),
    ("Лидер правящей партии Египта Ахмед Саид выступил в Каире.", "Саид",
     {("лидер правящей партии", "state/EGY", False)}),
    ("Председатель оппозиционной партии Эстонии Мартин Хельме выступил в Таллине.", "Хельме",
     {("председатель оппозиционной партии", "state/EST", False)}),
    # must-nots: a named party, a quoted one, no state; a state's own title after
    ("Председатель Социалистической партии Чили Альваро Элисальде выступил в Сантьяго.",
     "Элисальде", {("председатель Социалистической партии", "state/CHL", False)}),
    ("Председатель партии «Свобода» Луис Гомес выступил в Лиме.", "Гомес",
     {("председатель партии", "org/svoboda", False)}),
    ("Председатель партии Луис Гомес выступил в Лиме.", "Гомес",
     {("председатель партии", "", False)}),
    ("Президент Перу Луис Гомес выступил на съезде левой партии Перу.", "Гомес",
     {("президент", "state/PER", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_a_partys_chairman(extraction, text, surname, expected) -> None:  # noqa: ANN001
    assert holdings_of(extraction(text, "2025-03-10"), surname) == expected
