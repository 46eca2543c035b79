"""A headline's accord ("X и Y договорились о строительстве газопровода") fused with the
body's signed paper ("По итогам заседания главы компаний … подписали соглашение о
строительстве газопровода …") is named and dated by the body: the accord lends it neither
its words nor the report's day. A paper signed "по итогам" of talks or a meeting the text
dates takes their day, as its signing event does, headline or not. Must-nots: a headline
accord on another topic stays its own (dated by the report); a body paper signed on a day of
its own keeps it. Own sentences about other pairs of states (h-agreements53)."""

from __future__ import annotations

import pytest
from agreement_runs import CHL_PER, KEN_UGA
from fact_reads import papers_and_signings

DAY = "2026-09-17"  # a Thursday: "в среду" is the 16th, "в понедельник" the 14th
EGY_JOR = ("state/EGY", "state/JOR")
_LIMA = (
    "ЛИМА, 17 сентября 2026. Президент Чили Габриэль Борич и президент Перу Дина Болуарте в "
    "среду в Лиме провели заседание совместного совета по сотрудничеству двух стран.\n\n"
)
_PIPE = (
    "По итогам заседания главы компаний ENAP и Petroperu подписали соглашение о строительстве "
    "газопровода из Перу в Чили протяжённостью около 400 км."
)
_NAIROBI = (
    "НАЙРОБИ, 17 сентября 2026. Президент Кении Уильям Руто и президент Уганды Йовери "
    "Мусевени в понедельник провели переговоры в Найроби.\n\n"
)

# (text, {(title, status, date, parties)} kg reads)
CASES = [
    ("Борич и Болуарте договорились о строительстве газопровода между Чили и Перу\n\n"
     + _LIMA + _PIPE,
     {("Соглашение о строительстве газопровода", "signed", "2026-09-16", CHL_PER)}),
    (_LIMA + _PIPE,
     {("Соглашение о строительстве газопровода", "signed", "2026-09-16", CHL_PER)}),
    ("Руто и Мусевени договорились о строительстве нефтепровода между Кенией и Угандой\n\n"
     + _NAIROBI + "По итогам переговоров министры энергетики двух стран подписали соглашение о "
     "строительстве нефтепровода из Уганды в Кению.",
     {("Соглашение о строительстве нефтепровода", "signed", "2026-09-14", KEN_UGA)}),
    # the meeting undated: the body's title, dated as its signing is (a lead's meeting is of
    # the report's day)
    ("Борич и Болуарте договорились о строительстве газопровода между Чили и Перу\n\n"
     "Президент Чили Габриэль Борич и президент Перу Дина Болуарте провели в Лиме заседание "
     "совместного совета по сотрудничеству двух стран. " + _PIPE,
     {("Соглашение о строительстве газопровода", "signed", DAY, CHL_PER)}),
    ("Египет и Иордания договорились о строительстве газопровода между двумя странами\n\n"
     "Президент Египта и король Иордании провели заседание совета по сотрудничеству. По "
     "итогам заседания главы энергетических компаний подписали соглашение о строительстве "
     "газопровода из Египта в Иорданию.",
     {("Соглашение о строительстве газопровода", "signed", DAY, EGY_JOR)}),
    # must-nots: a headline accord on another topic stays its own, of the report's day
    ("Руто и Мусевени договорились о строительстве железной дороги между Кенией и Угандой\n\n"
     + _NAIROBI + "По итогам переговоров министры энергетики двух стран подписали соглашение о "
     "поставках нефти.",
     {("Договорённость о строительстве железной дороги между Кенией и Угандой", "signed", DAY,
       KEN_UGA),
      ("Соглашение о поставках нефти", "signed", "2026-09-14", KEN_UGA)}),
    # a body paper signed on a day of its own keeps it
    ("Борич и Болуарте договорились о строительстве газопровода между Чили и Перу\n\n"
     + _LIMA + "По итогам заседания главы компаний ENAP и Petroperu 10 сентября подписали "
     "соглашение о строительстве газопровода из Перу в Чили.",
     {("Соглашение о строительстве газопровода", "signed", "2026-09-10", CHL_PER)}),
]  # fmt: skip


def _read(analyse, text: str) -> tuple[set[tuple], set[str]]:
    """The papers of `text` as (title, status, date, parties) once its events are read (a
    signing dates the paper it signs), and the days of its signings."""
    papers, signings = papers_and_signings(analyse, text, DAY)
    days = {e.date for e in signings}
    return {(a.title, a.status, a.date, tuple(a.parties)) for a in papers}, days


@pytest.mark.parametrize(("text", "rows"), CASES)
def test_the_body_names_and_dates_the_paper(analyse, text, rows) -> None:
    assert _read(analyse, text)[0] == rows


@pytest.mark.parametrize("text", [CASES[0][0], CASES[1][0], CASES[2][0], CASES[3][0], CASES[6][0]])
def test_the_paper_and_its_signing_agree_on_the_day(analyse, text) -> None:
    papers, days = _read(analyse, text)
    assert days == {date for _, _, date, _ in papers}
