"""A monarch's title of no state before its people's noun in the genitive plural serves the
state whose adjective that noun is made from ("Король бельгийцев Филипп" of Belgium,
"королева датчан" of Denmark); not a title of no people ("Король танго"), nor a people the
verb takes ("Король встретил бельгийцев"). Sentences of our own (pass forty-five,
h-offices52)."""

from __future__ import annotations

import pytest
from test_office_holders import holdings_of

CASES = [
    ("Король бельгийцев Филипп прибыл в Сантьяго.", "Филипп", {("король", "state/BEL", False)}),
    ("Королева датчан Маргрете прибыла в Каир.", "Маргрете", {("королева", "state/DNK", False)}),
    ("Король норвежцев Харальд прибыл в Таллин.", "Харальд", {("король", "state/NOR", False)}),
    # must-nots: no people named; a title of no monarch
    ("Король Филипп прибыл в Сантьяго.", "Филипп", {("король", "", False)}),
    ("Король танго Карлос Гардель выступил в Лиме.", "Гардель", {("король танго", "", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_a_monarch_of_a_people(extraction, text, surname, expected) -> None:  # noqa: ANN001
    assert holdings_of(extraction(text, "2025-03-10"), surname) == expected
