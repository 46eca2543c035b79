"""Word forms as lexicons spell them, and the words a parse coordinates."""

from __future__ import annotations

from spacy.tokens import Token

from kg.nlp.morph import morph


def lem(word: str) -> str:
    """Dictionary lemma (ё→е) of a word, the same for text and lexicon."""
    return morph().lemma(word.lower()).replace("ё", "е")


def conjuncts(t: Token) -> list[Token]:
    """`t` and the words coordinated with it ("с Китаем, Россией и Индией")."""
    return [t, *(x for c in t.children if c.dep_ == "conj" for x in conjuncts(c))]
