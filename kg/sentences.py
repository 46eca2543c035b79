"""A processed Doc's sentences found by index, for `Token.sent` and `Span.sent`.

spaCy answers `token.sent` by walking the Doc's sentence starts from the token back and
forth, ~2.7 µs a call; the rules that read a document after the pipeline ask it hundreds of
times a document, often in loops (`while i >= head.sent.start`). Once the parse is done the
starts never change, so they are listed once and each question is a bisection. spaCy's
own hooks (`Doc.user_token_hooks`, `Doc.user_span_hooks`) carry the answer: every caller
gets the same Span as before, without a change to the rules.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span, Token

# Each indexed Doc's sentence starts and ends, for rules that want a sentence's bounds
# alone: a `Span` costs ~3 µs to make (spaCy reads two of its tokens for its characters).
_BOUNDS: WeakKeyDictionary[Doc, tuple[list[int], list[int]]] = WeakKeyDictionary()


def index_sentences(doc: Doc) -> None:
    """Installs the index on `doc` (once; a Doc without sentences is left as it is)."""
    if "sent" in doc.user_token_hooks or not doc.has_annotation("SENT_START"):
        return
    starts = [s.start for s in doc.sents]
    ends = [*starts[1:], len(doc)]
    _BOUNDS[doc] = starts, ends
    sentence = _sentence_at(starts, ends)
    doc.user_token_hooks["sent"] = lambda token: sentence(token.doc, token.i)
    doc.user_span_hooks["sent"] = lambda span: sentence(span.doc, span.start)


def sentence_bounds(token: Token) -> tuple[int, int]:
    """`token.sent`'s start and end, without making the Span where the Doc is indexed."""
    found = _BOUNDS.get(token.doc)
    if found is None:
        sent = token.sent
        return sent.start, sent.end
    starts, ends = found
    k = bisect_right(starts, token.i) - 1
    return starts[k], ends[k]


def _sentence_at(starts: list[int], ends: list[int]) -> Callable[[Doc, int], Span]:
    """The sentence holding token `i` (a span's first token: spaCy's `Span.sent`; an empty
    span at the end gets the last sentence, as there). The hooks hold the bounds, not the
    Doc: a Doc holding a function holding it would wait for the cyclic collector."""

    def sentence(doc: Doc, i: int) -> Span:
        k = bisect_right(starts, i) - 1
        return Span(doc, starts[k], ends[k])  # `doc[a:b]` without its slice checks

    return sentence
