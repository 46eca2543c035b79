"""A finite verb spelt like a participle title is no office (the forty-third pass's
verification review: "а вертолётом управлял майор X" gave the subject of the clause before
the office "управляющий", whose open-class key is the verb's lemma "управлять"). Our own
sentences about Chile and Peru."""

from __future__ import annotations

import pytest
from test_office_holders import holdings_of

CASES = [
    ("В тот день Карлос Рамос выступал в роли штурмана вертолёта: он сидел сзади, а "
     "вертолётом управлял майор Хуан Гомес.", "Рамос", set()),
    ("Хорхе Перес управлял компанией десять лет.", "Перес", set()),
    # must not: the participle is still the title, with its body or alone
    ("На встрече выступил управляющий Центральным банком Перу Хулио Веларде.", "Веларде",
     {("управляющий Центральным банком", "state/PER", False)}),
    ("Управляющий директор компании Хорхе Перес прибыл в Лиму.", "Перес",
     {("управляющий директор компании", "", False)}),  # the body's noun kept (h-offices59)
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_a_finite_verb_is_no_title(extraction_of, text: str, surname: str, expected) -> None:  # noqa: ANN001
    """The person holds the offices the text gives, none from a finite verb."""
    assert holdings_of(extraction_of(text, "2025-03-10", "offices"), surname) == expected
