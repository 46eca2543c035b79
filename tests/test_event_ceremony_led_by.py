"""Who takes part in a ceremony: those a "во главе с"/"в составе" phrase names after the
subject of "приняли участие" (forty-fifth pass, h-events117; sentences of our own about
other states than the reviewed texts')."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _ceremony(events: list[Event]) -> Event:
    (ceremony,) = [e for e in events if e.kind == "Ceremony"]
    return ceremony


LED = [
    ("8 мая 2017 года в Лиме прошла церемония возложения венков. В церемонии приняли участие "
     "члены правительства Перу во главе с Хуаном Пересом.", "person/khuan-peres"),
    ("В Каире прошла церемония открытия выставки. В церемонии приняли участие члены делегации "
     "Турции во главе с министром Мехметом Озом.", "person/mekhmet-oz"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person"), LED)
def test_the_leader_of_those_taking_part_takes_part(events, text: str, person: str) -> None:
    assert person in _ceremony(events(text)).participants


def test_no_leader_no_one_added(events) -> None:
    text = (
        "В Каире прошла церемония открытия выставки. В церемонии приняли участие министры "
        "Египта и Турции."
    )
    assert _ceremony(events(text)).participants == ["state/EGY", "state/TUR"]


def test_a_leader_of_another_clause_takes_no_part(events) -> None:
    text = (
        "В Каире прошла церемония открытия выставки. В церемонии приняли участие министры "
        "Египта, а делегация Турции во главе с министром Мехметом Озом отказалась."
    )
    assert "person/mekhmet-oz" not in _ceremony(events(text)).participants
