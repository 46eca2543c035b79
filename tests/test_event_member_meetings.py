"""A meeting of the officials of a union's member states ("встреча министров обороны стран —
членов НАТО"): the union named by "стран — членов X", "стран X", "государств-членов X" takes
part as an organization, as in a union's summit, and the label keeps the phrase; a pair of
states with "— соседей X" after it names no union and stays the pair's (sixty-sixth pass,
h-events249). Own sentences."""

from __future__ import annotations

import pytest
from fact_reads import one_of_kind, state_keys

_DAY = "2026-12-08"

# text, the union, label
MEMBERS = [
    ("В Брюсселе прошла встреча министров обороны стран — членов НАТО.",
     "org/nato", "Встреча министров обороны стран — членов НАТО"),
    # the parse hangs "членов" on "министров", not on "государств"
    ("В Джакарте прошла встреча министров финансов государств — членов АСЕАН.",
     "org/asean", "Встреча министров финансов государств — членов АСЕАН"),
    # no dash: "стран СНГ"
    ("В Минске прошла встреча министров иностранных дел стран СНГ.",
     "org/cis", "Встреча министров иностранных дел стран СНГ"),
    # a verb, the officials its subject
    ("Министры обороны стран-членов НАТО встретились в Брюсселе.",
     "org/nato", "Встреча министров обороны стран-членов НАТО"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "union", "label"), MEMBERS)
def test_union_of_members_takes_part(events, text, union, label) -> None:
    meeting = one_of_kind(events(text, _DAY), "Meeting")
    assert meeting.participants == [union]
    assert meeting.label == label


# a pair of states and their neighbour: no union, the pair's meeting
NOT_MEMBERS = [
    "В Аммане прошла встреча министров обороны Польши и Литвы.",
    "Министр обороны Польши провёл встречу с коллегой из Литвы.",
]


@pytest.mark.parametrize("text", NOT_MEMBERS)
def test_states_meeting_names_no_union(events, text) -> None:
    meeting = one_of_kind(events(text, _DAY), "Meeting")
    assert state_keys(meeting) == {"state/POL", "state/LTU"}
    assert not any(p.startswith("org/") for p in meeting.participants)
    assert "стран" not in meeting.label


# two named states, "— соседей X" apposed: X is no side; unnamed neighbours: X stays
NEIGHBOURS = [
    ("В Аммане прошла встреча министров обороны Иордании и Ирака — соседей Сирии.",
     {"state/JOR", "state/IRQ"}),
    ("В Варшаве прошла встреча министров иностранных дел Польши и Литвы — соседей Белоруссии.",
     {"state/POL", "state/LTU"}),
    ("В Каире прошла встреча министров обороны стран — соседей Судана.", {"state/SDN"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states"), NEIGHBOURS)
def test_neighbours_apposed_to_states_take_no_part(events, text, states) -> None:
    meeting = one_of_kind(events(text, _DAY), "Meeting")
    assert set(meeting.participants) == states
