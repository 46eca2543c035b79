"""A programme of exchange between states is a paper ("программа культурного обмена",
"программа молодёжных обменов"): an exchange names its topic as cooperation does. Not a
visit's programme, nor one of sides that are no states ("программа обмена студентами между
университетами"), nor a person's ("училась по программе обмена"). Own sentences about
other pairs of states (h-agreements46)."""

from __future__ import annotations

import pytest

DAY = "2026-06-05"

# (text, the papers read: title, status, sides)
PROGRAMMES = [
    ("Чили и Перу подписали программу культурного обмена на 2027–2029 годы.",
     [("Программа культурного обмена", "signed", ["state/CHL", "state/PER"])]),
    ("Министры Египта и Иордании подписали программу молодёжных обменов.",
     [("Программа молодёжных обменов", "signed", ["state/EGY", "state/JOR"])]),
    ("Подписана программа обмена между Чехией и Словакией в области образования.",
     [("Программа обмена между Чехией и Словакией в области образования", "signed",
       ["state/CZE", "state/SVK"])]),
    ("Чехия и Словакия подписали программу обмена специалистами.",
     [("Программа обмена специалистами", "signed", ["state/CZE", "state/SVK"])]),
    # must-nots
    ("Министры Египта и Иордании обсудили программу визита.", []),
    ("Ректоры подписали программу обмена студентами между университетами.", []),
    ("Студентка из Перу училась в Чили по программе обмена.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "papers"), PROGRAMMES)
def test_a_programme_of_exchange_between_states_is_a_paper(extraction_of, text, papers) -> None:
    read = extraction_of(text, DAY, "agreements").facts["agreements"]
    assert sorted((a.title, a.status, sorted(a.parties)) for a in read) == papers


def test_exchange_between_no_states_in_a_report_of_two_is_no_paper(extraction_of) -> None:
    """Must not: an exchange of others' a passive tells in a report of two states, whose
    agentless signing would give it the pair."""
    read = extraction_of(
        "ПРАГА, 5 июня. Премьер-министры Чехии и Словакии провели переговоры в Праге. Также "
        "была подписана программа обмена студентами между университетами.",
        DAY,
        "agreements",
    ).facts["agreements"]
    assert not read
