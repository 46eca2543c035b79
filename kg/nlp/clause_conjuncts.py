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
X выступил с речью": X signed nothing; fifty-eighth pass, h-agreements63). A later clause
whose verb the parser hung on the verb before, with "а" and its own subject and time, is set
on its own verb (`mend_clause_heads`; sixty-second pass, h-events216).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp.deps import SUBJECTS
from kg.nlp.morph import features

if TYPE_CHECKING:
    from spacy.tokens import Doc

_OPENERS = frozenset({"а", "но"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_VERBS = frozenset({"VERB", "AUX"})


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


def mend_clause_heads(doc: Doc, idx: list[int], heads: list[int], deps: list[str]) -> None:
    """Sets on its own verb, in `heads` and `deps`, a clause after ", а"/", но" whose verb
    the parser hung on the verb before as a parataxis or conjunct, with "а" and the words
    before the clause's verb on that earlier verb ("Чехия открыла посольство в Марокко, а в
    августе министр … посетил Рабат": "в августе" and "министр" on "открыла", a second
    subject): the words go to the clause's verb, whose conjunct it is, so its time is its
    own, not the earlier clause's; words the parser crossed the other way go back too, those
    of the earlier clause hung on the later verb ("Товарооборот … вырос на 5 %, а экспорт …
    снизился на 3 %": "Товарооборот", "5 %" on "снизился") and those after the later verb, up
    to a comma, hung on the earlier ("3 %"). Only where the earlier verb has a subject of its
    own before ", а" (or one hung on the later verb) and the later clause one of its own
    before its verb (hung on either: "а в феврале президент Ганы посетил", "в феврале" alone
    on "открыла"). Sixty-second pass (h-events216)."""
    for k in idx:
        if not _after_comma(doc, k, deps):
            continue
        verb = next((v for v in range(k + 1, idx[-1] + 1) if doc[v].pos_ in _VERBS), None)
        if verb is None or deps[verb] not in {"parataxis", "conj"}:
            continue
        first = heads[verb]
        if first > k or doc[first].pos_ not in _VERBS or heads[k] not in {first, verb}:
            continue
        hung = [j for j in range(k + 1, verb) if heads[j] == first]
        before = [s for s in range(idx[0], k) if deps[s] in SUBJECTS]
        crossed = [j for j in range(idx[0], k - 1) if heads[j] == verb]
        own = any(heads[s] in {first, verb} for s in before)
        later = [s for s in range(k + 1, verb) if deps[s] in SUBJECTS and heads[s] in {first, verb}]
        if not own or not later or not hung:
            continue
        for j in [k, *hung, *_hung_after(doc, verb, first, idx[-1], heads, deps)]:
            heads[j] = verb
        for j in crossed:
            heads[j] = first
        deps[verb] = "conj"


def _hung_after(
    doc: Doc, verb: int, first: int, last: int, heads: list[int], deps: list[str]
) -> list[int]:
    """The words after a later clause's verb, up to a comma, the parser hung on the verb of
    the clause before (not a punctuation mark)."""
    out = []
    for j in range(verb + 1, last + 1):
        if doc[j].text == ",":
            break
        if heads[j] == first and deps[j] != "punct":
            out.append(j)
    return out


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
    if not _after_comma(doc, k, deps):
        return False
    return heads[k] > k and doc[heads[k]].pos_ in _VERBS


def _after_comma(doc: Doc, k: int, deps: list[str]) -> bool:
    """Whether word `k` is "а" or "но" after a comma, as a coordinating conjunction."""
    if deps[k] != "cc":  # before a `Token` is made: asked of every word of every sentence
        return False
    return doc[k].lower_ in _OPENERS and k > 0 and doc[k - 1].text == ","


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
