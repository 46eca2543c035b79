"""A list of posts one name is the predicate's subject of ("Ранее Сото был начальником
Генштаба, главой МВД Перу, министром иностранных дел, премьер-министром"): each listed
title is another past office of that name, with the state its own words name
(h-offices47, the forty-fourth pass; own sentences about Peru, Chile, Egypt, Turkey).
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
    ("Ранее Хосе Сото был начальником Генштаба, главой МВД Перу, министром иностранных дел, "
     "премьер-министром.",
     "Сото", {("начальник генштаба", "state/PER", True),
              ("министр внутренних дел", "state/PER", True),
              ("министр иностранных дел", "state/PER", True),
              ("премьер-министр", "state/PER", True)}),
    ("Ранее Хосе Сото был министром обороны Чили и послом Чили в Перу.",
     "Сото", {("министр обороны", "state/CHL", True), ("посол", "state/CHL", True)}),
    # must not change: another's post after "а", a word for a person in the list
    ("Хосе Сото был министром обороны Чили, а Луис Перес — послом Чили в Перу.",
     "Сото", {("министр обороны", "state/CHL", True)}),
    ("Ахмед Мохаммед был министром обороны Египта и другом президента Турции.",
     "Мохаммед", {("министр обороны", "state/EGY", True)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_listed_posts(
    extraction_of, text: str, surname: str, expected: set[Holding]
) -> None:
    """Each post of the list is the name's."""
    assert holdings_of(extraction_of(text, "2024-05-15", "offices"), surname) == expected


def test_listed_post_dates(extraction_of) -> None:  # noqa: ANN001
    """The list's verb's date starts the first post only ("С 2007 года был министром
    обороны Перу и послом Перу в Чили"); the further one's start the text does not tell."""
    ex = extraction_of(
        "С 2007 года Хосе Сото был министром обороны Перу и послом Перу в Чили.",
        "2024-05-15",
        "offices",
    )
    starts = {h.office: h.start for h in ex.facts["offices"] if h.basis == "text"}
    assert starts == {"министр обороны": "2007", "посол": ""}
