"""A leaving told in the news present with no day of its own ("Тамм покидает пост министра
финансов Эстонии", "уходит с поста", "оставляет должность", "уходит в отставку") ends the
office at the document's date, as the past tense ends it: a past office. One planned or
told for a day ahead ("покинет пост в марте", "уходит в отставку 9 июня"), one denied, or
one in a document of no date does not end it now (h-offices53, the forty-sixth pass; own
sentences about Estonia, Latvia, Egypt)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

DATE = "2024-05-15"
FIELDS = ("office", "state", "past", "end")

ENDED = [
    ("Андрус Тамм покидает пост министра финансов Эстонии.",
     "Тамм", ("министр финансов", "state/EST", True, DATE)),
    ("Министр финансов Эстонии Андрус Тамм покидает свой пост.",
     "Тамм", ("министр финансов", "state/EST", True, DATE)),
    ("Янис Озолс уходит с поста министра обороны Латвии.",
     "Озолс", ("министр обороны", "state/LVA", True, DATE)),
    ("Андрус Тамм оставляет должность министра финансов Эстонии.",
     "Тамм", ("министр финансов", "state/EST", True, DATE)),
    ("Премьер-министр Египта Ахмед Хасан уходит в отставку.",
     "Хасан", ("премьер-министр", "state/EGY", True, DATE)),
]  # fmt: skip

HELD = [
    # planned: the future, or a day ahead in the present
    ("Министр финансов Эстонии Андрус Тамм покинет свой пост в марте.",
     "Тамм", ("министр финансов", "state/EST", False, "")),
    ("Премьер-министр Египта Ахмед Хасан уходит в отставку 9 июня.",
     "Хасан", ("премьер-министр", "state/EGY", False, "2024-06-09")),
    # denied
    ("Министр финансов Эстонии Андрус Тамм не покидает свой пост.",
     "Тамм", ("министр финансов", "state/EST", False, "")),
    # the past keeps its reading
    ("Андрус Тамм покинул пост министра финансов Эстонии.",
     "Тамм", ("министр финансов", "state/EST", True, "")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), ENDED + HELD)
def test_office_present_leavings(
    extraction_of, text: str, surname: str, expected: tuple[str, str, bool, str]
) -> None:
    """The office, whether past, and its end."""
    ex = extraction_of(text, DATE, "offices")
    assert text_holdings(ex, surname, FIELDS) == {expected}


def test_office_present_leaving_undated(extraction_of) -> None:
    """A document of no date has no day to end the office at: it stays held."""
    ex = extraction_of("Андрус Тамм покидает пост министра финансов Эстонии.", "", "offices")
    assert text_holdings(ex, "Тамм", FIELDS) == {("министр финансов", "state/EST", False, "")}
