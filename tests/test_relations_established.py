"""Diplomatic relations established are a change that has come, as restored ones are:
"Монголия и Ямайка установили дипломатические отношения" gave no row, now "установление
дипломатических отношений", dated by its clause (the report's day, a weekday, a year; one
set up more than ten years before the report is held since then as "дипломатические
отношения", sixty-fourth pass: `held.held_level`). Must-nots: agreed on, possible, denied,
ahead, an anniversary, contacts or a bond set up, and relations set up "со 180 странами"
(no pair: the other side is many states, `sides._with_many`). Own sentences about
Mongolia–Jamaica, Nepal–Uruguay, Bhutan–Estonia, India–Chile (sixty-second pass,
h-relations63)."""

from __future__ import annotations

import pytest
from relation_runs import dated_rows

SET_UP = "установление дипломатических отношений"
DAY = "2026-03-12"  # a Thursday
MNG_JAM = ("state/JAM", "state/MNG")
BTN_EST = ("state/BTN", "state/EST")
NPL_URY = ("state/NPL", "state/URY")
VISIT = "Министр иностранных дел Непала посетил Уругвай. "


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # musts (were none)
        ("Монголия и Ямайка установили дипломатические отношения.", {(*MNG_JAM, SET_UP, DAY)}),
        ("В среду Непал и Уругвай установили дипломатические отношения.",
         {(*NPL_URY, SET_UP, "2026-03-11")}),
        ("Дипломатические отношения между Бутаном и Эстонией установлены в 2024 году.",
         {(*BTN_EST, SET_UP, "2024")}),
        ("Бутан установил дипломатические отношения с Эстонией.", {(*BTN_EST, SET_UP, DAY)}),
        ("Монголия стала 190-й страной, с которой Ямайка установила дипломатические "
         "отношения.", {(*MNG_JAM, SET_UP, DAY)}),
        ("Непал и Уругвай объявили об установлении дипломатических отношений.",
         {(*NPL_URY, SET_UP, DAY)}),
        # set up long ago: the relations are held since then (sixty-fourth pass,
        # h-relations66; was history, as a restoration long ago is)
        ("Бутан и Эстония установили дипломатические отношения в 1992 году.",
         {(*BTN_EST, "дипломатические отношения", "1992")}),
        ("Бутан и Эстония установили дипломатические отношения в 2019 году.",
         {(*BTN_EST, SET_UP, "2019")}),
        # as a restoration is dated (unchanged)
        ("Монголия и Ямайка восстановили дипломатические отношения в 2023 году.",
         {(*MNG_JAM, "восстановление дипломатических отношений", "2023")}),
        # must-nots: agreed on, possible, ahead, weighed
        ("Монголия и Ямайка договорились установить дипломатические отношения.", set()),
        ("Монголия и Ямайка могут установить дипломатические отношения.", set()),
        ("Монголия и Ямайка установят дипломатические отношения.", set()),
        ("Монголия и Ямайка обсудили установление дипломатических отношений.", set()),
        # an anniversary: the relations held since then, no setting up of now (seventy-first
        # pass, h-relations73: was none)
        ("Монголия и Ямайка отметили 30-летие установления дипломатических отношений.",
         {(*MNG_JAM, "дипломатические отношения", "1996")}),
        # denied: no relations, as before, and no row of setting up
        ("Монголия и Ямайка не установили дипломатических отношений.",
         {(*MNG_JAM, "нет дипломатических отношений", DAY)}),
        # contacts or a bond set up are no relations set up
        ("Монголия и Ямайка установили контакты.", set()),
        ("Монголия и Ямайка установили тесные отношения.", set()),
        # relations told as set up at some time are no change of the report's
        ("В рамках установленных дипломатических отношений Монголия и Ямайка развивают "
         "туризм.", set()),
        # many states, no pair (was Nepal–Uruguay from the report's pair)
        (VISIT + "Уругвай установил дипломатические отношения со 180 странами.", set()),
        (VISIT + "Уругвай развивает стратегическое партнёрство со странами Африки.", set()),
    ],
)  # fmt: skip
def test_relations_established(analyse, text, found):
    assert dated_rows(analyse, text, DAY) == found
