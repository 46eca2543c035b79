"""Papers counted with a comparative ("подписано более 30 документов", "не менее 12
соглашений") are signed: the parse makes "более" the passive subject and the papers its
genitive, so the signing had no paper and told no event (seventy-first pass, h-events273).
Own sentences about other pairs of states. The label keeps the comparator and writes a
count in words in digits (seventy-second pass, h-events275: "Подписание более 30
документов", "Подписание 2 соглашений")."""

from __future__ import annotations

import pytest

DAY = "2025-06-05"
VISIT = "Президент Кении Уильям Руто прибыл с государственным визитом в Гану. "

# (text, the labels of its signings)
COMPARED = [
    (VISIT + "По итогам переговоров подписано более 30 документов.",
     ["Подписание более 30 документов"]),
    (VISIT + "В ходе визита было подписано не менее 12 соглашений.",
     ["Подписание не менее 12 соглашений"]),
    (VISIT + "По итогам переговоров было подписано более 20 соглашений и меморандумов.",
     ["Подписание более 20 соглашений и меморандумов"]),
    # must-nots: counted things that are no papers; a count the text gives without "более"
    (VISIT + "По итогам переговоров было задержано более 30 грузовиков.", []),
    (VISIT + "По итогам переговоров подписан 31 документ.", ["Подписание 31 документа"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "labels"), COMPARED)
def test_papers_counted_with_a_comparative_are_signed(extraction_of, text, labels) -> None:
    events = extraction_of(text, DAY, "events").facts["events"]
    signings = [e for e in events if e.kind == "Signing"]
    assert [e.label for e in signings] == labels
    visit = next(e for e in events if e.kind == "StateVisit")
    for signing in signings:  # dated and placed as the visit it follows
        assert (signing.date, signing.location) == (visit.date, visit.location)
        assert signing.participants == ["state/GHA", "state/KEN"]


# (text, the labels of its signings): papers counted by 2–4 are written in the singular the
# numeral governs; the label keeps the plural the text means
PAUCAL = [
    (VISIT + "По итогам переговоров стороны подписали два соглашения — о торговле и туризме.",
     ["Подписание 2 соглашений"]),
    (VISIT + "По итогам переговоров подписаны 22 документа.", ["Подписание 22 документов"]),
    (VISIT + "По итогам переговоров подписаны 3 меморандума о сотрудничестве.",
     ["Подписание 3 меморандумов о сотрудничестве"]),
    # must-nots: one paper counted ("31 документ", "11 документов") keeps its number
    (VISIT + "По итогам переговоров подписан 21 документ.", ["Подписание 21 документа"]),
    (VISIT + "По итогам переговоров подписано 11 документов.", ["Подписание 11 документов"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "labels"), PAUCAL)
def test_papers_counted_by_two_to_four_are_labelled_plural(extraction_of, text, labels) -> None:
    events = extraction_of(text, DAY, "events").facts["events"]
    assert [e.label for e in events if e.kind == "Signing"] == labels
