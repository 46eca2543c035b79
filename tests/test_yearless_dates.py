"""A day or month told without its year takes the document's, moved by its clause's tense
(`year_by_tense`): a past one after the document is last year's, a planned one before it
next year's; offices and events compare days (events compared months until h-events122).
29 February keeps its year (the year beside has none), and a year without it dates nothing.
Sentences of our own about Peru, Chile and Argentina."""

from __future__ import annotations

import pytest

from kg.extract.common.dates import year_by_tense

TOOK_OFFICE = "Хорхе Рамос вступил в должность президента Перу {}."
WILL_VISIT = "Президент Чили Габриэль Борич посетит Аргентину {}."

OFFICE_STARTS = [
    ("2024-01-15", "29 февраля", "2024-02-29"),  # a leap year: not the 2023-02-29 there is not
    ("2023-01-15", "29 февраля", ""),  # a year without it: no date
    ("2024-01-15", "20 февраля", "2023-02-20"),  # after the document: last year's
    ("2024-02-10", "20 февраля", "2023-02-20"),  # compared by day, not by month
    ("2024-03-10", "20 февраля", "2024-02-20"),  # before the document: its year
]


@pytest.mark.parametrize(("doc_date", "day", "start"), OFFICE_STARTS)
def test_an_office_taken_on_a_day_without_its_year(extraction, doc_date: str, day: str, start: str):
    ex = extraction(TOOK_OFFICE.format(day), doc_date)
    assert {h.start for h in ex.facts["offices"] if h.basis == "text"} == {start}


VISIT_DATES = [
    ("2024-03-10", "29 февраля", "2024-02-29"),  # a leap year: not the 2025-02-29 there is not
    ("2023-03-10", "29 февраля", ""),  # a year without it: no date
    ("2024-03-10", "20 февраля", "2025-02-20"),  # planned before the document: next year's
    ("2024-02-10", "20 февраля", "2024-02-20"),  # ahead of the document's day: its year
    ("2024-01-15", "20 февраля", "2024-02-20"),  # after the document: its year
]


@pytest.mark.parametrize(("doc_date", "day", "date"), VISIT_DATES)
def test_a_visit_planned_on_a_day_without_its_year(extraction, doc_date: str, day: str, date: str):
    ex = extraction(WILL_VISIT.format(day), doc_date)
    assert [e.date for e in ex.facts["events"] if e.kind == "Visit"] == [date]


@pytest.mark.parametrize(
    ("value", "doc_date", "tense", "by_day", "year"),
    [
        ("2024-12-20", "2024-01-15", "past", False, "2023-12-20"),
        ("2024-01-20", "2024-01-15", "past", False, "2024-01-20"),
        ("2024-01-20", "2024-01-15", "past", True, "2023-01-20"),
        ("2024-02", "2024-11-15", "future", False, "2025-02"),
        ("2024-02", "2024-11-15", "past", False, "2024-02"),
        ("2024-12", "2024-01-15", "", False, "2024-12"),  # neither: the document's year
        ("2024-02-29", "2024-01-15", "past", True, "2024-02-29"),
        ("2024-02-29", "2024-03-15", "future", False, "2024-02-29"),
        ("2024-03-20", "2024", "past", True, "2024-03-20"),  # a document's year only
    ],
)
def test_year_by_tense(value: str, doc_date: str, tense: str, by_day: bool, year: str) -> None:
    assert year_by_tense(value, doc_date, tense, by_day=by_day) == year
