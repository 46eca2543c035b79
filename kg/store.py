"""The on-disk Oxigraph store, shared safely by one writer and many readers.

Measured with pyoxigraph 0.5: a read-only RocksDB instance opened while
another process writes fails about one query in ten ("Corruption: … No such
file or directory" when compaction deletes a table file the reader just
listed), as the pyoxigraph docs warn. So no process ever has the database
open while another one writes it:

- `kg-write.lock` (flock, exclusive, held for a whole build): one writer at a
  time, with a clear "busy" message naming its pid. The kernel drops a flock
  when its process dies, so a killed build leaves no stale lock.
- `kg-access.lock` (flock): the writer holds it exclusively while its RocksDB
  is open, readers hold it shared while their read-only instance is open.
  The writer keeps its database open across transactions (opening and
  closing RocksDB per document was a quarter of a build) until a reader
  waits: it watches the turnstile, and at the first reader there it flushes
  and closes the database after the transaction under way and lets go; its
  next transaction opens it again. Readers therefore never take the write
  lock, work during a build, and always see a committed state; a reader
  waits at most one document transaction (plus a poll), a writer at most for
  the readers already in (`kg-turnstile.lock` keeps new readers out while a
  writer waits).

A document's graph is replaced by one SPARQL Update (`DROP SILENT GRAPH ;
INSERT DATA …`), which pyoxigraph applies all-or-nothing, so a graph and its
content hash are always old or new together.
"""

from __future__ import annotations

import fcntl
import os
import re
import sys
import threading
import time
import traceback
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import IO, TypeVar
from urllib.parse import unquote

from pyoxigraph import (
    BlankNode,
    DefaultGraph,
    Literal,
    NamedNode,
    Quad,
    QuerySolution,
    QuerySolutions,
    RdfFormat,
    Store,
    Triple,
    parse,
    serialize,
)

from kg.entity_records import RECORD
from kg.entity_writes import EntityChange, EntityTallies, recorded_entities
from kg.errors import StoreBusyError, StoreError, UsageError, disk_error
from kg.export import EXPORT_FORMATS, serialize_quads
from kg.memory import trim
from kg.model import Entity
from kg.pending import Pending, pending_quads, read_pending
from kg.rdf import (
    BRO,
    CONTENT_HASH,
    ENTITY_GRAPH,
    NS,
    ONT,
    PENDING_GRAPH,
    PREFIXES,
    RDFS,
    doc_graph,
    node,
)
from kg.resources import ONTOLOGY_DIR


def solutions(db: Store, sparql: str, *, union: bool = False) -> QuerySolutions:
    """The rows of a SELECT kg wrote itself (pyoxigraph types every query's result as a union
    of SELECT, ASK and CONSTRUCT results)."""
    result = db.query(sparql, use_default_graph_as_union=union)
    if not isinstance(result, QuerySolutions):
        raise TypeError(f"not a SELECT: {sparql[:60]}")
    return result


T = TypeVar("T")

# The entities of the entity graph kept beside the database between builds
# (`kg.entity_snapshot`); named here so that opening a store imports no gazetteer.
SNAPSHOT = "kg-entities.json"
WRITE_LOCK = "kg-write.lock"
ACCESS_LOCK = "kg-access.lock"
TURNSTILE_LOCK = "kg-turnstile.lock"
_LOCKS = {WRITE_LOCK, ACCESS_LOCK, TURNSTILE_LOCK}
# What RocksDB writes before CURRENT while it creates a database: a build killed then
# leaves these, and the next build carries on creating the store.
_CREATING = re.compile(r"LOCK|LOG|IDENTITY|(MANIFEST|OPTIONS)-\d+(\.dbtmp)?|\d+\.(log|dbtmp)")
_POLL = 0.05
# The open writer flushes RocksDB's memtables to disk every this many transactions: left
# to themselves they grew by ~0.5 MB a document for the whole build (a build's memory must
# not grow with the corpus); a flush each 16 documents keeps them to a few MB.
FLUSH_EVERY = 16
# A clean build's new document graphs (`KgStore.replace_document` where the write reads
# nothing from RocksDB) wait in memory and go to it this many at a time in one bulk load
# (`Store.bulk_extend`: table files built in memory and ingested, without the transaction's
# read of every key before its write and the memtables' inserts: ~0.5 against ~1.5 s CPU for
# 300 NEREL documents). The bulk loader ingests its files for all column families in one
# RocksDB call, atomic across them, as long as a load is under its batch of 1,000,000 quads
# (16 news documents are ~6,000): a killed build leaves each graph of the batch absent or
# whole, with its content hash, and the next build writes those absent again.
# Both at 16 give the lowest peak of a 400-NEREL-document build (2026-12-02, warm table
# cache, 219 MB; 198 MB at 10): both at 4 gave 226, both at 32 222, bulk loads of 64 237 MB.
# Closing the database after each bulk load (its block cache and table readers go with it),
# then `kg.memory.trim`, gave 220 MB: the peak's rise with the corpus is not RocksDB's caches.
BULK_EVERY = 16
# A first build's derived graph goes to RocksDB in bulk loads of this many quads: the bulk
# loader holds a load's quads and table files in memory, and the ~26,000 derived quads of 400
# NEREL documents in one load took +16 MB (the build's peak, 198 against 175 MB at 10
# documents); in loads of 8,192 +6 MB, of 2,048 +5. No load need be atomic: the derived graph
# counts as written only once `KgStore.derived_by` has recorded it, so a build killed between
# two loads leaves none recorded, and the next derives the graph again over the part loaded.
DERIVED_LOAD = 8_192
_DOC_GRAPH_PREFIX = doc_graph("").value
_PREFIX_NAME = re.compile(r"[^\W\d_](?:[\w.-]*[\w-])?")  # a Turtle PN_PREFIX, roughly
_ENTITY_CLASSES = ("Person", "State", "Organization")
# Beside the database: the version of kg's derivation that last wrote the derived graph
# (`kg.derived`), kept out of the quads, which then depend on kg's data alone.
DERIVED_VERSION = "kg-derived.version"
# Beside the database: the version of kg's extraction that last read every document
# (`kg.code_version`), kept out of the quads for the same reason.
EXTRACTION_VERSION = "kg-extraction.version"
# Beside the database: how many quads it holds, left by the writer that last changed it when
# it knew (`KgStore.quad_count`). Counting them is a scan of every quad (~13 ms at 200 NEREL
# documents, more as the corpus grows), which each build's summary needed.
QUAD_COUNT = "kg-quads.count"


def is_store(path: Path) -> bool:
    """A directory RocksDB has initialised (lock files alone do not count)."""
    return (path / "CURRENT").is_file()


# Descriptors of lock files this process has open. A flock belongs to the open file, which
# a forked child shares: a worker outliving a killed build would hold the build's lock for
# good. Children close their copies at once (the parent's lock is unaffected).
_LOCK_FDS: set[int] = set()


def _close_inherited_locks() -> None:
    for fd in _LOCK_FDS:
        with suppress(OSError):
            os.close(fd)
    _LOCK_FDS.clear()


os.register_at_fork(after_in_child=_close_inherited_locks)


def _open_lock_file(path: Path, flags: int = os.O_RDWR | os.O_CREAT) -> int | None:
    """A descriptor to flock (close-on-exec, closed in forked children); None on read-only
    media, where no writer can run."""
    for mode in (flags, os.O_RDONLY):
        try:
            fd = os.open(path, mode | os.O_CLOEXEC, 0o644)
        except OSError:
            continue
        _LOCK_FDS.add(fd)
        return fd
    return None


def _close_lock_file(fd: int) -> None:
    """Closing releases the flock. Only a descriptor still open is closed: a number closed
    twice fails (EBADF) or closes whatever file reused it. A Ctrl-C between closing the
    turnstile and forgetting it once made `_access`'s cleanup close it again; the EBADF
    replaced the KeyboardInterrupt, the access lock stayed held, and the build hung on its
    own lock at the next document."""
    if fd in _LOCK_FDS:
        _LOCK_FDS.discard(fd)
        os.close(fd)


def _flock(fd: int, operation: int, wait: float) -> bool:
    """Takes a flock, polling up to `wait` seconds; False if it timed out."""
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, operation | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() >= deadline:
                return False
            time.sleep(_POLL)


@contextmanager
def _access(store: Path, operation: int) -> Iterator[None]:
    """Holds the access lock; passing the turnstile first gives a waiting writer priority
    over readers that arrive after it, so a stream of readers cannot starve a build."""
    turnstile = _open_lock_file(store / TURNSTILE_LOCK)
    access = _open_lock_file(store / ACCESS_LOCK)
    try:
        if turnstile is not None:
            fcntl.flock(turnstile, operation)
        if access is not None:
            fcntl.flock(access, operation)
        if turnstile is not None:
            passed, turnstile = turnstile, None  # forgotten first: `finally` never closes it again
            _close_lock_file(passed)
        yield
    finally:
        for fd in (turnstile, access):
            if fd is not None:
                _close_lock_file(fd)


def _replacing(graph: NamedNode, quads: Iterable[Quad]) -> Callable[[], str]:
    """One SPARQL update, applied all or nothing: `graph` replaced by `quads`. The quads
    are checked now; the update's text is made when called."""
    quads = list(quads)
    if any(q.graph_name != graph for q in quads):
        raise ValueError(f"quads outside the graph {graph}")

    def text() -> str:
        return (
            f"DROP SILENT GRAPH {graph} ;\n"
            f"INSERT DATA {{ GRAPH {graph} {{ {_sparql_triples(quads)} }} }}"
        )

    return text


def _data(verb: str, quads: Iterable[Quad]) -> str:
    """An INSERT DATA or DELETE DATA of quads in any graphs."""
    graphs: dict[NamedNode | BlankNode | DefaultGraph, list[Quad]] = {}
    for q in quads:
        graphs.setdefault(q.graph_name, []).append(q)
    blocks = (f"GRAPH {g} {{ {_sparql_triples(qs)} }}" for g, qs in graphs.items())
    return f"{verb} DATA {{ {' '.join(blocks)} }}"


def _change(
    db: Store, gone: Collection[Quad], added: Collection[Quad], drop: NamedNode | None
) -> int:
    """`replace_graph` and `change_graph`'s one update; the quads the store gained."""
    dropped = sum(1 for _ in db.quads_for_pattern(None, None, None, drop)) if drop else 0
    gained = len(added) - len(gone) - dropped
    if not gone and not dropped:
        # a first build: bulk loads (`DERIVED_LOAD`). `Store.extend`'s transaction buffered
        # the derived graph and then filled the memtables with it (+38 MB at 400 NEREL
        # documents). Each load's quads go once it is loaded, when the caller kept none
        # (`KgStore.replace_graph`): at 400 NEREL documents the ~24,600 derived quads (~5.6
        # MB as pyoxigraph's objects) were all held through the last load, where the
        # `--jobs 2` parent peaked with the loads' table files
        quads = list(added)
        del added
        while quads:
            load = quads[-DERIVED_LOAD:]
            del quads[-DERIVED_LOAD:]
            db.bulk_extend(load)
    else:
        ops = [f"DROP SILENT GRAPH {drop}"] if dropped else []
        if gone:
            ops.append(_data("DELETE", gone))
        if added:
            ops.append(_data("INSERT", added))
        db.update(" ;\n".join(ops))
    return gained


@dataclass
class NQuads:
    """A graph's quads held as N-Quads text, a piece per step that made them, until they are
    written (`KgStore.replace_graph`): at 400 NEREL documents the ~25,000 derived quads held
    ~17 MB as pyoxigraph's objects, through the reads that followed their step and through the
    write's open and loads (the `--jobs 2` parent's peak), and ~5 MB as text. Blank nodes
    are refused: RocksDB's bulk loader, which reads the text, names them anew."""

    parts: list[bytes] = field(default_factory=list)

    def add(self, quads: Iterable[Quad]) -> None:
        quads = list(quads)
        for q in quads:
            if isinstance(q.subject, BlankNode | Triple) or isinstance(q.object, BlankNode):
                raise ValueError(f"a blank node held as text: {q}")
        self.parts.append(serialize(quads, format=RdfFormat.N_QUADS) or b"")

    def quads(self) -> Iterator[Quad]:
        """The quads again, as objects."""
        return parse(b"".join(self.parts), format=RdfFormat.N_QUADS)

    def lines(self, graph: NamedNode) -> list[bytes]:
        """The distinct quads' lines, each checked to be in `graph`, the pieces let go."""
        end = f" {graph} .\n".encode()
        lines: dict[bytes, None] = {}
        self.parts.reverse()
        while self.parts:
            lines.update(dict.fromkeys(self.parts.pop().splitlines(keepends=True)))
        if any(not line.endswith(end) for line in lines):
            raise ValueError(f"quads outside the graph {graph}")
        return list(lines)


def _loaded_text(db: Store, lines: list[bytes]) -> None:
    """`lines` (N-Quads) in bulk loads of `DERIVED_LOAD`, the list emptied as they go."""
    while lines:
        load = b"".join(lines[-DERIVED_LOAD:])
        del lines[-DERIVED_LOAD:]
        db.bulk_load(load, RdfFormat.N_QUADS)


def _drained(batch: list[list[Quad]]) -> Iterator[Quad]:
    """The batch's quads in order, each graph's list let go once read: pyoxigraph's bulk
    loader copies the quads it is given before it loads them, and a list of the whole batch
    kept each quad's object beside its copy through the load (a synthetic batch of 6,400
    quads: the load's high-water +5.2 MB given a list, +3.9 given this)."""
    batch.reverse()
    while batch:
        yield from batch.pop()


def _emptied(quads: set[Quad]) -> list[Quad]:
    """The set's quads, the set emptied: the list is then their one holder."""
    out = list(quads)
    quads.clear()
    return out


def _sparql_triples(quads: Iterable[Quad]) -> str:
    """N-Triples forms of pyoxigraph terms are valid SPARQL terms."""
    return " ".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)


class _WriterDatabase:
    """The writer's read-write RocksDB, open from one transaction to the next while no
    reader waits. A watcher thread looks at the turnstile every `_POLL` seconds: a reader
    waiting there holds it shared, so failing to take it exclusively means one waits, and
    the database is flushed and closed (after the transaction under way, if any)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()  # one transaction, or the watcher's close, at a time
        self._db: Store | None = None
        self._since_flush = 0  # transactions whose writes are still only in memory
        self._deferred: list[list[Quad]] = []  # new document graphs waiting for a bulk load
        # quads those graphs' writes took from the entity graph, deleted before their load:
        # none of them is among `_deferred` (`defer`), so the order of the two is free
        self._deletions: set[Quad] = set()
        self._access = ExitStack()  # the exclusive access lock, while `_db` is open
        self._failure: BaseException | None = None  # a close the watcher could not finish
        self._turnstile = _open_lock_file(path / TURNSTILE_LOCK)
        self._stop = threading.Event()
        self._watcher = threading.Thread(target=self._watch, name="kg-store-watch", daemon=True)
        self._watcher.start()

    def run(self, work: Callable[[Store], T], *, write: bool = True) -> T:
        """`work` on the open database (opened first if a reader had it closed), after the
        deferred document graphs; `write`: whether it may write, which only then counts
        towards the next flush (the derived graph's update reads the store ~200 times: a
        flush every 16 reads, ~10 ms CPU)."""
        with self._lock, _store_failures(self.path):
            return self._on_db(lambda db: self._work(db, work, write))

    def _work(self, db: Store, work: Callable[[Store], T], write: bool) -> T:
        """`run`'s transaction on the open database."""
        self._write_deferred(db)
        result = work(db)
        self._since_flush += write
        if self._since_flush >= FLUSH_EVERY:
            db.flush()
            self._since_flush = 0
        return result

    def defer(self, quads: list[Quad], gone: Collection[Quad] = ()) -> None:
        """A new document graph's quads (with what it adds to other graphs), written with
        other such graphs in one bulk load once there are `BULK_EVERY`, or before the next
        transaction, or when the database closes. `gone`: the quads its write takes from
        other graphs (an entity described anew), deleted then too: a transaction of its own
        (the document's quads parsed back from a SPARQL update, a bulk load and a flush
        ahead of time) cost ~10 ms CPU, and such writes grow in number with the corpus."""
        with self._lock, _store_failures(self.path):
            if gone:
                self._deferred = [[q for q in qs if q not in gone] for qs in self._deferred]
                self._deletions.update(gone)
            if self._deletions:
                self._deletions.difference_update(quads)
            self._deferred.append(quads)
            if len(self._deferred) >= BULK_EVERY or self._since_flush:
                self._on_db(self._flush_or_load)

    def _flush_or_load(self, db: Store) -> None:
        """`defer`'s work on the open database: a flush after transactions, a bulk load of
        `BULK_EVERY` deferred graphs."""
        if self._since_flush:
            # a clean build's transaction left its memtables (~8 MB mapped, 2-3 MB
            # resident): flushed now, not at the next bulk load's ingestion
            db.flush()
            self._since_flush = 0
        if len(self._deferred) >= BULK_EVERY:
            self._write_deferred(db)

    def release(self) -> None:
        """Flushes and closes the database now (the next transaction opens it again)."""
        with self._lock, _store_failures(self.path):
            if self._deferred or self._deletions:
                self._on_db(self._write_deferred)
            self._close()

    def close(self) -> None:
        self._stop.set()
        self._watcher.join()
        try:
            self.release()
        finally:
            if self._turnstile is not None:
                _close_lock_file(self._turnstile)

    def _on_db(self, work: Callable[[Store], T]) -> T:
        """`work` on the open database; a failure inside closes it, so the next transaction
        starts from a freshly opened one. The one way to the database: no caller's frame
        holds it, so `_close` drops its last holder (see there)."""
        if self._failure is not None:
            failure, self._failure = self._failure, None
            raise failure
        if self._db is None:
            self._open()
        assert self._db is not None
        try:
            return work(self._db)
        except BaseException as exc:
            traceback.clear_frames(exc.__traceback__)  # `work`'s frames must not keep it open
            self._close()
            raise

    def _write_deferred(self, db: Store) -> None:
        """The deferred deletions, then the deferred graphs in one bulk load (taken first: a
        load that failed is not tried again, and the build that deferred them fails with it).
        A build killed in between left the documents of the batch absent: the next one writes
        them again, with the entity graph's triples they add."""
        deletions, self._deletions = self._deletions, set()
        for q in deletions:
            db.remove(q)
        if self._deferred:
            batch, self._deferred = self._deferred, []
            db.bulk_extend(_drained(batch))
            trim()  # the batch's quads and the load's table files: see `kg.memory.trim`

    def _open(self) -> None:
        self._access.enter_context(_access(self.path, fcntl.LOCK_EX))
        try:
            self._db = Store(str(self.path))
        except BaseException as exc:  # a Ctrl-C too: a lock kept here, the next open waits on it
            self._access.close()
            if not isinstance(exc, OSError):
                raise
            failure = disk_error(exc, f"the store at {self.path}")
            raise failure or StoreError(f"cannot open the store at {self.path}: {exc}") from None

    def _close(self) -> None:
        """Flushed (a short WAL keeps readers' opening fast) and closed, then the lock let go.
        RocksDB closes when the last holder of the `Store` drops it; a holder left (a caller's
        frame that named it, as `release` did before the fifty-eighth pass) kept it open, its
        compactions deleting table files, while readers let in read it: "No such file" 500s
        of `kg serve` under a build."""
        db, self._db = self._db, None
        if db is None:
            return
        try:
            self._write_deferred(db)  # a reader waits: it sees them too
            db.flush()
            self._since_flush = 0
        finally:
            del db
            self._access.close()
            # RocksDB starts a new info LOG at every open and keeps up to 1000 old ones
            # (~140 kB each): they would pile up in the store
            for old in self.path.glob("LOG.old.*"):
                old.unlink(missing_ok=True)

    def _reader_waits(self) -> bool:
        if self._turnstile is None:
            return False
        if not _flock(self._turnstile, fcntl.LOCK_EX, wait=0):
            return True
        fcntl.flock(self._turnstile, fcntl.LOCK_UN)
        return False

    def _watch(self) -> None:
        while not self._stop.wait(_POLL):
            if self._db is not None and self._reader_waits():
                with self._lock:
                    try:
                        self._close()
                    except BaseException as exc:  # noqa: BLE001 - raised by the next transaction
                        self._failure = exc


class KgStore:
    """One store directory, opened either to write (`open_write`) or to read (`open_read`)."""

    def __init__(self, path: Path, db: Store | None = None) -> None:
        self.path = path
        self._db = db
        self._writer: _WriterDatabase | None = None
        # Whether writes record what they change for the derived graph (`kg.pending`): set
        # by a build while the store holds a derived graph to update.
        self.track_changes = False
        # The writer's tallies of the entity records (`kg.entity_writes`); None after a write
        # that failed or that may have changed records otherwise: read again from the store.
        self._entities: EntityTallies | None = None
        # The keys of the entities whose entity-graph triples this writer changed, and
        # whether the kept entities (`kg.entity_snapshot`) went at its first such write.
        self.changed_entities: set[str] = set()
        # How many of those keys a caller needs (None: all): a build's kept entities need
        # them only until more than half the seeded entities changed (`Seed.saving`), a
        # build that seeded none one at most; the set of a whole corpus's keys held ~0.3 MB
        # at 400 NEREL documents, where a clean build peaks.
        self.changed_wanted: int | None = None
        self._snapshot_dropped = False
        # The quads the store holds, when known without a scan: read from `QUAD_COUNT`, or
        # counted once, then kept up to date by the writes that know exactly what they
        # changed; None after any other write.
        self._quads: int | None = None
        self._count_kept = False  # whether `QUAD_COUNT` holds `_quads`

    # -- opening -------------------------------------------------------------

    @classmethod
    @contextmanager
    def open_write(cls, path: Path, *, wait: float = 0) -> Iterator[KgStore]:
        """Holds the write lock for the whole block; creates the store if missing."""
        path = Path(path)
        _not_a_file(path)
        if path.is_dir() and not is_store(path) and not _store_in_creation(path):
            raise StoreError(f"{path} is not a kg store and not empty; choose another --store")
        try:
            path.mkdir(parents=True, exist_ok=True)
            fd = os.open(path / WRITE_LOCK, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            raise StoreError(f"cannot write the store at {path}: {exc.strerror}") from None
        _LOCK_FDS.add(fd)
        try:
            if not _flock(fd, fcntl.LOCK_EX, wait):
                raise StoreBusyError(_busy(path, os.pread(fd, 32, 0)))
            os.ftruncate(fd, 0)
            os.pwrite(fd, str(os.getpid()).encode(), 0)
            if not is_store(path):  # a build killed while RocksDB created the store: again
                for name in set(os.listdir(path)) - _LOCKS:
                    (path / name).unlink()
            store = cls(path)
            store._writer = _WriterDatabase(path)
            try:
                # creates RocksDB now, under the lock
                store._entities = EntityTallies(complete=store._read(_empty))
                store._read_kept_count()
                yield store
            finally:
                store._writer.close()
                store._writer = None
            store._keep_count()  # only after a block that raised nothing: all committed
        finally:
            _close_lock_file(fd)

    @classmethod
    @contextmanager
    def open_read(cls, path: Path) -> Iterator[KgStore]:
        """A consistent read-only view; do not keep `.db` beyond the block."""
        path = Path(path)
        check_store(path)
        with _access(path, fcntl.LOCK_SH), _store_failures(path):
            try:
                db = Store.read_only(str(path))
            except OSError as exc:
                raise StoreError(f"cannot read the store at {path}: {exc}") from None
            store = cls(path, db)
            try:
                yield store
            finally:
                store._db = None
                del db  # closes RocksDB before the shared lock is released

    @property
    def db(self) -> Store:
        """The read-only pyoxigraph store (readers only)."""
        if self._db is None:
            raise RuntimeError("KgStore.db is only available inside open_read")
        return self._db

    def _transaction(self, work: Callable[[Store], T]) -> T:
        """Runs `work` on the read-write database (writers only), as one transaction when it
        makes one update."""
        if self._writer is None:
            raise RuntimeError("KgStore writes are only available inside open_write")
        return self._writer.run(work)

    def _entity_tallies(self) -> EntityTallies:
        """The writer's tallies, or new ones read from the store as writes need them."""
        if self._entities is None:
            self._entities = EntityTallies(complete=False)
        return self._entities

    def _read(self, work: Callable[[Store], T]) -> T:
        if self._db is not None:
            return work(self._db)
        if self._writer is None:
            raise RuntimeError("KgStore reads need open_read or open_write")
        return self._writer.run(work, write=False)

    # -- reading -------------------------------------------------------------

    def document_hashes(self) -> dict[str, str]:
        """Document id → content hash ("" when the document recorded none)."""

        def work(db: Store) -> dict[str, str]:
            out = {doc_id: "" for doc_id in _document_ids(db)}
            for q in db.quads_for_pattern(None, CONTENT_HASH, None, None):
                doc_id = _doc_id(q.graph_name)
                if doc_id is not None and isinstance(q.object, Literal):
                    out[doc_id] = q.object.value
            return out

        return self._read(work)

    def described_elsewhere(self, doc_id: str) -> dict[str, Entity | None]:
        """The entities a document's stored graph has records of (`kg.entity_records`), each
        as the other documents' records describe it (None: as none does)."""
        graph = doc_graph(doc_id)
        entities = self._entity_tallies()
        if entities.documents is not None and graph.value not in entities.documents:
            return {}  # a clean build's new document: RocksDB not read (`EntityTallies`)
        return self._read(
            lambda db: entities.described_elsewhere(db, graph) if entities.holds(db, graph) else {}
        )

    def lacks_entity_records(self) -> bool:
        """An entity graph without a single entity record: a store written by a kg older than
        the records (`kg.entity_records`), whose entity graph no record can recompute."""

        return self._read(lambda db: _has_entity_graph(db) and not _has_records(db))

    def entity_graph(self) -> list[Quad]:
        return self.quads(graph=ENTITY_GRAPH)

    def counts(self) -> tuple[int, int, int]:
        """(entities, facts, quads) in the store."""

        def work(db: Store) -> tuple[int, int]:
            entities = _count(db, _ENTITY_CLASSES, f"GRAPH {ENTITY_GRAPH}")
            return entities, _count(db, _fact_classes(), "GRAPH ?g")

        return *self._read(work), self.quad_count()

    def release(self) -> None:
        """The writer lets its database go (caches, memtables) until its next transaction:
        before a step that reads the whole store, so its caches do not add to the
        documents' (a build's peak memory would grow with the corpus)."""
        if self._writer is not None:
            self._writer.release()

    def compact(self) -> None:
        """RocksDB's files merged now (`Store.optimize`), by the build that wrote most of them.
        Its writes leave level-0 files that RocksDB merges in the background whenever the
        store is next open long enough: the next build that reads a document paid for them
        (~0.05 s CPU at 200 NEREL documents, 7 % of a one-change build), or a query server.
        On a store already merged it costs nothing."""
        self._transaction(lambda db: db.optimize())

    def quad_count(self) -> int:
        """Quads in the store, without the entity and fact counts `counts` queries for; a
        writer counts them once (`QUAD_COUNT`)."""
        if self._writer is None:
            return self._read(len)
        if self._quads is None:
            self._quads = self._read(len)
        return self._quads

    def _read_kept_count(self) -> None:
        """The count the last writer left, if any (a missing or unreadable file: none)."""
        with suppress(OSError, ValueError):
            self._quads = int((self.path / QUAD_COUNT).read_text(encoding="ascii"))
            self._count_kept = True

    def _keep_count(self) -> None:
        """After the writer's last write: the count for the next writer, when known."""
        if self._quads is None or self._count_kept:
            return
        temp = self.path / f".{QUAD_COUNT}.tmp"
        with suppress(OSError):  # no file: the next writer counts
            temp.write_text(str(self._quads), encoding="ascii")
            os.replace(temp, self.path / QUAD_COUNT)
            self._count_kept = True

    def _counted(self, work: Callable[[Store], tuple[T, int | None]]) -> T:
        """A transaction that changes quads: `work` returns its result and the quads the store
        gained, when it knows them exactly (else None). The kept count goes first (a write
        killed leaves none), the count known stays known only by an exact gain."""
        self._forget_count()
        known, self._quads = self._quads, None
        result, gained = self._transaction(work)
        if known is not None and gained is not None:
            self._quads = known + gained
        return result

    def _forget_count(self) -> None:
        if self._count_kept:
            with self._version_file_errors():
                (self.path / QUAD_COUNT).unlink(missing_ok=True)
            self._count_kept = False

    def class_counts(self) -> list[tuple[str, int]]:
        """(class IRI, distinct typed nodes) over all graphs, most frequent first."""
        query = (
            "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } } "
            "GROUP BY ?c ORDER BY DESC(?n) ?c"
        )
        return self._read(
            lambda db: [(r["c"].value, int(r["n"].value)) for r in solutions(db, query)]
        )

    def document_counts(self) -> list[tuple[str, int, int, int]]:
        """(document id, quads, mentions, facts) per document graph, by id."""
        facts = " ".join(str(getattr(BRO, c)) for c in _fact_classes())
        patterns = (
            "?s ?p ?o",
            f"?s a {BRO.Mention}",
            f"VALUES ?c {{ {facts} }} ?s a ?c",
        )

        def work(db: Store) -> list[tuple[str, int, int, int]]:
            columns = []
            for pattern in patterns:
                query = (
                    f"SELECT ?g (COUNT(DISTINCT ?s) AS ?n) (COUNT(*) AS ?all) "
                    f"WHERE {{ GRAPH ?g {{ {pattern} }} }} GROUP BY ?g"
                )
                key = "all" if pattern == patterns[0] else "n"
                columns.append({r["g"]: int(r[key].value) for r in solutions(db, query)})
            quads, mentions, found = columns
            rows = [
                (doc_id, n, mentions.get(g, 0), found.get(g, 0))
                for g, n in quads.items()
                if (doc_id := _doc_id(g)) is not None
            ]
            return sorted(rows)

        return self._read(work)

    def export(self, output: IO[bytes] | str | Path, fmt: str, doc_id: str | None = None) -> None:
        """Serialises the store, or one document's graph, as `fmt` (a key of EXPORT_FORMATS)
        into a binary stream or a file path. Formats without named graphs get the union of
        the graphs' triples."""
        if fmt not in EXPORT_FORMATS:
            raise UsageError(f"unknown export format {fmt!r}")

        def work(db: Store) -> list[Quad]:
            graph = None
            if doc_id is not None:
                graph = doc_graph(doc_id)
                if not db.contains_named_graph(graph):
                    raise UsageError(f"no document {doc_id!r} in the store {self.path}")
            return list(db.quads_for_pattern(None, None, None, graph))

        quads = self._read(work)
        if isinstance(output, str | Path):
            with open(output, "wb") as handle:
                serialize_quads(quads, handle, fmt, readable_prefixes(quads))
        else:
            serialize_quads(quads, output, fmt, readable_prefixes(quads))

    # -- writing -------------------------------------------------------------

    def replace_document(
        self, doc_id: str, quads: Iterable[Quad], described: Sequence[Entity] | None = None
    ) -> None:
        """Replaces a document's graph (its hash triple and its entity records among `quads`)
        and the entity-graph triples of the entities its old or new records name, all in one
        transaction. A graph the store does not hold yet (every document of a clean build)
        is added with `Store.extend`, itself one transaction, when the entity graph only
        gains: writing the quads out as a SPARQL update for the store to parse back cost a
        third of the write. `described`: the entities the records among `quads` were made of
        (`record_quads`), which then need no parsing back from JSON (~2.5 % of a --jobs 2
        build's main process)."""
        graph = doc_graph(doc_id)
        quads = list(quads)
        update = _replacing(graph, quads)  # checks the quads' graph

        if described is None:
            records = dict.fromkeys(q for q in quads if q.predicate == RECORD)
            described = list(recorded_entities(records))
        entities = self._entity_tallies()
        self._entities = None  # back only once the write is committed

        def work(db: Store) -> tuple[EntityChange, int | None]:
            exists = entities.holds(db, graph)
            old = list(db.quads_for_pattern(None, None, None, graph)) if exists else []
            change = entities.change(db, [graph] if exists else [], described)
            gone, added = change.gone, change.added
            record = []
            if self.track_changes:
                record = pending_quads(graph, [*old, *quads], _subjects(gone, added))
            # read from the store, the entity graph's change is exact (`_from_store`)
            gained = None
            if not entities.complete:
                new_records = sum(q not in db for q in set(record))
                gained = len(set(quads)) - len(old) - len(gone) + len(added) + new_records
            if exists or gone:
                ops = [update()] if exists else [_data("INSERT", quads)]
                ops += [_data("DELETE", gone)] if gone else []
                ops += [_data("INSERT", [*added, *record])] if added or record else []
                db.update(" ;\n".join(ops))
            else:
                db.extend([*quads, *added, *record])
            return change, gained

        self._drop_snapshot()
        if self._writer is not None and entities.complete and not entities.holds(None, graph):
            # a clean build's new graph: its change reads nothing from RocksDB (`EntityTallies`)
            # and it waits for a bulk load (`BULK_EVERY`), with what it deletes
            change = entities.change(None, [], described)
            record = []
            if self.track_changes:
                record = pending_quads(graph, quads, _subjects(change.gone, change.added))
            self._forget_count()
            self._quads = None
            self._writer.defer([*quads, *change.added, *record], set(change.gone))
        else:
            change = self._counted(work)
        entities.commit(change, written=[graph])
        self._entities = entities
        self._changed(change)

    def replace_graph(
        self, graph: NamedNode, quads: Iterable[Quad] | NQuads, *, drop: NamedNode | None = None
    ) -> int:
        """Replaces a corpus-level graph (the derived graph) in one transaction, writing only
        the quads that differ: one changed document changes a few of its counts and links,
        and rewriting all of them cost in proportion to the corpus. The graph `drop` (the
        record of changes it was derived for) goes in the same transaction. Returns how many
        quads the store gained (negative: lost). `quads` as text (`NQuads`) into a store
        without either graph (a first build's): loaded as text, never made objects."""
        if isinstance(quads, NQuads):
            lines = quads.lines(graph)
            del quads
            if not self._holds(graph) and (drop is None or not self._holds(drop)):
                return self._loaded(lines)
            quads = parse(b"".join(lines), format=RdfFormat.N_QUADS)
            del lines
        new = set(quads)
        del quads  # the caller's list, when it was its only holder (`kg.derived`)
        if any(q.graph_name != graph for q in new):
            raise ValueError(f"quads outside the graph {graph}")

        self._entities = None

        def work(db: Store) -> tuple[int, int]:
            old = set(db.quads_for_pattern(None, None, None, graph))
            if old:
                gained = _change(db, old - new, new - old, drop)
            else:  # handed over whole: the loads let their quads go as they go
                gained = _change(db, (), _emptied(new), drop)
            return gained, gained

        return self._counted(work)

    def _holds(self, graph: NamedNode) -> bool:
        return self._read(
            lambda db: any(True for _ in db.quads_for_pattern(None, None, None, graph))
        )

    def _loaded(self, lines: list[bytes]) -> int:
        """A new graph's N-Quads `lines` (distinct) loaded; the quads the store gained."""
        gained = len(lines)

        def work(db: Store) -> tuple[int, int]:
            _loaded_text(db, lines)
            return gained, gained

        return self._counted(work)

    def change_graph(
        self, gone: Collection[Quad], added: Collection[Quad], *, drop: NamedNode | None = None
    ) -> int:
        """Removes the stored quads `gone` and adds `added` (both as read and computed by the
        caller, under the write lock) and drops the graph `drop`, in one transaction;
        returns how many quads the store gained."""
        self._entities = None

        def work(db: Store) -> tuple[int, int]:
            gained = _change(db, gone, added, drop)
            return gained, gained

        return self._counted(work)

    def quads(
        self,
        subject: NamedNode | None = None,
        predicate: NamedNode | None = None,
        obj: NamedNode | BlankNode | Literal | None = None,
        graph: NamedNode | None = None,
    ) -> list[Quad]:
        """The quads matching a pattern (None: any), read in one go."""
        return self._read(lambda db: list(db.quads_for_pattern(subject, predicate, obj, graph)))

    def pending(self) -> Pending:
        """What changed since the derived graph was written (`kg.pending`)."""
        return read_pending(self.quads(None, BRO.pendingChange, None, PENDING_GRAPH))

    def select(self, sparql: str) -> list[QuerySolution]:
        """Solutions of a SELECT over the union of all graphs, read in one go."""
        return self._read(lambda db: list(solutions(db, sparql, union=True)))

    def prune(self, keep_ids: Collection[str]) -> int:
        """Removes every document not in `keep_ids` (and orphaned entities); returns how many."""
        entities = self._entity_tallies()
        self._entities = None  # back only once the write is committed

        def work(db: Store) -> tuple[tuple[list[NamedNode], EntityChange], None]:
            graphs = [doc_graph(d) for d in sorted(set(_document_ids(db)) - set(keep_ids))]
            return (graphs, _drop(db, graphs, entities, record=self.track_changes)), None

        self._drop_snapshot()
        pruned, change = self._counted(work)
        entities.commit(change, dropped=pruned)
        self._entities = entities
        self._changed(change)
        return len(pruned)

    def update(self, sparql: str) -> None:
        """Runs a user's SPARQL Update (`kg query --allow-update`). It may change anything,
        so the derived graph's version goes first: the next build derives it all again."""
        self.forget_derivation()
        self._drop_snapshot()
        self._entities = None

        def work(db: Store) -> tuple[None, None]:
            # each document's `mentions` rows (`kg.mention_rows`) first: the update may change
            # what they were read from, and a crash between the two leaves none, not stale ones
            db.update(_DROP_MENTION_ROWS)
            db.update(sparql)
            return None, None  # its gain is not known: counted again when asked

        self._counted(work)

    def _drop_snapshot(self) -> None:
        """Before this writer's first write that may change the entity graph: the entities
        kept beside the store (`kg.entity_snapshot`) go, so a build killed leaves none."""
        if not self._snapshot_dropped:
            with self._version_file_errors():
                (self.path / SNAPSHOT).unlink(missing_ok=True)
            self._snapshot_dropped = True

    def _changed(self, change: EntityChange) -> None:
        """Notes the entities whose triples a committed write changed (not their posts)."""
        for subject in _subjects(change.gone, change.added):
            key = unquote(subject.value.removeprefix(NS))
            if not key.startswith("post/"):
                if (
                    self.changed_wanted is not None
                    and len(self.changed_entities) >= self.changed_wanted
                ):
                    return
                self.changed_entities.add(key)

    def tallied_entities(self) -> list[Entity] | None:
        """The entity graph's entities from the writer's tallies, without reading the store:
        only a writer that opened a store without documents has them all (else None)."""
        return self._entities.entities() if self._entities is not None else None

    def entity_quads(self, keys: Iterable[str]) -> list[Quad]:
        """The entity-graph triples of the entities `keys` and of the posts they hold."""

        def work(db: Store) -> list[Quad]:
            out: list[Quad] = []
            for key in keys:
                own = list(db.quads_for_pattern(node(key), None, None, ENTITY_GRAPH))
                out += own
                for q in own:
                    if q.predicate == BRO.holdsPost and isinstance(q.object, NamedNode):
                        out += db.quads_for_pattern(q.object, None, None, ENTITY_GRAPH)
            return out

        return self._read(work)

    def derivation(self) -> str:
        """The version of the code that last wrote the derived graph ("" if unknown)."""
        return self._version(DERIVED_VERSION)

    def derived_by(self, version: str) -> None:
        """Records, once the derived graph is written, the version that wrote it."""
        self._record_version(DERIVED_VERSION, version)

    def extraction(self) -> str:
        """The version of kg's extraction that last read every document ("" if unknown)."""
        return self._version(EXTRACTION_VERSION)

    def extracted_by(self, version: str) -> None:
        """Records, once every document given to a build was read, the version that read them."""
        self._record_version(EXTRACTION_VERSION, version)

    def _version(self, name: str) -> str:
        try:
            return (self.path / name).read_text(encoding="utf-8")
        except OSError:
            return ""

    def _record_version(self, name: str, version: str) -> None:
        temp = self.path / f".{name}.tmp"
        with self._version_file_errors():
            temp.write_text(version, encoding="utf-8")
            os.replace(temp, self.path / name)

    def forget_derivation(self) -> None:
        """Before a write that records no change (a --rebuild, a user's update): the next
        build derives the whole graph again."""
        with self._version_file_errors():
            (self.path / DERIVED_VERSION).unlink(missing_ok=True)

    @contextmanager
    def _version_file_errors(self) -> Iterator[None]:
        try:
            yield
        except OSError as exc:
            target = f"the store at {self.path}"
            failure = disk_error(exc, target) or StoreError(f"cannot write {target}: {exc}")
            raise failure from None


_DROP_MENTION_ROWS = f"DELETE WHERE {{ GRAPH ?g {{ ?d {BRO.mentionRows} ?rows }} }}"


def check_store(path: Path) -> None:
    """StoreError unless `path` holds a store (which may still be damaged inside)."""
    _not_a_file(path)
    if not is_store(path):
        raise StoreError(f"no store at {path}; run `kg build` first")


def _store_in_creation(path: Path) -> bool:
    """A folder holding nothing but what kg and RocksDB write before a store exists."""
    return all(name in _LOCKS or _CREATING.fullmatch(name) for name in os.listdir(path))


@contextmanager
def _store_failures(path: Path) -> Iterator[None]:
    """A full or failing disk is StoreError (exit 74). RocksDB reports damaged files (a
    truncated or missing table, a broken CURRENT or MANIFEST) as RuntimeError "Corruption:
    …", at opening or at the first read of the bad block, and a database whose creation
    stopped before pyoxigraph's column families existed as a missing column family; either
    way it is the store's state, not a bug."""
    try:
        yield
    except OSError as exc:
        if (failure := disk_error(exc, f"the store at {path}")) is None:
            raise
        raise failure from None
    except RuntimeError as exc:
        reason = str(exc).splitlines()[0] if str(exc) else ""
        if not reason.startswith(("Corruption", "Invalid argument: Column family not found")):
            raise
        reason = reason.split("  The file ")[0]  # RocksDB's hint names the MANIFEST
        raise StoreError(
            f"the store at {path} is damaged ({reason[:200]}); restore it from a copy, "
            "or build into a new --store"
        ) from None


def _not_a_file(path: Path) -> None:
    if path.exists() and not path.is_dir():
        raise StoreError(f"--store {path} is a file, not a store folder; choose another --store")


def _busy(path: Path, holder: bytes) -> str:
    """Who holds the write lock. A flock dies with its holder, so the lock of a dead pid
    is held by a process that inherited it (a worker of a kg older than PR_SET_PDEATHSIG)."""
    pid = holder.decode(errors="replace").strip()
    message = f"store {path} is busy: another kg build is running (pid {pid or '?'})"
    if pid.isdigit() and not Path(f"/proc/{pid}").exists():
        message = (
            f"store {path} is locked by a process left over from kg build pid {pid}, which "
            f"is gone: stop that process (see `fuser {path / WRITE_LOCK}`)"
        )
    return message


def readable_prefixes(quads: Iterable[Quad], most: int = 64) -> dict[str, str]:
    """PREFIXES plus one per kind of minted IRI ("person:" for …/id/person/), so Turtle
    reads `person:Q7747` rather than `kgr:person\\/Q7747`; and for IRIs minted per document
    (…/id/mention/DOC/12-20), one per kind and document while there are at most `most`:
    `mention:12-20` for one document, `mention-DOC:12-20` for several."""
    kinds: set[str] = set()
    nested: dict[str, set[str]] = {}
    for q in quads:
        for term in (q.subject, q.object):
            if isinstance(term, NamedNode) and term.value.startswith(NS):
                kind, slash, rest = term.value[len(NS) :].partition("/")
                if slash and kind.isalpha() and kind.isascii():
                    kinds.add(kind)
                    segment, deeper, _ = rest.partition("/")
                    if deeper and _PREFIX_NAME.fullmatch(f"{kind}-{segment}"):
                        nested.setdefault(kind, set()).add(segment)
    extra = {(k if k not in PREFIXES else f"{k}-id"): f"{NS}{k}/" for k in sorted(kinds)}
    if sum(map(len, nested.values())) <= most:
        for kind, segments in sorted(nested.items()):
            if len(segments) == 1 and kind in extra:
                extra[kind] = f"{NS}{kind}/{next(iter(segments))}/"
            else:
                extra.update({f"{kind}-{s}": f"{NS}{kind}/{s}/" for s in sorted(segments)})
    return {**PREFIXES, **extra}


def _doc_id(graph: object) -> str | None:
    """The document id of a document graph; None for the entity graph and any other."""
    if graph == ENTITY_GRAPH:
        return None
    if isinstance(graph, NamedNode) and graph.value.startswith(_DOC_GRAPH_PREFIX):
        return unquote(graph.value[len(_DOC_GRAPH_PREFIX) :])
    return None


def _document_ids(db: Store) -> list[str]:
    ids = (_doc_id(g) for g in db.named_graphs())
    return [doc_id for doc_id in ids if doc_id is not None]


def _fact_classes() -> tuple[str, ...]:
    """What the store counts as facts: the ontology's direct subclasses of `bro:Fact`, one
    per shipped fact kind (a test checks they are the kinds' classes), and the class of any
    kind registered in this process beside them (a plug-in's, a test's). The registry is read
    only where this process has loaded it: `fact_kinds()` imports every extractor and spaCy
    (~1 s CPU) for six names, and `kg stats` and a build that only prunes read no document."""
    registry = sys.modules.get("kg.extract.registry")
    added = {k.ontology_class for k in registry.REGISTRY.values()} if registry else set()
    return tuple(sorted(set(_ontology_fact_classes()) | added))


@cache
def _ontology_fact_classes() -> tuple[str, ...]:
    """The ontology's direct subclasses of `bro:Fact` (~2 ms to read)."""
    ontology = parse(path=str(ONTOLOGY_DIR / "bilateral.ttl"), format=RdfFormat.TURTLE)
    fact = BRO.Fact
    found = (q.subject for q in ontology if q.predicate == RDFS.subClassOf and q.object == fact)
    return tuple(sorted(s.value.removeprefix(ONT) for s in found if isinstance(s, NamedNode)))


def _count(db: Store, classes: tuple[str, ...], graph: str) -> int:
    values = " ".join(str(getattr(BRO, c)) for c in classes)
    query = (
        f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ VALUES ?c {{ {values} }} "
        f"{graph} {{ ?s a ?c }} }}"
    )
    return int(next(iter(solutions(db, query)))["n"].value)


def _empty(db: Store) -> bool:
    """Whether the store holds no entity graph and no document (so no entity record)."""
    docs = (g for g in db.named_graphs() if _doc_id(g) is not None)
    return not _has_entity_graph(db) and next(docs, None) is None


def _has_entity_graph(db: Store) -> bool:
    return next(db.quads_for_pattern(None, None, None, ENTITY_GRAPH), None) is not None


def _has_records(db: Store) -> bool:
    return next(db.quads_for_pattern(None, RECORD, None), None) is not None


def _drop(
    db: Store, graphs: list[NamedNode], entities: EntityTallies, *, record: bool = False
) -> EntityChange:
    """Drops graphs, and what their entity records alone gave the entity graph, in one
    update; with `record`, what they named is recorded for the derived graph (`kg.pending`)."""
    change = entities.change(db, graphs, [])
    gone, added = change.gone, change.added
    ops = [f"DROP SILENT GRAPH {g}" for g in graphs]
    if gone:
        ops.append(_data("DELETE", gone))
    pending = []
    if record and graphs:
        pending = [
            q for g in graphs for q in pending_quads(g, db.quads_for_pattern(None, None, None, g))
        ]
        pending += pending_quads(graphs[0], [], _subjects(gone, added))
    if added or pending:
        ops.append(_data("INSERT", [*added, *pending]))
    if ops:
        db.update(" ;\n".join(ops))
    return change


def _subjects(*parts: Iterable[Quad]) -> set[NamedNode]:
    """The entities whose entity-graph triples a change removes or adds (for `kg.pending`)."""
    return {s for quads in parts for q in quads if isinstance(s := q.subject, NamedNode)}
