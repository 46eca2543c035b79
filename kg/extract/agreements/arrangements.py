"""Agreements told by a verb rather than a noun: "не смогли договориться о сокращении …".

Sides that fail or try to agree on something are negotiating an agreement on it,
though no paper is named: "Вашингтон и Москва не смогли договориться о сокращении
ядерных вооружений" → "Соглашение о сокращении ядерных вооружений", negotiating.
Only unsettled agreeing counts: negated ("не договорились", "не смогли/не удалось
договориться"), attempted ("пытаются договориться") or under way ("договариваются").
"Договорились о встрече" plans an event and "договорились о том, что …" reports
words, so events and pronouns are no topic.
"""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Token

from kg.extract.agreements.status import MANAGE
from kg.extract.agreements.titles import Title
from kg.extract.common.words import lem
from kg.extract.context import Context
from kg.lexicon import load_groups
from kg.nlp.deps import negated
from kg.nlp.deps import preposition as _prep

ARRANGEMENT_WORDS = Path(__file__).with_name("arrangement_words.tsv")

_VERBS = frozenset(["договориться", "договариваться"])
_WORDS = load_groups(ARRANGEMENT_WORDS)
_TRYING = _WORDS["trying"]
_NOT_TOPICS = _WORDS["not_topic"]
_TOPIC_PREPS = ("о", "об", "обо")


def arrangement_at(ctx: Context, verb: Token) -> Title | None:
    """The agreement an unsettled "договориться о X" at `verb` is about, or None."""
    if verb.lemma_ not in _VERBS or verb.pos_ != "VERB" or not _unsettled(verb):
        return None
    topic = next((c for c in verb.children if _prep(c) in _TOPIC_PREPS), None)
    if topic is None or topic.pos_ != "NOUN" or topic.lemma_ in _NOT_TOPICS:
        return None
    tokens = _phrase(topic)
    last = tokens[-1]
    text = " ".join(ctx.document.text[tokens[0].idx : last.idx + len(last.text)].split())
    sent = topic.sent
    states = ctx.mentions_in(sent.start_char, sent.end_char, "State")
    kept = [
        t
        for t in tokens
        if t.pos_ not in ("ADP", "PUNCT", "CCONJ")
        and not any(m.start <= t.idx < m.end for m in states)
    ]
    words = tuple(lem(t.text) for t in kept)
    return Title(topic, "Agreement", "Соглашение " + text, ("соглашение", *words), tokens)


def _unsettled(verb: Token) -> bool:
    if negated(verb):
        return True
    head = verb.head
    if head.i != verb.i and verb.dep_ == "xcomp":
        if head.lemma_ in MANAGE and negated(head):
            return True
        if head.lemma_ in _TRYING:
            return True
    return verb.lemma_ == "договариваться" and "Pres" in verb.morph.get("Tense")


def _phrase(topic: Token) -> list[Token]:
    """The topic's phrase from its preposition, up to the first comma or clause."""
    sub = [t for t in topic.subtree if t.dep_ not in ("acl", "acl:relcl")]
    out: list[Token] = []
    for t in sub:
        if out and t.i != out[-1].i + 1:
            break
        if t.text in ",;:—–()" or t.pos_ == "VERB":
            break
        out.append(t)
    return out
