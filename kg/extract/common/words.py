"""Word forms as lexicons spell them."""

from __future__ import annotations

from kg.nlp.morph import morph


def lem(word: str) -> str:
    """Dictionary lemma (ё→е) of a word, the same for text and lexicon."""
    return morph().lemma(word.lower()).replace("ё", "е")
