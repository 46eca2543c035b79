"""One document through the whole chain: text → spaCy Doc → entities and facts."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from spacy.tokens import Doc

from kg.extract.context import Context
from kg.extract.registry import fact_kinds
from kg.gazetteer import Gazetteer
from kg.model import Document, Entity, Extraction, Mention
from kg.resolve import Registry, resolve
from kg.resolve.given import GivenRead

# How entity keys begin ("person/…", "state/…", "org/…"); fact keys never do.
_ENTITY_PREFIXES = ("person/", "state/", "org/")


def analyze(document: Document, doc: Doc, registry: Registry) -> Extraction:
    """Everything `kg` reads from one document, given its processed spaCy Doc."""
    entities, mentions = resolve(doc, document, registry)
    ex = extract(document, doc, entities, mentions, registry.gazetteer)
    ex.entities = with_referenced(ex, registry)
    return ex


def extract(
    document: Document,
    doc: Doc,
    entities: list[Entity],
    mentions: list[Mention],
    gazetteer: Gazetteer,
    given: GivenRead | None = None,
) -> Extraction:
    """The facts of one document given its Doc and resolved names: each registered kind of
    fact, a kind given what the kinds it needs read. A pure function of its arguments: the
    build relies on it to keep facts a worker read when the corpus changes none of them.
    `given`: the names step's offices given by titles, taken where they read the same."""
    ctx = Context(doc, document, mentions, {e.key: e for e in entities}, gazetteer, given=given)
    read: dict[str, Any] = {}
    facts: dict[str, list[Any]] = {}
    for kind in fact_kinds():
        read[kind.name] = kind.extract(ctx, **{name: read[name] for name in kind.needs})
        facts[kind.name] = kind.facts(read[kind.name])
    return Extraction(document, entities, mentions, facts, looked_up=frozenset(ctx.looked_up))


def with_referenced(ex: Extraction, registry: Registry) -> list[Entity]:
    """The document's entities plus every entity its facts and entities point to without
    naming it (the state of a president called only by name, a visit's host): each node a
    graph points to must be described in the entity graph. It reads the corpus's registry,
    so the build runs it in the reduce."""
    entities = {e.key: e for e in ex.entities}
    todo = [key for key in _references(ex) if key]
    while todo:
        key = todo.pop()
        if key not in entities and (entity := registry.known(key)) is not None:
            entities[key] = entity
            todo.append(entity.state)
    return sorted(entities.values(), key=lambda e: e.key)


def _references(ex: Extraction) -> Iterator[str]:
    """Entity keys held by the fields of entities and facts, whatever the kind of fact."""
    for entity in ex.entities:
        yield entity.state
    yield from fact_references(ex)


def fact_references(ex: Extraction) -> Iterator[str]:
    """Entity keys held by the fields of facts, whatever the kind of fact."""
    for facts in ex.facts.values():
        for fact in facts:
            for f in dataclasses.fields(fact):
                value = getattr(fact, f.name)
                for item in value if isinstance(value, list) else [value]:
                    if isinstance(item, str) and item.startswith(_ENTITY_PREFIXES):
                        yield item
