"""pymorphy3 lemmas that agree with the tagger's POS and case.

pymorphy3 alone is ambiguous ("стали" is a noun and a verb); the slovnet tag
on the token picks the reading, and unknown proper names keep their surface
form rather than a guessed lemma when no reading fits.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp import models

# UD POS → the pymorphy3 POS tags that can realise it.
_POS = {
    "NOUN": {"NOUN"},
    "PROPN": {"NOUN"},
    "ADJ": {"ADJF", "ADJS", "COMP"},
    "VERB": {"VERB", "INFN", "PRTF", "PRTS", "GRND"},
    "AUX": {"VERB", "INFN"},
    "NUM": {"NUMR"},
    "ADV": {"ADVB", "COMP", "PRED"},
    "DET": {"ADJF", "NPRO"},
    "PRON": {"NPRO"},
}
_CASE = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


@lru_cache(maxsize=200_000)
def lemma(word: str, pos: str = "", case: str = "") -> str:
    """The lemma of `word` under the reading that fits `pos` and `case` (UD names)."""
    parses = models.morph_analyzer().parse(word)
    if not parses:
        return word.lower()
    wanted = _POS.get(pos)
    grammeme = _CASE.get(case)

    def fit(p) -> int:  # noqa: ANN001 - pymorphy3 Parse
        score = 0
        if wanted and p.tag.POS in wanted:
            score += 2
        if grammeme and grammeme in p.tag:
            score += 1
        return score

    best = max(parses, key=fit)  # max keeps pymorphy3's own order among ties
    return best.normal_form


@Language.component(
    "pymorphy_lemmatizer", assigns=["token.lemma"], requires=["token.pos", "token.morph"]
)
def pymorphy_lemmatizer(doc: Doc) -> Doc:
    for t in doc:
        if t.is_space or t.is_punct or not t.text[:1].isalpha():
            t.lemma_ = t.text.lower()
        else:
            case = t.morph.get("Case")
            t.lemma_ = lemma(t.text, t.pos_, case[0] if case else "").replace("ё", "е")
    return doc
