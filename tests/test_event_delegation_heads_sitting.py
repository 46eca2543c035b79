"""The heads of the two delegations named right after a sitting or talks ("Делегации
возглавили вице-премьеры X и Y", "Чилийскую делегацию возглавил X, аргентинскую — Y") take
part in them: the commission's sitting had neither (sixty-eighth pass, h-events258). Own
sentences about Chile–Argentina, Vietnam–Laos."""

from __future__ import annotations

import pytest
from fact_reads import one_of_kind

_DAY = "2026-12-05"
_SITTING = (
    "Комиссии Чили и Аргентины по делимитации границы провели в пятницу в Мендосе очередное "
    "заседание. "
)
_BOTH = {"person/alberto-van-klaveren", "person/diana-mondino"}

# text, kind, the persons of the event
HEADS = [
    (_SITTING + "Делегации возглавили министры иностранных дел Альберто ван Клаверен и Диана "
     "Мондино.", "Meeting", _BOTH),
    (_SITTING + "Чилийскую делегацию возглавил Альберто ван Клаверен, аргентинскую — Диана "
     "Мондино.", "Meeting", _BOTH),
    ("Вьетнам и Лаос провели переговоры в Ханое. Вьетнамскую делегацию возглавил министр "
     "обороны Фан Ван Занг.", "Talks", {"person/fan-van-zang"}),
    # must-nots: another body led, whom a clause of its own names, a visit's delegation
    (_SITTING + "Министерство иностранных дел Чили возглавляет Альберто ван Клаверен.",
     "Meeting", set()),
    (_SITTING + "Чилийскую делегацию возглавил Альберто ван Клаверен, который ранее "
     "встречался с Дианой Мондино.", "Meeting", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "persons"), HEADS)
def test_delegation_heads_sit_at_it(events, text: str, kind: str, persons: set[str]) -> None:
    event = one_of_kind(events(text, _DAY), kind)
    assert {p for p in event.participants if p.startswith("person/")} == persons
