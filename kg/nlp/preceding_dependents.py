"""A name or genitive the parser hung on the next title of a list, before that title's "и".

"Подписали соглашение министр иностранных дел Сербии Марко Джурич и министр иностранных дел
Венгрии Петер Сийярто": slovnet's parser may hang "Сербии" and "Марко Джурич" on the second
"министр", so that the first minister has no name and no state, and the second two names.
A conjunct's own words stand after the "и" that joins it: a noun or name hung with no
preposition (as an apposition or a genitive) on a noun conjunct, but standing before that
conjunct's "и"/"или" and after the conjunct's first, is set on the list's noun before it
(the first conjunct, or one hung on it), where Russian puts it (fifty-ninth pass,
h-agreements64). So is a topic of "о" there ("соглашение о взаимном освобождении от виз и
меморандум о торговле рисом": the parser may hang "о взаимном освобождении от виз" on "меморандум",
and the agreement's label loses its topic): no noun takes its topic before it (seventy-first
pass, h-events269).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp.clause_conjuncts import reaches

if TYPE_CHECKING:
    from spacy.tokens import Doc

_JOINERS = frozenset({"и", "или"})
_MOVED = frozenset({"appos", "nmod"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_LISTED = frozenset({"conj", "appos"})  # how a list's nouns hang on its first


def mend_preceding_dependents(doc: Doc, idx: list[int], heads: list[int], deps: list[str]) -> None:
    """Sets, in `heads`, each noun of the sentence of tokens `idx` hung with no preposition
    as an apposition or modifier on a noun conjunct after it, but before that conjunct's
    joiner, on the list's noun before it (module doc)."""
    for i in idx:
        conjunct = heads[i]
        if deps[i] not in _MOVED or doc[i].pos_ not in _NOUNS or conjunct <= i:
            continue
        if deps[conjunct] != "conj" or doc[conjunct].pos_ not in _NOUNS:
            continue
        first = heads[conjunct]
        if first >= i or not _joined_after(doc, i, conjunct, idx, heads):
            continue
        cases = [doc[c].lower_ for c in idx if heads[c] == i and deps[c] == "case"]
        if cases and cases != ["о"] and cases != ["об"] and cases != ["обо"]:
            continue  # "в торговле": where a prepositional phrase belongs the order tells not
        new = _last_member(doc, i, first, idx, heads, deps)
        if not reaches(new, i, heads):  # never a cycle: spaCy needs a tree
            heads[i] = new


def _last_member(
    doc: Doc, i: int, first: int, idx: list[int], heads: list[int], deps: list[str]
) -> int:
    """The last noun of the list that `first` opens standing before word `i`: `first`, or a
    noun hung on it as a conjunct or apposition ("к Трампу, министру обороны Джиму Мэттису и
    директору …": "министру")."""
    members = (j for j in idx if first < j < i and heads[j] == first and deps[j] in _LISTED)
    return max((j for j in members if doc[j].pos_ in _NOUNS), default=first)


def _joined_after(doc: Doc, i: int, conjunct: int, idx: list[int], heads: list[int]) -> bool:
    """Whether the "и"/"или" joining `conjunct` (hung on it) stands between word `i` and it."""
    return any(heads[k] == conjunct and doc[k].lower_ in _JOINERS for k in idx if i < k < conjunct)
