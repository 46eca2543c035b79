"""An exchange of notes is a paper; a paper's entry into force names the paper told before
(sixty-third pass, h-agreements78), on sentences of our own about other pairs of states.

"подписали меморандум … и обмен нотами о взаимном признании …" read the memorandum only:
"нота" was no head of a paper. Notes the sides exchange ("обмен нотами о …", "обменялись
нотами о …") are now an Agreement titled "Обмен нотами о …", whose status the exchange tells
(the tense of the verb over "обмен", as over "подписание"). Must-nots: opinions or experience
exchanged, a note of protest, notes with no topic and notes on another paper's entry into
force (that paper is the one signed).

"отметят 40-летие вступления договора в силу" gave a second treaty "Договор в силу": the
parse hangs "в силу" on the paper. "в силу" now ends a title (not after a topic's
"вступлении"), and the bare paper under a noun of an act on it (entry into force,
ratification, denunciation) is the one paper of its kind told before; after two, neither,
nor a paper of its own. Must-nots: "Договор о дружбе вступил в силу" stays signed, a
protocol "о вступлении в силу" keeps its title.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from agreement_runs import LAO_VNM
from fact_reads import papers_and_signings

from kg.extract.context import Context

DAY = "2026-12-04"  # a Friday: "в среду" is 2 December
ECU_PER = ("state/ECU", "state/PER")
PRY_URY = ("state/PRY", "state/URY")


@pytest.fixture(scope="module")
def rows(analyse: Callable[..., Context]) -> Callable[[str], set[tuple]]:
    """Text → (title, kind, status, date, parties) of each paper, dated as the signing event
    that signs it dates it."""

    def read(text: str) -> set[tuple]:
        # a paper of no date of its own takes its signing's
        papers, _ = papers_and_signings(analyse, text, DAY)
        return {(a.title, a.kind, a.status, a.date, tuple(a.parties)) for a in papers}

    return read


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Министры иностранных дел Уругвая и Парагвая провели в среду переговоры в Монтевидео. "
         "Министры также подписали соглашение о сотрудничестве в сфере образования и обмен "
         "нотами о взаимном признании дипломов.",
         {("Соглашение о сотрудничестве в сфере образования", "Agreement", "signed",
           "2026-12-02", PRY_URY),
          ("Обмен нотами о взаимном признании дипломов", "Agreement", "signed", "2026-12-02",
           PRY_URY)}),
        ("Вьетнам и Лаос 3 декабря обменялись нотами об упрощении визового режима.",
         {("Обмен нотами об упрощении визового режима", "Agreement", "signed", "2026-12-03",
           LAO_VNM)}),
        ("Перу и Эквадор провели обмен нотами о безвизовом режиме для владельцев служебных "
         "паспортов.",
         {("Обмен нотами о безвизовом режиме для владельцев служебных паспортов", "Agreement",
           "signed", "", ECU_PER)}),
        ("В Лиме состоялся обмен нотами между Перу и Эквадором о взаимном признании дипломов.",
         {("Обмен нотами между Перу и Эквадором о взаимном признании дипломов", "Agreement",
           "signed", "", ECU_PER)}),
        ("Ожидается, что в январе Вьетнам и Лаос обменяются нотами об открытии новых пунктов "
         "пропуска.",
         {("Обмен нотами об открытии новых пунктов пропуска", "Agreement", "planned",
           "2027-01", LAO_VNM)}),
        # must not: opinions and experience exchanged, a note of protest, notes of no topic
        ("Вьетнам и Лаос обменялись мнениями о ситуации в регионе и обсудили обмен опытом в "
         "сфере энергетики.", set()),
        ("МИД Перу вручил послу Эквадора ноту протеста. Перу и Эквадор обменялись нотами "
         "протеста.", set()),
        ("Министры Уругвая и Парагвая провели обмен мнениями о соглашении о торговле.",
         {("Соглашение о торговле", "Agreement", "mentioned", "", ())}),
        # must not: notes on another paper's entry into force: that paper is the one signed
        ("Кроме того, Уругвай и Парагвай обменялись нотами о вступлении в силу договора о "
         "правовой помощи.",
         {("Договор о правовой помощи", "Treaty", "signed", "", PRY_URY)}),
    ],
)  # fmt: skip
def test_exchanged_notes_are_a_paper(rows, text, found):
    assert rows(text) == found


FRIENDSHIP = ("Договор о дружбе", "Treaty", "signed", "1995", ECU_PER)
BORDER_TALKS = ("Договор о границе", "Treaty", "negotiating", "", ECU_PER)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("В 1995 году Перу и Эквадор подписали Договор о дружбе. В следующем году страны "
         "отметят 30-летие вступления договора в силу.", {FRIENDSHIP}),
        ("В 1995 году Перу и Эквадор подписали Договор о дружбе. Вступление договора в силу "
         "задержалось на три года.", {FRIENDSHIP}),
        # two treaties before: the act is on neither, nor on a paper of its own
        ("В 1995 году Перу и Эквадор подписали Договор о дружбе. Сейчас стороны ведут "
         "переговоры о договоре о границе. В следующем году страны отметят годовщину "
         "ратификации договора.", {FRIENDSHIP, BORDER_TALKS}),
        ("В 1995 году Перу и Эквадор подписали Договор о дружбе. Сейчас стороны ведут "
         "переговоры о договоре о границе. В следующем году страны отметят годовщину "
         "вступления договора в силу.", {FRIENDSHIP, BORDER_TALKS}),
        # "в силу" of a cause is no title word either
        ("Уругвай и Парагвай так и не подписали соглашение о торговле в силу разногласий по "
         "тарифам.",
         {("Соглашение о торговле", "Agreement", "mentioned", "", PRY_URY)}),
        # must not: a paper told in force reads as before; a topic's "вступлении в силу" stays
        ("В 1995 году Перу и Эквадор подписали Договор о дружбе. Договор о дружбе вступил в "
         "силу в 1998 году.", {FRIENDSHIP}),
        ("Уругвай и Парагвай подписали протокол о вступлении в силу соглашения о торговле.",
         {("Протокол о вступлении в силу соглашения о торговле", "Protocol", "signed", DAY,
           PRY_URY)}),
    ],
)  # fmt: skip
def test_entry_into_force_names_the_paper_before(rows, text, found):
    assert rows(text) == found
