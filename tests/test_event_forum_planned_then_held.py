"""A gathering told planned for a time and then held is held, at the place its verb of
happening gives (sixty-fourth pass, h-events239).

"Форум Чили и Перу был запланирован на май и прошёл в Лиме" gave no event: a held noun
(`event_kinds.tsv`) was an event only where a verb of happening took it, and the plan verb
its subject hung on was none (`status._gathered`). A plan verb of the noun as subject or
object now tells it; a past verb of happening joined to the plan (`status.held_as_planned`)
is an anchor of the event, so its place is read, and the plan no longer sets the event ahead
(`status._as_planned`). Must-nots: a plan alone, or one joined to a future verb, is planned.

Own sentences about Chile–Peru, Mali–Niger, Ghana–Benin; the report of 20 November 2026."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import one_of_kind

from kg.extract.events import Event

DATE = "2026-11-20"

READS = [
    ("Форум Чили и Перу был запланирован на май и прошёл в Лиме.",
     ("Форум Чили и Перу", "occurred", "2026-05", "Лима")),
    ("Форум Мали и Нигера был намечен на 5 мая и прошёл в Бамако.",
     ("Форум Мали и Нигера", "occurred", "2026-05-05", "Бамако")),
    ("Саммит Ганы и Бенина был запланирован на май и прошёл в Аккре.",
     ("Саммит Ганы и Бенина", "occurred", "2026-05", "Аккра")),
    # must not: a plan alone, a plan and a future verb: ahead
    ("Форум Чили и Перу был запланирован на май.",
     ("Форум Чили и Перу", "planned", "2027-05", "")),
    ("Форум Чили и Перу запланирован на май и пройдёт в Лиме.",
     ("Форум Чили и Перу", "planned", "2027-05", "Лима")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "read"), READS)
def test_gathering_planned_then_held(
    events: Callable[..., list[Event]], text: str, read: tuple[str, str, str, str]
) -> None:
    e = one_of_kind(events(text, DATE), "Forum", "Summit")
    assert (e.label, e.status, e.date, e.location) == read
