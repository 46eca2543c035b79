"""A company's legal form before its quoted name ("президента ОАО «Узбекнефтегаз»") is no word
of the office ("президент", not "президент оао"), and the body it opens is served also
where the tagger reads the form as no noun ("председатель правления АО «…»") (h-offices51,
the forty-fifth pass; own sentences about Uzbekistan, Turkey, Peru)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

CASES = [
    ("Алишер Каримов занимал пост президента ОАО «Узбекнефтегаз» с 2005 года.",
     "Каримов", {("президент", "org/uzbekneftegaz")}),
    ("Председатель правления АО «Узбекнефтегаз» Алишер Каримов прибыл в Анкару.",
     "Каримов", {("председатель правления", "org/uzbekneftegaz")}),
    # must not: a company's noun stays the office's, as a party's does
    ("Президент компании «Узбекнефтегаз» Алишер Каримов прибыл в Анкару.",
     "Каримов", {("президент компании", "org/uzbekneftegaz")}),
    ("Лидер партии «Народная сила» Хуан Перес прибыл в Лиму.",
     "Перес", {("лидер партии", "org/narodnaya-sila")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_legal_forms(extraction_of, text: str, surname: str, expected: set) -> None:  # noqa: ANN001
    """The office and the body it serves, past the body's legal form."""
    ex = extraction_of(text, "2024-05-15", "offices")
    assert text_holdings(ex, surname, ("office", "state")) == expected
