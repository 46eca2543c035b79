"""A delegation's state passes to its head's state post: "Делегация Эстонии во главе с
министром иностранных дел X" is Estonia's minister; a delegation of no state gives none
(h-offices57, the forty-sixth pass, a guard: it read so already; own sentences about
Estonia–Latvia)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

Holding = tuple[str, str]  # office, state

HEADS = [
    ("Делегация Эстонии во главе с министром иностранных дел Маргусом Тамме прибыла в Ригу.",
     "Тамме", {("министр иностранных дел", "state/EST")}),
    ("Делегация Латвии во главе с министром обороны Андрисом Озолсом прибыла в Таллин.",
     "Озолс", {("министр обороны", "state/LVA")}),
    # must not: a delegation of no state gives none
    ("Делегация во главе с министром обороны Андрисом Озолсом прибыла в Таллин.",
     "Озолс", {("министр обороны", "")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), HEADS)
def test_office_delegation_head_state(
    extraction_of, text: str, surname: str, expected: set[Holding]
) -> None:
    got = text_holdings(extraction_of(text, "", "offices"), surname, ("office", "state"))
    assert got == expected
