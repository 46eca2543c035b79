"""One of a mission's staff summoned to a ministry is a summons ("В МИД Латвии вызвали
представителя эстонского посольства"), not a company's man nor an ambulance; a summons told
after the lead's act between the same two states, with no time of its own, is of the lead's
news and day, and the note handed to the one summoned ("и вручили ему ноту протеста") of the
summons's. Own sentences about Latvia–Estonia, Armenia–Azerbaijan, Finland–Iran (seventieth
pass, h-events267)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, one_of_kind, state_keys

_DAY = "2026-11-27"

# text, the summons's states
SUMMONED = [
    ("В МИД Латвии вызвали представителя эстонского посольства.", {"state/LVA", "state/EST"}),
    ("МИД Финляндии вызвал сотрудника посольства Ирана.", {"state/FIN", "state/IRN"}),
    ("Вызов представителя посольства Армении в МИД Азербайджана состоялся в понедельник.",
     {"state/ARM", "state/AZE"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states"), SUMMONED)
def test_a_mission_staff_summoned(events, text: str, states: set[str]) -> None:
    summons = one_of_kind(events(text, _DAY), "Summons")
    assert state_keys(summons) == states


@pytest.mark.parametrize(
    "text",
    [
        "МИД Латвии вызвал представителя компании.",
        "Соседи вызвали скорую.",
        "Решение МИД Латвии вызвало интерес.",
        "Визит вызвал интерес у сотрудников посольства Эстонии.",
    ],
)
def test_no_summons(events, text: str) -> None:
    assert not of_kind(events(text, _DAY), "Summons")


_LEAD = (
    "Эстония выслала двух дипломатов Армении. Об этом сообщил МИД Эстонии. Власти также "
    "заявили о новых мерах. "
)


def test_a_summons_after_the_leads_expulsion_is_of_its_day(events) -> None:
    found = events(
        _LEAD + "В МИД Эстонии также вызвали представителя армянского посольства и вручили "
        "ему ноту протеста.",
        _DAY,
    )
    summons, note = one_of_kind(found, "Summons"), one_of_kind(found, "Message")
    assert (summons.date, state_keys(summons)) == (_DAY, {"state/EST", "state/ARM"})
    assert (note.date, note.status) == (_DAY, "occurred")


def test_a_summons_told_of_before_takes_no_day(events) -> None:
    found = events(_LEAD + "Ранее посла Армении уже вызывали в МИД Эстонии.", _DAY)
    assert one_of_kind(found, "Summons").date == ""


def test_a_note_handed_with_a_summons_takes_its_day(events) -> None:
    found = events("Посла Армении вызвали в МИД Азербайджана и вручили ему ноту протеста.", _DAY)
    assert one_of_kind(found, "Message").date == one_of_kind(found, "Summons").date == _DAY
