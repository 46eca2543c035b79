"""pymorphy3 lemmas that agree with the tagger's POS and case.

pymorphy3 alone is ambiguous ("стали" is a noun and a verb); the slovnet tag
on the token picks the reading (`Morph.lemma`), and unknown proper names keep
their surface form rather than a guessed lemma when no reading fits.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.morph import morph


@Language.component(
    "pymorphy_lemmatizer", assigns=["token.lemma"], requires=["token.pos", "token.morph"]
)
def pymorphy_lemmatizer(doc: Doc) -> Doc:
    lemma = morph().lemma
    for t in doc:
        if t.is_space or t.is_punct or not t.text[:1].isalpha():
            t.lemma_ = t.text.lower()
        else:
            case = t.morph.get("Case")
            t.lemma_ = lemma(t.text, t.pos_, case[0] if case else "").replace("ё", "е")
    return doc
