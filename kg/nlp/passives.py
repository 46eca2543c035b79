"""Passive clauses the models misread: a short participle opening a sentence, read as a
verb where the tagger errs, and its subject, where the parser calls it the agent.

A headline opens with its verb: "Арестован Абий Ахмед", "Задержан бывший премьер X".
slovnet's tagger reads the capitalized first word before a name as one more proper noun (or
an adjective), so no reader sees the act the sentence tells. Where the dictionary's best
reading of the word is a short participle and none is a noun, the token is set to the verb
the same word is tagged as in the middle of a sentence. The parser then hangs
the name on it as `obl:agent`, an agent being instrumental ("арестован полицией"): a
nominative one is the passive's subject.

A sentence may open with an active verb too, its subject told after it ("Подписали соглашение
… министры Чили и Перу", "Заключили соглашение и провели переговоры президенты …"): the
tagger reads the capitalized plural past as a gerund or a proper noun, so no reader finds a
finite verb there (its subject after a later verb joined by "и" was not shared with it). A
word whose every dictionary reading is a plural past is set to that verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import MorphAnalysis

from kg.nlp.morph import OC_ASPECT, OC_GENDER, OC_NUMBER, features, is_finite, morph

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc


def _participle(word: str) -> dict[str, str] | None:
    """The UD features of `word` as a short passive participle, or None where its best
    dictionary reading is another or any reading is a noun (a surname, a place)."""
    parses = morph().parse(word.lower())
    if not parses or parses[0].tag.POS != "PRTS" or any(p.tag.POS == "NOUN" for p in parses):
        return None
    tag = parses[0].tag
    feats = {"Tense": "Past", "Variant": "Short", "VerbForm": "Part", "Voice": "Pass"}
    for name, value in (
        ("Aspect", OC_ASPECT.get(str(tag.aspect))),
        ("Gender", OC_GENDER.get(str(tag.gender))),
        ("Number", OC_NUMBER.get(str(tag.number))),
    ):
        if value:
            feats[name] = value
    return feats


def _plural_past(word: str) -> dict[str, str] | None:
    """The UD features of `word` as a finite plural past ("Подписали"), or None where some
    reading of it is another form or part of speech ("Стали": also the noun "сталь") or
    the dictionary does not know it: a singular ("Робел") may be a first name, and pymorphy3
    guesses an unknown name as a verb."""
    parses = morph().parse(word.lower())
    if not parses or any(
        not p.is_known or p.tag.POS != "VERB" or {"plur", "past", "indc"} - p.tag.grammemes
        for p in parses
    ):
        return None
    [feats, *_] = morph().finite_verb(word)
    voice = "Mid" if word.lower().endswith(("ся", "сь")) else "Act"  # as the tagger has it
    return {**feats, "Mood": "Ind", "Number": "Plur", "VerbForm": "Fin", "Voice": voice}


def mend_opening_participles(doc: Doc, firsts: Iterable[int]) -> None:
    """Make a verb of each sentence's first word (`firsts`: token indices) the tagger read
    as a noun or an adjective that is a short participle ("Арестован", "Задержана"), and a
    finite verb of one it read as a noun, an adjective or a gerund that is only a plural
    past ("Подписали", "Заключили")."""
    for i in firsts:
        tok = doc[i]
        if not tok.text[:1].isupper():
            continue
        named = tok.pos_ in ("PROPN", "NOUN", "ADJ")
        feats = _participle(tok.text) if named else None
        if feats is None and (named or tok.pos_ == "VERB") and not is_finite(tok):
            feats = _plural_past(tok.text)
        if feats is not None:
            tok.pos_ = "VERB"
            tok.morph = MorphAnalysis(doc.vocab, feats)


def mend_nominative_agents(doc: Doc, deps: list[str]) -> None:
    """Relabel as `nsubj:pass` each `obl:agent` in `deps` (one relation per token of `doc`)
    whose word the tagger reads as nominative ("Задержан Гедион Тимотеос")."""
    for i, dep in enumerate(deps):
        if dep == "obl:agent" and features(doc[i], "Case") == ("Nom",):
            deps[i] = "nsubj:pass"
