"""An oblique the parser hung on a verb of an earlier clause, across a later clause's head.

"…, что торговля в прошлом году выросла на 12 %, а цель в 15 млрд долларов должна быть
достигнута к 2028 году": slovnet may hang "к 2028 году" on "выросла", across "должна", the
head of the clause the date stands in; every reader then dates the growth 2028 and leaves the
target undated. A tree of news Russian is projective: an arc spans no word whose head lies
outside it. An oblique hung on a verb before it, across a word that heads a clause of its own
(a predicate whose head is outside the arc), is set on the nearest verb before it inside that
clause. Fifty-seventh pass (h-claims98). So is an oblique hung on a verb across that verb's
later conjunct whose clause goes on past it ("…, и Сеул рассчитывает в ближайшие три года
удвоить эту сумму": not the first clause's years to come; fifty-eighth pass, h-claims100).
An infinitive hung so is set the same way on a verb of that clause that has none ("торговли,
которая в прошлом году достигла 12 млрд, и договорились к 2030 году довести её до 20 млрд":
"довести" is what they agreed, not what trade reached; fifty-ninth pass, h-claims102).
A second object hung on a verb that has one before it, across a verb of a "где"-clause on
that object with none ("посетил Боготу, где 5 августа провёл переговоры": "переговоры" on
"посетил"), is that clause verb's: the talks, not the visit, take the clause's day
(sixty-second pass, h-events222).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp.clause_conjuncts import reaches
from kg.nlp.morph import is_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Doc

_CLAUSE_HEADS = frozenset({"ccomp", "conj", "parataxis", "advcl", "acl", "acl:relcl", "xcomp"})
_PREDICATES = frozenset({"VERB", "AUX", "ADJ"})
_CORE = frozenset({"obj", "xcomp", "ccomp", "nsubj", "nsubj:pass"})  # a clause's own words


def mend_crossing_obliques(doc: Doc, idx: list[int], heads: list[int], deps: list[str]) -> None:
    """Sets, in `heads`, each oblique of the sentence of tokens `idx` hung on a verb before
    it across a later clause's head on that clause's nearest verb before it (module doc)."""
    for i in idx:
        head = heads[i]
        if deps[i] == "obj":
            heads[i] = _where_verb(doc, idx, i, heads, deps)
            continue
        if not _set_anew(doc, i, deps) or head >= i or doc[head].pos_ != "VERB":
            continue
        clause = _crossed_clause(doc, head, i, heads, deps)
        clause = clause if clause is not None else _enclosing_conjunct(doc, head, i, heads, deps)
        if clause is None:
            continue
        new = next(
            (j for j in range(i - 1, clause - 1, -1) if _verb_in(doc, j, clause, heads)), None
        )
        if new is not None and deps[i] == "xcomp" and _has_infinitive(new, heads, deps):
            continue
        if new is not None and not reaches(new, i, heads):
            heads[i] = new


def _where_verb(doc: Doc, idx: list[int], i: int, heads: list[int], deps: list[str]) -> int:
    """The verb of a "где"-clause between the head of object `i` and `i` that has no object
    of its own, where that head has one before the clause (module doc); else the head.
    (Lemmas are not read yet: "где" by its form.)"""
    head = heads[i]
    if not any(heads[j] == head and deps[j] == "obj" for j in range(head + 1, i)):
        return head
    for k in range(i - 1, head, -1):
        own = any(heads[j] == k and deps[j] == "obj" for j in idx)
        where = any(heads[j] == k and doc[j].lower_ == "где" for j in range(head, k))
        if doc[k].pos_ == "VERB" and deps[k] == "acl:relcl" and where and not own:
            return k
    return head


def _crossed_clause(doc: Doc, head: int, i: int, heads: list[int], deps: list[str]) -> int | None:
    """The last predicate between `head` and `i` that heads a clause hung outside the arc,
    None where the arc crosses none."""
    for k in range(i - 1, head, -1):
        out = not head <= heads[k] <= i
        if out and deps[k] in _CLAUSE_HEADS and doc[k].pos_ in _PREDICATES:
            return k
    return None


def _enclosing_conjunct(
    doc: Doc, head: int, i: int, heads: list[int], deps: list[str]
) -> int | None:
    """A later conjunct clause of `head` between it and word `i` that goes on past `i` ("…
    вложили 5,6 млрд долларов, и Сеул рассчитывает [в ближайшие три года] удвоить эту
    сумму"): the oblique stands inside that clause; None where none encloses it ("вложила 5
    млн и построила завод в 2020 году" ends before the date), or only another oblique the
    parse may have hung there goes on past it."""
    for k in range(i - 1, head, -1):
        if heads[k] == head and deps[k] == "conj" and doc[k].pos_ in _PREDICATES:
            after = range(i + 1, len(heads))
            return k if any(heads[j] == k and deps[j] in _CORE for j in after) else None
    return None


def _verb_in(doc: Doc, j: int, clause: int, heads: list[int]) -> bool:
    """Whether word `j` is a verb of the clause headed by `clause`."""
    return doc[j].pos_ == "VERB" and reaches(j, clause, heads)


def _set_anew(doc: Doc, i: int, deps: list[str]) -> bool:
    """Whether word `i`'s arc is one this repair sets anew: an oblique, or an infinitive
    (an adverb the parser calls `xcomp` is left: "500 млрд руб. единовременно" after a gap)."""
    return deps[i] == "obl" or deps[i] == "xcomp" and is_infinitive(doc[i])


def _has_infinitive(verb: int, heads: list[int], deps: list[str]) -> bool:
    """Whether `verb` has an infinitive of its own: a second would be no reading of it."""
    return any(h == verb and d == "xcomp" for h, d in zip(heads, deps, strict=True))
