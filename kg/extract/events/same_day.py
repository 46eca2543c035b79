""" "В тот же день" inside a clause ("МИД Литвы в тот же день вызвал временного поверенного … и
вручил ему ноту"): the clause's acts are on the day the text told last, as after a sentence
that opens with those words (`dating._date_that_day`). Sixty-second pass (h-events220).
"""

from __future__ import annotations

from spacy.tokens import Span as Sentence
from spacy.tokens import Token

from kg.extract.events.hit import Hit
from kg.nlp.deps import has_subject, preposition, verb_above
from kg.nlp.morph import features

_POINTERS = frozenset({"тот", "этот"})  # "в тот же день", "в этот же день", "тем же днём"
_VERBS = frozenset({"VERB", "AUX"})
_OWN = frozenset({"det", "case", "advmod", "punct"})  # a bare pointer's words: no "когда …"


def _same_day_word(t: Token) -> bool:
    """ "день" told as the one told before: "в тот/этот (же) день" or "тем же днём", with no
    clause or phrase of its own tying it to another moment ("в тот же день, когда …",
    "в тот же день в 1999 году" is the verb's, not the day's)."""
    if t.lemma_ != "день" or t.dep_ != "obl" or t.head.pos_ not in _VERBS:
        return False
    if not any(c.dep_ == "det" and c.lemma_ in _POINTERS for c in t.children):
        return False
    if any(c.dep_ not in _OWN for c in t.children):
        return False
    prep = preposition(t)
    told = prep == "в" and features(t, "Case") == ("Acc",)
    return told or not prep and features(t, "Case") == ("Ins",)


def _clause(verb: Token) -> set[int]:
    """The verb and the verbs conjoined with it that share its subject ("вызвал … и
    вручил"): one clause's acts; not a conjunct with a subject of its own ("вызвал посла, а
    в тот же день президент посетил …")."""
    top = verb
    while top.dep_ == "conj" and top.head.pos_ in _VERBS and not has_subject(top):
        top = top.head
    shared = [c for c in top.children if c.dep_ == "conj" and c.pos_ in _VERBS]
    return {top.i} | {c.i for c in shared if not has_subject(c)}


def same_day_hits(sent: Sentence, hits: list[Hit]) -> list[Hit]:
    """The hits of the clause a "в тот же день" inside the sentence (not its opening words,
    which `_date_that_day` reads) sets on the day told before: those whose verb is that
    clause's verb or one conjoined with it. None where the sentence tells no such day."""
    if not hits:
        return []  # most sentences: no Token made for their words
    verbs = {i for t in sent if _same_day_word(t) for i in _clause(t.head)}
    doc = sent.doc
    return [h for h in hits if verb_above(doc[h.trigger]).i in verbs]
