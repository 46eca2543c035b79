"""A spaCy Doc that counts the `Token`s made of it: for the tests that a pass over a sentence
reads only the words it needs (a `Token` costs a Python object each)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import spacy
from spacy.tokens import Doc, Token

from kg.sentences import index_sentences

# word, lemma, POS, features, dependency, head's index
Row = tuple[str, str, str, str, str, int]


class CountingDoc(Doc):
    """A Doc that counts the `Token`s made of it one at a time or by a pass over it."""

    made = 0

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, int):
            CountingDoc.made += 1
        return super().__getitem__(i)

    def __iter__(self) -> Iterator[Token]:
        for t in super().__iter__():
            CountingDoc.made += 1
            yield t


def counting_doc(**columns: Any) -> CountingDoc:
    """A `CountingDoc` of Russian's vocabulary made of `columns` (the Doc's own keywords:
    `words`, `lemmas`, `pos`, `deps`, `heads`, …), its count set to 0."""
    doc = CountingDoc(spacy.blank("ru").vocab, **columns)
    CountingDoc.made = 0
    return doc


def table_rows(table: str, past: str) -> list[Row]:
    """A table's rows, one word a line: its text, lemma, POS, features ("-" none, "PAST" a
    finite verb's past, given as `past`), dependency and head's index."""
    features = {"-": "", "PAST": past}
    rows = [line.split() for line in table.strip().splitlines()]
    return [(w, lemma, pos, features.get(f, f), dep, int(h)) for w, lemma, pos, f, dep, h in rows]


def counting_parse(rows: list[Row]) -> CountingDoc:
    """A sentence-indexed `CountingDoc` of `rows` (`table_rows`), its count set to 0."""
    words, lemmas, pos, morphs, deps, heads = (list(column) for column in zip(*rows, strict=True))
    doc = counting_doc(words=words, lemmas=lemmas, pos=pos, morphs=morphs, deps=deps, heads=heads)
    index_sentences(doc)
    CountingDoc.made = 0
    return doc
