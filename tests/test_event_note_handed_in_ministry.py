"""A note handed over in a ministry, no one named handing it, is that ministry's state's
(sixty-fifth pass, h-events244): "Посол Белоруссии был вызван в МИД Литвы, где ему вручили
ноту протеста" is Lithuania's note to Belarus, not Belarus's. Sentences of our own
(Lithuania–Belarus, Poland–Belarus, Ukraine–Hungary)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, state_keys

_DAY = "2026-11-27"

# text, the note's label, states it is between
HANDED_IN = [
    ("Посол Белоруссии был вызван в МИД Литвы, где ему вручили ноту протеста.",
     "Нота протеста Литвы", {"state/LTU", "state/BLR"}),
    ("В МИД Польши послу Белоруссии вручили ноту протеста.",
     "Нота протеста Польши", {"state/POL", "state/BLR"}),
    ("Посла Венгрии пригласили в МИД Украины, где ему вручили ноту.",
     "Нота Украины", {"state/UKR"}),  # "ему" of an object is not read yet
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "states"), HANDED_IN)
def test_a_note_handed_in_a_ministry_is_its_states(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    label: str,
    states: set[str],
) -> None:
    (note,) = of_kind(events(text, _DAY), "Message")
    assert note.label == label
    assert states <= state_keys(note)


# must keep: one named handing it over sends it, wherever it is handed
KEPT = [
    ("Посол Эстонии вручил ноту в МИД Латвии.", "Нота Эстонии"),
    ("МИД Польши вручил послу Белоруссии ноту протеста.",
     "Нота протеста Министерства иностранных дел Польши"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label"), KEPT)
def test_a_named_sender_keeps_the_note(
    events,  # noqa: ANN001
    text: str,
    label: str,
) -> None:
    (note,) = of_kind(events(text, _DAY), "Message")
    assert note.label == label
