"""A term's end and a document's date compare as dates at whatever precision each is given
(`kg.gazetteer.ended_before`, read by the offices' `_term_ended`): "2019" does not end
before "2019-05-10" (the term may have run till December), though the strings sort so; an
ordinal of succession names a former holder only where every term surely ended before the
document's date. Forty-second pass, h-misc43."""

from __future__ import annotations

from datetime import date

import pytest

from kg.gazetteer import ended_before, period


@pytest.mark.parametrize(
    ("end", "when", "ended"),
    [
        ("2018-12-31", "2019-01-01", True),
        ("2018", "2019-05-10", True),
        ("2019-04", "2019-05-10", True),
        ("2019-05-09", "2019-05", False),  # the document may be of 1 May
        ("2019-04-30", "2019-05", True),
        ("2019", "2019-05-10", False),  # a string's "2019" < "2019-05-10" said ended
        ("2019-05", "2019-05-10", False),
        ("2019-05-10", "2019-05-10", False),
        ("2019-05-10", "2019", False),
        ("2019-12-31", "2020", True),
        ("2019-06-01", "2019-05-10T12:00:00+03:00", False),
        ("2019-05-09", "2019-05-10T12:00:00+03:00", True),
        ("", "2019-05-10", False),  # still in office
        ("2019", "", False),  # an undated document
        ("2019", "весной", False),  # no date read
        ("2019-02-30", "2020", False),  # no such day
    ],
)
def test_ended_before(end: str, when: str, ended: bool) -> None:
    assert ended_before(end, when) is ended


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2019", date(2019, 1, 1), date(2019, 12, 31)),
        ("2020-02", date(2020, 2, 1), date(2020, 2, 29)),
        ("2019-05-10", date(2019, 5, 10), date(2019, 5, 10)),
    ],
)
def test_period(text: str, first: date, last: date) -> None:
    assert period(text) == (first, last)
