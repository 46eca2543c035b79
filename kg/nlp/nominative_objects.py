"""A nominative the parser made the object of a verb that has no subject: the subject.

"Посетили Кению и Перу президенты Уругвая и Парагвая": with the verb first and an object
before it, slovnet's parser may make the subject after them a second object, though the
tagger reads it nominative; every reader then finds no subject, so no fellow traveller, of
the verb. An object of an active finite verb with no subject, read nominative by the
tagger, in a form that can be nominative and never accusative ("президенты", "министры";
not "министра", nor an adjective's form), agreeing with the verb in number, is its
subject; so is such a word hung as a conjunct of the object with no "и" nor comma before
it ("Посетили Уганду и Кигали президенты Кении и Танзании"). Fifty-fifth pass (h-events164).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp.morph import case_of, features, is_finite, morph

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_NOUNS = frozenset({"NOUN", "PROPN"})


def mend_nominative_objects(doc: Doc, idx: list[int], heads: list[int], deps: list[str]) -> None:
    """Sets, in `heads` and `deps`, each object of the sentence of tokens `idx` that is its
    subjectless verb's nominative subject (module doc) as `nsubj`, and so a nominative hung
    with no "и" nor comma before it as a conjunct of the object ("Посетили Уганду и Кигали
    президенты Кении …")."""
    for i in idx:
        if doc[i].pos_ not in _NOUNS or case_of(doc[i]) != "Nom":
            continue
        stray = deps[i] == "conj" and deps[heads[i]] == "obj" and not _joined(doc, i, heads)
        verb = heads[heads[i]] if stray else heads[i]
        if not (stray or deps[i] == "obj"):
            continue
        if not _active_finite(doc, verb) or _number(doc, i) != _number(doc, verb):
            continue
        if any(heads[c] == verb and deps[c] in _SUBJECTS for c in idx):
            continue
        word = doc[i].text
        if morph().can_be(word, "nomn") and not morph().can_be(word, "accs"):
            heads[i], deps[i] = verb, "nsubj"


def _joined(doc: Doc, i: int, heads: list[int]) -> bool:
    """Whether a conjunction or a comma stands before word `i` and its words before it
    ("и их адвокаты")."""
    k = i - 1
    while k >= 0 and heads[k] == i and not _joiner(doc[k]):
        k -= 1
    return k >= 0 and _joiner(doc[k])


def _joiner(word: Token) -> bool:
    return word.pos_ == "CCONJ" or word.text in {",", ";"}


def _number(doc: Doc, i: int) -> tuple[str, ...]:
    return features(doc[i], "Number")


def _active_finite(doc: Doc, i: int) -> bool:
    """Whether word `i` is a finite verb in the active voice."""
    return doc[i].pos_ == "VERB" and is_finite(doc[i]) and features(doc[i], "Voice") != ("Pass",)
