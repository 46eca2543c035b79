"""A relative clause after a name's original spelling in brackets ("Мария Гонсалес (Maria
Gonzalez), которая является заместителем министра финансов Чили") gives the name its post,
as right after the name; the bracketed Latin name is no other person between them; so where
the parser hung "которая" on the verb before it (h-offices62, the fifty-first pass; own
sentences about Chile, Peru)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

CASES = [
    ("Его сменит Мария Гонсалес (Maria Gonzalez), которая в настоящее время является "
     "заместителем министра финансов Чили.",
     "Гонсалес", {("заместитель министра финансов", "state/CHL", False)}),
    ("На встрече выступил Хуан Перес (Juan Perez), который является министром торговли Перу.",
     "Перес", {("министр торговли", "state/PER", False)}),
    ("На встрече выступил Хуан Перес (Juan Perez), который ранее был министром торговли Перу.",
     "Перес", {("министр торговли", "state/PER", True)}),
    ("Переса на его посту сменит Мария Гонсалес (Maria A. Gonzalez), которая в настоящее время "
     "является министром торговли Перу.",
     "Гонсалес", {("министр торговли", "state/PER", False)}),
    # must not: a clause of no post, a clause after another name
    ("Переса на его посту сменит Мария Гонсалес (Maria A. Gonzalez), которая поддержала "
     "министра торговли Перу.",
     "Гонсалес", set()),
    ("На встрече выступил Хуан Перес (Juan Perez), который поддержал министра торговли Перу.",
     "Перес", set()),
    ("На встрече выступил Хуан Перес (Juan Perez) и Луис Кастро, который является министром "
     "торговли Перу.",
     "Перес", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_original_name_clause(extraction_of, text: str, surname: str, expected: set) -> None:  # noqa: ANN001
    """The clause's post, past the original spelling in brackets."""
    ex = extraction_of(text, "2024-05-15", "offices")
    assert text_holdings(ex, surname) == expected
