"""One document through the whole chain: text → spaCy Doc → entities and facts."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from kg.extract.context import Context
from kg.extract.registry import fact_kinds
from kg.gazetteer import Gazetteer
from kg.model import Document, Entity, Extraction, Mention
from kg.resolve import Registry, resolve


def analyze(document: Document, doc: Doc, registry: Registry) -> Extraction:
    """Everything `kg` reads from one document, given its processed spaCy Doc."""
    entities, mentions = resolve(doc, document, registry)
    return extract(document, doc, entities, mentions, registry.gazetteer)


def extract(
    document: Document,
    doc: Doc,
    entities: list[Entity],
    mentions: list[Mention],
    gazetteer: Gazetteer,
) -> Extraction:
    """The facts of one document given its Doc and resolved names: each registered kind of
    fact, a kind given what the kinds it needs read. A pure function of its arguments: the
    build relies on it to keep facts a worker read when the corpus changes none of them."""
    ctx = Context(doc, document, mentions, {e.key: e for e in entities}, gazetteer)
    read: dict[str, Any] = {}
    facts: dict[str, list[Any]] = {}
    for kind in fact_kinds():
        read[kind.name] = kind.extract(ctx, **{name: read[name] for name in kind.needs})
        facts[kind.name] = kind.facts(read[kind.name])
    return Extraction(document=document, entities=entities, mentions=mentions, facts=facts)
