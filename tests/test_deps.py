"""Readings of the parse that several extractors share (kg.nlp.deps) and the one list of
verbs of managing to do something (agreements' status and arrangements)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.agreements.status import status_of
from kg.extract.context import Context
from kg.model import Document
from kg.nlp.deps import (
    PASSIVE_MARKS,
    acted_on,
    agent,
    has_fixed_preposition,
    is_passive,
    is_predicate,
    negated,
    passive_marked,
    preposition,
    sentence_before,
    sentences_back,
)


def _token(analyse: Callable[..., Context], text: str, word: str):  # noqa: ANN202
    doc = analyse(Document(id="d", text=text)).doc
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Чили и Перу не подписали соглашение.", "подписали", True),
        ("Министр просит не депортировать его.", "депортировать", True),
        ("Чили и Перу подписали соглашение.", "подписали", False),
        # events read a negation with the parse's advmod only; agreements, arrangements and
        # relations read any "не" under the word: one reading now, and "тем не менее" is none
        ("Тем не менее Чили и Перу подписали соглашение.", "Тем", False),
    ],
)
def test_negated(analyse: Callable[..., Context], text: str, word: str, expected: bool) -> None:
    assert negated(_token(analyse, text, word)) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Посол Чили назначен министром обороны.", "назначен", True),
        # the tagger may write a short participle as an adjective with no voice
        ("Министр Перу расположен к переговорам.", "расположен", True),
        ("Президент Перу назначил его министром.", "назначил", False),
        ("Министр Чили встретился с послом Перу.", "встретился", False),
    ],
)
def test_is_passive(analyse: Callable[..., Context], text: str, word: str, expected: bool) -> None:
    assert is_passive(_token(analyse, text, word)) is expected


# (text, word, passive: as its voice or short form shows it (the default); as its voice or
# the words the parse hangs on it show it (careers); as a participle's voice or a "быть"
# shows it (acts); by the words the parse hangs on it alone (purchases))
@pytest.mark.parametrize(
    ("text", "word", "shown", "voiced_or_marked", "participle", "marked"),
    [
        ("Договор был подписан в Лиме.", "подписан", True, True, True, True),
        ("Египет нашёл заложника, похищенного в Ливии.", "похищенного", True, True, True, False),
        ("Танки закупаются Египтом у Турции.", "закупаются", True, True, False, True),
        # a finite verb the tagger calls passive, with no passive's subject: no participle
        ("Мост через реку строится в Перу.", "строится", True, True, False, False),
        # a short adjective: no voice, a short form only
        ("Министр Чили уверен в успехе.", "уверен", True, False, False, False),
        # must-nots: the "быть" of a passive, an active verb
        ("Договор был подписан в Лиме.", "был", False, False, False, False),
        ("Египет освободил заложника.", "освободил", False, False, False, False),
    ],
)
def test_passive_variants(
    analyse: Callable[..., Context],
    text: str,
    word: str,
    shown: bool,
    voiced_or_marked: bool,
    participle: bool,
    marked: bool,
) -> None:
    """One passive test, with the variants its readers need."""
    t = _token(analyse, text, word)
    assert is_passive(t) is shown
    assert is_passive(t, short=False, marks=PASSIVE_MARKS) is voiced_or_marked
    assert is_passive(t, short=False, marks={"aux:pass"}, participle=True) is participle
    assert passive_marked(t) is marked


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Президент Перу уволил министра обороны.", "министра", True),
        ("Министр обороны Перу уволен президентом.", "Министр", True),
        ("Президент Перу уволил министра обороны.", "Президент", False),
        ("Министр Перу прилетел в Сантьяго самолётом.", "Министр", False),
    ],
)
def test_acted_on(analyse: Callable[..., Context], text: str, word: str, expected: bool) -> None:
    """The one a verb acts on, the word's head (the parse's): its object or passive subject."""
    t = _token(analyse, text, word)
    assert acted_on(t, t.head) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Министр обороны Перу был отправлен в отставку парламентом.", "парламентом", True),
        ("Посол Чили был снят с должности указом президента.", "указом", True),
        ("Посол Чили был снят с должности указом президента.", "должности", False),
        ("Министр Перу прилетел в Сантьяго самолётом.", "самолётом", False),  # active
        ("Министр Чили встретился с послом Перу.", "послом", False),
    ],
)
def test_agent(analyse: Callable[..., Context], text: str, word: str, expected: bool) -> None:
    """Who does what a passive verb (the word's head) tells: its bare instrumental."""
    t = _token(analyse, text, word)
    assert agent(t, t.head) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Министр заявил, что экспорт вырос.", "заявил", True),
        ("Министр уверен, что экспорт вырастет.", "уверен", True),
        # claims took an imperative for a predicate, attribution did not: now none does
        ("«Спросите министра», — сказал он.", "Спросите", False),
        ("Экспорт вырос на 5 %.", "Экспорт", False),
    ],
)
def test_is_predicate(
    analyse: Callable[..., Context], text: str, word: str, expected: bool
) -> None:
    assert is_predicate(_token(analyse, text, word)) is expected


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Чили и Перу удалось подписать соглашение о торговле.", "signed"),
        # "суметь" was a verb of managing for arrangements only; signed now, was planned
        ("Чили и Перу сумели подписать соглашение о торговле.", "signed"),
        ("Чили и Перу намерены подписать соглашение о торговле.", "planned"),
        ("Чили и Перу не смогли подписать соглашение о торговле.", "mentioned"),
    ],
)
def test_managing_to_sign(analyse: Callable[..., Context], text: str, status: str) -> None:
    assert status_of(_token(analyse, text, "подписать")) == status


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Стороны не договорились об условиях.", "условиях", "о"),  # a lemma: "об" is "о"
        ("Министр прибыл во Францию.", "Францию", "в"),
        ("Министр прибыл вчера.", "Министр", ""),
    ],
)
def test_preposition(analyse: Callable[..., Context], text: str, word: str, expected: str) -> None:
    assert preposition(_token(analyse, text, word)) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Посла Чили отозвали в связи с истечением срока.", "истечением", True),
        ("Посла Чили отозвали в Сантьяго.", "Сантьяго", False),
    ],
)
def test_has_fixed_preposition(
    analyse: Callable[..., Context], text: str, word: str, expected: bool
) -> None:
    assert has_fixed_preposition(_token(analyse, text, word)) is expected


_THREE = "Чили и Перу подписали соглашение. Его ратифицируют летом. Оно вступит в силу в мае."


@pytest.mark.parametrize(
    ("word", "before", "back_one", "back_two"),
    [
        # the first sentence has none before it: looking back stays in it
        ("Чили", None, "Чили", "Чили"),
        ("Его", "Чили", "Чили", "Чили"),
        ("Оно", "Его", "Его", "Чили"),
    ],
)
def test_sentences_before(
    analyse: Callable[..., Context], word: str, before: str | None, back_one: str, back_two: str
) -> None:
    """Readers of a pronoun or a bare figure look back one sentence or a few, one way."""
    sent = _token(analyse, _THREE, word).sent
    found = sentence_before(sent)
    assert (found[0].text if found is not None else None) == before
    assert sentences_back(sent, 1)[0].text == back_one
    assert sentences_back(sent, 2)[0].text == back_two
