"""States compared by "как и" are no parties of one paper with each other (events98):
"Турция, как и Египет, имеет соглашение о свободной торговле (с ЕС)" says each has its own,
never a paper between Turkey and Egypt, also in a report on those two; "Египет и Турция
имеют соглашение о …" is theirs. Sentences of our own about Egypt, Turkey, Chile, Peru,
Estonia, Latvia, with must-nots."""

from __future__ import annotations

import pytest

from kg.extract.agreements import extract_agreements
from kg.model import Document

_REPORT = (
    "Президент Египта прибыл в Анкару на переговоры с президентом Турции. Стороны обсудили "
    "торговлю. "
)


@pytest.fixture(scope="module")
def parties(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → the parties of each paper kg reads."""

    def read(text: str) -> list[set[str]]:
        found = extract_agreements(analyse(Document(id="t", text=text, date="2025-04-02")))
        return [set(a.parties) for a in found]

    return read


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (_REPORT + "Турция, как и Египет, имеет соглашение о свободной торговле.",
         {"state/EGY", "state/TUR"}),
        (_REPORT + "Как и Египет, Турция имеет соглашение о свободной торговле.",
         {"state/EGY", "state/TUR"}),
        (_REPORT + "Турция, как и Египет, подписала соглашение о свободной торговле.",
         {"state/EGY", "state/TUR"}),
        (_REPORT + "Египет, как и Турция, имеет соглашение о свободной торговле с ЕС.",
         {"state/EGY", "state/TUR"}),
        ("Чили, как и Перу, имеет договор о свободной торговле.", {"state/CHL", "state/PER"}),
        ("Эстония, как и Латвия, имеют соглашение об ассоциации.", {"state/EST", "state/LVA"}),
    ],
)  # fmt: skip
def test_states_compared_are_no_parties_of_one_paper(parties, text: str, pair: set) -> None:  # noqa: ANN001
    (found,) = parties(text)
    assert not pair <= found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # must-keep: states that have one paper, and a report's talks' paper
        ("Египет и Турция имеют соглашение о свободной торговле.", {"state/EGY", "state/TUR"}),
        ("У Эстонии и Латвии есть соглашение о свободной торговле.",
         {"state/EST", "state/LVA"}),
        (_REPORT + "Стороны подписали соглашение о свободной торговле.",
         {"state/EGY", "state/TUR"}),
    ],
)  # fmt: skip
def test_states_that_have_one_paper_are_its_parties(parties, text: str, pair: set) -> None:  # noqa: ANN001
    (found,) = parties(text)
    assert pair <= found
