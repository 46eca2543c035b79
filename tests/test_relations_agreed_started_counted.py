"""A level agreed on, a level's start, and diplomatic relations whose years are counted
(seventy-first pass, h-relations73; issue 8 class 9).

1. "Стороны договорились о всеобъемлющем стратегическом партнёрстве" gave the level and the
   paper "Договорённость о всеобъемлющем стратегическом партнёрстве", the level counted twice;
   now only the level, dated by the report (`common.level_words.level_topic`,
   `agreements.arrangements`). Must-keeps: a partnership of a domain, diplomatic relations
   agreed on, another topic beside the level, a failed try (talks on a paper).
2. A level told set up in a year starts then: "Стратегическое партнёрство, которое страны
   установили в 2017 году" was the report's day, "Со времени установления стратегического
   партнёрства в 2013 году …" and "Стратегическое партнёрство, установленное в марте 2013
   года, …" in a sentence naming no side were none (`history._since_set_up`,
   `_reached_in_relative`, `sides._set_up_unowned`). Must-nots: a level of firms, a third
   pair's, history, a report of no pair.
3. "Чили и Перу отмечают 25-летие установления дипломатических отношений" gave none; now
   "дипломатические отношения" held since the report's year less 25 (`held.counted_relations`,
   `history.anniversary_years`), and no figure "25 лет" (an anniversary is no claim, as an age
   is not). "дипотношения" are diplomatic relations in one word, counted, cut or restored
   (relation_levels.tsv "one_word", `cuts.called_diplomatic`). Must-nots: an anniversary of
   a restoration, of a birth, a cut only threatened.

Own sentences about Chile–Peru, Kenya–Tanzania, Nepal–Bhutan, Ghana–Togo, Brazil–Argentina,
Uruguay–Paraguay, India–Egypt, Ecuador–Mexico, Qatar–Bahrain."""

from __future__ import annotations

import pytest
from relation_runs import dated_rows

from kg.extract.agreements import read_agreements
from kg.extract.claims import extract_claims
from kg.model import Document

DAY = "2026-06-04"
SP = "стратегическое партнерство"
CSP = "всеобъемлющее стратегическое партнерство"
DIP = "дипломатические отношения"
CHL_PER = ("state/CHL", "state/PER")
GHA_TGO = ("state/GHA", "state/TGO")
VISIT = "Президент Чили посетил Перу. "
ACCRA = "Президент Ганы прибыл в Того. "


@pytest.mark.parametrize(
    ("text", "titles", "found"),
    [
        # the level agreed on, no arrangement beside it (each gave "Договорённость о …")
        (VISIT + "Стороны договорились о всеобъемлющем стратегическом партнёрстве.", [],
         {(*CHL_PER, CSP, DAY)}),
        ("Кения и Танзания договорились о выводе отношений на уровень всеобъемлющего "
         "стратегического партнёрства.", [], {("state/KEN", "state/TZA", CSP, DAY)}),
        ("Непал и Бутан достигли договорённости о стратегическом партнёрстве.", [],
         {("state/BTN", "state/NPL", SP, DAY)}),
        ("Гана и Того договорились о повышении уровня отношений до стратегического "
         "партнёрства.", [], {(*GHA_TGO, SP, DAY)}),
        # must-keeps: a domain's partnership, diplomatic relations, another topic, talks
        ("Бразилия и Аргентина договорились о стратегическом партнёрстве в области "
         "энергетики.", ["Договорённость о стратегическом партнёрстве в области энергетики"],
         set()),
        ("Уругвай и Парагвай договорились об установлении дипломатических отношений.",
         ["Договорённость об установлении дипломатических отношений"], set()),
        (VISIT + "Стороны договорились о стратегическом партнёрстве и о строительстве "
         "газопровода.",
         ["Договорённость о стратегическом партнёрстве и о строительстве газопровода"],
         {(*CHL_PER, SP, DAY)}),
        (VISIT + "Стороны не смогли договориться о стратегическом партнёрстве.",
         ["Соглашение о стратегическом партнёрстве"], set()),
        (VISIT + "Стороны договорились о стратегическом диалоге.",
         ["Договорённость о стратегическом диалоге"], set()),
    ],
)  # fmt: skip
def test_a_level_agreed_on_is_no_arrangement(analyse, text, titles, found):
    ctx = analyse(Document(id="t", text=text, date=DAY))
    assert [a.title for a in read_agreements(ctx).facts] == titles
    assert dated_rows(analyse, text, DAY, papers=True) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # musts: the year it was set up (were the report's day or none)
        (ACCRA + "Стратегическое партнёрство, которое страны установили в 2017 году, успешно "
         "развивается.", {(*GHA_TGO, SP, "2017")}),
        (ACCRA + "Со времени установления стратегического партнёрства в 2013 году товарооборот "
         "вырос вдвое.", {(*GHA_TGO, SP, "2013")}),
        (ACCRA + "С момента установления стратегического партнёрства в 2015 году стороны "
         "подписали 12 соглашений.", {(*GHA_TGO, SP, "2015")}),
        (ACCRA + "Стратегическое партнёрство, установленное в марте 2013 года, успешно "
         "развивается.", {(*GHA_TGO, SP, "2013-03")}),
        (ACCRA + "Стратегическому партнёрству, установленному в 2014 году, придан новый "
         "импульс.", {(*GHA_TGO, SP, "2014")}),
        # must-keeps: raised in a year; today's level keeps the report's day
        (VISIT + "В 2019 году отношения были подняты до уровня стратегического партнёрства.",
         {(*CHL_PER, SP, "2019")}),
        (ACCRA + "Сегодня отношения находятся на уровне всеобъемлющего стратегического "
         "партнёрства.", {(*GHA_TGO, CSP, DAY)}),
        # must-nots: firms', a third pair's, history, no pair, a level told set up at no time
        (ACCRA + "Стратегическое партнёрство двух компаний, установленное в 2015 году, "
         "успешно развивается.", set()),
        (ACCRA + "Танзания развивает стратегическое партнёрство с ЕС, установленное в 2015 "
         "году.", {("org/eu", "state/TZA", SP, "2015")}),
        (ACCRA + "В 1945 году союзники освободили Европу.", set()),
        ("Президент Ганы выступил в парламенте. Стратегическое партнёрство, установленное в "
         "2013 году, успешно развивается.", set()),
        (ACCRA + "Стратегическое партнёрство успешно развивается.", set()),
    ],
)  # fmt: skip
def test_a_level_starts_when_set_up(analyse, text, found):
    assert dated_rows(analyse, text, DAY) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # musts (were none): held since the year the count reaches back to
        ("Чили и Перу отмечают 25-летие установления дипломатических отношений.",
         {(*CHL_PER, DIP, "2001")}),
        (VISIT + "Страны отмечают 25-летие установления дипломатических отношений.",
         {(*CHL_PER, DIP, "2001")}),
        ("В этом году исполняется 30 лет дипломатическим отношениям Индии и Египта.",
         {("state/EGY", "state/IND", DIP, "1996")}),
        ("Гана и Того отмечают 40-ю годовщину установления дипломатических отношений.",
         {(*GHA_TGO, DIP, "1986")}),
        ("В прошлом году исполнилось 60 лет со дня установления дипломатических отношений "
         "между Кенией и Танзанией.", {("state/KEN", "state/TZA", DIP, "1965")}),
        # a level's setting up counted across the parse's split (was the report's day)
        ("Чили и Перу отмечают 25-летие установления стратегического партнёрства.",
         {(*CHL_PER, SP, "2001")}),
        # diplomatic relations in one word, counted, cut or restored (were none)
        ("В этом году исполняется 30 лет дипотношениям Непала и Бутана.",
         {("state/BTN", "state/NPL", DIP, "1996")}),
        ("Эквадор и Мексика разорвали дипотношения.",
         {("state/ECU", "state/MEX", "нет дипломатических отношений", DAY)}),
        ("Катар и Бахрейн восстановили дипотношения.",
         {("state/BHR", "state/QAT", "восстановление дипломатических отношений", DAY)}),
        # must-nots: a restoration's anniversary, a birth's, a cut threatened
        ("Эквадор пригрозил разорвать дипотношения с Мексикой.", set()),
        ("Чили и Перу отметили 30-летие восстановления дипломатических отношений.", set()),
        (VISIT + "В этом году исполняется 27 лет со дня рождения президента Перу.", set()),
    ],
)  # fmt: skip
def test_diplomatic_relations_whose_years_are_counted(analyse, text, found):
    assert dated_rows(analyse, text, DAY) == found


@pytest.mark.parametrize(
    "text",
    [
        "Чили и Перу отмечают 25-летие установления дипломатических отношений.",
        "В этом году исполняется 30 лет дипломатическим отношениям Индии и Египта.",
    ],
)
def test_an_anniversary_is_no_figure(analyse, text):
    assert extract_claims(analyse(Document(id="t", text=text, date=DAY))) == []
