"""An earlier term of the same post, told with its years, is a tenure of its own beside the
current one, not joined to it: "X принёс присягу в качестве президента Гондураса. X уже
занимал пост президента в 2010–2014 годах" is a current presidency from the oath's day and a
past one of 2010–2014, never one row that ends (2014) before it starts (the oath). Must-nots:
a start told of the current term ("занимающий этот пост с 2021 года") and a former holder's
one term stay one row (sixty-ninth pass, h-names155; own sentences about Honduras, Zambia,
Paraguay)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

from kg.gazetteer import ended_before

DATE = "2026-01-27"
FIELDS = ("office", "state", "past", "date", "start", "end")

TENURES = [
    ("Хорхе Мендоса во вторник принёс присягу в качестве президента Гондураса. Мендоса уже "
     "занимал пост президента в 2010–2014 годах.", "Мендоса",
     {("президент", "state/HND", False, DATE, DATE, ""),
      ("президент", "state/HND", True, "", "2010", "2014")}),
    ("Президент Замбии Питер Мвале прибыл в Лусаку. Мвале уже занимал пост президента с 2011 "
     "по 2016 год.", "Мвале",
     {("президент", "state/ZMB", False, DATE, "", ""),
      ("президент", "state/ZMB", True, "", "2011", "2016")}),
    ("Президент Парагвая Луис Ортис принял послов. Ортис уже занимал пост президента в "
     "2008–2013 годах.", "Ортис",
     {("президент", "state/PRY", False, DATE, "", ""),
      ("президент", "state/PRY", True, "", "2008", "2013")}),
    # must-not: the current term's own start; a former holder's one term
    ("Президент Замбии Питер Мвале, занимающий этот пост с 2021 года, прибыл в Лусаку.", "Мвале",
     {("президент", "state/ZMB", False, DATE, "2021", "")}),
    ("Бывший президент Парагвая Луис Ортис занимал пост президента с 2008 по 2013 год.", "Ортис",
     {("президент", "state/PRY", True, "", "2008", "2013")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), TENURES)
def test_earlier_tenure_apart(extraction_of, text: str, surname: str, expected: set) -> None:  # noqa: ANN001
    """Each tenure its own row, and no row ends before it starts."""
    ex = extraction_of(text, DATE, "offices")
    assert text_holdings(ex, surname, FIELDS) == expected
    assert not any(h.end and ended_before(h.end, h.start) for h in ex.facts["offices"])
