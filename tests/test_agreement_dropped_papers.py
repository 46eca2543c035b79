"""Papers that were dropped (sixty-second pass, h-agreements73).

A second paper coordinated with one the sides adopt: "Стороны утвердили программу
сотрудничества в области образования и «дорожную карту» по развитию туризма" gave the
programme alone. Adopting takes its paper only as the verb's object (`status.adopting`), and the
roadmap is the object's conjunct, so it was only mentioned (and a roadmap needs two sides); a
plan needed a signing word (`sentences._signed_paper`). Each paper coordinated with the object
or the passive subject of a verb of adopting is now adopted too, a plan adopted by the sides
(plural, or a passive with no agent) a paper as a signed one is. Must-nots: two topics of one
programme stay one paper, an annex is no paper, a plan one body adopts is none, papers
discussed stay in negotiation.

An untitled protocol of a sitting: "По итогам заседания подписан протокол." gave no paper,
"протокол" needing a topic. A protocol signed with no title of its own is now the record of the
sitting it comes of, named on it or by the outcome phrase ("Протокол заседания
межправительственной чилийско-перуанской комиссии"; a bare "заседания" is the sitting named
before). Must-nots: a bare protocol of no sitting (agr36), "протокол допроса", "по протоколу",
a title of its own ("протокол о намерениях"), the sitting of one state's body, a meeting of
persons.

Sentences of our own about other pairs; must-nots beside the musts."""

from __future__ import annotations

import pytest
from agreement_runs import CHL_PER, EGY_JOR, KEN_UGA, LAO_VNM, SRB_HUN, agreement_rows

DAY = "2027-05-14"
NAIROBI = "Президенты Кении и Уганды провели переговоры в Найроби. "
AMMAN = "Король Иордании принял в Аммане президента Египта. "
LIMA = "В Лиме прошло заседание межправительственной чилийско-перуанской комиссии. "
HANOI = "В Ханое прошли межмидовские консультации Вьетнама и Лаоса. "
EDUCATION = "Программа сотрудничества в области образования"
TOURISM_MAP = "Дорожная карта по развитию туризма"


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (f"{NAIROBI}Стороны утвердили программу сотрудничества в области образования и "
         "«дорожную карту» по развитию туризма.",
         {(EDUCATION, "signed", KEN_UGA), (TOURISM_MAP, "signed", KEN_UGA)}),
        (f"{AMMAN}Стороны утвердили «дорожную карту» по развитию туризма и программу "
         "сотрудничества в области образования.",
         {(TOURISM_MAP, "signed", EGY_JOR), (EDUCATION, "signed", EGY_JOR)}),
        (f"{NAIROBI}Стороны утвердили программу сотрудничества в области образования и план "
         "действий по развитию торговли.",
         {(EDUCATION, "signed", KEN_UGA),
          ("План действий по развитию торговли", "signed", KEN_UGA)}),
        (f"{AMMAN}Утверждены программа сотрудничества в области образования и «дорожная карта» "
         "по развитию туризма.",
         {(EDUCATION, "signed", EGY_JOR), (TOURISM_MAP, "signed", EGY_JOR)}),
        # must-nots: one programme of two topics, an annex, a plan of one body, papers discussed
        (f"{NAIROBI}Стороны утвердили программу сотрудничества в области образования и "
         "туризма.",
         {("Программа сотрудничества в области образования и туризма", "signed", KEN_UGA)}),
        (f"{AMMAN}Стороны подписали меморандум о сотрудничестве и его приложение.",
         {("Меморандум о сотрудничестве", "signed", EGY_JOR)}),
        (f"{NAIROBI}Правительство Кении утвердило план действий по развитию торговли.", set()),
        (f"{NAIROBI}Стороны обсудили программу сотрудничества в области образования и "
         "«дорожную карту» по развитию туризма.",
         {(EDUCATION, "negotiating", KEN_UGA), (TOURISM_MAP, "negotiating", KEN_UGA)}),
    ],
)  # fmt: skip
def test_each_paper_coordinated_with_one_adopted_is_adopted(analyse, text, rows):
    assert {r[:3] for r in agreement_rows(analyse, text, DAY)} == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (f"{LIMA}По итогам заседания подписан протокол.",
         {("Протокол заседания межправительственной чилийско-перуанской комиссии", CHL_PER)}),
        ("Президенты Сербии и Венгрии провели переговоры. Стороны подписали протокол заседания "
         "межправительственной комиссии.",
         {("Протокол заседания межправительственной комиссии", SRB_HUN)}),
        ("В Белграде прошло пятое заседание совместной комиссии Сербии и Венгрии. По итогам "
         "заседания подписан протокол.",
         {("Протокол пятого заседания совместной комиссии Сербии и Венгрии", SRB_HUN)}),
        (f"{HANOI}По итогам консультаций подписан протокол.",
         {("Протокол межмидовских консультаций Вьетнама и Лаоса", LAO_VNM)}),
        (f"{HANOI}По итогам пятого заседания межправкомиссии подписаны соглашение о торговле и "
         "протокол.",
         {("Соглашение о торговле", LAO_VNM),
          ("Протокол пятого заседания межправкомиссии", LAO_VNM)}),
        # must-nots: a bare protocol of no sitting, an interrogation's, etiquette, a title of
        # its own, the sitting of one state's body, a meeting of persons, no sides
        ("Чили и Перу подписали протокол.", set()),
        ("Президенты Чили и Перу провели переговоры. По итогам переговоров подписан протокол.",
         set()),
        (f"{LIMA}Следователь подписал протокол допроса.", set()),
        (f"{LIMA}По протоколу президента Перу в аэропорту встречал министр иностранных дел Чили.",
         set()),
        (f"{LIMA}По итогам заседания стороны подписали протокол о намерениях.",
         {("Протокол о намерениях", CHL_PER)}),
        ("Президент Чили посетил Перу. По итогам заседания правительства Чили подписан протокол.",
         set()),
        ("Президент Чили посетил Перу. По итогам встречи президента Чили с президентом Перу "
         "подписан протокол.", set()),
        ("По итогам заседания подписан протокол.", set()),
    ],
)  # fmt: skip
def test_an_untitled_protocol_is_its_sittings(analyse, text, rows):
    assert {(r[0], r[2]) for r in agreement_rows(analyse, text, DAY)} == rows
