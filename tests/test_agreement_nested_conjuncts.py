"""Papers coordinated after a title ("были подписаны соглашение о сотрудничестве в сфере
энергетики и протокол о …"): the parser may hang the second paper on the last noun of the
first one's title, in another case than its own; kg/nlp/nested_conjuncts.py sets it on the
nearest noun of its case, so both papers are signed by the same sides (fifty-seventh pass,
h-agreements62). Own sentences about Chile–Peru and Ghana–Togo; must-nots: a coordination
inside one title stays one paper, a paper only discussed stays unsigned."""

from __future__ import annotations

import pytest
from agreement_runs import CHL_PER

from kg.model import Document

DAY = "2026-06-15"
GHA_TGO = ("state/GHA", "state/TGO")
OPENING = "Президенты Перу и Чили подписали декларацию. "


@pytest.mark.parametrize(
    ("text", "title", "parties"),
    [
        (OPENING + "По итогам встречи были также подписаны соглашение о сотрудничестве в сфере "
         "энергетики и протокол о создании совместной рабочей группы по транспорту.",
         "Протокол о создании совместной рабочей группы по транспорту", CHL_PER),
        ("Министры Ганы и Того подписали соглашение о развитии торговли в приграничных районах "
         "и меморандум о взаимопонимании в сфере образования.",
         "Меморандум о взаимопонимании в сфере образования", GHA_TGO),
    ],
)  # fmt: skip
def test_a_paper_after_another_papers_title_is_signed_with_it(analyse, text, title, parties):
    found = {a.title: a for a in _read(analyse, text)}
    assert found[title].status == "signed" and tuple(found[title].parties) == parties


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # one title coordinating its topics in one case
        ("Министры Ганы и Того подписали соглашение о поставках нефти и газа.",
         {"Соглашение о поставках нефти и газа"}),
        ("Требование содержится в договоре между Ганой и Того о союзничестве и интеграции, "
         "заключённом в Аккре в 2015 году.",
         {"Договор между Ганой и Того о союзничестве и интеграции"}),
    ],
)  # fmt: skip
def test_a_coordination_inside_one_title_stays_one_paper(analyse, text, titles):
    assert {a.title for a in _read(analyse, text)} == titles


def test_a_paper_only_discussed_stays_unsigned(analyse):
    text = (
        "Министры Ганы и Того подписали соглашение о сотрудничестве в сфере энергетики и "
        "обсудили протокол о транспорте."
    )
    found = {a.title: a.status for a in _read(analyse, text)}
    assert found["Соглашение о сотрудничестве в сфере энергетики"] == "signed"
    assert found["Протокол о транспорте"] != "signed"


def test_the_conjunct_hangs_on_the_noun_of_its_case(nlp):
    doc = nlp(
        "Были подписаны соглашение о сотрудничестве в сфере энергетики и протокол о транспорте."
    )
    protocol = next(t for t in doc if t.text == "протокол")
    assert (protocol.dep_, protocol.head.text) == ("conj", "соглашение")


def _read(analyse, text: str):  # noqa: ANN001, ANN202 - the conftest fixture
    from kg.extract.agreements import extract_agreements

    return extract_agreements(analyse(Document(id="t", text=text, date=DAY)))
