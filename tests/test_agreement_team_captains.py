"""A team's captain whom the office list gives his team's state ("капитан команды Перу
Паоло Герреро") signs his own contract with a club: not for that state, so the state is no
party and the "договор" no treaty. Someone's team ("глава команды переговорщиков Египта")
still signs for its state. Sentences of our own about other states, with must-nots
(agrrel33)."""

from __future__ import annotations

import pytest

from kg.extract.agreements import extract_agreements
from kg.model import Document


@pytest.fixture(scope="module")
def papers(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → (title, kind, parties) of each agreement kg reads."""
    return lambda text: {
        (a.title, a.kind, tuple(sorted(a.parties)))
        for a in extract_agreements(analyse(Document(id="t", text=text, date="2025-04-02")))
    }


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Капитан команды Перу Паоло Герреро подписал новый договор с клубом «Интернасьонал».",
            {("Договор с Интернасьоналом", "Agreement", ("org/internasonal",))},
        ),
        (
            "Капитан команды Японии Макото Хасэбэ подписал новый договор с клубом «Айнтрахт» "
            "на два года.",
            {("Договор с Айнтрахтом", "Agreement", ("org/ayntrakht",))},
        ),
        (
            "Капитан команды Перу Паоло Герреро подписал новый договор.",
            {("Договор", "Agreement", ())},
        ),
        # must-not: the head of a state's team of negotiators signs for his state
        (
            "Глава команды переговорщиков Египта Сэмех Шукри подписал договор с Эфиопией.",
            {("Договор между Египтом и Эфиопией", "Treaty", ("state/EGY", "state/ETH"))},
        ),
    ],
)
def test_a_team_captain_signs_for_no_state(papers, text: str, found: set) -> None:  # noqa: ANN001
    assert papers(text) == found
