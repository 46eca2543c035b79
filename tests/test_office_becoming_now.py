"""The news present of becoming ("Новым президентом Перу становится X", told while exit polls
or a count name the winner) gives no office held yet, as "станет" does not; a year or date on
the verb makes it a narrative's present ("В 2004 году он становится министром"), held; "стал"
gives the office (pass forty-five, h-status47; own sentences about Chile, Peru, Estonia)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

CASES = [
    ("Новым президентом Чили становится националист Хуан Перес. По данным экзит-полов, на "
     "выборах президента побеждает Перес.", "Перес", set()),
    ("Новым премьер-министром Эстонии становится Яан Тамм, сообщают экзит-полы.", "Тамм",
     set()),
    # must not: a narrative's present, a past, a title before the name
    ("В 2004 году Хуан Перес становится министром обороны Чили.", "Перес",
     {("министр обороны", "state/CHL")}),
    ("Новым президентом Чили стал Хуан Перес.", "Перес", {("президент", "state/CHL")}),
    ("Президент Перу Хуан Перес посетил Сантьяго.", "Перес", {("президент", "state/PER")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_becoming_now_holds_no_office_yet(extraction_of, text: str, surname: str, expected):
    ex = extraction_of(text, "2024-05-15", "offices")
    found = text_holdings(ex, surname, ("office", "state"))
    assert found == expected
