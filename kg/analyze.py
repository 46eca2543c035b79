"""One document through the whole chain: text → spaCy Doc → entities and facts."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from kg.extract.context import Context
from kg.extract.registry import fact_kinds
from kg.model import Document, Extraction
from kg.resolve import Registry, resolve


def analyze(document: Document, doc: Doc, registry: Registry) -> Extraction:
    """Everything `kg` reads from one document, given its processed spaCy Doc: the
    entities, then each registered kind of fact, a kind given what the kinds it needs read."""
    entities, mentions = resolve(doc, document, registry)
    ctx = Context(doc, document, mentions, {e.key: e for e in entities}, registry.gazetteer)
    read: dict[str, Any] = {}
    facts: dict[str, list[Any]] = {}
    for kind in fact_kinds():
        read[kind.name] = kind.extract(ctx, **{name: read[name] for name in kind.needs})
        facts[kind.name] = kind.facts(read[kind.name])
    return Extraction(document=document, entities=entities, mentions=mentions, facts=facts)
