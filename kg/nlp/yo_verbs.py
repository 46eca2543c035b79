"""Tense and aspect of verbs spelt with "ё", read from the dictionary where the tagger errs.

slovnet's tagger reads many forms with "ё" as if unseen: "разорвёт" comes out a feminine
past imperfective, while "разорвет" is a perfective future. Every reader of tense (a cut of
relations to come is no level yet, an agreement to be signed is not signed) then errs alike,
so the features are mended once, on the token, where no dictionary reading has the
tagger's tense.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.tokens import MorphAnalysis

from kg.doc_text import token_strings
from kg.nlp.morph import morph

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


def mend_yo_verbs(doc: Doc) -> None:
    """Set the dictionary's tense on each finite verb with "ё" the tagger misread."""
    for i, lower in enumerate(token_strings(doc, LOWER)):
        if "ё" not in lower:
            continue  # no Token made for most words
        tok = doc[i]
        if tok.pos_ in ("VERB", "AUX"):
            feats = _mended(tok)
            if feats is not None:
                tok.morph = MorphAnalysis(doc.vocab, feats)
