"""A forum told by its own name, and a sitting told by "её заседание" in the same sentence
(sixty-third pass, h-events225; own sentences about Kenya–Tanzania, Chile–Peru and
Ghana–Togo).

"На полях форума компании и ведомства Кении и Танзании подписали …": the parser hung the
subject, a plural nominative pair, on "форума" as its genitive, and the forum was labelled
"Форум компании и ведомства …"; the pair is the verb's subject
(`nominative_objects._nominative_pair`), so the forum keeps the name it was first told by.
"возобновить работу двусторонней комиссии и провести её заседание в Лиме": the sitting is
the commission's (`linking.possessed_body` reads the pronoun's body in its own sentence
too), not a "Встреча" of the pair."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

from kg.model import Document

FORUM = (
    "В Найроби состоялся кенийско-танзанийский бизнес-форум, в котором приняли участие более "
    "400 предпринимателей двух стран. "
)


@pytest.mark.parametrize(
    "signers", ["компании и ведомства Кении и Танзании", "фирмы и ведомства Кении и Танзании"]
)
def test_a_nominative_pair_is_no_genitive_of_the_forum(events, signers):
    text = FORUM + f"На полях форума {signers} подписали 20 соглашений о сотрудничестве."
    assert [e.label for e in of_kind(events(text, "2026-10-05"), "Forum")] == [
        "Кенийско-танзанийский бизнес-форум"
    ]


@pytest.mark.parametrize(
    ("words", "relation"),
    [
        ("компании и ведомства Чили и Перу подписали", ("nsubj", "подписали")),
        ("фирмы и ведомства Ганы и Того подписали", ("nsubj", "подписали")),
        ("компании и учреждения Кении и Уганды подписали", ("nsubj", "подписали")),
        # must-nots: a subject of the verb's own; a genitive of no nominative fellow
        ("компании и ведомства Чили и Перу делегации подписали", ("nmod", "форума")),
        ("компании Чили и Перу делегации подписали", ("nmod", "форума")),
        ("министров и послов Чили и Перу подписали", ("nmod", "форума")),
    ],
)
def test_the_pair_is_the_verbs_subject(analyse, words, relation):
    """The parse itself: the first of the pair hangs on the verb as its subject."""
    doc = analyse(Document(id="t", text=f"На полях форума {words} 10 соглашений.")).doc
    first = doc[3]
    assert (first.dep_, first.head.text) == relation


COMMISSION = "Стороны договорились возобновить работу двусторонней комиссии и провести "


@pytest.mark.parametrize(
    ("tail", "label", "place"),
    [
        ("её заседание в Лиме в первом квартале 2027 года.", "Заседание двусторонней комиссии",
         "Лима"),
        ("её первое заседание в Лиме в 2027 году.", "Первое заседание двусторонней комиссии",
         "Лима"),  # "её" read as the verb's second object
        # must-not: no pronoun names the body: the sitting stays as it was read
        ("заседание в Лиме в первом квартале 2027 года.", "Встреча Перу и Чили", "Лима"),
    ],
)  # fmt: skip
def test_her_sitting_is_the_commissions(events, tail, label, place):
    text = "Чили и Перу восстановили диалог. " + COMMISSION + tail
    planned = [e for e in events(text, "2026-11-17") if e.status == "planned"]
    assert [(e.label, e.date, e.location) for e in planned] == [(label, "2027", place)]


def test_a_sentence_without_a_body_looks_at_the_one_before(events):
    """The sixtieth pass's reading stays: "Её первое заседание" at a sentence's start is of
    the body of the sentence before."""
    text = (
        "Гана и Того учредили совместную комиссию по торговле. "
        "Её первое заседание пройдёт в Аккре в мае 2027 года."
    )
    planned = [e for e in events(text, "2026-11-17") if e.status == "planned"]
    assert [e.label for e in planned] == ["Первое заседание совместной комиссии по торговле"]
