"""A name a title already gives an office, before it or in apposition, that is also the
subject of a predicate's title ("Хорхе Руис, адвокат из Сантьяго, является президентом
Национальной ассоциации адвокатов Чили") holds that office too (h-offices47, the
forty-fourth pass; own sentences about Chile, Peru, Egypt, Turkey, Estonia).
"""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

from kg.model import Extraction

Holding = tuple[str, str, bool]  # office, state, past


def holdings_of(ex: Extraction, surname: str) -> set[Holding]:
    """The text's holdings of the person of that surname: office, state, past."""
    return text_holdings(ex, surname)  # type: ignore[return-value]


CASES = [
    ("Хорхе Руис, адвокат из Сантьяго, является президентом Национальной ассоциации "
     "адвокатов Чили.",
     "Руис", {("адвокат", "", False),
              ("президент Национальной ассоциации адвокатов", "state/CHL", False)}),
    ("Хорхе Руис, министр юстиции Чили, был послом Чили в Перу.",
     "Руис", {("министр юстиции", "state/CHL", False), ("посол", "state/CHL", True)}),
    ("Министр юстиции Чили Хорхе Руис был послом Чили в Перу.",
     "Руис", {("министр юстиции", "state/CHL", False), ("посол", "state/CHL", True)}),
    ("Ахмед Мохаммед, бывший посол Египта в Турции, назначен министром иностранных дел "
     "Египта.",
     "Мохаммед", {("посол", "state/EGY", True), ("министр иностранных дел", "state/EGY", False)}),
    # must not change: a title met, a post still to come, another's predicate
    ("Министр юстиции Чили Хорхе Руис встретился с послом Перу.",
     "Руис", {("министр юстиции", "state/CHL", False)}),
    ("Яан Тамм, депутат парламента Эстонии, станет председателем партии.",
     "Тамм", {("депутат парламента", "state/EST", False)}),
    ("Министр юстиции Чили Хорхе Руис заявил, что Луис Перес был послом Чили в Перу.",
     "Руис", {("министр юстиции", "state/CHL", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_predicate_besides(
    extraction_of, text: str, surname: str, expected: set[Holding]
) -> None:
    """The predicate's post is the name's as well."""
    assert holdings_of(extraction_of(text, "2024-05-15", "offices"), surname) == expected
