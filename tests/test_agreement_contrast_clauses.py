"""Two clauses that ", а"/", но" parts, each with its own subject and verb ("Президенты …
подписали соглашение о …, а министры … обсудили меморандум о …"): the first clause's paper is
signed by its subject's states, the second's only discussed, whatever clause the parse hangs
each subject or paper on. Must-nots: papers coordinated by "и" are both signed; a paper only
discussed before the contrast is no signed one. Sentences of our own about other pairs
(agreements42)."""

from __future__ import annotations

import pytest
from fact_reads import papers_and_signings

KEN_UGA = ("state/KEN", "state/UGA")
CHL_PER = ("state/CHL", "state/PER")
CZE_SVK = ("state/CZE", "state/SVK")


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → ({(title, status, parties)}, {titles a signing event signs})."""

    def rows(text: str) -> tuple[set[tuple], set[str]]:
        papers, events = papers_and_signings(analyse, text, "2025-03-06")
        titles = {a.key: a.title for a in papers}
        signed = {titles[k] for e in events for k in e.signs}
        return {(a.title, a.status, tuple(sorted(a.parties))) for a in papers}, signed

    return rows


@pytest.mark.parametrize(
    ("text", "papers", "signed"),
    [
        # the parse hangs "Президенты" on "обсудили": the signed paper had no parties
        ("Президенты Чили и Перу 5 марта подписали соглашение о торговле, а министры "
         "иностранных дел двух стран обсудили меморандум о рыболовстве.",
         {("Соглашение о торговле", "signed", CHL_PER),
          ("Меморандум о рыболовстве", "negotiating", CHL_PER)},
         {"Соглашение о торговле"}),
        # the parse hangs "соглашение" on "обсудили": both were talks, no signing
        ("Президенты Кении и Уганды в Найроби подписали соглашение о торговле, но министры "
         "обороны двух стран обсудили протокол о границе.",
         {("Соглашение о торговле", "signed", KEN_UGA),
          ("Протокол о границе", "negotiating", KEN_UGA)},
         {"Соглашение о торговле"}),
        # the parse hangs "меморандум" on "подписали": both were signed
        ("Чехия и Словакия в Праге подписали соглашение о транзите, а министры экономики двух "
         "стран обсудили меморандум об энергетике.",
         {("Соглашение о транзите", "signed", CZE_SVK),
          ("Меморандум об энергетике", "negotiating", CZE_SVK)},
         {"Соглашение о транзите"}),
        # must not: the paper discussed before the contrast is not signed
        ("Президенты Кении и Уганды в Найроби обсудили соглашение о торговле, но министры "
         "обороны двух стран подписали протокол о границе.",
         {("Соглашение о торговле", "negotiating", KEN_UGA),
          ("Протокол о границе", "signed", KEN_UGA)},
         {"Протокол о границе"}),
        # must not: papers coordinated by "и" are both signed
        ("Президенты Кении и Уганды 5 марта подписали соглашение о торговле и меморандум о "
         "рыболовстве.",
         {("Соглашение о торговле", "signed", KEN_UGA),
          ("Меморандум о рыболовстве", "signed", KEN_UGA)},
         {"Соглашение о торговле", "Меморандум о рыболовстве"}),
        # must not: a second clause with no subject of its own shares the first's
        ("Президенты Кении и Уганды 5 марта подписали соглашение о торговле, а обсудили "
         "меморандум о рыболовстве.",
         {("Соглашение о торговле", "signed", KEN_UGA),
          ("Меморандум о рыболовстве", "negotiating", KEN_UGA)},
         {"Соглашение о торговле"}),
    ],
)  # fmt: skip
def test_each_clause_of_a_contrast_keeps_its_paper(read, text, papers, signed):
    assert read(text) == (papers, signed)
