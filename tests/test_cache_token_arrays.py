"""Readers that walk a settled Doc's words through its arrays, making a `Token` only for the
words they look further at (forty-third pass, h-perf85): the arrays change the time, never
an answer. Each is compared with the same reader walking `Token`s, on text of our own."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token

from kg.doc_text import settle, token_heads
from kg.extract.events import words
from kg.nlp import clauses
from kg.nlp.deps import SUBJECTS, crossed_verb, negated
from kg.sentences import index_sentences

TEXT = (
    "Во время визита в Лиму министр иностранных дел Чили выразил надежду, что соглашение "
    "о торговле поддержит парламент Перу. Появилась информация о том, что посол Эстонии "
    "будет отозван из Риги, однако она не подтвердилась. Сообщения о визите президента "
    "Египта в Анкару не подтвердились. Сообщения о переговорах Канады и Мексики "
    "подтвердились. Латвия, как и в прошлом году Эстония, провела учения."
)


def test_heads_only_once_settled(nlp: Language) -> None:
    doc = nlp(TEXT)
    assert token_heads(doc) is None  # the parse may still change in the pipeline
    settle(doc)
    assert token_heads(doc) == tuple(t.head.i for t in doc)
    assert token_heads(doc) is token_heads(doc)  # read once


def test_crossed_verb_alike_from_the_arrays(nlp: Language) -> None:
    doc = nlp(TEXT)
    pairs = [(a, b) for a in doc for b in doc if a.sent == b.sent and a.i != b.i]
    walked = {(a.i, b.i): getattr(crossed_verb(a, b), "i", None) for a, b in pairs}
    settle(doc)
    assert token_heads(doc) is not None
    read = {(a.i, b.i): getattr(crossed_verb(a, b), "i", None) for a, b in pairs}
    assert read == walked
    assert any(v is not None for v in read.values()) and not all(read.values())


def _walked_unconfirmed(report: Token) -> bool:
    """`words._unconfirmed` as it read the sentence token by token."""
    if report.pos_ != "NOUN":
        return False
    for verb in report.sent:
        if verb.lemma_ != "подтвердиться" or not negated(verb):
            continue
        for subject in (c for c in verb.children if c.dep_ in SUBJECTS):
            if subject.i == report.i:
                return True
            same = all(subject.morph.get(f) == report.morph.get(f) for f in ("Gender", "Number"))
            if subject.pos_ == "PRON" and subject.i > report.i and same:
                return True
    return False


def test_unconfirmed_reports_alike_from_the_arrays(nlp: Language) -> None:
    doc = nlp(TEXT)
    index_sentences(doc)
    settle(doc)
    found = {t.i: words._unconfirmed(t) for t in doc}
    assert found == {t.i: _walked_unconfirmed(t) for t in doc}
    told = {doc[i].text for i, v in found.items() if v}
    assert "Сообщения" in told  # "… не подтвердились"
    assert "Сообщения" in {t.text for t in doc if not found[t.i]}  # "… подтвердились"


def test_compared_alike_without_the_sentence_span(nlp: Language) -> None:
    doc = nlp(TEXT)
    index_sentences(doc)
    settle(doc)
    lower = [t.lower_ for t in doc]

    def walked(t: Token) -> bool:  # `clauses._compared` as it read `t.sent.start`
        for k in range(t.i - 1, t.sent.start, -1):
            if doc[k].text in clauses._PART_ENDS or doc[k].text in {"(", ")"}:
                return False
            if lower[k] == "и" and lower[k - 1] == "как":
                return True
        return False

    found = {t.i: clauses._compared(t) for t in doc}
    assert found == {t.i: walked(t) for t in doc}
    assert any(found.values()) and not all(found.values())  # "как и" and the rest
