"""Latin letters that look like Cyrillic ones, written inside a Cyrillic word.

A text typed on a mixed keyboard or copied from a scan spells "Бeшара" with a Latin "e":
razdel cuts such a word at the change of script ("Б" "e" "шара"), so the name is read in
pieces and never meets its gazetteer row. `fold_lookalikes` writes those letters in
Cyrillic, one character for one (offsets stay), in a word (a run of letters) that has
Cyrillic letters and whose Latin letters all have a Cyrillic twin; an all-Latin word
("iPhone", "IKEA") or one with a Latin letter of no twin ("Windowsе") stays as written.
The tokenizer folds its input before cutting it; the document's own text stays as given
(a mention's text is sliced from it, at the same offsets).
"""

from __future__ import annotations

import re

_TWINS = str.maketrans("aeopcxyABEKMHOPCTX", "аеорсхуАВЕКМНОРСТХ")
_LOOKALIKE = frozenset("aeopcxyABEKMHOPCTX")
# A word: a run of letters (of any script).
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")


def _fold(match: re.Match[str]) -> str:
    word = match.group()
    if not _CYRILLIC.search(word):
        return word
    latin = _LATIN.findall(word)
    if not latin or not _LOOKALIKE.issuperset(latin):
        return word
    return word.translate(_TWINS)


def fold_lookalikes(text: str) -> str:
    """`text` with the Latin look-alike letters of its mixed-script words in Cyrillic (the
    same length, each character where it was)."""
    if not _LATIN.search(text) or not _CYRILLIC.search(text):
        return text
    return _WORD.sub(_fold, text)
