"""What a write of document graphs changes in the entity graph (`kg.entity_records`).

The writer keeps the tally of each entity's records as committed (`EntityTallies`), so a
write reads the records of the entities it touches at most once per build: reading all of
them again at every write made a --rebuild or a one-change build quadratic in the documents
that name a state. The entity-graph triples to delete and to add then come from the tallies
before and after the write.
"""

from __future__ import annotations

import marshal
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from pyoxigraph import Literal, NamedNode, Quad, Store

from kg.entity_records import RECORD, Tally, record_entity
from kg.model import Entity
from kg.rdf import BRO, ENTITY_GRAPH, entity_quads, node, one_entity_quads

Post = tuple[str, str]  # (office, state): a `bro:Post` node


@dataclass
class EntityChange:
    """A write's change of the entity graph, and the tallies once it is committed."""

    gone: list[Quad]
    added: list[Quad]
    tallies: dict[str, Tally] = field(default_factory=dict)
    holders: Counter[Post] = field(default_factory=Counter)  # holders gained (lost: < 0)


class EntityTallies:
    """The writer's tallies of the entity records, entity by entity, as committed.

    `complete` (a writer that opened a store without documents: a clean build): every record
    written since is counted here and the entity graph is what the tallies give, so a write
    reads neither records, nor entity-graph triples, nor whether its document is stored from
    RocksDB, whose reads during the writes of a clean build grew its memory with the corpus
    (each read opens the table files flushed since); the posts' holders are counted too.
    Otherwise an entity's tally is read from the store at the first write that touches it,
    and its triples at each.

    Each tally is kept marshalled: a few dozen bytes an entity rather than ~750 as a dict of
    tuples of strings (1.9 MB for the 2,544 entities of 400 NEREL documents), for ~5 µs at
    each write that touches it.
    """

    def __init__(self, *, complete: bool) -> None:
        self.complete = complete
        self._tallies: dict[str, bytes] = {}
        self._holders: Counter[Post] = Counter()  # entities holding each post (complete only)
        # complete only: the document graphs written since (the store had none), so that
        # whether a document is stored needs no read either
        self.documents: set[str] | None = set() if complete else None

    def holds(self, db: Store | None, graph: NamedNode) -> bool:
        """Whether the store holds the document graph `graph` (`db` None: complete only)."""
        if self.documents is not None:
            return graph.value in self.documents
        assert db is not None
        return db.contains_named_graph(graph)

    def tally(self, db: Store | None, key: str) -> Tally:
        """A copy of the committed tally of `key` (read from `db` the first time, unless
        complete: then `db` may be None)."""
        if (packed := self._tallies.get(key)) is not None:
            return Tally(marshal.loads(packed))
        found = Tally()
        if not self.complete:
            assert db is not None
            for entity in recorded_entities(db.quads_for_pattern(node(key), RECORD, None, None)):
                found.add(entity)
            self._tallies[key] = marshal.dumps(dict(found))
        return found

    def entities(self) -> list[Entity] | None:
        """Complete only (else None): every entity as its records describe it, which is what
        the entity graph holds of it."""
        if not self.complete:
            return None
        described = (Tally(marshal.loads(packed)).entity() for packed in self._tallies.values())
        return [e for e in described if e is not None]

    def described_elsewhere(self, db: Store, graph: NamedNode) -> dict[str, Entity | None]:
        """The entities the document graph `graph` has records of, each as the records of
        the other documents describe it (None: no other document has one)."""
        own = _graph_records(db, graph)
        out: dict[str, Entity | None] = {}
        for entity in own:
            others = self.tally(db, entity.key)
            others.add(entity, -1)
            out[entity.key] = others.entity()
        return out

    def change(
        self, db: Store | None, replaced: list[NamedNode], recorded: Iterable[Entity]
    ) -> EntityChange:
        """The entity-graph quads to delete and to add when the document graphs `replaced`
        go and the records of the entities `recorded` come: the entities their old and new
        records name, described again from the tallies. A post goes with its last holder.
        Complete and with nothing `replaced`, it reads nothing: `db` may be None."""
        after: dict[str, Tally] = {}
        before: dict[str, Entity | None] = {}  # complete only: as committed

        def count(entity: Entity, n: int) -> None:
            if entity.key not in after:
                # one read of the committed tally (unmarshalled: ~40 µs for a state's), which
                # also gives the committed description, when complete
                after[entity.key] = self.tally(db, entity.key)
                if self.complete:
                    before[entity.key] = after[entity.key].entity()
            after[entity.key].add(entity, n)

        for graph in replaced:
            assert db is not None
            for entity in _graph_records(db, graph):
                count(entity, -1)
        for entity in recorded:
            count(entity, 1)
        new = {key: t.entity() for key, t in after.items()}
        if self.complete:
            change = self._from_tallies(before, new)
        else:
            assert db is not None
            change = _from_store(db, new)
        change.tallies = after
        return change

    def commit(
        self,
        change: EntityChange,
        written: Iterable[NamedNode] = (),
        dropped: Iterable[NamedNode] = (),
    ) -> None:
        """The change's write is committed (document graphs `written`, `dropped`): its
        tallies are the store's now."""
        if self.documents is not None:
            self.documents.update(g.value for g in written)
            self.documents.difference_update(g.value for g in dropped)
        for key, t in change.tallies.items():
            if t:
                self._tallies[key] = marshal.dumps(dict(t))
            else:
                self._tallies.pop(key, None)
        for post, n in change.holders.items():
            if self._holders[post] + n:
                self._holders[post] += n
            else:
                del self._holders[post]

    def _from_tallies(
        self, before: dict[str, Entity | None], after: dict[str, Entity | None]
    ) -> EntityChange:
        """The change, computed: each entity's own triples from its description before and
        after; a post's triples when its first holder comes or its last one goes."""
        gone: set[Quad] = set()
        added: set[Quad] = set()
        holders: Counter[Post] = Counter()
        post_quads: dict[Post, list[Quad]] = {}
        for key in after:
            if before[key] == after[key]:
                continue  # described as before (most entities a write touches): no change
            subject = node(key)
            own: list[set[Quad]] = []
            for entity, n in ((before[key], -1), (after[key], 1)):
                quads = one_entity_quads(entity) if entity is not None else []
                own.append({q for q in quads if q.subject == subject})
                if entity is not None and entity.office:
                    post = (entity.office, entity.state)
                    holders[post] += n
                    post_quads[post] = [q for q in quads if q.subject != subject]
            gone |= own[0] - own[1]
            added |= own[1] - own[0]
        for post, n in holders.items():
            held = self._holders[post]
            if held and not held + n:
                gone.update(post_quads[post])
            elif not held and held + n:
                added.update(post_quads[post])
        return EntityChange(sorted(gone, key=str), sorted(added, key=str), holders=holders)


def _graph_records(db: Store, graph: NamedNode) -> list[Entity]:
    return list(recorded_entities(db.quads_for_pattern(None, RECORD, None, graph)))


def recorded_entities(quads: Iterable[Quad]) -> Iterator[Entity]:
    """The entities that `bro:entityRecord` quads describe."""
    return (record_entity(q.object) for q in quads if isinstance(q.object, Literal))


def _from_store(db: Store, after: dict[str, Entity | None]) -> EntityChange:
    """The change against the entity-graph triples stored (a store written by a kg without
    the records has triples no tally gives): the touched entities' triples, and those of
    the posts no one else holds, go unless described again."""
    touched = {node(key) for key in after}
    new = set(entity_quads([e for e in after.values() if e is not None]))
    old: set[Quad] = set()
    posts: set[NamedNode] = set()
    for entity in touched:
        for q in db.quads_for_pattern(entity, None, None, ENTITY_GRAPH):
            old.add(q)
            if q.predicate == BRO.holdsPost and isinstance(q.object, NamedNode):
                posts.add(q.object)
    for post in posts:
        holders = {q.subject for q in db.quads_for_pattern(None, BRO.holdsPost, post, ENTITY_GRAPH)}
        if holders <= touched:  # held by no one else: described again, or gone, from `new`
            old.update(db.quads_for_pattern(post, None, None, ENTITY_GRAPH))
    added = [q for q in new - old if q not in db]  # a post others hold is there already
    return EntityChange(sorted(old - new, key=str), sorted(added, key=str))
