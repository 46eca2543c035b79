"""Word forms as lexicons spell them, the words a parse coordinates, and verbs of naming."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Token

from kg.lexicon import load_list
from kg.nlp.morph import morph

# "назвал X важным", "считает X стратегическим": a verb that calls its object something
NAMING = load_list(Path(__file__).with_name("naming_verbs.txt"))


def lem(word: str) -> str:
    """Dictionary lemma (ё→е) of a word, the same for text and lexicon."""
    return morph().lemma(word.lower()).replace("ё", "е")


def conjuncts(t: Token) -> list[Token]:
    """`t` and the words coordinated with it ("с Китаем, Россией и Индией")."""
    return [t, *(x for c in t.children if c.dep_ == "conj" for x in conjuncts(c))]
