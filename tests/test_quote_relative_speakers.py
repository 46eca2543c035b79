"""A verb of saying in a relative clause ("…, который заявил: …"): "который" stands for the
phrase right before its comma, whatever noun further back the parser hangs the clause on;
the words are that person's, and no one's where that phrase names no person (quotes37)."""

from __future__ import annotations

import pytest

BORDER = "Соглашение о границе вступит в силу в следующем году"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the words a paragraph after the colon (not in the first person)
        (
            "Президент Эстонии Алар Карис встретился с коллегами. Такой же позиции "
            "придерживается и премьер-министр Латвии Кришьянис Кариньш, который заявил:\n"
            f"{BORDER}.",
            "Кришьянис Кариньш",
        ),
        # the parser hangs the clause on the sentence's subject, not the one met
        (
            "Президент Эстонии Алар Карис встретился в Риге с премьер-министром Латвии "
            f"Кришьянисом Кариньшем, который заявил: «{BORDER}».",
            "Кришьянис Кариньш",
        ),
    ],
)
def test_relative_clause_speaker_is_the_phrase_before(said, text: str, speaker: str) -> None:
    assert [(who, words.rstrip(".")) for who, words in said(text)] == [(speaker, BORDER)]


@pytest.mark.parametrize(
    "text",
    [
        # an unnamed aide of a named premier: not the premier's, not the president's
        "Президент Эстонии Алар Карис встретился в Риге с помощником премьер-министра Латвии "
        f"Кришьяниса Кариньша, который заявил: «{BORDER}».",
        # a newspaper speaks, not the one who gave it the interview
        f"Президент Эстонии Алар Карис дал интервью газете, которая сообщила: «{BORDER}».",
        "Президент Эстонии Алар Карис провёл переговоры с журналистом, который заявил: "
        f"«{BORDER}».",
    ],
)
def test_relative_clause_of_no_named_person_is_no_ones(said, text: str) -> None:
    assert said(text) == []


def test_relative_clause_after_a_genitive_is_no_ones(said) -> None:
    """ "оппонентом X, который заявил": the opponent or X, the text does not tell."""
    text = (
        "Президент Эстонии Алар Карис является давним оппонентом премьер-министра Латвии "
        f"Кришьяниса Кариньша, который заявил: «{BORDER}»."
    )
    assert said(text) == []
