"""A post a verb of keeping names ("сохранив за собой место председателя партии",
"сохраняет пост", "сохранил должность") is held by the subject of the clause, a current office
with no end, while another post the clause's verb leaves ends (h-offices53, the forty-sixth
pass; own sentences about Latvia, Estonia, Chile, Egypt). Must-nots: a keeping denied or of
something else, and the post left keeps its ending."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

DATE = "2024-05-15"

CASES = [
    ("Янис Озолс покинул пост премьер-министра Латвии, сохранив за собой место председателя "
     "партии «Единство».",
     "Озолс", {("премьер-министр", "state/LVA", True),
               ("председатель партии", "org/edinstvo", False)}),
    ("Андрус Тамм оставил должность министра финансов Эстонии, сохранив пост председателя "
     "Партии реформ.",
     "Тамм", {("министр финансов", "state/EST", True),
              ("председатель партии", "", False)}),
    ("Хуан Перес сохранил пост министра иностранных дел Чили в новом правительстве.",
     "Перес", {("министр иностранных дел", "state/CHL", False)}),
    ("Министр финансов Египта Ахмед Хасан сохраняет свой пост.",
     "Хасан", {("министр финансов", "state/EGY", False)}),
    # must not: a keeping denied gives nothing; something else kept is no post
    ("Андрус Тамм покинул пост министра финансов Эстонии, не сохранив за собой место "
     "председателя партии.",
     "Тамм", {("министр финансов", "state/EST", True)}),
    ("Андрус Тамм покинул пост министра финансов Эстонии, сохранив хорошие отношения с "
     "председателем партии.",
     "Тамм", {("министр финансов", "state/EST", True)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_kept_posts(extraction_of, text: str, surname: str, expected) -> None:
    """The post kept is held, the post left is past."""
    ex = extraction_of(text, DATE, "offices")
    assert text_holdings(ex, surname) == expected
