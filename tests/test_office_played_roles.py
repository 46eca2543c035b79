"""A title in the genitive after an actor's role ("сыграл роль президента Чили Хосе Переса",
"за роль босса мафии Тони Сопрано", "в роли министра обороны Перу Луиса Гомеса") names a
character, who holds no office; a role spoken of otherwise ("отметил роль президента Перу
Луиса Гомеса в переговорах") keeps the holder's (h-offices49, the forty-fifth pass; own
sentences about Chile, Peru, Mexico)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

from kg.model import Extraction

Holding = tuple[str, str]  # office, state


def holdings_of(ex: Extraction, surname: str) -> set[Holding]:
    """The text's holdings of the person of that surname: office, state."""
    return text_holdings(ex, surname, ("office", "state"))  # type: ignore[return-value]


CASES = [
    ("Актёр Джеймс Смит сыграл роль президента Чили Хосе Переса в новом фильме.", "Перес",
     set()),
    ("Джеймс Смит получил известность за роль босса мафии Тони Сопрано в сериале.",
     "Сопрано", set()),
    ("В фильме Джеймс Смит исполнил роль министра обороны Перу Луиса Гомеса.", "Гомес", set()),
    ("Джеймс Смит сыграет в новом фильме роль президента Мексики Хорхе Санчеса.",
     "Санчес", set()),
    # must not: the actor keeps his trade; a holder's role in talks keeps his office
    ("Актёр Джеймс Смит сыграл роль президента Чили Хосе Переса в новом фильме.", "Смит",
     {("актер", "")}),
    ("Министр высоко оценил роль президента Перу Луиса Гомеса в переговорах с Чили.",
     "Гомес", {("президент", "state/PER")}),
    ("Президент Перу Луис Гомес сыграл роль посредника в переговорах с Чили.", "Гомес",
     {("президент", "state/PER")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_played_roles(
    extraction_of, text: str, surname: str, expected: set[Holding]
) -> None:
    """A played role's title gives the character no office."""
    assert holdings_of(extraction_of(text, "", "offices"), surname) == expected
