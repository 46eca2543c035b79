"""A level told by "объявили об установлении отношений <level>" or "заявили о повышении
отношений до уровня …" set up long ago holds since then, as "установили отношения …" does
(`history.raising_verb`, `history._reach_announced`); one announced as possible, near or on
a condition, or only a readiness announced, is no level (`statements._announced_as_supposed`,
"готовность" a word of prospect). A freeze of diplomatic relations taken up by a pronoun, or
relations put on pause, are a freeze (`changes.changed_taken_up`, `changes._paused`); a call or
a threat to freeze is none; relations put on pause end a level set up before (`held._ending`).
Own sentences about Argentina–Chile, China–New Zealand, Peru–Ecuador, Ghana–Togo (sixty-third
pass, h-relations65)."""

from __future__ import annotations

import pytest
from relation_runs import dated_rows

DAY = "2026-12-20"
ARG_CHL = ("state/ARG", "state/CHL")
PER_ECU = ("state/ECU", "state/PER")
# diplomatic relations set up long ago are held since (sixty-fourth pass, h-relations66)
HELD_1992 = {(*PER_ECU, "дипломатические отношения", "1992")}
SP = "стратегическое партнерство"
CSP = "всеобъемлющее стратегическое партнерство"
VISIT = "Премьер-министр Новой Зеландии посетил Китай. "
FROZEN = "заморозка дипломатических отношений"
SET_UP = "Перу и Эквадор установили дипломатические отношения в 1992 году, а в 2025 году "


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # musts: a level announced as set up or raised long ago, nothing later told (were none)
        ("В 2013 году Аргентина и Чили объявили об установлении отношений стратегического "
         "партнёрства.", {(*ARG_CHL, SP, "2013")}),
        ("В 2013 году Аргентина и Чили заявили об установлении всеобъемлющего стратегического "
         "партнёрства.", {(*ARG_CHL, CSP, "2013")}),
        ("В 2012 году Аргентина и Чили сообщили о повышении отношений до уровня стратегического "
         "партнёрства.", {(*ARG_CHL, SP, "2012")}),
        # "стороны": the report's pair, dated by its clause, a signing told after it
        (VISIT + "В 2014 году стороны объявили об установлении отношений всеобъемлющего "
         "стратегического партнёрства, а в 2016 году подписали соглашение о туризме.",
         {("state/CHN", "state/NZL", CSP, "2014")}),
        # diplomatic relations set up long ago are held since then (sixty-fourth pass,
        # h-relations66; were history, a change of then)
        ("В 2013 году Аргентина и Чили объявили об установлении дипломатических отношений.",
         {(*ARG_CHL, "дипломатические отношения", "2013")}),
        ("В 2025 году Аргентина и Чили объявили об установлении дипломатических отношений.",
         {(*ARG_CHL, "установление дипломатических отношений", "2025")}),
        # weighed, possible, near, conditional, only ready for, denied or ahead (the second,
        # third, fourth and fifth were a level of 2025, the last one of the report's day)
        ("Аргентина и Чили рассматривают возможность установления отношений стратегического "
         "партнёрства.", set()),
        ("В 2025 году Аргентина и Чили объявили о возможном установлении отношений "
         "стратегического партнёрства.", set()),
        ("В 2025 году Аргентина и Чили объявили о скором установлении отношений "
         "стратегического партнёрства.", set()),
        ("В 2025 году Аргентина и Чили заявили о готовности к установлению отношений "
         "стратегического партнёрства.", set()),
        ("В 2025 году Аргентина и Чили объявили об установлении отношений стратегического "
         "партнёрства, если парламенты одобрят договор.", set()),
        ("В 2013 году Аргентина и Чили не объявили об установлении отношений стратегического "
         "партнёрства.", set()),
        ("Аргентина и Чили объявят об установлении отношений стратегического партнёрства.",
         set()),
        # a third pair named in the clause: its own level, never the report's pair's
        ("Премьер-министр Австралии посетил Китай. В 2025 году Китай и Новая Зеландия "
         "объявили об установлении отношений всеобъемлющего стратегического партнёрства.",
         {("state/CHN", "state/NZL", CSP, "2025")}),
        ("Премьер-министр Австралии посетил Китай. В 2014 году Китай и Новая Зеландия "
         "объявили об установлении отношений всеобъемлющего стратегического партнёрства.",
         set()),
    ],
)  # fmt: skip
def test_a_level_announced(analyse, text, found):
    assert dated_rows(analyse, text, DAY) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # musts: a freeze taken up by a pronoun, relations put on pause (were none)
        (SET_UP + "заморозили их.", {(*PER_ECU, FROZEN, "2025")}),
        (SET_UP + "поставили их на паузу.", {(*PER_ECU, FROZEN, "2025")}),
        ("Дипломатические отношения между Перу и Эквадором были установлены в 1990 году. "
         "В 2025 году они были заморожены.", {(*PER_ECU, FROZEN, "2025")}),
        ("В 2025 году Перу и Эквадор поставили на паузу дипломатические отношения.",
         {(*PER_ECU, FROZEN, "2025")}),
        # other changes taken up the same way
        (SET_UP + "понизили их.",
         {(*PER_ECU, "понижение уровня дипломатических отношений", "2025")}),
        ("Перу и Эквадор разорвали дипломатические отношения в 2018 году, а в 2024 году "
         "восстановили их.", {(*PER_ECU, "восстановление дипломатических отношений", "2024")}),
        # unchanged: a suspension taken up is a cut, a freeze named is a freeze
        (SET_UP + "приостановили их.", {(*PER_ECU, "нет дипломатических отношений", "2025")}),
        ("В 2025 году Перу и Эквадор заморозили дипломатические отношения.",
         {(*PER_ECU, FROZEN, "2025")}),
        # must-nots: a call or a threat to freeze, a freeze denied, a pronoun of contracts,
        # talks put on pause (the relations set up in 1992 stand)
        ("Президент Перу призвал поставить на паузу отношения с Эквадором.", set()),
        ("Президент Перу призвал заморозить отношения с Эквадором.", set()),
        (SET_UP + "пригрозили заморозить их.", HELD_1992),
        (SET_UP + "призвали заморозить их.", HELD_1992),
        ("Перу и Эквадор установили дипломатические отношения в 1992 году, но не заморозили "
         "их.", HELD_1992),
        ("Перу и Эквадор заключили контракты на поставку газа в 2020 году, а в 2025 году "
         "заморозили их.", set()),
        (SET_UP + "поставили на паузу переговоры.", HELD_1992),
    ],
)  # fmt: skip
def test_a_freeze_taken_up(analyse, text, found):
    assert dated_rows(analyse, text, DAY) == found


GHA_TGO_2012 = {("state/GHA", "state/TGO", SP, "2012")}
SET_UP_GHA = "В 2012 году Гана и Того установили отношения стратегического партнёрства."


@pytest.mark.parametrize(
    ("later", "found"),
    [
        # musts: relations put on pause later end the level set up long ago (was held); the
        # bare "отношения" are the report's pair's, frozen (sixty-fourth pass, h-claims115)
        (" В 2020 году отношения были поставлены на паузу.",
         {("state/GHA", "state/TGO", "заморозка отношений", "2020")}),
        (" В 2020 году их поставили на паузу.", set()),
        # must-nots: a call to pause, talks paused, a pause denied: the level holds
        (" В 2020 году оппозиция призвала поставить их на паузу.", GHA_TGO_2012),
        (" В 2020 году стороны поставили на паузу переговоры о туризме.", GHA_TGO_2012),
        (" В 2020 году отношения не были поставлены на паузу.", GHA_TGO_2012),
    ],
)  # fmt: skip
def test_a_pause_ends_a_level(analyse, later, found):
    assert dated_rows(analyse, SET_UP_GHA + later, "2026-03-12") == found
