"""A spaCy Doc that counts the `Token`s made of it: for the tests that a pass over a sentence
reads only the words it needs (a `Token` costs a Python object each)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import spacy
from spacy.tokens import Doc, Token


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
