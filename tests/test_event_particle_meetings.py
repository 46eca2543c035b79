"""A meeting with a person whose name has a particle ("ван", "фон", "де", "дель") is labelled
with both sides like any meeting (forty-first pass, h-fix41b, own sentences)."""

from __future__ import annotations

import pytest

CASES = [
    ("Президент Чили встретился с Питером ван Дейком.", "Дейк"),
    ("Премьер-министр Эстонии встретился с Клаусом фон Брауном.", "Браун"),
    ("Президент Мексики встретился с Хосе де Альмейдой.", "Альмейд"),
    ("Президент Чили встретился с Питером Дейком.", "Дейк"),
    # must keep: a meeting of two states stays labelled by the states
    ("Президент Чили встретился с министром иностранных дел Перу.", "Перу и Чили"),
]


@pytest.mark.parametrize(("text", "other"), CASES)
def test_particle_name_meeting_label(events, text: str, other: str) -> None:  # noqa: ANN001
    meetings = [e for e in events(text, "2024-05-10") if e.kind in ("Meeting", "Talks")]
    assert meetings, [e.label for e in events(text, "2024-05-10")]
    assert other in meetings[0].label, meetings[0].label
