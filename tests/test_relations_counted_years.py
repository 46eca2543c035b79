"""A level raised some years after a date told before it (sixty-seventh pass, h-relations69).

"…установили дипломатические отношения в 1989 году, а спустя три года повысили их до уровня
стратегического партнёрства" gave the partnership the report's day: the first clause's date
is not the raise's, and "спустя три года" was read as no date. Now a count of years in the
level verb's clause ("спустя N лет", "через N года", "N года спустя", "год спустя"), wherever
the parse hangs it, dates the level that many years after the last date told before it in
the sentence or the one before (`history._lapse_date`); a change a coordinated verb tells
takes it too. Not a count after a named act ("спустя три года после войны"), nor one of no
number ("спустя несколько лет"). Own sentences about Ghana–Togo, Peru–Bolivia."""

from __future__ import annotations

import pytest
from relation_runs import PARTNERS, dated_rows

DAY = "2026-12-01"
HELD = "дипломатические отношения"
GHA_TGO = ("state/GHA", "state/TGO")
BOL_PER = ("state/BOL", "state/PER")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # musts: the years counted from the date before (were the report's day)
        (
            "Гана и Того установили дипломатические отношения в 1989 году, а спустя три года "
            "повысили их до уровня стратегического партнёрства.",
            {(*GHA_TGO, HELD, "1989"), (*GHA_TGO, PARTNERS, "1992")},
        ),
        (
            "Перу и Боливия установили дипломатические отношения в 2009 году, а через два года "
            "подняли их до уровня стратегического партнёрства.",
            {(*BOL_PER, HELD, "2009"), (*BOL_PER, PARTNERS, "2011")},
        ),
        (
            "Гана и Того установили дипломатические отношения в 1989 году, а три года спустя "
            "повысили их до уровня стратегического партнёрства.",
            {(*GHA_TGO, HELD, "1989"), (*GHA_TGO, PARTNERS, "1992")},
        ),
        (
            "Перу и Боливия установили дипломатические отношения в 2010 году, а год спустя "
            "подняли их до уровня стратегического партнёрства.",
            {(*BOL_PER, HELD, "2010"), (*BOL_PER, PARTNERS, "2011")},
        ),
        (
            "Гана и Того установили дипломатические отношения в 1989 году. Спустя 12 лет "
            "отношения были повышены до уровня стратегического партнёрства.",
            {(*GHA_TGO, HELD, "1989"), (*GHA_TGO, PARTNERS, "2001")},
        ),
        (
            "Перу и Боливия в 2018 году договорились о сотрудничестве. Через два года стороны "
            "установили стратегическое партнёрство.",
            {(*BOL_PER, PARTNERS, "2020")},
        ),
        (
            "Отношения Ганы и Того были заморожены в 2019 году, а спустя два года восстановлены.",
            {
                (*GHA_TGO, "заморозка отношений", "2019"),
                (*GHA_TGO, "восстановление отношений", "2021"),
            },
        ),
    ],
)
def test_years_counted_from_the_date_before(
    analyse, text: str, found: set[tuple[str, ...]]
) -> None:
    assert dated_rows(analyse, text, DAY) == found


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # must-nots: a count of no number, a count after a named act: no year counted
        (
            "Гана и Того установили дипломатические отношения в 2010 году, а спустя несколько лет "
            "подняли их до уровня стратегического партнёрства.",
            "2010",
        ),
        (
            "В 2015 году закончилась война. Спустя три года после войны Перу и Боливия установили "
            "дипломатические отношения.",
            "2015",
        ),
    ],
)
def test_no_years_counted(analyse, text: str, told: str) -> None:
    counted = {str(int(told) + n) for n in range(1, 11)}
    assert not {r for r in dated_rows(analyse, text, DAY) if r[3][:4] in counted}
