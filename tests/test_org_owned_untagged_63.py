"""A noun of group `owned` ("комиссия", "охрана") with its own adjectives right before a
state's name in the genitive is that state's body though the tagger leaves it
(`_owned_before_state` in kg/resolve/body_states.py; fifty-third pass, h-orgs63; own
sentences about Kenya–Uganda, Hungary–Slovakia): "Избирательная комиссия Кении" opening a
sentence was no organization. Must-nots: a joint body with one of its states named
("Смешанная комиссия Кении"), a commission named by its field after the state keeps its
name whole."""

from __future__ import annotations

import pytest
from fact_reads import text_org_states

# each sentence with the organization mentions kg reads from it and their states, in order
CASES = [
    ("Избирательная комиссия Кении объявила итоги выборов в Уганде.",
     [("Избирательная комиссия Кении", "state/KEN")]),
    ("Об этом сообщила избирательная комиссия Уганды.",
     [("избирательная комиссия Уганды", "state/UGA")]),
    ("Избирательная комиссия Словакии поздравила коллег из Венгрии.",
     [("Избирательная комиссия Словакии", "state/SVK")]),
    # must-nots: a joint body, a commission named by its field
    ("Смешанная комиссия Кении заседала в Уганде.", []),
    ("Комиссия Кении по правам человека осудила Уганду.",
     [("Комиссия Кении по правам человека", "state/KEN")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "mentions"), CASES)
def test_an_owned_body_before_its_state(extraction_of, text: str, mentions: list) -> None:  # noqa: ANN001
    """The body's noun with its adjectives and the state after it is the state's body."""
    assert [(m, s) for m, _, s in text_org_states(extraction_of, text)] == mentions
