"""Relations cut by a pronoun: "их" of a cut verb (разорвать, прекратить, приостановить),
or "они" of one in the passive, that takes up the diplomatic relations of
the clause before are those relations, of that pair: "Армения и Фиджи установили
дипломатические отношения в 1992 году, а в 2020 году разорвали их" gave no row, now "нет
дипломатических отношений", 2020 (`cuts._cut_taken_up`). Must-nots: a contract cut, a
pronoun of contracts or of companies, a cut denied or threatened. Own sentences about
Armenia–Fiji, Chile–Nepal, Peru–Malta. Also a cut the clause is told after ("После
разрыва дипломатических отношений … не поддерживают контактов") has come, whatever its verb
(`cuts.cut_made`) (sixty-second pass, h-relations64)."""

from __future__ import annotations

import pytest
from relation_runs import dated_rows

NONE = "нет дипломатических отношений"
DAY = "2026-03-12"
ARM_FJI = ("state/ARM", "state/FJI")
CHL_NPL = ("state/CHL", "state/NPL")
PER_MLT = ("state/MLT", "state/PER")
SET_UP = "Армения и Фиджи установили дипломатические отношения в 1992 году"
# diplomatic relations set up long ago are held since (sixty-fourth pass, h-relations66)
HELD_1992 = {(*ARM_FJI, "дипломатические отношения", "1992")}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # musts (were none)
        (SET_UP + ", а в 2020 году разорвали их.", {(*ARM_FJI, NONE, "2020")}),
        ("Чили и Непал установили дипломатические отношения в 1995 году, но в 2021 году "
         "прекратили их.", {(*CHL_NPL, NONE, "2021")}),
        ("Дипломатические отношения между Перу и Мальтой были установлены в 1990 году. "
         "В 2022 году они были разорваны.", {(*PER_MLT, NONE, "2022")}),
        # must-nots: something else cut, a pronoun of something else, a cut denied or ahead
        # (the relations set up in 1992 stand)
        (SET_UP + ", а в 2020 году разорвали контракт.", HELD_1992),
        (SET_UP + ", но в 2020 году не разорвали их.", HELD_1992),
        (SET_UP + ", а теперь пригрозили разорвать их.", HELD_1992),
        ("Армения и Фиджи подписали контракты в 1992 году, а в 2020 году разорвали их.", set()),
        ("Компании Армении и Фиджи установили деловые контакты в 1992 году, а в 2020 году "
         "прекратили их.", set()),
        # unchanged: the relations named
        (SET_UP + ", а в 2020 году разорвали дипломатические отношения.",
         {(*ARM_FJI, NONE, "2020")}),
    ],
)  # fmt: skip
def test_relations_cut_pronouns(analyse, text, found):
    assert dated_rows(analyse, text, DAY) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a cut the clause is told after has come, whatever the main verb says (was none)
        ("После разрыва дипломатических отношений в 2021 году Чили и Непал не поддерживают "
         "контактов.", {(*CHL_NPL, NONE, "2021")}),
        ("После разрыва дипломатических отношений Перу и Мальта не обменивались визитами.",
         {(*PER_MLT, NONE, DAY)}),
        # must-nots: a cut undone later, one refused or not announced (unchanged)
        ("Спустя семь лет после разрыва дипломатических отношений Перу и Мальта вновь открыли "
         "посольства.", set()),
        ("Чили и Непал не стали разрывать дипломатические отношения.", set()),
        ("Чили не объявляла о разрыве дипломатических отношений с Непалом.", set()),
    ],
)  # fmt: skip
def test_relations_cut_after(analyse, text, found):
    assert dated_rows(analyse, text, DAY) == found
