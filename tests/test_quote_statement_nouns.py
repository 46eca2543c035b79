"""A verb of saying made of a verb and its noun ("сделал заявление") leading through a colon
into the next paragraph: the noun is no object of its own, so the paragraph is the
speaker's words; an object or clause of its own before the colon still makes the
paragraph the narrator's (quotes37)."""

from __future__ import annotations

import pytest

RUSH = "Пограничники слишком торопятся с выводами"
MINISTER = "Министр иностранных дел Латвии Эдгарс Ринкевичс"


@pytest.mark.parametrize(
    "lead",
    ["сделал заявление:", "сделал резкое заявление для прессы:"],
)
def test_statement_noun_leads_into_the_paragraph(said, lead: str) -> None:
    text = f"{MINISTER} {lead}\n{RUSH}. Их работа подрывает доверие между странами."
    assert [(who, words[: len(RUSH)]) for who, words in said(text)] == [("Эдгарс Ринкевичс", RUSH)]


@pytest.mark.parametrize(
    "lead",
    [
        # a clause or a gerund's object of its own before the colon: the narrator's summary
        "сделал заявление о том, что пограничники ошиблись:",
        "выступил с резким заявлением, раскритиковав работу пограничников:",
        "сделал заявление, а министр Эстонии Маргус Цахкна подписал указ:",
    ],
)
def test_statement_noun_with_its_own_clause_leads_into_nothing(said, lead: str) -> None:
    assert said(f"{MINISTER} {lead}\n{RUSH}.") == []
