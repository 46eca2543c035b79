"""A sitting of a commission a state's adjective names ("заседание турецкой комиссии") is
that one state's side; where the sitting's co-chairs of two states are named ("…, которое
возглавят министр X Азербайджана и министр Y Турции", "под сопредседательством …"), they and
their states are the sitting's sides. Own sentences about pairs of states, must-nots beside
the musts. Sixty-third pass (h-events228)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, state_keys

_IN_LIMA = "В июне в Лиме пройдёт заседание "
_LED = ", которое возглавят министр торговли Чили и министр экономики Перу."


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (_IN_LIMA + "чилийской комиссии" + _LED, {"state/CHL", "state/PER"}),
        (_IN_LIMA + "перуанской межправительственной комиссии" + _LED, {"state/CHL", "state/PER"}),
        (
            _IN_LIMA + "перуанской комиссии под сопредседательством министра торговли Чили и "
            "министра экономики Перу.",
            {"state/CHL", "state/PER"},
        ),
        (  # the parser hangs "под сопредседательством" on the commission's topic
            _IN_LIMA + "чилийской комиссии по торговле под сопредседательством министра "
            "торговли Чили и министра экономики Перу.",
            {"state/CHL", "state/PER"},
        ),
        (
            "В мае в Аккре пройдёт заседание ганской комиссии, которое возглавят министр "
            "финансов Ганы и министр финансов Того.",
            {"state/GHA", "state/TGO"},
        ),
        # must-nots: no co-chairs, or one state's chair: the adjective's state alone
        (_IN_LIMA + "чилийской комиссии по торговле.", {"state/CHL"}),
        (
            _IN_LIMA + "чилийской комиссии по торговле, которое возглавит министр торговли Чили.",
            {"state/CHL"},
        ),
        (
            "В мае в Аккре пройдёт заседание ганской комиссии по энергетике.",
            {"state/GHA"},
        ),
    ],
)
def test_co_chairs_win_over_a_states_adjective(events, text: str, states: set[str]) -> None:
    (sitting,) = of_kind(events(text, "2026-03-12"), "Meeting")
    assert state_keys(sitting) == states


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (
            "Очередное заседание межправительственной комиссии пройдёт в Найроби в ноябре. "
            "Заседание кенийской комиссии, которое возглавят министр торговли Кении Ли Киньянжуи "
            "и министр торговли Танзании Селемани Джафо, будет посвящено энергетике.",
            {"state/KEN", "state/TZA"},
        ),
        (  # must-not: the one state's sitting stays its own
            "Очередное заседание межправительственной комиссии пройдёт в Найроби в ноябре. "
            "Заседание кенийской комиссии по энергетике будет посвящено торговле.",
            {"state/KEN"},
        ),
    ],
)
def test_a_sitting_told_twice_is_its_co_chairs(events, text: str, states: set[str]) -> None:
    sittings = of_kind(events(text, "2026-03-12"), "Meeting")
    assert {s for e in sittings for s in state_keys(e)} == states
    assert sittings[0].location == "Найроби"
