"""A body a name heads by "возглавлять"/"возглавить" ("Хуан Перес на данный момент
возглавляет Центральный банк Чили", "возглавлял чилийский МИД с 2010 по 2014 год"): the name
is that body's head, now or in the past as the verb tells, dated by its dates (h-offices51,
the forty-fifth pass; own sentences about Chile and Peru)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

CASES = [
    ("Хуан Перес на данный момент возглавляет Центральный банк Чили.",
     "Перес", {("глава", "org/tsentralnyy-bank-chili", False, "", "")}),
    ("Хуан Перес возглавлял чилийский МИД с 2010 по 2014 год.",
     "Перес", {("глава", "org/ministerstvo-inostrannykh-del-chili", True, "2010", "2014")}),
    ("В 2015 году Хуан Перес возглавил компанию «Андес».",
     "Перес", {("глава", "org/andes", False, "2015", "")}),
    # must not: denied, still to come, a delegation led
    ("Хуан Перес не возглавляет Центральный банк Чили.", "Перес", set()),
    ("Хуан Перес возглавит Центральный банк Чили.", "Перес", set()),
    ("Делегацию Перу возглавлял Хуан Перес.", "Перес", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_headed_bodies(extraction_of, text: str, surname: str, expected: set) -> None:  # noqa: ANN001
    """The body the name heads, and when."""
    ex = extraction_of(text, "2024-05-15", "offices")
    fields = ("office", "state", "past", "start", "end")
    assert text_holdings(ex, surname, fields) == expected
