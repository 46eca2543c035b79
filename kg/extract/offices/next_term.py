"""The term the sentence after an appointment gives "этот пост" ("X назначен главой
Центрального банка Чили. Занимать этот пост он будет с 1 ноября 2011 г. по 31 октября 2019
г."): the office the appointment gives starts and ends with its "с" and "по" dates
(h-offices51, the forty-fifth pass; own sentences about Chile)."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.common.date_bounds import Dates, bound
from kg.extract.offices.dated import Term
from kg.resolve.given_agreement import GivenOffice
from kg.resolve.title_lexicon import post_nouns

# Verbs of holding a post whose object "этот пост" the term is told of.
_HOLDING = frozenset(["занимать", "занять", "исполнять", "возглавлять", "оставаться"])
_POINTING = frozenset(["этот", "тот", "данный"])


def next_sentence_term(
    doc: Doc, dates: Dates, given: GivenOffice, names: dict[int, int], doc_date: str
) -> Term | None:
    """The term "с … по …" the sentence right after the verb that gives a current office
    tells of "этот пост" a verb of holding takes, where that sentence names no person (its
    subject is the holder's pronoun or none); left where it ends before the document's date.
    None where it tells no such term."""
    if given.verb < 0 or not given.current:
        return None
    sent = doc[given.verb].sent
    if sent.end >= len(doc):
        return None
    after = doc[sent.end].sent
    if any(after.start <= s < after.end for s in names):
        return None  # "Этот пост Y занимал с 2005 по 2010 год": another's term
    posts = post_nouns("post")
    if not any(
        t.lemma_ in posts
        and t.head.lemma_ in _HOLDING
        and any(c.lemma_ in _POINTING for c in t.children)
        for t in after
    ):
        return None
    found = {"start": "", "end": ""}
    for first, (_, d) in dates.items():
        which = bound(doc[first])
        if after.start <= first < after.end and which in found and not found[which]:
            found[which] = d.value
    if not (found["start"] or found["end"]):
        return None
    left = bool(found["end"]) and bool(doc_date) and found["end"] < doc_date
    return Term(found["start"], found["end"], left)
