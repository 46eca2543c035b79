"""A day without its year on an event whose own words tell no status ("На выборах 7 декабря
он набрал …") is moved by the tense of the clause it is told in, as a status would move it:
told in the past in a text early in the year, a day after the text's own is last year's, not
a vote ahead. A clause in the future, a status of its own or a year given keep theirs.
Sentences of our own (Chile, Peru, Senegal; sixty-ninth pass, h-events263)."""

from __future__ import annotations

import pytest

# (document date, sentence, the elections' date, status)
CASES = [
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
]


@pytest.mark.parametrize(("doc_date", "text", "date", "status"), CASES)
def test_a_yearless_day_by_its_clause_tense(
    events,  # noqa: ANN001 - the conftest fixture
    doc_date: str,
    text: str,
    date: str,
    status: str,
) -> None:
    read = [e for e in events(text, doc_date) if e.kind == "Election"]
    assert [(e.date, e.status) for e in read] == [(date, status)]
