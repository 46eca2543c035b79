"""A post told by the participle "бывший" governing an instrumental title after a name
("Хуан Перес, бывший министром экономики Чили в 2006—2008 годах, прибыл в Лиму"): a past
office, dated by the participle's dates (h-offices51, the forty-fifth pass; own sentences
about Chile and Egypt)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

CASES = [
    ("Хуан Перес, бывший министром экономики Чили в 2006—2008 годах, прибыл в Лиму.",
     "Перес", {("министр экономики", "state/CHL", True, "2006", "2008")}),
    # must not: the adjective "бывший министр" as before; a trade
    ("Ахмед Мохаммед, бывший министр обороны Египта, прибыл в Каир.",
     "Мохаммед", {("министр обороны", "state/EGY", True, "", "")}),
    ("Ахмед Мохаммед, бывший журналистом, прибыл в Каир.", "Мохаммед", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_been_posts(extraction_of, text: str, surname: str, expected: set) -> None:  # noqa: ANN001
    """The past post the participle tells, with its dates."""
    ex = extraction_of(text, "2024-05-15", "offices")
    fields = ("office", "state", "past", "start", "end")
    assert text_holdings(ex, surname, fields) == expected
