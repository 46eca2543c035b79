"""Moods and subjects of signing, fifty-seventh pass (h-agreements61), on sentences of our own
about other pairs of states.

A signing in the subjunctive ("подписали бы …, если бы …", "был бы подписан", "если бы
стороны подписали") is only weighed: the paper is mentioned, undated, and no Signing is
read; a wish ("хотели бы подписать") and a real condition ("если соглашение будет
подписано") stay planned, a plain "Мы подписали" signed.

A signing that was due ("должны были подписать ещё в прошлом году") is neither held nor
ahead: the paper is mentioned and no Signing is read, planned or held; "должны подписать в
мае" stays a planned signing in May.

A sentence that opens with its verb ("Подписали соглашение … и провели переговоры
президенты X и Y") has the subject after the last joined verb for every verb: the tagger
read the capitalised plural past as a gerund or a name, so no reader found a finite verb to
share it with (`kg/nlp/passives.py`).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import papers_and_signings

from kg.extract.agreements.fact import Agreement
from kg.extract.context import Context
from kg.extract.events import Event
from kg.nlp.morph import is_finite

EGY_JOR = ["state/EGY", "state/JOR"]
KEN_UGA = ["state/KEN", "state/UGA"]
LAO_VNM = ["state/LAO", "state/VNM"]


@pytest.fixture(scope="module")
def read(analyse: Callable[..., Context]) -> Callable[[str], tuple[Agreement, list[Event]]]:
    """Text → its one paper and its Signing events, in a document of 2026-03-12."""

    def one(text: str) -> tuple[Agreement, list[Event]]:
        [paper], signings = papers_and_signings(analyse, text, "2026-03-12")
        return paper, signings

    return one


@pytest.mark.parametrize(
    ("text", "status", "date", "signings"),
    [
        ("Кения и Уганда подписали бы соглашение о свободной торговле, если бы не выборы.",
         "mentioned", "", 0),
        ("Договор о границе между Вьетнамом и Лаосом был бы подписан ещё в прошлом году, если "
         "бы не кризис.", "mentioned", "", 0),
        ("Если бы Египет и Иордания подписали соглашение о торговле, пошлины бы снизились.",
         "mentioned", "", 0),
        # must-nots: a signing told, a wish, a real condition
        ("Кения и Уганда подписали соглашение о свободной торговле.", "signed", "2026-03-12", 1),
        ("Кения и Уганда хотели бы подписать соглашение о торговле в мае.",
         "planned", "2026-05", 1),
        ("Если соглашение о торговле между Египтом и Иорданией будет подписано, пошлины "
         "снизятся.", "planned", "", 0),
    ],
)  # fmt: skip
def test_a_signing_only_weighed_signs_nothing(
    read: Callable[[str], tuple[Agreement, list[Event]]],
    text: str,
    status: str,
    date: str,
    signings: int,
) -> None:
    paper, events = read(text)
    assert (paper.status, paper.date, len(events)) == (status, date, signings)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Мы подписали бы соглашение о торговле с Иорданией, если бы Амман согласился на наши "
         "условия.", "mentioned"),
        # must-not: "мы" signing
        ("Мы подписали соглашение о торговле с Иорданией.", "signed"),
    ],
)  # fmt: skip
def test_we_would_have_signed(
    read: Callable[[str], tuple[Agreement, list[Event]]], text: str, status: str
) -> None:
    paper, _ = read(text)
    assert paper.status == status


@pytest.mark.parametrize(
    ("text", "status", "signing"),
    [
        ("Вьетнам и Лаос должны были подписать меморандум о торговле ещё в прошлом году.",
         "mentioned", None),
        ("Кения и Уганда должны были подписать соглашение о торговле в 2025 году, но "
         "переговоры затянулись.", "mentioned", None),
        # must-not: a signing due ahead
        ("Вьетнам и Лаос должны подписать меморандум о торговле в мае.",
         "planned", ("planned", "2026-05")),
    ],
)  # fmt: skip
def test_a_signing_that_was_due_is_no_signing(
    read: Callable[[str], tuple[Agreement, list[Event]]],
    text: str,
    status: str,
    signing: tuple[str, str] | None,
) -> None:
    paper, events = read(text)
    assert (paper.status, paper.date if signing is None else "") == (status, "")
    assert [(e.status, e.date) for e in events] == ([signing] if signing else [])


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Подписали соглашение о торговле и провели переговоры президенты Египта и Иордании.",
         EGY_JOR),
        ("Заключили меморандум о туризме и обсудили торговлю премьер-министры Кении и Уганды.",
         KEN_UGA),
        # must-nots: one verb, and a verb after a place
        ("Подписали соглашение о торговле министры торговли Вьетнама и Лаоса.", LAO_VNM),
        ("В Каире подписали соглашение о торговле и провели переговоры президенты Египта и "
         "Иордании.", EGY_JOR),
    ],
)  # fmt: skip
def test_subject_after_the_last_joined_verb_signs(
    read: Callable[[str], tuple[Agreement, list[Event]]], text: str, parties: list[str]
) -> None:
    paper, events = read(text)
    assert (paper.status, sorted(paper.parties)) == ("signed", parties)
    assert [sorted(e.participants) for e in events] == [parties]


def test_named_signers_after_the_last_joined_verb(
    read: Callable[[str], tuple[Agreement, list[Event]]],
) -> None:
    paper, _ = read(
        "Подписали соглашение о торговле и провели переговоры президент Кении Уильям Руто и "
        "президент Уганды Йовери Мусевени."
    )
    assert sorted(paper.parties) == KEN_UGA
    assert len(paper.signatories) == 2


@pytest.mark.parametrize(
    ("text", "finite"),
    [
        ("Подписали соглашение о торговле и провели переговоры президенты Египта и Иордании.",
         True),
        ("Заключили меморандум о туризме и обсудили торговлю премьер-министры Кении и Уганды.",
         True),
        # must-nots: a noun, a first name read as a singular past, a short participle, a gerund
        ("Соглашение подписали министры.", False),
        ("Робел Филлипос — приятель министра Египта.", False),
        ("Арестован бывший министр.", False),
        ("Подписав соглашение, министры уехали.", False),
    ],
)  # fmt: skip
def test_an_opening_verb_is_finite(nlp, text: str, finite: bool) -> None:  # noqa: ANN001
    assert is_finite(nlp(text)[0]) is finite
