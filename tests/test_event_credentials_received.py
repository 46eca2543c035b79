"""Credentials received (sixty-fifth pass, h-events244).

"Президент Латвии принял верительные грамоты посла Эстонии X" is the same ceremony as the
envoy's handing them over: a Ceremony between the receiver (the verb's subject), the envoy
(the papers' genitive or the verb's "у" phrase) and both states, labelled by the envoy.
Sentences of our own (Latvia–Estonia, Chile–Peru, Morocco–Senegal)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, state_keys

RECEIVED = [
    ("Президент Латвии Эдгар Ринкевич принял верительные грамоты посла Эстонии Андреса Ранда.",
     "Вручение верительных грамот Андреса Ранда", {"state/LVA", "state/EST"},
     "person/edgar"),
    ("Президент Чили Габриэль Борич принял верительные грамоты у посла Перу Хуана Переса.",
     "Вручение верительных грамот Хуана Переса", {"state/CHL", "state/PER"},
     "person/gabriel"),
    ("Во вторник король Марокко принял верительные грамоты нового посла Сенегала.",
     "Вручение верительных грамот", {"state/MAR", "state/SEN"}, ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "states", "receiver"), RECEIVED)
def test_credentials_received_are_the_ceremony(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    label: str,
    states: set[str],
    receiver: str,
) -> None:
    (rite,) = of_kind(events(text, "2024-03-14"), "Ceremony")
    assert rite.label == label
    assert state_keys(rite) == states
    assert not receiver or any(k.startswith(receiver) for k in rite.participants)


# must keep: other things received are no credentials
KEPT = [
    ("Парламент Латвии принял закон о гражданстве.", "Approval"),
    ("Президент Чили принял посла Перу.", "Meeting"),
    ("Президент Латвии принял почётную грамоту от посла Эстонии.", ""),
]


@pytest.mark.parametrize(("text", "kind"), KEPT)
def test_other_receivings_are_no_ceremony(
    events,  # noqa: ANN001
    text: str,
    kind: str,
) -> None:
    found = events(text, "2024-03-14")
    assert not of_kind(found, "Ceremony")
    assert [e.kind for e in found] == ([kind] if kind else [])
