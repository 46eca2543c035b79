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

from spacy.tokens import Doc, Span


def index_sentences(doc: Doc) -> None:
    """Installs the index on `doc` (once; a Doc without sentences is left as it is)."""
    if "sent" in doc.user_token_hooks or not doc.has_annotation("SENT_START"):
        return
    starts = [s.start for s in doc.sents]
    sentence = _sentence_at(starts, len(doc))
    doc.user_token_hooks["sent"] = lambda token: sentence(token.doc, token.i)
    doc.user_span_hooks["sent"] = lambda span: sentence(span.doc, span.start)


def _sentence_at(starts: list[int], length: int) -> Callable[[Doc, int], Span]:
    """The sentence holding token `i` (a span's first token: spaCy's `Span.sent`; an empty
    span at the end gets the last sentence, as there). The hooks hold the starts, not the
    Doc: a Doc holding a function holding it would wait for the cyclic collector."""
    ends = [*starts[1:], length]

    def sentence(doc: Doc, i: int) -> Span:
        k = bisect_right(starts, i) - 1
        return Span(doc, starts[k], ends[k])  # `doc[a:b]` without its slice checks

    return sentence
