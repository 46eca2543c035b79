"""Parties of agreements the parse or the paper's own reading lost, sixty-second pass
(h-agreements72), on sentences of our own about other pairs of states.

"Вьетнам и Лаос договорились в январе 2025 года подписать соглашение о …": with a first name
that reads the same in the nominative and the accusative, slovnet made the coordinated
subject the object of the reflexive verb, so the planned paper had no parties and no signing
was read. A reflexive verb takes no object in the accusative: such an object, read
nominative, is its subject (`kg/nlp/nominative_objects.py`). Must-nots: "С Вьетнамом Лаос
договорился …" keeps both parties, "… договорились в январе 2025 года" with no paper gives
none, a transitive verb's object before it stays its object.

"Президент Перу посетил Чили. Лидеры обсудили ситуацию в Боливии. Стороны подписали
соглашение о …": the signing took the visit's two states, the paper none (three states, so
no report's pair). A paper of no party that a signing of two states signs takes them, keyed
as the paper read with them is (`AgreementReading.take_sides`). Must-nots: a paper that
names its own sides ("соглашение между ЕС и Чили") keeps them; one with a side kg names no
state for stays as it was.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from agreement_runs import (
    CHL_PER,
    EGY_JOR,
    KEN_UGA,
    KHM_VNM,
    LAO_THA,
    LAO_VNM,
    agreement_rows,
)
from fact_reads import papers_and_signings

from kg.extract.context import Context

DAY = "2026-03-12"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Вьетнам и Лаос договорились в январе 2025 года подписать соглашение о строительстве "
         "железной дороги.",
         {("Соглашение о строительстве железной дороги", "planned", LAO_VNM, ())}),
        ("Таиланд и Лаос договорились в 2025 году подписать меморандум о туризме.",
         {("Меморандум о туризме", "planned", LAO_THA, ())}),
        ("Вьетнам и Камбоджа условились в январе подписать соглашение о торговле.",
         {("Соглашение о торговле", "planned", KHM_VNM, ())}),
        # must-nots: the partner in the instrumental, no paper, a parse already right
        ("С Вьетнамом Лаос договорился в январе подписать соглашение о торговле.",
         {("Соглашение о торговле", "planned", LAO_VNM, ())}),
        ("Вьетнам и Лаос договорились в январе 2025 года.", set()),
        ("Египет и Иордания договорились подписать соглашение о торговле.",
         {("Соглашение о торговле", "planned", EGY_JOR, ())}),
    ],
)  # fmt: skip
def test_reflexive_verbs_subjects_are_parties(analyse, text, expected):
    assert agreement_rows(analyse, text, DAY) == expected


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Вьетнам и Лаос договорились в январе 2025 года.", "nsubj"),
        # must-not: a transitive verb's object before it stays its object
        ("Вьетнам посетили в январе туристы из Лаоса.", "obj"),
    ],
)
def test_object_of_a_reflexive_verb(nlp, text, subject):
    assert nlp(text)[0].dep_ == subject


@pytest.fixture(scope="module")
def signed(analyse: Callable[..., Context]) -> Callable[[str], list[tuple]]:
    """Text → each paper as (title, parties, key) and whether a Signing signs its key."""

    def read(text: str) -> list[tuple]:
        papers, signings = papers_and_signings(analyse, text, DAY)
        signs = {k for e in signings for k in e.signs}
        return [(a.title, tuple(a.parties), a.key, a.key in signs) for a in papers]

    return read


PLAIN = "Президент Перу посетил Чили. Стороны подписали соглашение о сотрудничестве в энергетике."


@pytest.mark.parametrize(
    "text",
    [
        "Президент Перу посетил Чили. Лидеры обсудили ситуацию в Боливии. Стороны подписали "
        "соглашение о сотрудничестве в энергетике.",
        "Президент Перу посетил Чили. Он подписал соглашение о сотрудничестве в энергетике.",
        "Президент Перу посетил Чили. Затем они подписали соглашение о сотрудничестве в "
        "энергетике.",
        "Президент Перу посетил Чили. Главы МИД подписали соглашение о сотрудничестве в "
        "энергетике.",
    ],
)
def test_a_paper_takes_its_signings_sides(signed, text):
    [(title, parties, key, signs)] = signed(text)
    [(_, _, plain_key, _)] = signed(PLAIN)
    assert (title, parties, signs) == ("Соглашение о сотрудничестве в энергетике", CHL_PER, True)
    assert key == plain_key  # one node with the paper read with its sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Президент Кении прибыл в Уганду. Затем они подписали меморандум о туризме.",
         [("Меморандум о туризме", KEN_UGA, True)]),
        # must-nots: a paper that names its own sides, a side of no state
        ("Президент Перу посетил Чили. Лидеры обсудили ситуацию в Боливии. Стороны подписали "
         "соглашение между ЕС и Чили о торговле.",
         [("Соглашение между ЕС и Чили о торговле", ("org/eu", "state/CHL"), True)]),
        ("Президент Перу посетил Чили. Стороны подписали соглашение между ЕС и Чили о торговле.",
         [("Соглашение между ЕС и Чили о торговле", ("org/eu", "state/CHL"), True)]),
        ("Президент Кении посетил Уганду. Он подписал меморандум о туризме с Танзанией.",
         [("Меморандум о туризме", ("state/TZA",), True)]),
    ],
)  # fmt: skip
def test_own_sides_stay(signed, text, expected):
    assert [(t, p, s) for t, p, _, s in signed(text)] == expected
