"""A relative clause's "который" is the noun it relates to: "прибыл … с государственным
визитом, который продлится до 17 апреля" gives the visit its last day, as "Визит продлится
до 17 апреля" does (`events/until.py`). Own sentences about Chile–Peru, Ghana–Togo."""

from __future__ import annotations

import pytest
from fact_reads import one_of_kind

_DAY = "2025-04-16"


@pytest.mark.parametrize(
    ("text", "kind", "end"),
    [
        ("Президент Чили прибыл во вторник в Перу с государственным визитом, который "
         "продлится до 17 апреля.", "StateVisit", "2025-04-17"),
        ("Президент Ганы прибыл в Того с официальным визитом, который продлится до 19 апреля.",
         "OfficialVisit", "2025-04-19"),
        # must-not: the clause is about the talks, not the visit
        ("Президент Ганы прибыл в Того с официальным визитом. Он провёл переговоры, "
         "которые продлились два часа.", "OfficialVisit", ""),
    ],
)  # fmt: skip
def test_relative_clause_gives_the_last_day(events, text: str, kind: str, end: str) -> None:
    assert one_of_kind(events(text, _DAY), kind).end == end
