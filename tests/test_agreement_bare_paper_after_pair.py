"""A bare paper noun signed with no side in its own sentence ("Меморандум был подписан на
бизнес-форуме 14 ноября") after a sentence that names the pair ("Бизнес-форум Ганы и Того
прошёл в Аккре.") stays no paper and no Signing: the rules make a paper told by its kind
alone a fact only where its sentence names a side (`fact_building.informative`, the module
note of `extract.py`), as a bare "Соглашение было подписано" after a private deal names none
of the states. A side the sentence does name, "сторонами" or "министры двух стран", makes it
the pair's paper. Own sentences about Ghana–Togo and Mali–Niger (sixty-fourth pass,
h-agreements81); a record of the decision, so these pass without a change of code."""

from __future__ import annotations

import pytest

DAY = "2026-11-20"
GT, MN = ["state/GHA", "state/TGO"], ["state/MLI", "state/NER"]

BARE = [
    "Бизнес-форум Ганы и Того прошёл в Аккре. Меморандум был подписан на бизнес-форуме 14 ноября.",
    "Президенты Мали и Нигера провели переговоры в Ниамее. Соглашение было подписано 3 ноября.",
    "Бизнес-форум Ганы и Того прошёл в Аккре. Меморандум подписан 14 ноября.",
]


@pytest.mark.parametrize("text", BARE)
def test_a_bare_paper_of_no_side_in_its_sentence_is_none(extraction_of, text) -> None:
    read = extraction_of(text, DAY, "events").facts
    assert read["agreements"] == []
    assert [e for e in read["events"] if e.kind == "Signing"] == []


SIDED = [
    ("Бизнес-форум Ганы и Того прошёл в Аккре. Меморандум был подписан сторонами на "
     "бизнес-форуме 14 ноября.", "2026-11-14", GT),
    ("Президенты Мали и Нигера провели переговоры в Ниамее. Соглашение подписали министры "
     "двух стран 3 ноября.", "2026-11-03", MN),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "sides"), SIDED)
def test_a_side_its_sentence_names_makes_it_the_pairs(extraction_of, text, date, sides) -> None:
    read = extraction_of(text, DAY, "events").facts
    assert [(a.status, a.date, sorted(a.parties)) for a in read["agreements"]] == [
        ("signed", date, sides)
    ]
    assert [e.kind for e in read["events"]].count("Signing") == 1
