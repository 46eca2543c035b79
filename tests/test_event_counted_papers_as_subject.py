"""Papers a numeral counts that the parse makes a second subject of a signing verb ("Вьетнам
и Лаос подписали двенадцать документов") are what is signed: a Signing of the states before
the verb (fiftieth pass, h-agreements39). Own sentences about other pairs of states."""

from __future__ import annotations

import pytest

DAY = "2025-06-05"

# (text, the labels of its signings, the titles of the papers they sign)
COUNTED = [
    ("Вьетнам и Лаос подписали двенадцать документов.", ["Подписание 12 документов"], []),
    ("Вьетнам и Лаос подписали двенадцать документов, в том числе соглашение о торговле.",
     ["Подписание соглашения о торговле"], ["Соглашение о торговле"]),
    # must-nots: no state holds the subject slot; a verb that does not sign
    ("Двенадцать документов подписали в Ханое.", [], []),
    ("Вьетнам и Лаос обсудили двенадцать документов, в том числе соглашение о торговле.",
     [], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "labels", "signed"), COUNTED)
def test_counted_papers_the_parse_makes_a_subject_are_signed(
    extraction_of, text, labels, signed
) -> None:
    read = extraction_of(text, DAY, "events").facts
    signings = [e for e in read["events"] if e.kind == "Signing"]
    assert [e.label for e in signings] == labels
    titles = {a.key: a.title for a in read["agreements"]}
    assert [titles[k] for e in signings for k in e.signs] == signed
    if signings:
        assert signings[0].participants == ["state/LAO", "state/VNM"]
