"""An adjective the parser made the head of the noun it modifies.

"примет участие в открытии бразильско-французского экономического форума": slovnet may hang
the adjective "бразильско-французского" as an nmod on "открытии" and the noun "форума" as an
nmod on the adjective. Every reader then finds no forum where its phrase is (the noun hangs
on a modifier, the states' adjective is no modifier of it). An adjective hung as an nmod
whose nmod is a noun after it, in its case, number and gender, every word between an amod of
that noun, is that noun's amod: the noun takes the adjective's head and relation, and the
adjective's other words. Fifty-sixth pass (h-events181).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp.morph import features

if TYPE_CHECKING:
    from spacy.tokens import Doc

_AGREEMENT = ("Case", "Number", "Gender")


def mend_hung_adjectives(doc: Doc, idx: list[int], heads: list[int], deps: list[str]) -> None:
    """Sets, in `heads` and `deps`, each adjective of the sentence of tokens `idx` hung as an
    nmod over the noun it agrees with below the noun (module doc)."""
    for c in idx:
        if deps[c] != "nmod" or heads[c] == c or doc[c].pos_ != "ADJ":  # no `Token` for most
            continue
        noun = next((n for n in idx if n > c and heads[n] == c and deps[n] == "nmod"), None)
        if noun is None or doc[noun].pos_ != "NOUN" or not _agree(doc, c, noun):
            continue
        if any(heads[x] != noun or deps[x] != "amod" for x in range(c + 1, noun)):
            continue
        heads[noun], deps[noun] = heads[c], deps[c]
        heads[c], deps[c] = noun, "amod"
        for m in idx:
            if heads[m] == c:
                heads[m] = noun


def _agree(doc: Doc, adjective: int, noun: int) -> bool:
    """Whether the two words are tagged in one case, number and gender."""
    return all(features(doc[adjective], f) == features(doc[noun], f) != () for f in _AGREEMENT)
