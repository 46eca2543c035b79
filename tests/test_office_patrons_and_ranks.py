"""Wrong holder or wrong post. A lone surname after a title of no state that is the genitive
of a surname the text writes elsewhere ("Экс-советник Кариса … Алар Карис") is the one
advised, who holds no such office. A rank before a body's capitalised name ("генерал Армии
Чили") is the rank "генерал" of that state, not "генерал армии", and "отставной" makes it
past. A title split by a spaced dash ("директором - распорядителем МВФ") is the hyphenated
one, of the body after it. Own sentences about Estonia, Latvia, Chile and Peru (h-links71)."""

from __future__ import annotations

import pytest
from test_office_holders import holdings_of

CASES = [
    ("Экс-советник Кариса задержан в Таллине. Президент Эстонии Алар Карис посетил Латвию.",
     "Карис", {("президент", "state/EST", False)}),
    ("Советник Кариса задержан в Таллине. Президент Эстонии Алар Карис посетил Латвию.",
     "Карис", {("президент", "state/EST", False)}),
    ("Отставной генерал Армии Чили Хуан Рохас посетил Перу.", "Рохас",
     {("генерал", "state/CHL", True)}),
    ("Совет директоров фонда избрал Марию Гонсалес директором - распорядителем МВФ.",
     "Гонсалес", {("директор-распорядитель", "org/imf", False)}),
    # must-not: a surname the text writes so only there, a rank in lower case
    ("Советник Тамм заявил, что Эстония и Латвия подпишут договор.", "Тамм",
     {("советник", "", False)}),
    ("Генерал армии Перу Хуан Рохас посетил Чили.", "Рохас",
     {("генерал армии", "state/PER", False)}),
    ("Бывший генерал армии Перу Хуан Рохас посетил Чили.", "Рохас",
     {("генерал армии", "state/PER", True)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_a_patron_or_rank_gives_the_right_post(extraction, text, surname, expected) -> None:  # noqa: ANN001
    assert holdings_of(extraction(text, "2025-03-10"), surname) == expected
