"""The entities of the entity graph, as a build's registry is seeded with them, kept beside
the store between builds.

Every build that reads a document seeds its registry from the whole entity graph: read
from RocksDB, ~4,500 quads at 200 NEREL documents (~0.06 s CPU of the ~0.9 s a build that
changes one document costs), more as the corpus grows, though a build changes a few
entities. A build that wrote documents now leaves the entities in `kg-entities.json`
beside the database: those it was seeded with, and the entities whose entity-graph triples
its writes changed read again from the store (`Seed.save`); the next build is seeded from
the file. The file is only a cache of the entity graph:
- the first write of any writer removes it (`KgStore`), so a build killed, a build that only
  prunes or a user's update leaves none; a build that read a document writes it after
  its last write;
- it names the digest of the stored documents' hashes it was written for, and of the code
  that reads entities from the entity graph;
a missing file, an unreadable one, one for other documents or by other code is the entity
graph read again.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import os
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kg.model import Entity
from kg.rdf import entities_from_quads, stored_entities
from kg.store import SNAPSHOT

if TYPE_CHECKING:
    from kg.resolve import Registry
    from kg.store import KgStore

_FIELDS = [f.name for f in dataclasses.fields(Entity)]  # strings and a list of strings


def corpus_digest(hashes: dict[str, str]) -> str:
    """One digest of the stored documents and their content hashes."""
    lines = "".join(f"{d}\t{h}\n" for d, h in sorted(hashes.items()))
    return hashlib.sha256(lines.encode()).hexdigest()


@functools.cache
def _code() -> str:
    """A digest of the code behind the kept entities: the entity graph read (`kg.rdf`), the
    entities' fields (`kg.model`) and this module's file."""
    from kg.tablecache import digest, sources

    return digest(sources("kg.rdf", "kg.model", "kg.entity_snapshot"))


def read(store: Path, digest: str) -> list[Entity] | None:
    """The entities kept for the documents of `digest`, or None."""
    try:
        kept = json.loads((store / SNAPSHOT).read_text(encoding="utf-8"))
        if kept["documents"] != digest or kept["code"] != _code():
            return None
        return [Entity(*fields) for fields in kept["entities"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write(store: Path, digest: str, entities: Sequence[Entity]) -> None:
    """Atomically; a folder that cannot be written keeps no file (the next build reads the
    entity graph)."""
    rows = [[getattr(e, name) for name in _FIELDS] for e in entities]
    kept = {"documents": digest, "code": _code(), "entities": rows}
    text = json.dumps(kept, ensure_ascii=False)
    temp = store / f".{SNAPSHOT}.tmp"
    try:
        temp.write_text(text, encoding="utf-8")
        os.replace(temp, store / SNAPSHOT)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)


class Seed:
    """A build's registry seeded from the kept entities (else the entity graph), and the
    entities kept again after the build's writes."""

    def __init__(
        self,
        gazetteers: Sequence[Path],
        store: KgStore,
        hashes: dict[str, str] | None = None,
        *,
        fresh: bool = False,
    ) -> None:
        self.gazetteers = gazetteers
        self.store = store
        # The stored documents' hashes as the build read them before its writes (None: read
        # them here): one scan of the store's hashes fewer, a scan that grows with the corpus.
        self.hashes = hashes
        # A build that reads every document again starts from the gazetteers alone, as a clean
        # build does: the stored entities hold what the documents it reads again said last
        # time, and what later documents said, which a clean build's reading of an earlier
        # one never sees (a person's other office would take a post's state away).
        self.fresh = fresh
        self.entities: list[Entity] | None = None  # seeded with (None: no registry made)

    def registry(self) -> Registry:
        """Made before the build's first write (which removes the file)."""
        from kg.gazetteer import Gazetteer  # pymorphy3: not for a build with nothing to do
        from kg.resolve import Registry

        registry = Registry(Gazetteer.load(list(self.gazetteers)))
        if self.fresh:
            self.entities = []
            self.store.changed_wanted = 0  # `saving` keeps them all, whatever changed
            return registry
        hashes = self.store.document_hashes() if self.hashes is None else self.hashes
        self.entities = read(self.store.path, corpus_digest(hashes))
        if self.entities is None:
            self.entities = entities_from_quads(self.store.entity_graph())
        for entity in self.entities:
            registry.add(entity)
        # past half of them changed, `saving` keeps them all: it needs no more keys
        self.store.changed_wanted = len(self.entities) // 2 + 1
        return registry

    def saving(self, hashes: dict[str, str]) -> Callable[[], None]:
        """After the build's last document write: what the writes changed, taken now (the
        derived graph's write drops the writer's tallies), and the function that keeps the
        seeded entities, those whose triples changed read again; when most changed, all of
        them (a clean build's from the writer's tallies, as its writes computed the entity
        graph from them). The build runs it while RocksDB compacts (`kg.build`). `hashes`:
        the stored documents' after the writes."""
        seeded = self.entities
        if seeded is None:
            return lambda: None  # no document written: the file, if any, is still the store's
        changed = set(self.store.changed_entities)
        most = self.fresh or len(changed) * 2 > len(seeded)  # a fresh seed kept none of them
        described = self.store.tallied_entities() if most else None  # a clean build's: no read

        def save() -> None:
            if described is not None:
                entities = stored_entities(described)
            elif most:
                entities = entities_from_quads(self.store.entity_graph())
            else:
                entities = _updated(seeded, changed, self.store)
            write(self.store.path, corpus_digest(hashes), entities)

        return save


def _updated(entities: list[Entity], changed: Collection[str], store: KgStore) -> list[Entity]:
    kept = {e.key: e for e in entities if e.key not in changed}
    kept.update((e.key, e) for e in entities_from_quads(store.entity_quads(changed)))
    return sorted(kept.values(), key=lambda e: e.key)
