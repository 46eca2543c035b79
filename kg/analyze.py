"""One document through the whole chain: text → spaCy Doc → entities and facts."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.context import Context
from kg.model import Document, Extraction
from kg.resolve import Registry, resolve


def analyze(document: Document, doc: Doc, registry: Registry) -> Extraction:
    """Everything `kg` reads from one document, given its processed spaCy Doc."""
    entities, mentions = resolve(doc, document, registry)
    ctx = Context(doc, document, mentions, {e.key: e for e in entities})
    del ctx  # fact extractors plug in here (issue 3)
    return Extraction(document=document, entities=entities, mentions=mentions)
