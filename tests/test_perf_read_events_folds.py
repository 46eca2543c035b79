"""Each group of event hits folded once for its reading (sixty-sixth pass, h-perf68).

`building.read_events` ranked the groups by their fold, then folded each group anew for its
frame, its stop, the day it points at and the frame it opens, and `extract_events` folded it
once more after: up to five folds of one group whose hits had not changed (`_fold_hits`
1,813 → 1,120 calls on 105 NEREL documents). The groups are folded once, that fold read by
the framing (which changes no fold) and handed on; `_event` still folds its own, which it
fills in. What is read is what was read: the events below, whose dates their frames give.
States of our own: Chile, Peru, Ecuador, Bolivia."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from call_counts import count_calls

from kg.extract.events import building
from kg.extract.events.fact import Event

CASES = [
    # a visit frames the talks told in it and the signing after them: its day
    ("Президент Чили 12 марта 2026 года прибыл с официальным визитом в Перу. В ходе визита "
     "он провёл переговоры с президентом Перу. По итогам переговоров стороны подписали "
     "соглашение о торговле.",
     {("Signing", "2026-03-12"), ("Talks", "2026-03-12"), ("OfficialVisit", "2026-03-12")}),
    ("Министр иностранных дел Эквадора 3 июня 2026 года посетил Боливию. Он встретился с "
     "президентом Боливии.",
     {("Meeting", "2026-06-03"), ("Visit", "2026-06-03")}),
    # must-not: talks of a day of their own keep it, not the visit's
    ("Президент Перу 5 мая 2026 года прибыл с визитом в Чили.\n\n7 мая 2026 года президенты "
     "Чили и Перу провели переговоры в Сантьяго.",
     {("Talks", "2026-05-07"), ("Visit", "2026-05-05")}),
]  # fmt: skip


def _read(events: Callable[..., list[Event]], text: str) -> set[tuple[str, str]]:
    return {(e.kind, e.date) for e in events(text, "2026-06-10")}


@pytest.mark.parametrize(("text", "read"), CASES)
def test_events_read_as_before(
    events: Callable[..., list[Event]], text: str, read: set[tuple[str, str]]
) -> None:
    assert _read(events, text) == read


@pytest.mark.parametrize(("text", "read"), CASES)
def test_each_group_folded_once_for_its_reading(
    events: Callable[..., list[Event]],
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    read: set[tuple[str, str]],
) -> None:
    """One fold a group in `read_events`, one in `_event` (its own, filled in)."""
    groups = count_calls(monkeypatch, building, "_event")
    read_folds = count_calls(monkeypatch, building, "fold")
    assert _read(events, text) == read
    assert groups.n >= len(read)
    assert read_folds.n == 2 * groups.n
