"""Labelled phrases found in a sequence of token values (lemmas, or forms), as spaCy's
`PhraseMatcher` finds them, without making a spaCy Doc of each phrase.

A `PhraseMatcher` takes its phrases as Docs: the gazetteer's ~1,800 names made ~1,900
Docs and ~3,400 new lexemes, ~0.11 s CPU of every build that reads a document (a build
that changes one document costs ~1 s in all). Here a phrase is a list of strings in a
trie of dicts, built in a few milliseconds; matching walks the trie from each token, as
`PhraseMatcher` does, and reports every phrase that ends at each length (overlapping and
nested ones too), in the order their labels were added.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

_LABELS = None  # the key of a node's labels: no token value is None


class PhraseTrie:
    def __init__(self) -> None:
        self._root: dict[Any, Any] = {}  # value -> child node; _LABELS -> labels

    def add(self, label: str, phrase: Sequence[str]) -> None:
        if not phrase:
            return  # an empty phrase names nothing (PhraseMatcher ignores it too)
        node = self._root
        for value in phrase:
            node = node.setdefault(value, {})
        labels: list[str] = node.setdefault(_LABELS, [])
        if label not in labels:
            labels.append(label)

    def __call__(self, values: Sequence[str]) -> list[tuple[str, int, int]]:
        """(label, start, end) of every phrase in `values`, by start, then by length."""
        out: list[tuple[str, int, int]] = []
        root, count = self._root, len(values)
        for start, value in enumerate(values):
            node = root.get(value)
            end = start + 1
            while node is not None:
                if (labels := node.get(_LABELS)) is not None:
                    out.extend((label, start, end) for label in labels)
                if end == count:
                    break
                node = node.get(values[end])
                end += 1
        return out
