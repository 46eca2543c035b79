"""Elections a power speaks of ("Президент имеет полномочия объявить о роспуске парламента и
проведении досрочных выборов") are none the text tells held (events118, review49 3f); the
same words told as done stay an election. Sentences of our own (Chile, Peru)."""

from __future__ import annotations

import pytest

POWERS = [
    "Президент Чили имеет полномочия объявить о роспуске парламента и проведении досрочных "
    "выборов.",
    "Президент Перу имеет право объявить о проведении досрочных выборов.",
]  # fmt: skip


@pytest.mark.parametrize("text", POWERS)
def test_a_power_to_call_elections_is_none(events, text: str) -> None:  # noqa: ANN001
    assert not [e for e in events(text, "2012-12-10") if e.kind == "Election"]


# must keep: elections called
def test_elections_called_stay(events) -> None:  # noqa: ANN001
    text = "Президент Чили объявил о роспуске парламента и проведении досрочных выборов."
    assert [e for e in events(text, "2012-12-10") if e.kind == "Election"]
