"""Each paper takes the status and date of its own verb, and a passive's agents are its sides
(sixtieth pass, h-agreements67). Sentences of our own about other pairs.

- A signing "который"-clause the parser hung on an earlier paper it does not agree with
  ("подписали соглашение о торговле и обсудили меморандум о туризме, который будет подписан
  в сентябре") is the later paper's: the agreement stays signed and undated.
- A finite verb after a title's comma with no "который" opens a clause of its own ("обсудили
  ход работы над соглашением …, подписали меморандум"): the agreement is not signed by it;
  that verb, with no "и", shares the subject of the verb before it, of its number.
- A draft a relative clause plans ("проект меморандума, который будет подписан в сентябре")
  is not the memorandum signed before it, whose date stays its own.
- Instrumental names the parser hung on the "в"-place of a passive ("Вчера в Сантьяго
  Аргентиной и Боливией подписано …") are the paper's sides; the place stays a place.
"""

from __future__ import annotations

import pytest
from agreement_runs import KEN_UGA

from kg.extract.agreements import read_agreements
from kg.model import Document

CHL_PER = ("state/CHL", "state/PER")
ARG_BOL = ("state/ARG", "state/BOL")


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → {(title, status, date, parties, place)} of the papers kg reads in it."""

    def rows(text: str) -> set[tuple]:
        reading = read_agreements(analyse(Document(id="t", text=text, date="2025-03-06")))
        return {
            (a.title, a.status, a.date, tuple(sorted(a.parties)), a.place) for a in reading.facts
        }

    return rows


@pytest.mark.parametrize(
    ("text", "papers"),
    [
        # the clause hung on "соглашение" (neuter) is the memorandum's ("который": masculine)
        ("Президенты Кении и Уганды подписали соглашение о торговле и обсудили меморандум о "
         "туризме, который будет подписан в сентябре.",
         {("Соглашение о торговле", "signed", "", KEN_UGA, ""),
          ("Меморандум о туризме", "planned", "2025-09", KEN_UGA, "")}),
        # must not: a clause that agrees with the paper it hangs on stays there
        ("Президенты Кении и Уганды подписали соглашение о торговле и обсудили протокол о "
         "туризме, который будет подписан в сентябре.",
         {("Соглашение о торговле", "signed", "", KEN_UGA, ""),
          ("Протокол о туризме", "planned", "2025-09", KEN_UGA, "")}),
        # must not: a clause of a paper of its own gender, one paper
        ("Президенты Кении и Уганды обсудили меморандум о туризме, который будет подписан в "
         "сентябре.",
         {("Меморандум о туризме", "planned", "2025-09", KEN_UGA, "")}),
        # a finite verb after the title's comma is a clause of its own
        ("В мае Кения и Уганда обсудили ход работы над соглашением о свободной торговле, "
         "подписали меморандум о туризме.",
         {("Соглашение о свободной торговле", "negotiating", "", KEN_UGA, ""),
          ("Меморандум о туризме", "signed", "", KEN_UGA, "")}),
        # that clause's verb shares the subject of the verb before it, of its number
        ("Президенты Кении и Уганды провели переговоры, подписали меморандум о туризме.",
         {("Меморандум о туризме", "signed", "", KEN_UGA, "")}),
        # must not: a verb of another number has a subject of its own, which the text leaves
        # unsaid
        ("Встреча президентов Кении и Уганды прошла в Найроби, подписали меморандум о "
         "туризме.",
         {("Меморандум о туризме", "signed", "", (), "")}),
        # must not: a participle after the comma is the paper's
        ("В мае стороны обсудили соглашение о свободной торговле, подписанное Кенией и "
         "Угандой.",
         {("Соглашение о свободной торговле", "signed", "", KEN_UGA, "")}),
        # must not: "которое подписали" is the paper's
        ("Стороны обсудили соглашение о свободной торговле, которое подписали Кения и Уганда.",
         {("Соглашение о свободной торговле", "signed", "", KEN_UGA, "")}),
        # a draft to be signed ahead is not the memorandum signed: that one stays undated
        # (the draft, to be signed with no agent, is the pair's: h-agreements68)
        ("Президенты Кении и Уганды подписали меморандум о торговле, а также обсудили проект "
         "меморандума, который будет подписан в сентябре.",
         {("Меморандум о торговле", "signed", "", KEN_UGA, ""),
          ("Меморандум между Кенией и Угандой", "planned", "2025-09", KEN_UGA, "")}),
        # must not: a memorandum told signed again is that memorandum
        ("Президенты Кении и Уганды подписали меморандум о торговле. Меморандум был подписан в "
         "Найроби.",
         {("Меморандум о торговле", "signed", "", KEN_UGA, "Найроби")}),
    ],
)  # fmt: skip
def test_each_paper_takes_its_own_verb(read, text, papers):
    assert read(text) == papers


@pytest.mark.parametrize(
    ("text", "papers"),
    [
        ("Вчера в Сантьяго Аргентиной и Боливией подписано соглашение о транзите.",
         {("Соглашение о транзите", "signed", "2025-03-05", ARG_BOL, "Сантьяго")}),
        ("В столице Чили Аргентиной и Боливией подписано соглашение о транзите.",
         {("Соглашение о транзите", "signed", "", ARG_BOL, "")}),
        # must not: agents the parser hangs on the verb, and sides named with "между"
        ("Соглашение о транзите подписано Аргентиной и Боливией в Сантьяго.",
         {("Соглашение о транзите", "signed", "", ARG_BOL, "Сантьяго")}),
        ("Вчера в Лиме подписано соглашение о транзите между Чили и Перу.",
         {("Соглашение о транзите между Чили и Перу", "signed", "2025-03-05", CHL_PER,
           "Лима")}),
    ],
)  # fmt: skip
def test_instrumental_states_after_the_place_are_the_sides(read, text, papers):
    assert read(text) == papers
