"""Papers counted before a colon whose list gives each by its topic alone ("Министры
подписали два соглашения: о воздушном сообщении и о взаимной защите инвестиций") are that
many papers, each titled by the counted noun and its topic, with the sentence's status, date
and sides, signed in the sentence's one signing; before, no paper was read at all (the
counted plural names none). Own sentences about other pairs of states (sixty-fourth pass,
h-agreements80). Must-nots: a list of papers named by their nouns, a "по" of a circumstance
or of whose words after the colon, items that are no prepositional topics, and a "документ"
of no sides."""

from __future__ import annotations

import pytest

DAY = "2026-11-20"
ID, PL, KT, CP = (
    ["state/IDN", "state/VNM"],
    ["state/LTU", "state/POL"],
    ["state/KEN", "state/TZA"],
    ["state/CHL", "state/PER"],
)

# (text, the papers read: (title, status, date, sides))
LISTS = [
    ("Министры иностранных дел Индонезии и Вьетнама подписали в Джакарте 12 ноября два "
     "соглашения: о воздушном сообщении и о взаимной защите инвестиций.",
     [("Соглашение о взаимной защите инвестиций", "signed", "2026-11-12", ID),
      ("Соглашение о воздушном сообщении", "signed", "2026-11-12", ID)]),
    ("Премьер-министры Польши и Литвы подписали 12 мая три документа: о транспорте, об "
     "энергетике и о культурном обмене.",
     [("Документ о культурном обмене", "signed", "2026-05-12", PL),
      ("Документ о транспорте", "signed", "2026-05-12", PL),
      ("Документ об энергетике", "signed", "2026-05-12", PL)]),
    ("Президенты Кении и Танзании подписали 3 ноября два меморандума: по туризму, а также по "
     "сотрудничеству в области образования.",
     [("Меморандум по сотрудничеству в области образования", "signed", "2026-11-03", KT),
      ("Меморандум по туризму", "signed", "2026-11-03", KT)]),
    ("Чили и Перу 2 ноября подписали пакет соглашений:\n- о торговле;\n- о рыболовстве.",
     [("Соглашение о рыболовстве", "signed", "2026-11-02", CP),
      ("Соглашение о торговле", "signed", "2026-11-02", CP)]),
    # not signed: the verb before the list tells what happened to each
    ("Министры Чили и Перу обсудили два соглашения: о рыболовстве и о торговле.",
     [("Соглашение о рыболовстве", "negotiating", "", CP),
      ("Соглашение о торговле", "negotiating", "", CP)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "papers"), LISTS)
def test_each_topic_a_colon_lists_after_papers_counted_is_a_paper(
    extraction_of, text, papers
) -> None:
    read = extraction_of(text, DAY, "events").facts
    found = sorted((a.title, a.status, a.date, sorted(a.parties)) for a in read["agreements"])
    assert found == [(t, s, d, sides) for t, s, d, sides in papers]
    signings = [e for e in read["events"] if e.kind == "Signing"]
    signed = sorted(a.key for a in read["agreements"] if a.status == "signed")
    assert sorted(k for e in signings for k in e.signs) == signed


# must-nots: papers named by their nouns after the colon; "по" of a circumstance or of whose
# words; items that open with no preposition; a "документ" of no sides the sentence names
NOT_TOPICS = [
    ("Делегации Сербии и Венгрии подписали два документа: соглашение о туризме и меморандум о "
     "культуре.", ["Меморандум о культуре", "Соглашение о туризме"]),
    ("Министры Чили и Перу обсудили два соглашения: по словам министра, они устарели.", []),
    ("Министры Чили и Перу подписали два соглашения: по итогам переговоров и по просьбе "
     "президентов.", []),
    ("Министры Чили и Перу подписали два соглашения: одно о торговле, другое о туризме.", []),
    ("В ходе визита стороны подписали ряд документов: о безопасности, о торговле.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "titles"), NOT_TOPICS)
def test_no_paper_of_a_topic_where_the_list_gives_none(extraction_of, text, titles) -> None:
    read = extraction_of(text, DAY, "agreements").facts["agreements"]
    assert sorted(a.title for a in read) == titles
