"""A body a title serves keeps its own name in the office, not the lower-case adjectives that
describe it before its capitalised name ("секретарь левоцентристской Демократической партии
Италии X" → "секретарь Демократической партии" of Italy); a party named by its common noun
and adjectives alone keeps them. Sentences of our own about Estonia, Latvia, Peru and
Chile (pass forty-six, h-offices55)."""

from __future__ import annotations

import pytest
from test_office_holders import holdings_of

CASES = [
    ("Секретарь левоцентристской Социал-демократической партии Эстонии Лаури Ыунапуу прибыл в "
     "Ригу.", "Ыунапуу", {("секретарь Социал-демократической партии", "state/EST", False)}),
    ("Председатель либеральной Демократической партии Латвии Андрис Озолс прибыл в Таллин.",
     "Озолс", {("председатель Демократической партии", "state/LVA", False)}),
    # must-nots: a party of its common noun keeps its adjective; a body's own capitalised
    # words stay
    ("Председатель левой партии Перу Хуан Перес прибыл в Сантьяго.", "Перес",
     {("председатель левой партии", "state/PER", False)}),
    ("Председатель Национального конгресса Чили Хорхе Мендоса прибыл в Лиму.", "Мендоса",
     {("председатель Национального конгресса", "state/CHL", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_a_described_body_keeps_its_name(extraction, text, surname, expected) -> None:  # noqa: ANN001
    assert holdings_of(extraction(text, "2025-03-10"), surname) == expected
