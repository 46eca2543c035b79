"""Finite verbs the tagger reads as an adverb, an adjective or a noun, made verbs by the dictionary.

slovnet's tagger reads some rare verbs as an adverb or an uninflected adjective where a date
stands before them: "Пашинян и Алиев в августе парафировали текст договора" comes out
"парафировали/ADV" with no tense, where "парафировали текст" alone is a past verb. Every
reader of verbs (a trigger read with its subject and objects, a status by its tense) then
misses it, so the token is mended once: a word tagged ADV or ADJ with no case, that the
dictionary knows and reads only as a finite verb in every reading, becomes that verb with
the dictionary's tense, aspect, number, person and gender. After a date and a long titled
subject with names ("Министры … X и Y в пятницу парафировали …") the tagger even reads the
verb as an accusative noun: a NOUN with a past tense's ending ("-л", "-ла", "-ло", "-ли";
the ending keeps the dictionary's look-up off the text's other nouns) is mended alike,
whatever case the tagger gave it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import MorphAnalysis

from kg.nlp.morph import OC_NUMBER, morph

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_MISREAD = [POS_IDS["ADV"], POS_IDS["ADJ"], POS_IDS["NOUN"]]  # what the tagger calls such a verb
_NOUN = POS_IDS["NOUN"]
_PAST_ENDINGS = ("л", "ла", "ло", "ли")  # a past verb's; a noun tagged so is looked up only then


def _verb_features(tok: Token) -> dict[str, str] | None:
    """The UD features of the finite verb `tok` is in every dictionary reading, or None
    (a word some reading of which is no finite verb, or one the dictionary only guesses)."""
    parses = morph().parse(tok.lower_)
    if not parses or any(p.tag.POS != "VERB" or not p.is_known for p in parses):
        return None
    readings = morph().finite_verb(tok.lower_)
    if not readings:
        return None
    number = OC_NUMBER.get(str(parses[0].tag.number), "")
    feats = {"Mood": "Ind", "VerbForm": "Fin", "Voice": "Act", **readings[0]}
    return feats | ({"Number": number} if number else {})


def mend_misread_verbs(doc: Doc, pos: numpy.ndarray) -> None:
    """Make a verb of each caseless adverb or adjective, and each noun of a past verb's
    ending, the dictionary reads only as a finite verb ("в августе парафировали"). `pos`:
    each token's POS id as the tagger set it, so that a `Token` is made of those words
    only, not of every word (as `mend_yo_verbs` reads the words' strings first)."""
    for i in numpy.flatnonzero(numpy.isin(pos, _MISREAD)).tolist():
        tok = doc[i]
        if pos[i] == _NOUN:
            if not tok.lower_.endswith(_PAST_ENDINGS):
                continue
        elif tok.morph.get("Case"):
            continue
        feats = _verb_features(tok)
        if feats is not None:
            tok.pos_ = "VERB"
            tok.morph = MorphAnalysis(doc.vocab, feats)
