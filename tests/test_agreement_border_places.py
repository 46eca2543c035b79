"""A border named as the place of a work is the topic's, no side of the paper (the lead's
fifty-eighth pass; own sentences about Peru–Chile–Bolivia).

"… подписал контракт на строительство стены на границе с Чили" read Chile as the paper's
"с"-side, so one official's contract became a two-state agreement (the governor's, once his
region gave him the USA). "на/у/вдоль границы с X" is where the work is: X is the topic's;
"договор о границе с Чили" keeps Chile its side."""

from __future__ import annotations

import pytest

from kg.extract.agreements import extract_agreements
from kg.model import Document

CASES = [
    ("Министр финансов Перу Хуан Перес подписал контракт на строительство стены на границе с "
     "Чили.", set()),
    ("Перу подписало с Чили соглашение о строительстве дороги вдоль границы с Боливией.",
     {("Соглашение о строительстве дороги вдоль границы с Боливией", ("state/CHL", "state/PER"))}),
    # must not: a border as the paper's topic keeps its side
    ("Министр обороны Перу подписал договор о границе с Чили.",
     {("Договор о границе", ("state/CHL", "state/PER"))}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "found"), CASES)
def test_a_border_s_place_is_no_side(analyse, text: str, found: set) -> None:  # noqa: ANN001
    """(title, parties) of each agreement read."""
    ctx = analyse(Document(id="t", text=text))
    assert {(a.title, tuple(a.parties)) for a in extract_agreements(ctx)} == found
