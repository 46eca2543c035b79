"""A state's parties, factions and trade unions named after "между" make the paper, not
the state of their genitive. Sentences of our own about Estonia, Latvia and Lithuania, with
must-nots."""

from __future__ import annotations

import pytest
from agreement_runs import kind_rows


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → (title, kind, parties) of each agreement kg reads."""
    return lambda text: kind_rows(analyse, text, "2025-04-02")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the factions' or unions' paper: the state of their genitive is no side
        ("Правительство сформировано на основе коалиционного соглашения между фракциями "
         "партий Эстонии от 2 ноября 2015 года.",
         {("Коалиционное соглашение между фракциями партий Эстонии", "Agreement", ())}),
        ("Соглашение между профсоюзами Латвии и работодателями подписано в среду.",
         {("Соглашение между профсоюзами Латвии", "Agreement", ())}),
        # must not: a state's government or its president acts for it; a topic's parties
        ("Соглашение между правительствами Латвии и Литвы подписано в среду.",
         {("Соглашение между правительствами Латвии и Литвы", "Agreement",
           ("state/LTU", "state/LVA"))}),
        ("Договор между президентами Латвии и Литвы подписан в среду.",
         {("Договор между президентами Латвии и Литвы", "Treaty", ("state/LTU", "state/LVA"))}),
        ("Соглашение между Латвией и Литвой о сотрудничестве партий подписано в среду.",
         {("Соглашение между Латвией и Литвой о сотрудничестве партий", "Agreement",
           ("state/LTU", "state/LVA"))}),
    ],
)  # fmt: skip
def test_a_states_groups_make_the_paper_not_the_state(read, text, found):
    assert read(text) == found
