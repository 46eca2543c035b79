"""A state that decides, means or threatens to leave or end a paper ("Египет пригрозил выйти
из декларации", "намерен выйти", "решила расторгнуть") is its party: only a party can leave
it. Not one that urges another to leave, means to join, or does not mean to leave.
Sentences of our own about Egypt, Ethiopia, Sudan, India, Japan, Chile, Peru (agrrel33)."""

from __future__ import annotations

import pytest

from kg.extract.agreements import extract_agreements
from kg.model import Document


@pytest.fixture(scope="module")
def papers(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → (title, parties) of each agreement kg reads."""
    return lambda text: {
        (a.title, tuple(sorted(a.parties)))
        for a in extract_agreements(analyse(Document(id="t", text=text, date="2025-04-02")))
    }


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Египет пригрозил выйти из декларации о принципах.",
            {("Декларация о принципах", ("state/EGY",))},
        ),
        (
            "Египет пригрозил выйти из Декларации принципов, подписанной с Эфиопией и Суданом "
            "в 2015 году.",
            {("Декларация принципов", ("state/EGY", "state/ETH", "state/SDN"))},
        ),
        (
            "Президент Египта пригрозил выйти из соглашения о водах Нила.",
            {("Соглашение о водах Нила", ("state/EGY",))},
        ),
        (
            "Египет намерен выйти из соглашения о торговле.",
            {("Соглашение о торговле", ("state/EGY",))},
        ),
        # must-nots: one who urges another, one who means to join, one who does not mean to
        (
            "Чили призвало Перу выйти из договора о границе.",
            {("Договор о границе", ())},
        ),
        (
            "Перу решило присоединиться к соглашению о свободной торговле.",
            {("Соглашение о свободной торговле", ())},
        ),
        (
            "Египет не собирается выходить из соглашения о водах Нила.",
            {("Соглашение о водах Нила", ())},
        ),
    ],
)
def test_who_means_to_leave_a_paper_is_its_party(papers, text: str, found: set) -> None:  # noqa: ANN001
    assert papers(text) == found
