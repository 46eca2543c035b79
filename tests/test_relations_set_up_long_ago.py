"""Diplomatic relations set up long ago are held since then, and a change told in a "когда"
clause after a year is of that year (sixty-fourth pass, h-relations66).

"Непал установил дипломатические отношения с Уругваем 14 мая 1975 года" gave no row (a
change more than ten years before the report was history); now "дипломатические отношения"
since 1975-05-14 (`held.held_level`), where nothing later ends or changes the diplomatic
relations of the pair (a cut, a restoration); a partnership reached later leaves them
(`held.told_rows`). A restoration long ago stays a change of then; a recent setting up stays
"установление дипломатических отношений". "Отношения остаются напряжёнными с 2019 года,
когда Гана понизила уровень дипломатических отношений с Того …" dated the downgrade by the
report's day; now 2019, the year the "когда" clause tells of (`history._time_of_when`).
Own sentences about Nepal–Uruguay, Bhutan–Estonia, Chile–Peru, Ghana–Togo, Ecuador–Mexico,
Peru–Bolivia."""

from __future__ import annotations

import pytest
from relation_runs import dated_rows

DAY = "2026-11-27"
HELD = "дипломатические отношения"
NPL_URY = ("state/NPL", "state/URY")
BTN_EST = ("state/BTN", "state/EST")
CHL_PER = ("state/CHL", "state/PER")
GHA_TGO = ("state/GHA", "state/TGO")
ECU_MEX = ("state/ECU", "state/MEX")
DOWN = "понижение уровня дипломатических отношений"
TENSE = "напряженные отношения"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # musts (were none)
        ("Непал установил дипломатические отношения с Уругваем 14 мая 1975 года.",
         {(*NPL_URY, HELD, "1975-05-14")}),
        ("Дипломатические отношения между Бутаном и Эстонией установлены в 1992 году.",
         {(*BTN_EST, HELD, "1992")}),
        ("Эстония и Бутан установили дипломатические отношения в 1999 году.",
         {(*BTN_EST, HELD, "1999")}),
        # a partnership reached later leaves them standing
        ("Чили и Перу установили дипломатические отношения в 1980 году. В 2024 году страны "
         "стали стратегическими партнёрами.",
         {(*CHL_PER, HELD, "1980"), (*CHL_PER, "стратегическое партнерство", "2024")}),
        # must-nots: cut or restored later, a restoration long ago, set up lately (a change)
        ("Чили и Перу установили дипломатические отношения в 1980 году, а в 2020 году "
         "разорвали их.", {(*CHL_PER, "нет дипломатических отношений", "2020")}),
        ("Чили и Перу установили дипломатические отношения в 1980 году. В 2021 году страны "
         "восстановили дипломатические отношения.",
         {(*CHL_PER, "восстановление дипломатических отношений", "2021")}),
        ("Чили и Перу восстановили дипломатические отношения в 1995 году.", set()),
        ("Непал установил дипломатические отношения с Уругваем в 2025 году.",
         {(*NPL_URY, "установление дипломатических отношений", "2025")}),
        ("Непал и Уругвай договорились установить дипломатические отношения в 1975 году.",
         set()),
    ],
)  # fmt: skip
def test_diplomatic_relations_set_up_long_ago(analyse, text, found):
    assert dated_rows(analyse, text, DAY) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # musts: the year the "когда" clause tells of (were the report's day); the tone
        # since then the report's day (sixty-ninth pass, h-relations71)
        ("Отношения остаются напряжёнными с 2019 года, когда Гана понизила уровень "
         "дипломатических отношений с Того до временных поверенных в делах.",
         {(*GHA_TGO, TENSE, DAY), (*GHA_TGO, DOWN, "2019")}),
        ("Напряжённость между странами сохраняется с 2020 года, когда Эквадор понизил уровень "
         "дипломатических отношений с Мексикой до уровня временных поверенных в делах.",
         {(*ECU_MEX, TENSE, DAY), (*ECU_MEX, DOWN, "2020")}),
        # unchanged: a date of the change's own clause; a level's own "с" date is the
        # report's day (sixty-ninth pass, h-relations71: it holds today)
        ("Кризис начался в 2018 году, когда Перу разорвало дипломатические отношения с "
         "Боливией.", {("state/BOL", "state/PER", "нет дипломатических отношений", "2018")}),
        ("С 2021 года, когда Гана и Того подписали договор, страны остаются "
         "стратегическими партнёрами.", {(*GHA_TGO, "стратегическое партнерство", DAY)}),
        # must-not: no year before "когда", the report's day
        ("Отношения ухудшились, когда Эквадор понизил уровень дипломатических отношений с "
         "Мексикой до временного поверенного в делах.",
         {(*ECU_MEX, "ухудшение отношений", DAY), (*ECU_MEX, DOWN, DAY)}),
    ],
)  # fmt: skip
def test_a_change_in_a_when_clause(analyse, text, found):
    assert dated_rows(analyse, text, DAY) == found
