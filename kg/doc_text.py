"""A processed Doc's text, made once.

spaCy's `Doc.text` joins a `Token` made per token on every call (~0.1 ms for a news
document); rules that look around a span's characters ask for it per span. A Doc's text
never changes once the pipeline made it, so it is kept beside the Doc, weakly: it goes
with the Doc.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from spacy.tokens import Doc

_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """`doc.text`, made at the first call for this Doc."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text
