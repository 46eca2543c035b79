"""Papers counted and then a comma with "в том числе", "включая" or "среди которых" whose
list gives papers by their topic alone ("Стороны подписали пять соглашений, в том числе о
воздушном сообщении и о защите инвестиций") are the papers the list names, each titled by the
counted noun and its topic; the rest of the count stays uncounted. Before, no paper was read.
Own sentences about other pairs of states (sixty-fourth pass, h-agreements81). Must-nots: a
field, not a topic ("в том числе в сфере энергетики"), and a "по" of a circumstance."""

from __future__ import annotations

import pytest

DAY = "2026-11-20"
GT, MN = ["state/GHA", "state/TGO"], ["state/MLI", "state/NER"]

# (text, the papers read: (title, status, date, sides))
LISTS = [
    ("Министры иностранных дел Ганы и Того подписали 12 ноября пять соглашений, в том числе о "
     "воздушном сообщении и о защите инвестиций.",
     [("Соглашение о воздушном сообщении", "signed", "2026-11-12", GT),
      ("Соглашение о защите инвестиций", "signed", "2026-11-12", GT)]),
    ("Президенты Мали и Нигера подписали 3 ноября семь соглашений, в том числе по энергетике "
     "и по сельскому хозяйству.",
     [("Соглашение по сельскому хозяйству", "signed", "2026-11-03", MN),
      ("Соглашение по энергетике", "signed", "2026-11-03", MN)]),
    ("Президенты Мали и Нигера подписали 3 ноября семь соглашений, среди которых по энергетике "
     "и по сельскому хозяйству.",
     [("Соглашение по сельскому хозяйству", "signed", "2026-11-03", MN),
      ("Соглашение по энергетике", "signed", "2026-11-03", MN)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "papers"), LISTS)
def test_each_topic_a_comma_list_names_after_papers_counted_is_a_paper(
    extraction_of, text, papers
) -> None:
    read = extraction_of(text, DAY, "agreements").facts["agreements"]
    found = sorted((a.title, a.status, a.date, sorted(a.parties)) for a in read)
    assert found == [(t, s, d, sides) for t, s, d, sides in papers]


def test_the_signing_signs_the_papers_the_list_names(extraction_of) -> None:
    read = extraction_of(LISTS[0][0], DAY, "events").facts
    signed = sorted(a.key for a in read["agreements"] if a.status == "signed")
    signings = [e for e in read["events"] if e.kind == "Signing"]
    assert len(signed) == 2
    assert sorted(k for e in signings for k in e.signs) == signed


# must-nots: a field of the papers, not a topic of each; a "по" of a circumstance
NOT_TOPICS = [
    "Президенты Мали и Нигера подписали 3 ноября семь соглашений, в том числе в сфере энергетики.",
    "Стороны подписали пять соглашений, в том числе в области образования и науки.",
    "Министры Ганы и Того подписали пять соглашений, в том числе по итогам переговоров.",
]


@pytest.mark.parametrize("text", NOT_TOPICS)
def test_no_paper_where_the_comma_list_gives_no_topic(extraction_of, text) -> None:
    assert extraction_of(text, DAY, "agreements").facts["agreements"] == []
