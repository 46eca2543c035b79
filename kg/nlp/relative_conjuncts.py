"""A verb the parser hung as a conjunct of a "который"-clause it does not agree with.

"Президенты обсудили расширение торговли, которая в прошлом году достигла 2,4 млрд
долларов, и договорились к 2030 году довести её до 5 млрд": slovnet's parser may hang
"договорились" on "достигла" as its conjunct, so every reader takes the agreement, its date
and its target for the trade's, and the presidents agree nothing. A conjunct of a relative
clause shares its subject "который", and a Russian verb agrees with its subject: a finite
conjunct with no subject of its own whose number (or, both singular, gender) no reading of
"который" takes is set on the nearest finite verb above the relative clause it agrees with in
number, the clause the relative one is nested in. Fifty-ninth pass (h-claims102).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp.deps import SUBJECTS
from kg.nlp.morph import features, is_finite

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def mend_relative_conjuncts(doc: Doc, idx: list[int], heads: list[int], deps: list[str]) -> None:
    """Sets, in `heads`, each finite conjunct of a "который"-clause of the sentence of tokens
    `idx` that its pronoun cannot be the subject of on the verb above that clause (module
    doc)."""
    for verb in idx:
        clause = heads[verb]
        if deps[verb] != "conj" or deps[clause] != "acl:relcl" or clause > verb:
            continue  # before a `Token` is made: asked of every word
        pronoun = _subject(clause, idx, doc, heads, deps)
        if pronoun is None or not pronoun.lower_.startswith("котор"):
            continue  # the lemmatizer runs after the parse: the pronoun by its form
        if _subject(verb, idx, doc, heads, deps):
            continue
        if not is_finite(doc[verb]) or _agree(doc[verb], pronoun):
            continue
        above = _verb_above(doc, clause, heads)
        if above is not None and _number(doc[above]) == _number(doc[verb]):
            heads[verb] = above


def _subject(
    verb: int, idx: list[int], doc: Doc, heads: list[int], deps: list[str]
) -> Token | None:
    """The subject the parse gives `verb`, None for none."""
    return next((doc[i] for i in idx if heads[i] == verb and deps[i] in SUBJECTS), None)


def _number(token: Token) -> tuple[str, ...]:
    """The number the tagger wrote on `token` (("Plur",)), () where none: what a verb and
    its subject agree in."""
    return features(token, "Number")


def _agree(verb: Token, pronoun: Token) -> bool:
    """Whether `verb` may have `pronoun` as its subject: one number and, both singular and
    the verb marked for gender (a past form), one gender. A side the tagger left unmarked
    agrees."""
    number, told = _number(verb), _number(pronoun)
    if number and told and number != told:
        return False
    gender, its = features(verb, "Gender"), features(pronoun, "Gender")
    return not (number == ("Sing",) and gender and its and gender != its)


def _verb_above(doc: Doc, clause: int, heads: list[int]) -> int | None:
    """The nearest finite verb the relative clause `clause` is nested under, None at the
    root with none; over the parse's `heads` being mended, which the Doc's tokens do not
    carry yet (not `deps.verb_above`)."""
    i = heads[clause]
    while True:
        if doc[i].pos_ == "VERB" and is_finite(doc[i]):
            return i
        if heads[i] == i:
            return None
        i = heads[i]
