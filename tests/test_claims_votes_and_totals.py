"""Claims of votes in a parliament: voters a verb of casting votes counts are the votes on
its side ("За отставку кабинета проголосовали 61 депутат" → голоса за отставку кабинета),
and a dash keeps "против" ("против — 37")."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "За отставку кабинета проголосовали 61 из 101 депутата парламента Молдавии.",
            ("голоса за отставку кабинета", Decimal(61), "депутат"),
        ),
        (
            "За резолюцию проголосовали 120 депутатов Верховной рады, против — 30.",
            ("голоса за резолюцию", Decimal(120), "депутат"),
        ),
        (
            "За резолюцию проголосовали 120 депутатов Верховной рады, против — 30.",
            ("голоса против", Decimal(30), "депутат"),
        ),
        (
            "В Сейме Латвии за проголосовали 54 депутата, против — 37.",
            ("голоса за", Decimal(54), "депутат"),
        ),
        (
            "71 сенатор Чили проголосовал за ратификацию договора между Чили и Перу о границе.",
            ("голоса за ратификацию договора", Decimal(71), "сенатор"),
        ),
        (
            "Против законопроекта проголосовали 30 сенаторов Чили.",
            ("голоса против законопроекта", Decimal(30), "сенатор"),
        ),
    ],
)
def test_votes(analyse, text: str, row: tuple) -> None:
    """Each sentence gives the vote it tells."""
    assert row in claim_rows(analyse, text, _FIELDS)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a count of voters with no side cast stays the voters
        (
            "На заседании 20 членов комиссии Сената Чили проголосовали в среду.",
            ("голоса за", Decimal(20), "член"),
        ),
        # those who backed a bill are no votes cast by a verb of voting
        (
            "Закон поддержали 70 сенаторов Бразилии.",
            ("голоса за", Decimal(70), "сенатор"),
        ),
    ],
)
def test_not_votes(analyse, text: str, row: tuple) -> None:
    """No vote on a side where none is cast."""
    assert row not in claim_rows(analyse, text, _FIELDS)
