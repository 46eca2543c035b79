"""A level raised or set up long ago that the text tells nothing later of holds today, since
then: "В 2012 году отношения двух стран были повышены до уровня … партнёрства" in a report of
2026 was history by the ten-year rule (`relations.held`, `history.raising_verb`). Must-nots:
a later level, downgrade, freeze, cut or end of the pair; a third pair's level told as
background; an era gone ("в советское время"), a war's allies, a ruler of the past; a past
copula, an agreement to raise, a raise refused. Own sentences about India–Vietnam,
Egypt–Indonesia, Chile–Peru, Mexico–Argentina, Ghana–Togo, Vietnam–Cuba, Greece–Serbia
(sixty-second pass, h-relations62)."""

from __future__ import annotations

import pytest
from relation_runs import dated_rows

SP = "стратегическое партнерство"
CSP = "всеобъемлющее стратегическое партнерство"
DAY = "2026-03-12"
GHA_TGO = ("state/GHA", "state/TGO")
RAISED = "В 2012 году отношения Ганы и Того были подняты до уровня стратегического партнёрства."


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # musts: raised or set up long ago, nothing later told (were none)
        ("Премьер-министр Индии посетил Вьетнам. В 2012 году отношения двух стран были "
         "повышены до уровня всеобъемлющего стратегического партнёрства.",
         {("state/IND", "state/VNM", CSP, "2012")}),
        ("Египет и Индонезия установили отношения стратегического партнёрства в 2007 году.",
         {("state/EGY", "state/IDN", SP, "2007")}),
        ("В 2008 году Чили и Перу вывели отношения на уровень стратегического партнёрства.",
         {("state/CHL", "state/PER", SP, "2008")}),
        (RAISED, {(*GHA_TGO, SP, "2012")}),
        # the same level told again today keeps the year it was raised (was the report's day)
        ("В 2011 году отношения Мексики и Аргентины были повышены до уровня стратегического "
         "партнёрства. Сегодня Мексика и Аргентина остаются стратегическими партнёрами.",
         {("state/ARG", "state/MEX", SP, "2011")}),
        # a change told before the raise does not end it
        ("В 2009 году отношения Ганы и Того заметно улучшились. " + RAISED,
         {(*GHA_TGO, SP, "2012")}),
        # must-nots: a later level of the pair is the current one
        ("Египет и Индонезия установили стратегическое партнёрство в 1992 году. В 2019 году "
         "отношения Египта и Индонезии были повышены до уровня всеобъемлющего стратегического "
         "партнёрства.", {("state/EGY", "state/IDN", CSP, "2019")}),
        # an era gone, a war's allies, a ruler of the past (the first was the report's day)
        ("В советское время отношения Вьетнама и Кубы были подняты до уровня союзничества.",
         set()),
        ("В 1945 году союзники по антигитлеровской коалиции Греция и Сербия установили "
         "особые отношения.", set()),
        ("При прежнем президенте в 2012 году отношения Ганы и Того были повышены до уровня "
         "стратегического партнёрства.", set()),
        # a third pair told as background in a report of another
        ("Президент Египта посетил Индонезию. Стороны обсудили торговлю. В 1996 году Чили и "
         "Перу установили стратегическое партнёрство.", set()),
        # no raise: a past copula, a raise refused
        ("В 2012 году Гана и Того были стратегическими партнёрами.", set()),
        ("В 2012 году Гана и Того не стали повышать отношения до уровня стратегического "
         "партнёрства.", set()),
    ],
)  # fmt: skip
def test_a_level_raised_long_ago(analyse, text, found):
    assert dated_rows(analyse, text, DAY) == found


@pytest.mark.parametrize(
    "later",
    [
        "Но в 2014 году их понизили.",
        "В 2018 году отношения были заморожены.",
        "После разрыва отношений в 2017 году Гана отозвала посла из Того.",
        "В 2015 году Гана и Того прекратили стратегическое партнёрство.",
        "В 2019 году отношения повышены до всеобъемлющего стратегического партнёрства.",
    ],
)
def test_a_level_ended_or_changed_later(analyse, later):
    """Must-nots: a downgrade, a freeze, a cut, an end or a raise told later, read as a level
    of its own or not, leaves the level raised long ago in the past."""
    assert not {row for row in dated_rows(analyse, f"{RAISED} {later}", DAY) if row[3] == "2012"}
