"""A visit told only by how long it will last ("Визит президента Аргентины в Уругвай
продлится два дня") is planned, not held: the verb of lasting tells no plan of its own, but
nothing tells the visit begun. Another mention that tells it begun ("прибыл в Монтевидео.
Визит продлится два дня") or a past of lasting ("продлился") keeps it held. States of our own
choice (Argentina–Uruguay, Spain–Portugal)."""

from __future__ import annotations

import pytest

DAY = "2025-10-01"

STATUSES = [
    ("Визит президента Аргентины в Уругвай продлится два дня.", "planned"),
    ("Визит премьер-министра Испании в Португалию продлится до субботы.", "planned"),
    # must-nots: begun by another mention, or lasted
    ("Президент Аргентины прибыл в Монтевидео. Визит продлится два дня.", "occurred"),
    ("Премьер-министр Испании находится в Лиссабоне с визитом. Визит продлится до субботы.",
     "occurred"),
    ("Визит президента Аргентины в Уругвай продлился два дня.", "occurred"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "status"), STATUSES)
def test_a_visit_told_as_lasting_ahead_is_planned(events, text: str, status: str) -> None:
    assert [e.status for e in events(text, DAY) if e.kind == "Visit"] == [status]
