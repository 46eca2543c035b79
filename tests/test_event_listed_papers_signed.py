"""Papers a list names after papers counted ("подписали пять документов, в том числе
протокол о … и соглашение о …", "…, включая …", "…, среди которых …") are all signed, in
one signing whose label names them as a plain two-paper signing does, not the count noun.
Own sentences about other pairs of states (h-agreements37)."""

from __future__ import annotations

import pytest

DAY = "2025-06-05"

# (text, the label of its one signing, the titles of the papers it signs)
LISTED = [
    ("Вьетнам и Лаос подписали восемь документов, в том числе протокол о сотрудничестве "
     "в области сельского хозяйства и соглашение о воздушном сообщении.",
     "Подписание протокола о сотрудничестве в области сельского хозяйства и соглашения о "
     "воздушном сообщении",
     ["Протокол о сотрудничестве в области сельского хозяйства",
      "Соглашение о воздушном сообщении"]),
    ("Кения и Уганда подписали пять соглашений, включая меморандум о сотрудничестве в "
     "области энергетики и соглашение о торговле.",
     "Подписание меморандума о сотрудничестве в области энергетики и соглашения о торговле",
     ["Меморандум о сотрудничестве в области энергетики", "Соглашение о торговле"]),
    ("Чили и Боливия подписали семь документов, среди которых соглашение о транзите и "
     "меморандум о взаимопонимании в сфере туризма.",
     "Подписание соглашения о транзите и меморандума о взаимопонимании в сфере туризма",
     ["Соглашение о транзите", "Меморандум о взаимопонимании в сфере туризма"]),
    ("Вьетнам и Лаос подписали ряд документов, в том числе соглашение о транзите, меморандум "
     "о сотрудничестве в области образования и протокол о туризме.",
     "Подписание соглашения о транзите, меморандума о сотрудничестве в области образования "
     "и протокола о туризме",
     ["Соглашение о транзите", "Меморандум о сотрудничестве в области образования",
      "Протокол о туризме"]),
    ("Кения и Уганда подписали документы, в том числе меморандум о сотрудничестве в области "
     "энергетики.", "Подписание меморандума о сотрудничестве в области энергетики",
     ["Меморандум о сотрудничестве в области энергетики"]),
    # must-not: a list with a clause of its own signs nothing of it
    ("Чили и Боливия подписали семь документов, в том числе стороны обсудили соглашение о "
     "транзите.", "Подписание 7 документов", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "signed"), LISTED)
def test_papers_listed_after_counted_ones_are_signed(extraction_of, text, label, signed) -> None:
    read = extraction_of(text, DAY, "events").facts
    signings = [e for e in read["events"] if e.kind == "Signing"]
    assert [e.label for e in signings] == [label]
    titles = {a.key: a.title for a in read["agreements"]}
    assert [titles[k] for k in signings[0].signs] == signed
    assert sorted(a.title for a in read["agreements"] if a.status == "signed") == sorted(signed)


def test_papers_listed_after_counted_ones_discussed_stay_unsigned(extraction_of) -> None:
    """Must not: papers listed after counted ones a verb other than a signing's governs."""
    read = extraction_of(
        "Кения и Уганда обсудили пять соглашений, в том числе меморандум о сотрудничестве в "
        "области энергетики и соглашение о торговле.",
        DAY,
        "events",
    ).facts
    assert not [e for e in read["events"] if e.kind == "Signing"]
    assert not [a.title for a in read["agreements"] if a.status == "signed"]
