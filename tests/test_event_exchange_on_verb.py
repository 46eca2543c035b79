""" "X и Y провели обмен заключёнными", where the parser hangs "заключёнными" on the verb, not
on "обмен", is one Release of both sides labelled as the exchange (seventy-first pass,
h-events271). Must-nots: an exchange of visits or views is no release. Sentences of our own
about other pairs of states."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

_DAY = "2025-07-19"

CASES = [
    ("ЕРЕВАН, 19 июля. Армения и Азербайджан провели обмен заключёнными.",
     {"state/ARM", "state/AZE"}),
    ("ЛИМА, 19 июля. Перу и Боливия в пятницу провели обмен заключёнными.",
     {"state/PER", "state/BOL"}),
]  # fmt: skip
MUST_NOTS = [
    "ЕРЕВАН, 19 июля. Армения и Азербайджан провели обмен мнениями.",
    "ЛИМА, 19 июля. Перу и Боливия провели обмен визитами.",
]


@pytest.mark.parametrize(("text", "states"), CASES)
def test_an_exchange_of_prisoners_is_one_release(events, text: str, states: set[str]) -> None:
    (release,) = of_kind(events(text, _DAY), "Release")
    assert release.label.startswith("Обмен заключёнными")
    assert {p for p in release.participants if p.startswith("state/")} == states


@pytest.mark.parametrize("text", MUST_NOTS)
def test_an_exchange_of_other_things_is_no_release(events, text: str) -> None:
    assert not of_kind(events(text, _DAY), "Release")
