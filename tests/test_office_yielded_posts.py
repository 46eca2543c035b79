"""The post one yields to another ("уступил пост президента Чили Карлосу Мендосе") is the
dative name's; not a yielding denied or to come ("не уступит"), nor a thing passed on
("передал письмо президента Чили X": the president's letter). Sentences of our own (pass
forty-five, h-offices50)."""

from __future__ import annotations

import pytest
from test_office_holders import holdings_of

CASES = [
    ("В 2006 году Хуан Перес уступил пост президента Чили Карлосу Мендосе.", "Мендоса",
     {("президент", "state/CHL", False)}),
    ("Хуан Перес передал пост министра обороны Перу Луису Гомесу.", "Гомес",
     {("министр обороны", "state/PER", False)}),
    # must-nots
    ("Хуан Перес не уступит пост президента Чили Карлосу Мендосе.", "Мендоса", set()),
    ("Хуан Перес передал письмо президента Чили Карлосу Мендосе.", "Мендоса", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_a_post_yielded(extraction, text, surname, expected) -> None:  # noqa: ANN001
    assert holdings_of(extraction(text, "2025-03-10"), surname) == expected
