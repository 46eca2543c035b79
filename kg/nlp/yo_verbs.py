"""Tense and aspect of verbs spelt with "ё", read from the dictionary where the tagger errs.

slovnet's tagger reads many forms with "ё" as if unseen: "разорвёт" comes out a feminine
past imperfective, while "разорвет" is a perfective future. Every reader of tense (a cut of
relations to come is no level yet, an agreement to be signed is not signed) then errs alike,
so the features are mended once, on the token, where no dictionary reading has the
tagger's tense. It reads nouns in "ё" the same way: "протяжённостью", "ёмкостью" come out
finite verbs, so a measure in the instrumental ("газопровод протяжённостью 300 км") measured
nothing; a form whose every reading is a noun in one case is made that noun.

Since navec looks an unseen "ё" word up spelt with "е" (`models.WordIds._yo_spelt`) the
tagger errs far less, but not never: on 300 NEREL-train documents (753 words with "ё") it
still mended 4 verbs, each a tense the dictionary rules out: "отречётся" twice tagged a
present (so "заявил, что отречётся от престола" gave an abdication that occurred, not one
planned), "ждёт" a perfective future, "повлечёт" a present (sixty-first pass audit,
h-agreements69).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.tokens import MorphAnalysis

from kg.doc_text import token_strings
from kg.nlp.morph import OC_CASE, OC_GENDER, OC_NUMBER, morph

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _mended(tok: Token) -> dict[str, str] | None:
    """The token's features with the dictionary's tense, aspect, person and gender, or
    None where the tagger's tense is one the dictionary allows (or the word is no verb)."""
    tense = tok.morph.get("Tense")
    readings = morph().finite_verb(tok.lower_)
    if not tense or not readings or any(r["Tense"] == tense[0] for r in readings):
        return None
    kept = {k: v for k, v in tok.morph.to_dict().items() if k not in ("Gender", "Person")}
    return {**kept, **readings[0]}


def noun_features(tok: Token) -> dict[str, str] | None:
    """The features of the noun a form tagged a verb is in every reading, one case in all
    ("протяжённостью": instrumental), or None (a form some reading of which is no such noun)."""
    parses = morph().parse(tok.lower_)
    tags = {(str(p.tag.case), str(p.tag.gender), str(p.tag.number)) for p in parses}
    if not parses or any(p.tag.POS != "NOUN" for p in parses) or len(tags) != 1:
        return None
    case, gender, number = tags.pop()
    feats = {"Animacy": "Anim" if "anim" in parses[0].tag else "Inan", "Case": OC_CASE.get(case)}
    feats |= {"Gender": OC_GENDER.get(gender), "Number": OC_NUMBER.get(number)}
    return None if feats["Case"] is None else {k: v for k, v in feats.items() if v}


def mend_yo_verbs(doc: Doc) -> None:
    """Set the dictionary's tense on each finite verb with "ё" the tagger misread, and make
    a noun of each such "verb" the dictionary knows only as a noun."""
    for i, lower in enumerate(token_strings(doc, LOWER)):
        if "ё" not in lower:
            continue  # no Token made for most words
        tok = doc[i]
        noun = noun_features(tok) if tok.pos_ in ("VERB", "AUX") else None
        if noun is not None:
            tok.pos_ = "NOUN"
            tok.morph = MorphAnalysis(doc.vocab, noun)
        elif tok.pos_ in ("VERB", "AUX"):
            feats = _mended(tok)
            if feats is not None:
                tok.morph = MorphAnalysis(doc.vocab, feats)
