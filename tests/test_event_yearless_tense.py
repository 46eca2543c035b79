"""A day and month told without a year is the nearest such day in the direction its verb's
tense says (`year_by_tense(..., by_day=True)` for events, as for offices): planned, the first
on or after the document's date; past, the last on or before it. Compared by day, so a day
earlier in the document's own month is next year's when planned and a later one last year's
when past (it was kept in the document's year and a past vote became "planned"). Sentences of
our own (Chile–Peru, Egypt–Turkey; forty-seventh pass, h-events122)."""

from __future__ import annotations

import pytest

HELD = "Президентские выборы в Чили прошли {}."
AHEAD = "Президентские выборы в Чили пройдут {}."
VISIT = "Министр иностранных дел Египта посетит Турцию {}."

# (document date, sentence, the elections' or visit's date, status)
CASES = [
    ("2010-02-01", AHEAD.format("14 марта"), "2010-03-14", "planned"),  # ahead this year
    ("2010-11-20", AHEAD.format("14 марта"), "2011-03-14", "planned"),  # passed: next year's
    ("2010-02-01", HELD.format("14 марта"), "2009-03-14", "occurred"),  # not yet: last year's
    ("2010-03-20", AHEAD.format("14 марта"), "2011-03-14", "planned"),  # same month, passed
    ("2010-03-10", HELD.format("14 марта"), "2009-03-14", "occurred"),  # same month, not yet
    ("2010-03-14", AHEAD.format("14 марта"), "2010-03-14", "planned"),  # on the day: that day
    ("2010-03-14", HELD.format("14 марта"), "2010-03-14", "occurred"),
    ("2010-11-20", VISIT.format("2 декабря"), "2010-12-02", "planned"),
    ("2010-12-20", VISIT.format("2 декабря"), "2011-12-02", "planned"),
    # no status of its own: the clause's tense moves the day (sixty-ninth pass, h-events263)
    (
        "2011-01-09",
        "На выборах 5 декабря кандидат партии набрал 48% голосов.",
        "2010-12-05",
        "occurred",
    ),
    (
        "2011-02-03",
        "На президентских выборах 28 ноября в Чили победил оппозиционер.",
        "2010-11-28",
        "occurred",
    ),
    (
        "2011-01-20",
        "По итогам выборов 12 декабря в Перу оппозиция получила большинство.",
        "2010-12-12",
        "occurred",
    ),
    # must not: the elections' own verb, a future clause, a year given
    ("2011-01-09", "Выборы в Сенегале пройдут 5 декабря.", "2011-12-05", "planned"),
    (
        "2011-01-09",
        "На выборах 5 декабря в Сенегале оппозиция выставит своего кандидата.",
        "2011-12-05",
        "planned",
    ),
    (
        "2011-01-09",
        "На выборах 5 декабря 2009 года кандидат партии набрал 48% голосов.",
        "2009-12-05",
        "occurred",
    ),
    # must not change: a month alone compares months, a year given is kept
    ("2010-03-20", AHEAD.format("в марте"), "2010-03", "planned"),
    ("2010-11-20", HELD.format("14 марта 2008 года"), "2008-03-14", "occurred"),
    ("2010-02-01", AHEAD.format("14 марта 2012 года"), "2012-03-14", "planned"),
]


@pytest.mark.parametrize(("doc_date", "text", "date", "status"), CASES)
def test_a_day_without_its_year_by_tense(
    events,  # noqa: ANN001 - the conftest fixture
    doc_date: str,
    text: str,
    date: str,
    status: str,
) -> None:
    read = [e for e in events(text, doc_date) if e.kind in {"Election", "Visit"}]
    assert [(e.date, e.status) for e in read] == [(date, status)]
