"""Passes over every word of a Doc read its arrays and make a spaCy `Token` only for the
words they look further at (fifty-fifth pass, h-perf56): each `Token` costs ~0.3 µs to make
and ~0.5 µs an attribute, and these passes ran over each word of every document. Each reads
the same as a pass of `Token`s; the rules' own tests keep what they read
(`test_org_parties_apposed_61.py` and the title, office and clause tests). Sentences of our
own about Chile–Peru and Egypt–Jordan, on Docs of given words and parses (no models)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from counting_doc import CountingDoc as _Counting
from counting_doc import counting_doc
from spacy.tokens import Doc

from kg.extract.offices.clause_terms import ended_in_clause
from kg.gazetteer import Gazetteer
from kg.model import Document
from kg.nlp.clause_conjuncts import mend_clause_conjuncts
from kg.resolve.org_fields import parties_apposed
from kg.resolve.org_initials import category_initials
from kg.resolve.title_lexicon import title_lemma, word_lemma
from kg.resolve.titles import _title_lemmas

# word, POS, dependency, head's index, lemma, whether it opens a sentence
_Row = tuple[str, str, str, int, str, int]

# "Президенты Чили и Перу встретились в Лиме."
MEETING: list[_Row] = [
    ("Президенты", "NOUN", "nsubj", 4, "президент", 1),
    ("Чили", "PROPN", "nmod", 0, "чили", 0),
    ("и", "CCONJ", "cc", 3, "и", 0),
    ("Перу", "PROPN", "conj", 1, "перу", 0),
    ("встретились", "VERB", "ROOT", 4, "встретиться", 0),
    ("в", "ADP", "case", 6, "в", 0),
    ("Лиме", "PROPN", "obl", 4, "лима", 0),
    (".", "PUNCT", "punct", 4, ".", 0),
]
# "Назначенный послом Египта в Иордании дипломат прибыл в Амман.": a sentence the tagger
# opens with a verb form, after the meeting's
APPOINTED: list[_Row] = [
    ("Назначенный", "VERB", "amod", 5, "назначить", 1),
    ("послом", "NOUN", "obl", 0, "посол", 0),
    ("Египта", "PROPN", "nmod", 1, "египет", 0),
    ("в", "ADP", "case", 4, "в", 0),
    ("Иордании", "PROPN", "nmod", 1, "иордания", 0),
    ("дипломат", "NOUN", "nsubj", 6, "дипломат", 0),
    ("прибыл", "VERB", "ROOT", 6, "прибыть", 0),
    ("в", "ADP", "case", 8, "в", 0),
    ("Амман", "PROPN", "obl", 6, "амман", 0),
    (".", "PUNCT", "punct", 6, ".", 0),
]

# "Генсек ООН приветствовал переговоры Чили и Перу в ООН."
GENERAL_SECRETARY: list[_Row] = [
    ("Генсек", "NOUN", "nsubj", 2, "генсек", 1),
    ("ООН", "PROPN", "nmod", 0, "оон", 0),
    ("приветствовал", "VERB", "ROOT", 2, "приветствовать", 0),
    ("переговоры", "NOUN", "obj", 2, "переговоры", 0),
    ("Чили", "PROPN", "nmod", 3, "чили", 0),
    ("и", "CCONJ", "cc", 6, "и", 0),
    ("Перу", "PROPN", "conj", 4, "перу", 0),
    ("в", "ADP", "case", 8, "в", 0),
    ("ООН", "PROPN", "obl", 2, "оон", 0),
    (".", "PUNCT", "punct", 2, ".", 0),
]


def _doc(*sentences: list[_Row]) -> _Counting:
    rows, offset = [], 0
    for sentence in sentences:
        rows += [(w, p, d, h + offset, lemma, s) for w, p, d, h, lemma, s in sentence]
        offset += len(sentence)
    words, pos, deps, heads, lemmas, starts = (list(column) for column in zip(*rows, strict=True))
    return counting_doc(
        words=words,
        pos=pos,
        deps=deps,
        heads=heads,
        lemmas=lemmas,
        sent_starts=[bool(s) for s in starts],
    )


def _mend(doc: Doc) -> None:
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    _Counting.made = 0
    mend_clause_conjuncts(doc, list(range(len(doc))), heads, deps)


def _initials(doc: Doc) -> None:
    """`category_initials` of the first "ООН", less the `Token`s its own text makes (one
    `Span.text`)."""
    span = doc[1:2]
    _Counting.made = 0
    span.text  # noqa: B018 - the span's own text, as the rule reads it once
    own = _Counting.made
    _Counting.made = 0
    category_initials(span)
    _Counting.made -= own


PASSES: list[tuple[str, Callable[[Doc], object], int]] = [
    # no verb opens a sentence: every lemma from the array
    ("title lemmas", _title_lemmas, 0),
    # no relative clause of holding: no office's term to read
    ("clause terms", lambda doc: ended_in_clause(doc, Document("d", "текст"), {}, []), 0),
    # no "партия": no party's name to find again
    ("parties", lambda doc: parties_apposed(doc, [], Gazetteer.load()), 0),
    # one "и" of a conjunct, never ", а"/", но" opening a clause: that word alone
    ("clause conjuncts", _mend, 1),
    # "ООН" again, never in brackets after a phrase it spells out: no word of its
    ("initials", _initials, 0),
]


@pytest.mark.parametrize(("case", "read", "tokens"), PASSES, ids=[c for c, _, _ in PASSES])
def test_a_pass_makes_a_token_only_where_it_looks_further(
    case: str, read: Callable[[Doc], object], tokens: int
) -> None:
    doc = _doc(GENERAL_SECRETARY if case == "initials" else MEETING)
    read(doc)
    assert _Counting.made == tokens


def test_a_sentence_opening_verb_keeps_its_own_title_lemma() -> None:
    """The lemmas as a pass of `Token`s read them: the sentence's opening verb form
    (`word_lemma`), the other words' as the title tables spell them; the verb of the
    meeting's sentence, which opens none, keeps its lemma."""
    doc = _doc(MEETING, APPOINTED)
    expected = [
        word_lemma(t) if t.pos_ == "VERB" and t.is_sent_start else title_lemma(t.lemma_)
        for t in doc
    ]
    assert _title_lemmas(doc) == expected
    assert _title_lemmas(doc)[4] == title_lemma("встретиться")
