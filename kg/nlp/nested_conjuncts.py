"""A conjunct the parser hung on a word of another case than its own.

"были подписаны соглашение о сотрудничестве в сфере энергетики и протокол о создании рабочей
группы": slovnet's parser may hang "протокол" as a conjunct of "энергетики", the last noun of
the first paper's title, so every reader takes the protocol for part of the agreement's topic
and finds no verb it is the subject of; "в договоре между Россией и Ираном о союзничестве и
интеграции" may hang "интеграции" on "Россией". Russian coordinates words in one case: a common noun
hung as a conjunct on a word the tagger reads in a case the conjunct's form has no reading in
is set on the nearest noun before its "и" in one of the conjunct's cases (the tagger may read
"протокол" as accusative, "соглашение" as nominative: the form is both), within its clause
(no verb or comma between). Fifty-seventh pass (h-agreements62).

"Кроме того, были подписаны соглашение о военном сотрудничестве и протокол о создании
совместной комиссии, сообщает пресс-служба": the parser may hang the noun after "и" as a
parataxis of the verb, so the protocol is no argument of it and is read as mentioned with no
sides. A common noun hung as a parataxis on a verb, opened by its own "и" and with no
subject or copula of its own, is a conjunct of the verb's subject or object before it in one
of its cases, where no verb or comma stands between them (fifty-eighth pass, h-agreements63).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp.clause_conjuncts import reaches
from kg.nlp.morph import case_of, cases_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

_NOUNS = frozenset({"NOUN", "PROPN"})
_CLAUSE_ENDS = frozenset({"VERB", "AUX"})
_CORE = frozenset({"nsubj", "nsubj:pass", "obj"})
_OWN_CLAUSE = frozenset({"nsubj", "nsubj:pass", "cop", "aux", "aux:pass"})


def mend_nested_conjuncts(doc: Doc, idx: list[int], heads: list[int], deps: list[str]) -> None:
    """Sets, in `heads`, each noun conjunct of the sentence of tokens `idx` hung on a noun of
    a case it cannot be in on the nearest noun before it in one of its cases, and each noun
    after "и" hung as a parataxis of a verb on that verb's argument it coordinates with
    (module doc)."""
    for i in idx:
        if deps[i] == "parataxis" and (core := _coordinated_argument(doc, i, idx, heads, deps)):
            heads[i], deps[i] = core, "conj"
        # a common noun: a name's case is the tagger's guess ("Фам Минь Тиня")
        if deps[i] != "conj" or doc[i].pos_ != "NOUN" or heads[i] >= i:
            continue
        cases = cases_of(doc[i])
        if case_of(doc[heads[i]]) in cases | {""}:
            continue
        new = _nearest_in_case(doc, i, idx[0], cases, deps)
        if new is not None and not reaches(new, i, heads):
            heads[i] = new


def _nearest_in_case(
    doc: Doc, conjunct: int, first: int, cases: frozenset[str], deps: list[str]
) -> int | None:
    """The nearest noun before `conjunct` (back to the sentence's `first` word) in one of
    `cases`, not a part of a name, None where a verb or comma stands before it or there is
    none."""
    for j in range(conjunct - 1, first - 1, -1):
        t = doc[j]
        if t.pos_ in _CLAUSE_ENDS or t.text == ",":
            return None
        if t.pos_ in _NOUNS and case_of(t) in cases and not deps[j].startswith("flat"):
            return j
    return None


def _coordinated_argument(
    doc: Doc, noun: int, idx: list[int], heads: list[int], deps: list[str]
) -> int | None:
    """The subject or object of the verb common noun `noun` (of the sentence of tokens `idx`)
    hangs on as a parataxis that `noun` coordinates with: `noun` opens with its own "и" and
    has no subject, copula or auxiliary, and the argument stands before it in one of its
    cases with no verb or comma between; None otherwise."""
    verb = heads[noun]
    if doc[noun].pos_ != "NOUN" or doc[verb].pos_ != "VERB" or verb >= noun:
        return None
    if doc[noun - 1].lower_ != "и" or heads[noun - 1] != noun:
        return None
    if any(heads[j] == noun and deps[j] in _OWN_CLAUSE for j in idx):
        return None
    cases = cases_of(doc[noun])
    for j in range(noun - 2, verb, -1):
        if doc[j].pos_ in _CLAUSE_ENDS or doc[j].text == ",":
            return None
        if heads[j] == verb and deps[j] in _CORE and case_of(doc[j]) in cases:
            return j
    return None
