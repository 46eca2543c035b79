"""Tourists, citizens, migrants, pilgrims and students who visit a place, counted or told as
a crowd ("Ханой посетили более 300 тысяч туристов из Южной Кореи", "туристов, посетивших
Египет"), travel for themselves: no visit between states. Must-nots: a delegation, counted
in people or not, and an official stay visits. Sixty-eighth pass (h-events259); sentences of
our own about Vietnam–Korea, Egypt–Russia, Belarus–Kazakhstan, Egypt–Israel."""

from __future__ import annotations

import pytest

from kg.extract.events.triggers import VISITS

_DAY = "2026-05-10"

# (text, the states of its one visit; None: no visit)
VISITS_TOLD = [
    ("В прошлом году Ханой посетили более 300 тысяч туристов из Южной Кореи.", None),
    ("Число российских туристов, посетивших Египет в 2025 году, выросло на 10 процентов.", None),
    ("Сотни паломников из Египта посетили Иерусалим.", None),
    ("Граждане Белоруссии посетили Казахстан.", None),
    ("Студенты из Казахстана посетили Минск.", None),
    # must-nots: a delegation counted in people, a state's delegation, an official
    ("Делегация из 20 человек из Белоруссии посетила Астану.", {"state/BLR", "state/KAZ"}),
    ("Делегация Белоруссии посетила Астану.", {"state/BLR", "state/KAZ"}),
    ("Министр иностранных дел Белоруссии посетил Астану.", {"state/BLR", "state/KAZ"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states"), VISITS_TOLD)
def test_crowd_no_visit(events, text: str, states: set[str] | None) -> None:  # noqa: ANN001
    visits = [e for e in events(text, _DAY) if e.kind in VISITS]
    if states is None:
        assert visits == []
    else:
        (visit,) = visits
        assert {k for k in visit.participants if k.startswith("state/")} == states
