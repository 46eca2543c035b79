"""One document through the whole chain: text → spaCy Doc → entities and facts."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.agreements import extract_agreements
from kg.extract.claims import extract_claims
from kg.extract.context import Context
from kg.extract.events import extract_events
from kg.extract.quotes import extract_quotes
from kg.extract.relations import extract_relations
from kg.model import Document, Entity, Extraction, Mention
from kg.resolve import Registry, resolve


def analyze(document: Document, doc: Doc, registry: Registry) -> Extraction:
    """Everything `kg` reads from one document, given its processed spaCy Doc."""
    entities, mentions = resolve(doc, document, registry)
    return extract(document, doc, entities, mentions)


def extract(
    document: Document, doc: Doc, entities: list[Entity], mentions: list[Mention]
) -> Extraction:
    """The facts of one document, given its Doc and its resolved entities and mentions:
    a pure function of them (the build relies on it to reuse facts read in a worker)."""
    ctx = Context(doc, document, mentions, {e.key: e for e in entities})
    return Extraction(
        document=document,
        entities=entities,
        mentions=mentions,
        agreements=extract_agreements(ctx),
        events=extract_events(ctx),
        claims=extract_claims(ctx),
        quotes=extract_quotes(ctx),
        relations=extract_relations(ctx),
    )
