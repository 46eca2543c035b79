"""Whom a thing is aimed at ("обвинения против X") takes no part in the event a phrase
around it tells: a statement setting out charges against X is not X's. Sentences of our own
about Peru (events93)."""

from __future__ import annotations

import pytest

AIMED_AT = [
    "В обнародованном во вторник заявлении о возбуждении уголовного дела излагаются "
    "многочисленные обвинения против 30-летнего Хуана Переса.",
    "В опубликованном в среду заявлении прокуратуры Перу излагаются обвинения против "
    "бывшего министра Хуана Переса.",
]


@pytest.mark.parametrize("text", AIMED_AT)
def test_the_accused_makes_no_statement(events, text) -> None:
    found = events(text, "2024-05-02")
    assert not [e for e in found if "person/khuan-peres" in e.participants]


def test_who_speaks_against_a_thing_still_speaks(events) -> None:
    text = "Президент Перу Хуан Перес выступил с заявлением против санкций."
    (statement,) = [e for e in events(text, "2024-05-02") if e.kind == "Publication"]
    assert "person/khuan-peres" in statement.participants
