"""A holder whose title names no state serves the one state the text names that office of
with a title standing for no named person ("Вице-президент Перу заявил … с участием
вице-президента Луиса Гомеса": Peru's); never a state guessed from the document's states,
from another office ("президент Перу"), from an office named of two states, from another
named holder of it, nor where the text names two states (h-offices46, the forty-fourth
pass; own sentences about Peru, Chile, Estonia, Latvia, Egypt)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

from kg.model import Extraction

Holding = tuple[str, str]  # office, state


def holdings_of(ex: Extraction, surname: str) -> set[Holding]:
    """The text's holdings of the person of that surname: office, state."""
    return text_holdings(ex, surname, ("office", "state"))  # type: ignore[return-value]


UNNAMED = [
    ("Вице-президент Перу заявил о поддержке соглашения. Позже с участием вице-президента "
     "Луиса Гомеса прошли переговоры.", "Гомес", {("вице-президент", "state/PER")}),
    ("Премьер-министр Латвии выступил в сейме. Вечером премьер-министр Андрис Озолс прибыл "
     "в Таллин.", "Озолс", {("премьер-министр", "state/LVA")}),
    # must not: no state named for the office, the document's states are no guess
    ("В Лиме прошли переговоры о поставках газа в Чили. В них участвовал вице-президент Луис "
     "Гомес.", "Гомес", {("вице-президент", "")}),
    # ... nor another office's state
    # (the document's only state gives it since h-offices54, the forty-sixth pass)
    ("Президент Перу заявил о поддержке соглашения. Позже с участием вице-президента Луиса "
     "Гомеса прошли переговоры.", "Гомес", {("вице-президент", "state/PER")}),
    # ... nor the office named of two states
    ("Премьер-министр Латвии и премьер-министр Эстонии выступили в Риге. Вечером "
     "премьер-министр Андрис Озолс прибыл в Таллин.", "Озолс", {("премьер-министр", "")}),
    # ... nor the state of another named holder of it: the bare title is maybe another's
    ("Премьер-министр Эстонии Кая Тамм выступила в Риге. Вечером премьер-министр Андрис "
     "Озолс прибыл в Таллин.", "Озолс", {("премьер-министр", "")}),
    # ... nor where the text names two states: the bare title may be either's
    ("Вице-президент Перу заявил о поддержке соглашения с Чили. Позже с участием "
     "вице-президента Луиса Гомеса прошли переговоры.", "Гомес", {("вице-президент", "")}),
    # ... nor over the state the gazetteer knows the holder holds the office in
    ("Президент Египта выступил в Каире. Позже прошли переговоры с президентом Эммануэлем "
     "Макроном.", "Макрон", {("президент", "state/FRA")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), UNNAMED)
def test_office_unnamed_title_state(
    extraction_of, text: str, surname: str, expected: set[Holding]
) -> None:
    """The holder's office is of the one state an unnamed title of it names, else of none."""
    assert holdings_of(extraction_of(text, "", "offices"), surname) == expected
