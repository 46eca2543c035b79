"""One document through the whole chain: text → spaCy Doc → entities and facts."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from kg.extract.agreements import extract_agreements
from kg.extract.claims import extract_claims
from kg.extract.context import Context
from kg.extract.events import extract_events
from kg.extract.quotes import extract_quotes
from kg.extract.relations import extract_relations
from kg.model import Document, Entity, Extraction
from kg.resolve import Registry, resolve


def analyze(document: Document, doc: Doc, registry: Registry) -> Extraction:
    """Everything `kg` reads from one document, given its processed spaCy Doc."""
    entities, mentions = resolve(doc, document, registry)
    ctx = Context(doc, document, mentions, {e.key: e for e in entities})
    ex = Extraction(
        document=document,
        entities=entities,
        mentions=mentions,
        agreements=extract_agreements(ctx),
        events=extract_events(ctx),
        claims=extract_claims(ctx),
        quotes=extract_quotes(ctx),
        relations=extract_relations(ctx),
    )
    ex.entities = _with_referenced(ex, registry)
    return ex


def _with_referenced(ex: Extraction, registry: Registry) -> list[Entity]:
    """The document's entities plus every entity its facts and entities point to without
    naming it (the state of a president called only by name, a visit's host): each node a
    graph points to must be described in the entity graph."""
    entities = {e.key: e for e in ex.entities}
    todo = [key for key in _references(ex) if key]
    while todo:
        key = todo.pop()
        if key not in entities and (entity := registry.known(key)) is not None:
            entities[key] = entity
            todo.append(entity.state)
    return sorted(entities.values(), key=lambda e: e.key)


def _references(ex: Extraction) -> Iterator[str]:
    """Entity keys held by the fields of entities and facts."""
    for entity in ex.entities:
        yield entity.state
    for agreement in ex.agreements:
        yield from (*agreement.parties, *agreement.signatories)
    for event in ex.events:
        yield from (*event.participants, event.visitor, event.host)
    for claim in ex.claims:
        yield from (claim.speaker, *claim.states)
    for quote in ex.quotes:
        yield quote.speaker
    for relation in ex.relations:
        yield from (relation.state_a, relation.state_b, relation.stated_by)
