"""A name the parser hung as a conjunct on a word after it, right after "и" and a name.

"Посетили Аргентину и Чили президенты Бразилии и Уругвая": with the verb first, slovnet's
parser may hang "Чили" on "Бразилии" as its conjunct, a word to its right, so that every
reader takes Chile for one of the travellers' states and no place visited. A conjunct
hangs on the first of its conjuncts, never on a word after it: a proper name so hung, with
"и"/"или" right before it and a proper name right before that in a case the name can be
read in ("в Кампале и Кигали", "с Уильямом Руто и Самией Хассан"), is set on that
name's first conjunct (the head of its name, then of its chain). Fifty-fifth pass
(h-events164).

"Министрам иностранных дел Ганы и Того не удалось встретиться": a name that may be read as
a word of another part of speech ("Того", "того") the parser may hang as the subject of the
verb after it, though the tagger reads it in the case of the name before "и", not the
nominative (its "и" on it or on that verb too); it is that name's conjunct as well
(sixty-first pass, h-events205).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp.clause_conjuncts import reaches
from kg.nlp.morph import case_of, cases_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

_JOINERS = frozenset({"и", "или"})
_NAME_PARTS = frozenset({"flat", "flat:name", "flat:foreign"})


def mend_backward_conjuncts(doc: Doc, idx: list[int], heads: list[int], deps: list[str]) -> None:
    """Sets, in `heads` and `deps`, each proper name of the sentence of tokens `idx` hung as
    a conjunct (or a subject in another case) on a later word on the name before its "и"
    (module doc)."""
    first = idx[0]
    for i in idx:
        if not _hung_after(doc, i, heads, deps) or i - 2 < first or doc[i].pos_ != "PROPN":
            continue
        joiner, before = doc[i - 1], doc[i - 2]
        joined = heads[i - 1] == i or deps[i] == "nsubj" and heads[i - 1] == heads[i]
        if joiner.lower_ not in _JOINERS or not joined or before.pos_ != "PROPN":
            continue
        if case_of(before) not in cases_of(doc[i]):
            continue
        if deps[i] != "conj" and case_of(doc[i]) != case_of(before):
            continue  # a subject of its own ("в Чили и Перу заявило"): read nominative
        new = i - 2
        while deps[new] in _NAME_PARTS and heads[new] < new:  # "Фёдором Юрчихиным"
            new = heads[new]
        if deps[new] == "conj" and heads[new] < new:  # "Аргентину, Перу и Чили"
            new = heads[new]
        if reaches(new, i, heads):  # never a cycle: spaCy needs a tree
            continue
        heads[i], deps[i] = new, "conj"
        if not reaches(i, i - 1, heads):  # its "и" with it ("Бенина и Того", hung on the verb)
            heads[i - 1] = i


def _hung_after(doc: Doc, i: int, heads: list[int], deps: list[str]) -> bool:
    """Word `i` hangs on a later word as its conjunct, or as its subject though the tagger
    reads it in another case than the nominative (module doc)."""
    if heads[i] <= i:
        return False
    return deps[i] == "conj" or deps[i] == "nsubj" and case_of(doc[i]) not in {"Nom", ""}
