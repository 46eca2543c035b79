"""Diplomatic relations set up long ago, then raised to a level (sixty-fifth pass,
h-relations67).

"Таиланд и Перу установили дипломатические отношения 16 ноября 1965 года, а в 2013 году
подняли их до уровня стратегического партнёрства" gave no row: the parse hangs "16 ноября 1965
года" on "подняли", so the setting up took the report's day and, read as a raise of 2026
(`held._ends`), ended the partnership of 2013. Now a date before ", а", ";" or a clause's "и"
is its own clause's (`history._ends_verbs_clause`, `_opens_verbs_clause`, `_clause_edge`), a
change is never superseded by a later raise (`statements.superseded_later`), a raise no longer
ends diplomatic relations held, nor does their setting up end a level (`held._raises`), and
"их"/bare "отношения" of a raise in the next sentence are the pair of the sentence that set
them up (`sides._clause_pair`, `sides._relations_of`). Own sentences about Thailand–Peru,
Kenya–Ethiopia, Indonesia–Brazil, Senegal–Mali, Nepal–Cuba, Ghana–Côte d'Ivoire."""

from __future__ import annotations

import pytest
from relation_runs import PARTNERS, dated_rows

DAY = "2026-12-01"
HELD = "дипломатические отношения"
PER_THA = ("state/PER", "state/THA")
ETH_KEN = ("state/ETH", "state/KEN")
MLI_SEN = ("state/MLI", "state/SEN")
CUB_NPL = ("state/CUB", "state/NPL")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # musts: both the relations set up long ago and the level raised later (were one or none)
        ("Таиланд и Перу установили дипломатические отношения 16 ноября 1965 года, а в 2013 году "
         "подняли их до уровня стратегического партнёрства.",
         {(*PER_THA, HELD, "1965-11-16"), (*PER_THA, PARTNERS, "2013")}),
        ("Кения и Эфиопия установили дипломатические отношения в 1964 году, а в 2012 году "
         "повысили их до уровня стратегического партнёрства.",
         {(*ETH_KEN, HELD, "1964"), (*ETH_KEN, PARTNERS, "2012")}),
        ("Индонезия и Бразилия установили дипломатические отношения в 1953 году, а в 2019-м "
         "вывели их на уровень всеобъемлющего партнёрства.",
         {("state/BRA", "state/IDN", HELD, "1953"),
          ("state/BRA", "state/IDN", "всеобъемлющее партнерство", "2019")}),
        ("Сенегал и Мали установили дипломатические отношения в 1962 году и в 2014 году подняли "
         "их до уровня стратегического партнёрства.",
         {(*MLI_SEN, HELD, "1962"), (*MLI_SEN, PARTNERS, "2014")}),
        ("Сенегал и Мали установили дипломатические отношения в 1962 году; в 2014 году "
         "отношения были повышены до уровня стратегического партнёрства.",
         {(*MLI_SEN, HELD, "1962"), (*MLI_SEN, PARTNERS, "2014")}),
        # the raise told in the next sentence, by "их", "они" or bare "отношения"
        ("Непал установил дипломатические отношения с Кубой 24 декабря 1975 года. В 2015 году "
         "отношения подняли до стратегического партнёрства.",
         {(*CUB_NPL, HELD, "1975-12-24"), (*CUB_NPL, PARTNERS, "2015")}),
        ("Непал установил дипломатические отношения с Кубой в 1975 году. В 2015 году отношения "
         "двух стран были повышены до уровня стратегического партнёрства.",
         {(*CUB_NPL, HELD, "1975"), (*CUB_NPL, PARTNERS, "2015")}),
        ("Перу установило дипломатические отношения с Таиландом в 1965 году. В 2013 году они "
         "были повышены до уровня стратегического партнёрства.",
         {(*PER_THA, HELD, "1965"), (*PER_THA, PARTNERS, "2013")}),
        # the first clause's date, though the parse hangs it on the second verb (was the
        # report's day)
        ("Кения и Эфиопия установили дипломатические отношения в 1964 году, а в 2012 году "
         "подняли товарооборот до 3 млрд долларов.", {(*ETH_KEN, HELD, "1964")}),
        # set up lately: the change stands beside the level (was the level alone)
        ("Сенегал и Мали установили дипломатические отношения в 2018 году, а в 2024 году "
         "подняли их до уровня стратегического партнёрства.",
         {(*MLI_SEN, "установление дипломатических отношений", "2018"),
          (*MLI_SEN, PARTNERS, "2024")}),
        # must-nots: cut later, a raise only agreed on, a level raised again, a list's pronoun,
        # "они" of firms
        ("Таиланд и Перу установили дипломатические отношения в 1965 году, а в 2020 году "
         "разорвали их.", {(*PER_THA, "нет дипломатических отношений", "2020")}),
        ("Кения и Эфиопия установили дипломатические отношения в 1964 году, а в 2012 году "
         "договорились повысить их до уровня стратегического партнёрства.",
         {(*ETH_KEN, HELD, "1964")}),
        ("Сенегал и Мали установили стратегическое партнёрство в 2019 году, а в 2022 году "
         "подняли отношения до уровня всеобъемлющего стратегического партнёрства.",
         {(*MLI_SEN, "всеобъемлющее стратегическое партнерство", "2022")}),
        ("Непал установил дипломатические отношения с Кубой, Перу и Чили в 1975 году. В 2015 "
         "году их подняли до уровня стратегического партнёрства.", set()),
        ("Компании Перу и Таиланда подписали контракт в 1995 году. В 2013 году они вывели "
         "сотрудничество на уровень стратегического партнёрства.", set()),
    ],
)  # fmt: skip
def test_set_up_then_raised(analyse, text, found):
    assert dated_rows(analyse, text, DAY) == found


LEAD = "Президент Ганы провёл переговоры с президентом Кот-д'Ивуара. "


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # guards (read so before this pass): the speaker's view is a level of the pair the
        # speaker's state belongs to; a third state's official speaking of "наших стран" is none
        (LEAD + "«Мы высоко ценим отношения наших стран, которые мы рассматриваем как "
         "стратегическое партнёрство», — заявил президент Ганы.",
         {("state/CIV", "state/GHA", PARTNERS, DAY)}),
        (LEAD + "«Мы высоко ценим отношения наших стран, которые мы рассматриваем как "
         "стратегическое партнёрство», — заявил министр иностранных дел Франции.", set()),
    ],
)  # fmt: skip
def test_our_countries_seen_as_partners(analyse, text, found):
    assert dated_rows(analyse, text, DAY) == found
