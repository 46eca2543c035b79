"""A list of titles and names after a lead-in naming a body's leadership ("Руководство
компании LATAM: президент Хосе Сото, вице-президент Луис Перес") gives each title of the
list that names no state or body of its own the body the lead-in names; not a lead-in of no
leadership ("Участники встречи: …"), a title that names its own state, nor a profession
(h-offices49, the forty-fifth pass; own sentences about Chile, Peru, Mexico)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

from kg.model import Extraction

Holding = tuple[str, str]  # office, state or body


def holdings_of(ex: Extraction, surname: str) -> set[Holding]:
    """The text's holdings of the person of that surname: office, state or body."""
    return text_holdings(ex, surname, ("office", "state"))  # type: ignore[return-value]


CASES = [
    ("Руководство компании LATAM: президент Хосе Сото, вице-президент Луис Перес.",
     "Сото", {("президент", "org/latam")}),
    ("Руководство компании LATAM: президент Хосе Сото, вице-президент Луис Перес.",
     "Перес", {("вице-президент", "org/latam")}),
    ("Руководство компании Codelco: директор Хосе Сото, заместитель директора Луис Перес.",
     "Перес", {("заместитель директора", "org/codelco")}),
    # must not: a lead-in of no leadership, a title naming its own state, a profession
    ("Участники встречи в компании LATAM: президент Хосе Сото, вице-президент Луис Перес.",
     "Сото", {("президент", "")}),
    ("Руководство компании LATAM: президент Хосе Сото, посол Перу в Чили Луис Перес.",
     "Перес", {("посол", "state/PER")}),
    ("Руководство компании LATAM: президент Хосе Сото, адвокат Луис Перес.",
     "Перес", {("адвокат", "")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_lead_in_bodies(
    extraction_of, text: str, surname: str, expected: set[Holding]
) -> None:
    """The lead-in's body is served by the list's bare titles."""
    assert holdings_of(extraction_of(text, "", "offices"), surname) == expected
