"""Long texts through the pipeline in pieces, joined back into one Doc over the whole text.

spaCy refuses texts over `nlp.max_length` (1,000,000 characters) because the
models' memory grows with the text. A longer document is cut at paragraph
breaks (else sentence ends, else spaces), each piece analysed on its own, and
the pieces joined with `Doc.from_docs`, which keeps the text exactly and moves
every token, entity and span group to its offset in the whole text.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

CHUNK_CHARS = 100_000  # well under max_length; a paragraph-sized piece costs little to split

# Where a piece may end, best first: after a paragraph break, a line break, a sentence end,
# any whitespace.
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?…»]\s"), re.compile(r"\s"))


def chunk_bounds(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """(start, end) of consecutive pieces covering `text`, each at most `size` characters,
    each ending at the best break in its second half (a hard cut only when there is none)."""
    bounds = []
    start = 0
    while len(text) - start > size:
        end = start + size
        for pattern in _BREAKS:
            breaks = [m.end() for m in pattern.finditer(text, start + size // 2, end)]
            if breaks:
                end = breaks[-1]
                break
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def analyse_text(nlp: Language, text: str, chunk_chars: int | None = None) -> Doc:
    """`nlp(text)`, in pieces of at most `chunk_chars` (default CHUNK_CHARS) characters when
    the text is longer."""
    chunk_chars = chunk_chars or CHUNK_CHARS
    if len(text) <= chunk_chars:
        return nlp(text)
    docs = [nlp(text[start:end]) for start, end in chunk_bounds(text, chunk_chars)]
    return Doc.from_docs(docs, ensure_whitespace=False)
