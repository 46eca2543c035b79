"""A commander's post that names no state of its own, with a state after a preposition
before the rank ("командующий войсками в Перу генерал X"), takes that state, and its
office's words end before the preposition, never in it (fiftieth pass, h-orgs60; own
sentences about Peru–Ecuador, Pakistan–India, Chile–Bolivia). The office was
"командующий войсками в". Must-nots: a post with a state of its own keeps the placed state
as a word of its office ("командующий войсками США в Перу"), and its state."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

PLACED = [
    ("Эквадор заявил, что командующий войсками в Перу генерал Хуан Перес лжёт.",
     "Перес", "state/PER"),
    ("Индия заявила, что командующий войсками в Пакистане генерал Радж Кумар лжёт.",
     "Кумар", "state/PAK"),
    ("Об этом Боливии сообщил командующий войсками в Чили генерал Хуан Перес.",
     "Перес", "state/CHL"),
]  # fmt: skip


@pytest.mark.parametrize("case", PLACED)
def test_no_office_ends_in_a_preposition(extraction_of, case: tuple[str, str, str]) -> None:  # noqa: ANN001
    """The post is "командующий войсками" of the placed state; the rank after it is no
    office (seventieth pass, h-names157)."""
    text, surname, state = case
    held = text_holdings(extraction_of(text, "2024-05-15", "offices"), surname, ("office", "state"))
    assert held == {("командующий войсками", state)}


def test_a_post_of_its_own_state_keeps_the_place(extraction_of) -> None:  # noqa: ANN001
    """Must-not: the place stays a word of a post with a state of its own."""
    text = "Командующий войсками США в Перу генерал Джон Смит прибыл в Чили."
    held = text_holdings(extraction_of(text, "2024-05-15", "offices"), "Смит", ("office", "state"))
    assert ("командующий войсками в Перу", "state/USA") in held
