"""A day told without its year in the past tense a few days after the dateline ("ЛИМА, 12
марта. … 13 марта президент завершил визит") is of the dateline's year, and the event stays
done: the dateline is when the story was filed (`dates.filed_before`, three days). A day
further after it is last year's as before, and a planned one keeps its reading. Sentences of
our own about Argentina–Chile (fifty-sixth pass, h-events177)."""

from __future__ import annotations

import pytest

from kg.extract.common.dates import year_by_tense

_LEAD = "Сантьяго, {}. Президент Аргентины Хавьер Милей прибыл в Чили с официальным визитом. "
ENDED = _LEAD + "{} Милей завершил визит в Чили."
WILL = "Сантьяго, {}. Президент Аргентины Хавьер Милей посетит Чили {}."

# (document date, its words, the sentence, the day told, the visit's date and status)
CASES = [
    ("2026-03-12", "12 марта 2026 года", ENDED, "13 марта", "2026-03-13", "occurred"),
    ("2026-03-12", "12 марта 2026 года", ENDED, "15 марта", "2026-03-15", "occurred"),
    # across New Year: the next year's day
    ("2025-12-31", "31 декабря 2025 года", ENDED, "1 января", "2026-01-01", "occurred"),
    # must not: further after the dateline, last year's as before
    ("2026-03-12", "12 марта 2026 года", ENDED, "16 марта", "2025-03-16", "occurred"),
    ("2026-03-12", "12 марта 2026 года", ENDED, "13 мая", "2025-05-13", "occurred"),
    # must not: a planned visit keeps its year and its status
    ("2026-03-12", "12 марта 2026 года", WILL, "13 марта", "2026-03-13", "planned"),
    ("2026-03-12", "12 марта 2026 года", WILL, "10 марта", "2027-03-10", "planned"),
]  # fmt: skip


@pytest.mark.parametrize(("doc_date", "words", "text", "day", "date", "status"), CASES)
def test_a_day_just_after_the_dateline_keeps_its_year(
    events,  # noqa: ANN001 - the conftest fixture
    doc_date: str,
    words: str,
    text: str,
    day: str,
    date: str,
    status: str,
) -> None:
    read = [e for e in events(text.format(words, day), doc_date) if e.kind.endswith("Visit")]
    assert [(e.date, e.status) for e in read] == [(date, status)]


@pytest.mark.parametrize(
    ("value", "doc_date", "tense", "year"),
    [
        ("2026-03-13", "2026-03-12", "past", "2026-03-13"),
        ("2026-03-15", "2026-03-12", "past", "2026-03-15"),
        ("2025-01-02", "2025-12-30", "past", "2026-01-02"),
        ("2026-03-16", "2026-03-12", "past", "2025-03-16"),  # must not: four days after
        ("2025-01-05", "2025-12-30", "past", "2025-01-05"),  # must not: six days after
        ("2026-03-01", "2026-03-12", "future", "2027-03-01"),  # must not: a plan
    ],
)
def test_year_by_tense_lets_a_story_be_filed_before(
    value: str, doc_date: str, tense: str, year: str
) -> None:
    assert year_by_tense(value, doc_date, tense, by_day=True) == year
