"""Papers a list names after "подписаны следующие документы:" (or "подписали следующие
соглашения:", "Подписаны:"), one a line behind a dash, a bullet or a number, or inline
between semicolons, are each signed by that verb, by the sides of the report, in one signing
whose label names them, not "следующих документов". Own sentences about other pairs of
states (h-agreements46)."""

from __future__ import annotations

import pytest

DAY = "2026-06-05"
TALKS_CL = "САНТЬЯГО, 5 июня. Президенты Чили и Перу провели переговоры в Сантьяго. "
TALKS_EJ = "АММАН, 5 июня. Лидеры Египта и Иордании провели переговоры в Аммане. "
TALKS_CS = "ПРАГА, 5 июня. Премьер-министры Чехии и Словакии провели переговоры в Праге. "
CL, EJ, CS = ["state/CHL", "state/PER"], ["state/EGY", "state/JOR"], ["state/CZE", "state/SVK"]

# (text, the sides, the label of its one signing, the titles of the papers it signs)
LISTS = [
    (TALKS_CL + "По итогам переговоров в присутствии лидеров двух стран были подписаны "
     "следующие документы:\n- Соглашение о сотрудничестве в области энергетики;\n- Меморандум "
     "о взаимопонимании в сфере туризма;\n- Протокол о торговле.",
     CL, "Подписание соглашения о сотрудничестве в области энергетики, меморандума о "
     "взаимопонимании в сфере туризма и протокола о торговле",
     ["Соглашение о сотрудничестве в области энергетики",
      "Меморандум о взаимопонимании в сфере туризма", "Протокол о торговле"]),
    (TALKS_EJ + "Стороны подписали следующие соглашения:\n1. Соглашение о транзите;\n2) "
     "меморандум о туризме;\n• Протокол о торговле;\n– Меморандум о сотрудничестве в области "
     "образования.",
     EJ, "Подписание соглашения о транзите, меморандума о туризме, протокола о торговле и "
     "меморандума о сотрудничестве в области образования",
     ["Соглашение о транзите", "Меморандум о туризме", "Протокол о торговле",
      "Меморандум о сотрудничестве в области образования"]),
    (TALKS_CS + "Были подписаны следующие документы: соглашение о транзите; меморандум о "
     "туризме.",
     CS, "Подписание соглашения о транзите и меморандума о туризме",
     ["Соглашение о транзите", "Меморандум о туризме"]),
    (TALKS_CS + "Подписаны:\n- соглашение о транзите;\nпротокол о сотрудничестве в области "
     "туризма.",
     CS, "Подписание соглашения о транзите и протокола о сотрудничестве в области туризма",
     ["Соглашение о транзите", "Протокол о сотрудничестве в области туризма"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sides", "label", "signed"), LISTS)
def test_papers_listed_after_a_signing_colon_are_signed(
    extraction_of, text, sides, label, signed
) -> None:
    read = extraction_of(text, DAY, "events").facts
    signings = [e for e in read["events"] if e.kind == "Signing"]
    assert [(e.label, e.date) for e in signings] == [(label, DAY)]
    titles = {a.key: a.title for a in read["agreements"]}
    assert [titles[k] for k in signings[0].signs] == signed
    papers = sorted((a.title, a.status, sorted(a.parties)) for a in read["agreements"])
    assert papers == sorted((t, "signed", sides) for t in signed)


# must-nots: a list under a verb that does not sign; a list of no papers after the colon; a
# paragraph after the list, which the list's verb does not sign
NOT_SIGNED = [
    (TALKS_CS + "Стороны обсудили следующие документы:\n- Соглашение о транзите;\n- "
     "Меморандум о туризме.", []),
    (TALKS_EJ + "Стороны обсудили следующие документы: соглашение о транзите; меморандум о "
     "туризме.", []),
    (TALKS_CL + "Были подписаны следующие документы:\n- Соглашение о транзите;\n- Меморандум о "
     "туризме.\nПремьер-министры также обсудили договор о границе.",
     ["Меморандум о туризме", "Соглашение о транзите"]),
    (TALKS_CS + "Стороны подписали следующие документы:\n- Соглашение о транзите.\nКроме "
     "того, обсуждается протокол о торговле.", ["Соглашение о транзите"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "signed"), NOT_SIGNED)
def test_papers_a_colon_lists_under_no_signing_stay_unsigned(extraction_of, text, signed) -> None:
    read = extraction_of(text, DAY, "events").facts
    assert sorted(a.title for a in read["agreements"] if a.status == "signed") == signed


def test_a_colon_list_of_topics_names_no_paper(extraction_of) -> None:
    """Must not: what a colon lists after no papers ("следующие темы: …") is no paper."""
    read = extraction_of(
        TALKS_EJ + "Стороны обсудили следующие темы:\n- торговля;\n- туризм.", DAY, "events"
    ).facts
    assert not read["agreements"]
    assert not [e for e in read["events"] if e.kind == "Signing"]


# a title ends before a "следующий" phrase a colon follows, which points at a list of topics,
# not of papers; "о следующем этапе" (the next one) stays a topic
TOPICS_LISTED = [
    ("Чехия и Словакия подписали соглашение о сотрудничестве в следующих областях: энергетика, "
     "туризм и образование.", ["Соглашение о сотрудничестве"]),
    ("Египет и Иордания подписали соглашения по следующим основным темам:\n- энергетика;\n- "
     "туризм.", ["Соглашение между Египтом и Иорданией"]),
    ("Чили и Перу подписали меморандум о следующем этапе сотрудничества.",
     ["Меморандум о следующем этапе сотрудничества"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "titles"), TOPICS_LISTED)
def test_a_title_ends_before_topics_a_colon_lists(extraction_of, text, titles) -> None:
    read = extraction_of(text, DAY, "agreements").facts["agreements"]
    assert sorted(a.title for a in read) == titles
