"""pymorphy3 lemmas that agree with the tagger's POS and case.

pymorphy3 alone is ambiguous ("стали" is a noun and a verb); the slovnet tag
on the token picks the reading (`Morph.lemma`), and unknown proper names keep
their surface form rather than a guessed lemma when no reading fits.

A token's lemma depends only on its text, POS and morphology: news repeats its words, so
a lemma is worked out once per distinct (text, POS, morphology) in a Doc (numpy finds them
in the Doc's arrays), and written to the Doc's arrays rather than through a `Token` object
per token.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc

from kg.nlp.morph import case_of_key, features_of_key, morph

if TYPE_CHECKING:
    from spacy.vocab import Vocab
    from thinc.types import Ints2d


def verb_tense(vocab: Vocab, pos: int, morph_key: int) -> str:
    """A verb's tense (UD), which `Morph.lemma` reads in a case's place: it picks a verb
    pymorphy3 only guesses by the tagger's form ("экстрадировали", past)."""
    if POS_NAMES[pos] != "VERB":
        return ""
    return next(iter(features_of_key(vocab, morph_key, "Tense")), "")


@Language.component(
    "pymorphy_lemmatizer", assigns=["token.lemma"], requires=["token.pos", "token.morph"]
)
def pymorphy_lemmatizer(doc: Doc) -> Doc:
    if not len(doc):
        return doc
    vocab = doc.vocab
    strings = vocab.strings
    lemma = morph().lemma

    def lemma_of(orth: int, pos: int, morph_key: int) -> int:
        text = strings[orth]
        if not text[:1].isalpha():  # whitespace and punctuation among them
            return strings.add(text.lower())
        case = case_of_key(vocab, morph_key) or verb_tense(vocab, pos, morph_key)
        return strings.add(lemma(text, POS_NAMES[pos], case).replace("ё", "е"))

    keys = doc.to_array([ORTH, POS, MORPH])
    distinct, token_keys = numpy.unique(keys, axis=0, return_inverse=True)
    lemmas = numpy.array([lemma_of(*key) for key in distinct.tolist()], dtype="uint64")
    doc.from_array([LEMMA], cast("Ints2d", lemmas[token_keys.reshape(-1)][:, None]))
    return doc
