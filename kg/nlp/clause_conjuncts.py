"""A conjunct the parser hung across a clause of its own after ", а" / ", но".

"Президенты X и Y провели переговоры, а министры Z и W подписали соглашение": slovnet's
parser may hang "W" on "X" as its conjunct (and "и" before it with it), across the comma,
"а" and the second clause's own subject "министры Z". Every reader then takes W for a side
of the first clause's event and leaves the second's with Z alone. A conjunct is set back on
the last noun of the later clause's subject before it where ", а" or ", но" stands between
it and its head and opens a clause whose verb has its own subject between that word and the
conjunct. A clause with no subject of its own ("…, а затем подписали соглашение") is left
as read. Fifty-first pass (h-events140). So is its subject the parser hung as a second
subject of the verb before the comma ("Египет и Иордания подписали соглашение, а министр
X выступил с речью": X signed nothing; fifty-eighth pass, h-agreements63).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp.deps import SUBJECTS
from kg.nlp.morph import features

if TYPE_CHECKING:
    from spacy.tokens import Doc

_OPENERS = frozenset({"а", "но"})
_NOUNS = frozenset({"NOUN", "PROPN"})


def mend_clause_conjuncts(doc: Doc, idx: list[int], heads: list[int], deps: list[str]) -> None:
    """Sets back, in `heads` and `deps`, each conjunct of the sentence of tokens `idx` hung
    across a clause of its own subject (module doc), with the "и"/"или" before it."""
    for k in idx:
        if not _opens_clause(doc, k, heads, deps):
            continue
        subject = _own_subject(doc, k, heads, deps)
        if subject is None:
            continue
        for i in idx:
            if deps[i] != "conj" or doc[i].pos_ not in _NOUNS:
                continue
            if heads[i] < k < subject < i:  # a name of the later subject hung on the first's
                later = range(i - 1, subject - 1, -1)
                new = next((j for j in later if _noun_under(doc, j, subject, heads)), None)
            elif (
                i < k and heads[i] > subject and _noun_under(doc, heads[i], subject, heads)
            ):  # a name of the first hung on the later one
                new = next((j for j in range(i - 1, idx[0] - 1, -1) if doc[j].pos_ in _NOUNS), None)
            else:
                continue
            if new is None or reaches(new, i, heads):  # never a cycle: spaCy needs a tree
                continue
            heads[i] = new
            for c in range(new + 1, i):
                if deps[c] == "cc" and heads[c] != i:
                    heads[c] = i


def _own_subject(doc: Doc, k: int, heads: list[int], deps: list[str]) -> int | None:
    """The subject of the clause ", а"/", но" at `k` opens: its verb's subject after `k`,
    else a nominative noun right after `k` the parser hung as a conjunct before it, or as a
    second subject of the verb before it (made that verb's subject here)."""
    verb = heads[k]
    own = next((s for s in range(k + 1, verb) if heads[s] == verb and deps[s] in SUBJECTS), None)
    if own is not None:
        return own
    if any(heads[s] == verb and deps[s] in SUBJECTS for s in range(k + 1, len(heads))):
        return None
    first = k + 1
    nominative = features(doc[first], "Case") == ("Nom",) and doc[first].pos_ in _NOUNS
    if (
        nominative
        and (deps[first] == "conj" or _second_subject(first, heads, deps))
        and heads[first] < k
        and not reaches(verb, first, heads)
    ):
        heads[first], deps[first] = verb, "nsubj"
        return first
    return None


def _second_subject(i: int, heads: list[int], deps: list[str]) -> bool:
    """Whether word `i` is a subject of a verb that has another subject before it ("Египет
    и Иордания подписали соглашение, а министр … выступил": "министр" hung on "подписали")."""
    verb = heads[i]
    return deps[i] == "nsubj" and any(
        heads[s] == verb and deps[s] in SUBJECTS for s in range(min(verb, i))
    )


def _opens_clause(doc: Doc, k: int, heads: list[int], deps: list[str]) -> bool:
    """Whether word `k` is ", а" or ", но" hung on a verb after it."""
    if deps[k] != "cc":  # before a `Token` is made: asked of every word of every sentence
        return False
    if doc[k].lower_ not in _OPENERS or k == 0 or doc[k - 1].text != ",":
        return False
    return heads[k] > k and doc[heads[k]].pos_ in {"VERB", "AUX"}


def _noun_under(doc: Doc, j: int, top: int, heads: list[int]) -> bool:
    """Whether word `j` is a noun that is `top` or hangs under it."""
    return doc[j].pos_ in _NOUNS and reaches(j, top, heads)


def reaches(j: int, top: int, heads: list[int]) -> bool:
    """Whether word `j` is `top` or hangs under it."""
    seen = set()
    while j != top and heads[j] != j and j not in seen:
        seen.add(j)
        j = heads[j]
    return j == top
