"""The entity graph as a function of the current documents.

Each document graph keeps, per entity it names or points to, a record of what that document
alone says of it (`bro:entityRecord`, a JSON literal on the entity's node). The entity graph
is recomputed, for the entities a write touches, from the records of every document that
still has one: a rewritten or pruned document then leaves nothing it alone said, and the
result does not depend on the order documents were built in (single-valued fields go to
the value most records give, ties to the smallest value).

A vote needs no record itself, only how many records give each value: a `Tally` per entity
holds those counts, so what a writer keeps of the records grows with the distinct entities
and values of the corpus, not with its documents, and a record taken away (a document
rewritten or pruned) is subtracted without reading the others again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import fields

from pyoxigraph import Literal, NamedNode, Quad

from kg.model import Entity
from kg.rdf import BRO, entity_quads, node

RECORD = BRO.entityRecord
_SINGLE = ("key", "type", "name", "name_en", "wikidata")
_POST = "post"  # office and state vote together: a post is an office in one state
_STATE = "state"  # the state alone, of every record that gives one
_ALIAS = "alias"


def record_quads(graph: NamedNode, entities: Iterable[Entity]) -> list[Quad]:
    """One record per entity, in the document's graph (sorted keys: one spelling per record,
    so equal records are one literal)."""
    return [
        Quad(
            node(e.key),
            RECORD,
            Literal(json.dumps(_fields_of(e), ensure_ascii=False, sort_keys=True)),
            graph,
        )
        for e in entities
    ]


_FIELDS = tuple(f.name for f in fields(Entity))


def _fields_of(entity: Entity) -> dict[str, object]:
    """`asdict(entity)` for JSON, without its deep copy of every value (strings and a list
    of strings: the same JSON), which made the records ~1 % of a build."""
    return {name: getattr(entity, name) for name in _FIELDS}


def record_entity(record: Literal) -> Entity:
    return Entity(**json.loads(record.value))


class Tally(dict[tuple[str, ...], int]):
    """The records of one entity, counted: (field, value…) → how many records give that
    non-empty value (each alias too); ("key", key) counts the records themselves."""

    __slots__ = ()

    def add(self, entity: Entity, n: int = 1) -> None:
        """Counts a record `n` more times (negative: takes it away)."""
        values: list[tuple[str, ...]] = [
            (name, v) for name in _SINGLE if (v := getattr(entity, name))
        ]
        if entity.office:
            values.append((_POST, entity.office, entity.state))
        if entity.state:
            values.append((_STATE, entity.state))
        values += [(_ALIAS, a) for a in set(entity.aliases)]
        for value in values:
            count = self.get(value, 0) + n
            if count:
                self[value] = count
            else:
                del self[value]

    def entity(self) -> Entity | None:
        """The entity the records describe, whatever their order: each field the value most
        records give (empty values give none), ties to the smallest; office and state vote
        together among the records with an office (a post is an office in one state); a record
        with a state and no office (a person of that state whose office at the document's date
        no one knows) gives no vote for no office: only when no record gives an office does
        the state alone win. Aliases all. None when no record is left."""
        best: dict[str, tuple[int, tuple[str, ...]]] = {}
        aliases = []
        for (name, *rest), count in self.items():
            value = tuple(rest)
            if name == _ALIAS:
                aliases.append(value[0])
            elif (held := best.get(name)) is None or (-count, value) < (-held[0], held[1]):
                best[name] = (count, value)
        if "key" not in best:
            return None
        fields = {name: best[name][1][0] if name in best else "" for name in _SINGLE}
        state_alone = best[_STATE][1][0] if _STATE in best else ""
        office, state = best[_POST][1] if _POST in best else ("", state_alone)
        return Entity(**fields, office=office, state=state, aliases=sorted(aliases))  # type: ignore[arg-type]


def tallies(records: Iterable[Literal]) -> dict[str, Tally]:
    """Entity key → the tally of these records of it (any number per key, one per document)."""
    out: dict[str, Tally] = {}
    for record in records:
        entity = record_entity(record)
        out.setdefault(entity.key, Tally()).add(entity)
    return out


def described(records: Iterable[Literal]) -> list[Entity]:
    """The entities these records describe, by key."""
    found = (t.entity() for _, t in sorted(tallies(records).items()))
    return [e for e in found if e is not None]


def entity_graph_quads(records: Iterable[Literal]) -> list[Quad]:
    """The entity graph these records give."""
    return entity_quads(described(records))
