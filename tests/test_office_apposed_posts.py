"""A second title after the comma that closes the title a name's dash or comma gives it is
that name's too ("Хуан Перес — бывший министр печати Чили, советник президента Чили X": the
adviser is Перес), current unless its own "бывший" says otherwise; not a title a name of its
own follows (h-offices48, the forty-fourth pass; own sentences about Chile, Peru, Estonia)."""

from __future__ import annotations

import pytest
from test_office_future_titles import holdings_of

CASES = [
    ("Хуан Перес — бывший министр печати Чили, советник президента Чили Габриэля Борича.",
     "Перес", {("министр печати", "state/CHL", True),
               ("советник президента", "state/CHL", False)}),
    ("Вчера Урмас Паэт, посол Эстонии в Латвии, бывший министр культуры Эстонии, прибыл в "
     "Ригу.", "Паэт", {("посол", "state/EST", False), ("министр культуры", "state/EST", True)}),
    # must not change: a title a name of its own follows is that name's
    ("Хуан Перес, посол Чили в Перу, советник Мартин Рохас и министр Карлос Сото прибыли в "
     "Лиму.", "Рохас", {("советник", "", False)}),
    ("Хуан Перес — советник президента Перу Мартина Вискарры.", "Перес",
     {("советник президента", "state/PER", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_apposed_posts(extraction_of, text: str, surname: str, expected: set) -> None:
    """Each title of a name's apposition gives it an office; another name's stays its own."""
    assert holdings_of(extraction_of(text, "2024-05-15", "offices"), surname) == expected
