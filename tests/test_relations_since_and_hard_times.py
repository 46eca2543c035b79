"""A level told to hold since a year is dated by the report, and relations going through a
hard time have a tone (sixty-ninth pass, h-relations71).

"Чили и Перу являются стратегическими партнёрами с 2012 года" and "Отношения … остаются
напряжёнными с 2019 года, когда …" were dated 2012 and 2019: the year the level began. The
relations table dates the level the text states (it has no column of a start), and the text
states it at the report's date, so both now take the report's day (`history._told_since`);
a date of an act that set the level up ("партнёрство, установленное в 2013 году") and the
change a "когда" clause tells of stay of their year. "Отношения … переживают непростой
период" gave no row; now "сложные отношения" (`changes._uneasy_period`, "uneasy" words of
`relation_levels.tsv`), as the superlative ("самый тяжёлый период") stays a crisis. Own
sentences about Chile–Peru, Ghana–Togo, Kenya–Somalia, Ecuador–Mexico, Bolivia–Chile."""

from __future__ import annotations

import pytest
from relation_runs import dated_rows

DAY, PARTNERS, HARD = "2026-03-10", "стратегическое партнерство", "сложные отношения"
CHL_PER, GHA_TGO, KEN_SOM, ECU_MEX = (
    tuple(f"state/{code}" for code in pair.split("-"))
    for pair in ("CHL-PER", "GHA-TGO", "KEN-SOM", "ECU-MEX")
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # musts: the report's day (were the year told after "с")
        ("Чили и Перу являются стратегическими партнёрами с 2012 года.",
         {(*CHL_PER, PARTNERS, DAY)}),
        ("Отношения между Ганой и Того остаются напряжёнными с 2019 года, когда Гана обвинила "
         "Того в поддержке повстанцев.", {(*GHA_TGO, "напряженные отношения", DAY)}),
        ("Между Боливией и Чили нет дипломатических отношений с 1978 года.",
         {("state/BOL", "state/CHL", "нет дипломатических отношений", DAY)}),
        # must-keeps: an act's date, the change of a "когда" clause
        ("Чили и Перу развивают стратегическое партнёрство, установленное в 2013 году.",
         {(*CHL_PER, PARTNERS, "2013")}),
        ("Отношения остаются напряжёнными с 2020 года, когда Эквадор понизил уровень "
         "дипломатических отношений с Мексикой до временных поверенных в делах.",
         {(*ECU_MEX, "напряженные отношения", DAY),
          (*ECU_MEX, "понижение уровня дипломатических отношений", "2020")}),
    ],
)  # fmt: skip
def test_a_level_since_a_year_is_the_reports(analyse, text, found):
    assert dated_rows(analyse, text, DAY) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # musts (were none)
        ("Отношения Ганы и Того переживают непростой период.", {(*GHA_TGO, HARD, DAY)}),
        ("Гана и Того переживают непростой период в отношениях.", {(*GHA_TGO, HARD, DAY)}),
        ("Отношения между Чили и Перу переживают сложный период.", {(*CHL_PER, HARD, DAY)}),
        # must-keeps: a superlative is a crisis, "в кризисе" too
        ("Отношения Кении и Сомали переживают самый тяжёлый период.",
         {(*KEN_SOM, "кризис отношений", DAY)}),
        ("Отношения Эквадора и Мексики находятся в кризисе.",
         {(*ECU_MEX, "кризис отношений", DAY)}),
        # must-nots: one state's economy, a hard time only possible or denied
        ("Экономика Ганы переживает непростой период.", set()),
        ("Экономика Ганы переживает непростой период из-за отношений с Того.", set()),
        ("Отношения Ганы и Того могут пережить непростой период.", set()),
        ("Отношения Ганы и Того не переживают сложный период.", set()),
    ],
)  # fmt: skip
def test_relations_going_through_a_hard_time(analyse, text, found):
    assert dated_rows(analyse, text, DAY) == found
