"""Elections called and their dates (events121): "X объявил о проведении досрочных выборов"
announces elections that lie ahead, as "объявил о досрочных выборах" does, through the noun
of holding them; elections told held stay held. Sentences of our own (Latvia, Peru, Egypt)."""

from __future__ import annotations

import pytest

# (text, the election's status)
CALLS = [
    ("Президент Латвии объявил о проведении досрочных выборов.", "planned"),
    ("Президент Перу объявил о проведении досрочных парламентских выборов.", "planned"),
    # must keep
    ("Президент Латвии объявил о досрочных выборах.", "planned"),
    ("В Египте прошли досрочные парламентские выборы.", "occurred"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "status"), CALLS)
def test_elections_called_lie_ahead(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    status: str,
) -> None:
    (election,) = [e for e in events(text, "2024-12-20") if e.kind == "Election"]
    assert election.status == status
