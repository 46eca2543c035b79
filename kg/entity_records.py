"""The entity graph as a function of the current documents.

Each document graph keeps, per entity it names or points to, a record of what that document
alone says of it (`bro:entityRecord`, a JSON literal on the entity's node). The entity graph
is recomputed, for the entities a write touches, from the records of every document that
still has one: a rewritten or pruned document then leaves nothing it alone said, and the
result does not depend on the order documents were built in (single-valued fields go to
the value most records give, ties to the smallest value).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict
from operator import attrgetter
from typing import TypeVar

from pyoxigraph import Literal, NamedNode, Quad

from kg.model import Entity
from kg.rdf import BRO, entity_quads, node

RECORD = BRO.entityRecord
V = TypeVar("V", str, tuple[str, str])
_SINGLE = ("key", "type", "name", "name_en", "wikidata")


def record_quads(graph: NamedNode, entities: Iterable[Entity]) -> list[Quad]:
    """One record per entity, in the document's graph (sorted keys: one spelling per record,
    so equal records are one literal)."""
    return [
        Quad(
            node(e.key),
            RECORD,
            Literal(json.dumps(asdict(e), ensure_ascii=False, sort_keys=True)),
            graph,
        )
        for e in entities
    ]


def merged(records: list[tuple[Entity, int]]) -> Entity:
    """One entity from the records of one key, with how many documents give each, whatever
    their order: each field the value most records give (empty values give none), ties to
    the smallest; office and state vote together (a post is an office in one state);
    aliases all. A record with a state and no office (a person of that state whose office at
    the document's date no one knows) gives no vote for no office: only when no record gives
    an office does the state alone win."""
    fields = {name: _vote(records, attrgetter(name)) or "" for name in _SINGLE}
    with_office = [(e, n) for e, n in records if e.office]
    office, state = _vote(with_office, lambda e: (e.office, e.state)) or (
        "",
        _vote(records, attrgetter("state")) or "",
    )
    aliases = sorted({a for e, _ in records for a in e.aliases})
    return Entity(**fields, office=office, state=state, aliases=aliases)  # type: ignore[arg-type]


def _vote(records: list[tuple[Entity, int]], field: Callable[[Entity], V]) -> V | None:
    """The non-empty value most records give, ties to the smallest; None if none gives one."""
    votes: Counter[V] = Counter()
    for entity, n in records:
        if any(value := field(entity)):  # "" or ("", ""): no value given
            votes[value] += n
    return min(votes, key=lambda v: (-votes[v], v)) if votes else None


def described(records: Iterable[Literal]) -> list[Entity]:
    """The entities these records describe (any number per key, one per document)."""
    by_key: dict[str, list[tuple[Entity, int]]] = {}
    for text, n in Counter(r.value for r in records).items():
        entity = Entity(**json.loads(text))
        by_key.setdefault(entity.key, []).append((entity, n))
    return [merged(records) for _, records in sorted(by_key.items())]


def entity_graph_quads(records: Iterable[Literal]) -> list[Quad]:
    return entity_quads(described(records))
