"""The events' per-sentence readers of a day read no word of a sentence when they have
nothing to date (no hit of the sentence, no undated hit before it, not exactly one day):
most sentences hold no hit, and each word read is a spaCy `Token` made (fifty-fourth pass,
h-perf55). Where they have something, they read the sentence as before (the readers' own
tests: `test_event_happened_then.py`, `test_event_there_next.py`,
`test_event_counted_days.py`, `test_event_eve_days.py`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from kg.extract.common.dates import DateMention
from kg.extract.events.counted_days import counted_days, eve_days
from kg.extract.events.dating import happened_then, report_day, there_next
from kg.extract.events.hit import Hit


class _Unread:
    """A sentence whose words must not be read."""

    start, end, start_char, end_char = 0, 9, 0, 60

    def __iter__(self) -> Iterator[Any]:
        raise AssertionError("a word of the sentence was read")

    def __getitem__(self, i: object) -> Any:
        raise AssertionError("a word of the sentence was read")


def _hit(date: str = "") -> Hit:
    hit = Hit("Meeting", 3, "встреча", (0, 9), True)
    hit.date = date
    return hit


def _day(value: str) -> DateMention:
    return DateMention(10, 20, "3 марта", value, False)


CASES: list[tuple[str, Callable[[Any], object]]] = [
    ("no hit before", lambda s: happened_then(s, [_day("2013-03-03")], [])),
    ("every hit before dated", lambda s: happened_then(s, [], [_hit("2013-03-02")])),
    ("no hit of its own", lambda s: there_next(s, [_hit()], [])),
    ("no hit before it", lambda s: there_next(s, [], [_hit()])),
    ("no hit to count from", lambda s: counted_days(s, [], [_hit("2013-03-02")])),
    ("no hit on the eve", lambda s: eve_days(s, [], [_hit("2013-03-02")], "2013-03-05")),
    ("no day", lambda s: report_day(s, [])),
    ("two days", lambda s: report_day(s, [_day("2013-03-03"), _day("2013-03-04")])),
]


@pytest.mark.parametrize(("case", "read"), CASES, ids=[c for c, _ in CASES])
def test_a_day_reader_with_nothing_to_date_reads_no_word(
    case: str, read: Callable[[Any], object]
) -> None:
    read(_Unread())
