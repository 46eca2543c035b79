"""The words the NER tagger reads in a window of a Doc's text, without tokenizing it again.

natasha's NER tokenizes its text with razdel, as kg's tokenizer already did sentence by
sentence: the same text tokenized twice, ~15 % of the NER's time. razdel cuts at every
whitespace, and decides a cut between two atoms with no space between them from those atoms
and, for a dash, an underscore, a decimal point or a slash between them, the atom on the far
side of it (its "2112" rules). So a window of whole sentences is cut as its sentences were,
unless a sentence next to another in the window starts or ends with one of those characters
glued to a word (the far atom would be in the other sentence) or the two are not apart by
whitespace (a sentence kg cut inside a run of razdel's). The window's words are then the
Doc's own non-whitespace tokens; otherwise razdel reads the window whole, as natasha does.
`tests/test_ner_words.py` compares both on news text.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

from razdel import tokenize
from razdel.segmenters.punct import DASHES
from razdel.segmenters.tokenize import PUNCTS
from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START
from spacy.tokens import Doc

from kg.doc_text import doc_text

# The atoms razdel's rules look past: dashes and underscores, decimal points and slashes.
_BETWEEN_WORDS = frozenset(DASHES + "_")
_LOOKS_PAST = _BETWEEN_WORDS | frozenset(".,/\\")


class Word(NamedTuple):
    """A word of a window, as razdel gives it: offsets into the window's text."""

    start: int
    stop: int
    text: str


class DocWords:
    """A Doc's tokens, read once, to give each window's words."""

    def __init__(self, doc: Doc) -> None:
        arrays = doc.to_array([IDX, LENGTH, IS_SPACE, SENT_START]).T.tolist() if len(doc) else []
        columns: list[list[int]] = arrays or [[], [], [], []]
        self.idx, self.length, self.space, self.starts = columns
        self.text = doc_text(doc)

    def words(self, start: int, end: int) -> list[Word]:
        """The words razdel finds in `text[start:end]`, a run of whole sentences."""
        text, idx = self.text, self.idx
        words: list[Word] = []
        for i in range(bisect_left(idx, start), bisect_left(idx, end)):
            if self.space[i]:
                continue
            first, last = idx[i], idx[i] + self.length[i]
            if words and self.starts[i] == 1 and not _apart(text, start + words[-1].stop, first):
                return [Word(t.start, t.stop, t.text) for t in tokenize(text[start:end])]
            words.append(Word(first - start, last - start, text[first:last]))
        return words


def _apart(text: str, end: int, start: int) -> bool:
    """Whether razdel cuts a sentence ending at `end` from the next, starting at `start`,
    as it cuts each alone: whitespace between them, and no rule of razdel's that would join
    across them ("слова-" then "Нет", "2." then "5" joined by the sentence beside them; a
    sentence's full stop or a dateline's dash after a space joins nothing)."""
    if not text[end:start].isspace():
        return False
    last, first = text[end - 1], text[start]
    before, after = text[end - 2 : end - 1], text[start + 1 : start + 2]
    ends_glued = last in _LOOKS_PAST and bool(before.strip())
    starts_glued = first in _LOOKS_PAST and bool(after.strip())
    return not (
        (ends_glued and _joins(before, last, first))
        or (starts_glued and _joins(last, first, after))
    )


def _joins(left: str, joiner: str, right: str) -> bool:
    """Whether razdel's rule for `joiner` joins the atoms ending in `left` and starting with
    `right` around it: a dash or an underscore between non-punctuation, a decimal point or a
    slash between digits."""
    if joiner in _BETWEEN_WORDS:
        return left not in PUNCTS and right not in PUNCTS
    return left.isdecimal() and right.isdecimal()  # razdel's `\d`
