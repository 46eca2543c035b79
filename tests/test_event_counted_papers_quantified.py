"""Papers counted with a quantifier after a plural verb are signed, and the label keeps the
quantifier and writes the count in digits ("были подписаны не менее 12 соглашений" →
"Подписание не менее 12 соглашений"; "подписали двадцать один документ" → "Подписание 21
документа"). Seventy-second pass (h-events275); own sentences about Senegal–Mali and
Vietnam–Laos."""

from __future__ import annotations

import pytest

DAY = "2025-06-05"
VISIT = "Президент Сенегала Бассиру Диомай Фай прибыл с официальным визитом в Мали. "

# (text, the labels of its signings)
QUANTIFIED = [
    # a plural passive whose comparative the parse hangs as a clause of its own
    (VISIT + "По итогам переговоров были подписаны не менее 12 соглашений.",
     ["Подписание не менее 12 соглашений"]),
    # a comparative the parse makes the active verb's subject
    (VISIT + "Стороны подписали более 15 соглашений о сотрудничестве.",
     ["Подписание более 15 соглашений о сотрудничестве"]),
    (VISIT + "По итогам переговоров подписаны около 20 документов.",
     ["Подписание около 20 документов"]),
    (VISIT + "В ходе визита было подписано свыше 10 меморандумов.",
     ["Подписание свыше 10 меморандумов"]),
    # a count in words is written in digits
    (VISIT + "Стороны подписали двадцать один документ.", ["Подписание 21 документа"]),
    (VISIT + "Министры подписали двенадцать соглашений.", ["Подписание 12 соглашений"]),
    # must-nots: papers told with no count have no number; one paper in words has none
    (VISIT + "По итогам переговоров подписаны документы.", ["Подписание документов"]),
    (VISIT + "Стороны подписали одно соглашение.", ["Подписание соглашения"]),
    (VISIT + "По итогам переговоров подписан 31 документ.", ["Подписание 31 документа"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "labels"), QUANTIFIED)
def test_counted_papers_keep_their_quantifier(extraction_of, text, labels) -> None:
    events = extraction_of(text, DAY, "events").facts["events"]
    signings = [e for e in events if e.kind == "Signing"]
    assert [e.label for e in signings] == labels
    for signing in signings:
        assert signing.participants == ["state/MLI", "state/SEN"]


# must-nots: counted things that are no papers, after no verb of signing, sign nothing
UNSIGNED = [
    "Вьетнам и Лаос сообщили, что в результате наводнения не менее 12 погибших.",
    "По данным МИД Вьетнама, в Лаосе были задержаны не менее 12 граждан Вьетнама.",
]


@pytest.mark.parametrize("text", UNSIGNED)
def test_counted_people_are_no_signing(extraction_of, text) -> None:
    events = extraction_of(text, DAY, "events").facts["events"]
    assert not [e for e in events if e.kind == "Signing"]
