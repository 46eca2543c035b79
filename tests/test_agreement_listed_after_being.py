"""Papers counted and then "среди которых есть (и) X": the verb of being the tagger gives the
lemma "есть" opens no clause of its own, so X is one of the papers counted, signed as they
are ("Президенты Сербии и Венгрии подписали семь соглашений, среди которых есть и
меморандум о …"); before, "есть" cut the list and the memorandum was only mentioned, with
no sides nor Signing. Own sentences about other pairs of states (sixty-fifth pass,
h-agreements82). Must-not: "среди которых нет X" is no paper signed."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

DAY = "2026-11-20"
SH, AG = ["state/HUN", "state/SRB"], ["state/ARM", "state/GEO"]

# (text, the paper read: (title, status, date, sides))
BEING = [
    ("Президенты Сербии и Венгрии подписали семь соглашений, среди которых есть и меморандум о "
     "сотрудничестве в сфере туризма.",
     ("Меморандум о сотрудничестве в сфере туризма", "signed", DAY, SH)),
    ("Главы МИД Армении и Грузии провели переговоры. По их итогам подписано пять документов, "
     "среди которых есть соглашение о сотрудничестве в области образования.",
     ("Соглашение о сотрудничестве в области образования", "signed", DAY, AG)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "paper"), BEING)
def test_paper_after_among_which_there_is_is_signed(extraction_of, text, paper) -> None:
    read = extraction_of(text, DAY, "events").facts
    found = [(a.title, a.status, a.date, sorted(a.parties)) for a in read["agreements"]]
    assert found == [paper]
    (signing,) = of_kind(read["events"], "Signing")
    assert signing.signs == [read["agreements"][0].key]


def test_paper_among_which_there_is_none_is_not_signed(extraction_of) -> None:
    text = (
        "Президенты Сербии и Венгрии подписали семь соглашений, среди которых нет меморандума "
        "о сотрудничестве в сфере туризма."
    )
    read = extraction_of(text, DAY, "agreements").facts
    assert all(a.status != "signed" for a in read["agreements"])
