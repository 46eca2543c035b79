"""A note handed to a diplomat just summoned: "вызвал временного поверенного в делах Чили
и вручил ему ноту протеста" — "ему" stands for the summoned envoy, whose state takes part;
a note of protest is labelled so (sixty-sixth pass, h-events248). Own sentences."""

from __future__ import annotations

import pytest
from fact_reads import one_of_kind, state_keys

_DAY = "2026-12-02"

# text, the note's states, its label
NOTES = [
    ("МИД Перу вызвал временного поверенного в делах Чили в Лиме и вручил ему ноту протеста.",
     {"state/PER", "state/CHL"}, "Нота протеста Министерства иностранных дел Перу"),
    ("Посла Мексики вызвали в МИД Кубы и вручили ему ноту.", {"state/CUB", "state/MEX"},
     "Нота Кубы"),
    ("Министерство иностранных дел Ганы вызвало посла Нигерии и вручило ему ноту протеста.",
     {"state/GHA", "state/NGA"}, "Нота протеста Министерства иностранных дел Ганы"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states", "label"), NOTES)
def test_note_to_the_summoned_envoy(events, text, states, label) -> None:
    note = one_of_kind(events(text, _DAY), "Message")
    assert state_keys(note) == states
    assert note.label == label


def test_a_note_to_ones_own_minister_names_no_other_state(events) -> None:
    text = "Президент Ганы вызвал министра обороны и вручил ему письмо."
    assert state_keys(one_of_kind(events(text, _DAY), "Message")) == {"state/GHA"}
