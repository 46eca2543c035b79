"""The store: atomic document replacement, pruning, one writer, readers during writes."""

from __future__ import annotations

import ast
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Sized
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad, Store

import kg.store
from kg.entity_records import RECORD, entity_graph_quads, record_quads
from kg.errors import StoreBusyError, StoreError
from kg.model import Entity
from kg.rdf import (
    BRO,
    CONTENT_HASH,
    ENTITY_GRAPH,
    NS,
    RDF,
    doc_graph,
    doc_iri,
    entity_quads,
    node,
)
from kg.store import FLUSH_EVERY, KgStore

ROOT = Path(__file__).resolve().parents[1]


def doc_quads(doc_id: str, n: int = 10, tag: str = "a", person: str = "person/P0") -> list[Quad]:
    """A document graph of about 2n quads whose every text literal carries `tag`,
    like its content hash, so a reader can tell a mixed graph from an old or new one."""
    g, d = doc_graph(doc_id), doc_iri(doc_id)
    out = [Quad(d, RDF.type, BRO.Document, g), Quad(d, CONTENT_HASH, Literal(f"sha-{tag}"), g)]
    for k in range(n):
        m = NamedNode(f"{NS}mention/{doc_id}/{k}")
        out.append(Quad(m, BRO.refersTo, node(person), g))
        out.append(Quad(m, BRO.text, Literal(f'{tag} «{k}»\n"x"'), g))
    return out


def records(doc_id: str, *keys: str, state: str = "") -> list[Quad]:
    """A document's entity records (`kg.entity_records`) of persons serving `state`."""
    return record_quads(doc_graph(doc_id), [Entity(k, "Person", k, state=state) for k in keys])


def make_store(path: Path, docs: dict[str, int], tag: str = "a") -> Path:
    with KgStore.open_write(path) as store:
        for doc_id, n in docs.items():
            store.replace_document(
                doc_id, [*doc_quads(doc_id, n, tag), *records(doc_id, "person/P0")]
            )
    return path


def spawn(code: str, *args: object) -> subprocess.Popen:
    """A Python child running `code` with the repo importable; it prints "ready" when set."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-c", textwrap.dedent(code), *map(str, args)]
    pipes = {"stdin": subprocess.PIPE, "stdout": subprocess.PIPE}
    return subprocess.Popen(cmd, env=env, text=True, **pipes)


# holds the write lock until its stdin is closed, however slow the machine is
HOLD_WRITE_LOCK_UNTIL_TOLD = """
    import sys
    from kg.store import KgStore
    with KgStore.open_write(sys.argv[1]):
        print("ready", flush=True)
        sys.stdin.read()
"""

HOLD_WRITE_LOCK = """
    import sys, time
    from kg.store import KgStore
    with KgStore.open_write(sys.argv[1]):
        print("ready", flush=True)
        time.sleep(float(sys.argv[2]))
"""

KEEP_WRITING = """
    import sys, time
    sys.path.insert(0, "tests")
    from test_store import doc_quads, records
    from kg.store import KgStore
    path, n, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    with KgStore.open_write(path) as store:
        print("ready", flush=True)
        # `seconds` of writes, and on a busy machine on until each document was replaced
        # once (or a minute passed: a writer the readers starve still fails the test)
        start, i = time.monotonic(), 0
        while time.monotonic() < start + seconds or (i < 3 and time.monotonic() < start + 60):
            i += 1
            doc = f"d{i % 3}"
            quads = [*doc_quads(doc, n, f"t{i}"), *records(doc, f"person/P{i}")]
            store.replace_document(doc, quads)
"""

KEEP_ADDING = """
    import sys
    sys.path.insert(0, "tests")
    from test_store import doc_quads, records
    from kg.store import KgStore
    path, n = sys.argv[1], int(sys.argv[2])
    with KgStore.open_write(path) as store:  # a new store: its new graphs go in bulk loads
        print("ready", flush=True)
        for i in range(100_000):
            doc = f"d{i}"
            quads = [*doc_quads(doc, n, f"t{i}"), *records(doc, f"person/P{i}")]
            store.replace_document(doc, quads)
"""


READ_HASHES = """
    import sys
    from kg.store import KgStore
    with KgStore.open_read(sys.argv[1]) as reader:
        print(sorted(reader.document_hashes().items()), flush=True)
"""


def graph_tags(db: Store, doc_id: str) -> set[str]:
    """The tags of a graph's hash and texts: one tag means old or new, never mixed."""
    tags = set()
    for q in db.quads_for_pattern(None, None, None, doc_graph(doc_id)):
        if q.predicate == CONTENT_HASH:
            tags.add(q.object.value.removeprefix("sha-"))
        elif q.predicate == BRO.text:
            tags.add(q.object.value.split(" ")[0])
    return tags


def test_replace_document_swaps_graph_and_hash(tmp_path: Path) -> None:
    path = make_store(tmp_path / "s", {"d1": 5, "d2": 5})
    with KgStore.open_write(path) as store:
        store.replace_document("d1", doc_quads("d1", 3, "b"))
        assert store.document_hashes() == {"d1": "sha-b", "d2": "sha-a"}
        entities, facts, quads = store.counts()
    # d1's graph, d2's with its record of P0, and P0's type and label in the entity graph
    assert (entities, facts, quads) == (1, 0, 2 * 3 + 2 + 2 * 5 + 2 + 1 + 2)
    with KgStore.open_read(path) as reader:
        assert graph_tags(reader.db, "d1") == {"b"}
        assert reader.document_counts() == [("d1", 8, 0, 0), ("d2", 13, 0, 0)]


def test_failed_update_leaves_the_old_graph_and_the_store_usable(tmp_path: Path) -> None:
    path = make_store(tmp_path / "s", {"d1": 5})
    g = doc_graph("d1")
    new = " ".join(f"{q.subject} {q.predicate} {q.object} ." for q in doc_quads("d1", 5, "b"))
    with KgStore.open_write(path) as store:
        failing = (
            f"DROP SILENT GRAPH {g} ; INSERT DATA {{ GRAPH {g} {{ {new} }} }} ; DROP GRAPH <urn:x>"
        )
        with pytest.raises(RuntimeError, match="does not exist"):
            store.update(failing)  # fails in its last operation, after the drop and insert
        with pytest.raises(ValueError):
            store.replace_document("d1", doc_quads("d2", 5, "b"))
        assert store.document_hashes() == {"d1": "sha-a"}  # reopened in this process: closed
    with KgStore.open_read(path) as reader:
        assert graph_tags(reader.db, "d1") == {"a"}


def test_killed_writer_leaves_every_graph_old_or_new(tmp_path: Path) -> None:
    path = make_store(tmp_path / "s", {"d0": 3000, "d1": 3000, "d2": 3000})
    writer = spawn(KEEP_WRITING, path, 3000, 30)
    assert writer.stdout.readline().strip() == "ready"
    time.sleep(1.3)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    with KgStore.open_read(path) as reader:
        for doc_id in ("d0", "d1", "d2"):
            assert len(graph_tags(reader.db, doc_id)) == 1
        assert [row[1] for row in reader.document_counts()] == [6003, 6003, 6003]  # a record
        # the entity graph is what the records left say: written with them, all or nothing
        kept = [q.object for q in reader.db.quads_for_pattern(None, RECORD, None, None)]
        assert set(reader.entity_graph()) == set(entity_graph_quads(kept))
    with KgStore.open_write(path, wait=0):  # the kernel released the dead writer's lock
        pass


def test_writer_opens_rocksdb_once_and_gives_way_to_a_waiting_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    real = kg.store.Store
    monkeypatch.setattr(kg.store, "Store", lambda p: opened.append(p) or real(p))
    path = tmp_path / "s"
    with KgStore.open_write(path) as store:
        for i in range(20):
            store.replace_document(f"d{i % 2}", doc_quads(f"d{i % 2}", 5, f"t{i}"))
        assert len(opened) == 1  # one RocksDB open for twenty transactions
        # The writer holds RocksDB open, idle: a reader waits for it to close, not forever.
        out, _ = spawn(READ_HASHES, path).communicate(timeout=60)
        assert out.strip() == str([("d0", "sha-t18"), ("d1", "sha-t19")])
        store.replace_document("d0", doc_quads("d0", 5, "new"))  # opened again, after it
        assert len(opened) == 2
        assert store.document_hashes() == {"d0": "sha-new", "d1": "sha-t19"}


def counted_flushes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The stores opened from now on count their flushes in the list returned."""
    flushes: list[int] = []
    real = kg.store.Store

    class Counted:  # pyoxigraph's Store, its flushes counted (it cannot be subclassed)
        def __init__(self, path: str) -> None:
            self.db = real(path)

        def flush(self) -> None:
            flushes.append(1)
            self.db.flush()

        def __getattr__(self, name: str) -> object:
            return getattr(self.db, name)

    monkeypatch.setattr(kg.store, "Store", Counted)
    return flushes


def test_the_writer_flushes_after_writes_not_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a store holding a document: new graphs are transactions (in a new store's clean
    # build they wait for a bulk load, `BULK_EVERY`)
    path = make_store(tmp_path / "s", {"seed": 2})
    flushes = counted_flushes(monkeypatch)
    with KgStore.open_write(path) as store:
        for i in range(FLUSH_EVERY - 1):
            store.replace_document(f"d{i}", doc_quads(f"d{i}", 5, f"t{i}"))
        for _ in range(3 * FLUSH_EVERY):  # the derived graph's update reads ~200 times
            assert len(store.document_hashes()) == FLUSH_EVERY
        assert not flushes
        store.replace_document("last", doc_quads("last", 5, "t"))
        assert len(flushes) == 1  # the 16th write
    assert len(flushes) == 2  # and the close


def assert_the_next_write_goes_through(store: KgStore) -> None:
    """In a thread, so a writer stuck on a lock it kept fails the test instead of hanging it."""
    done = threading.Thread(target=store.replace_document, args=("d0", doc_quads("d0", 5, "t1")))
    done.start()
    done.join(timeout=20)
    assert not done.is_alive(), "the writer waits on the lock it kept"
    assert store.document_hashes() == {"d0": "sha-t1"}


def test_a_ctrl_c_while_rocksdb_opens_lets_go_of_the_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Ctrl-C that lands in RocksDB's open must release the access lock the open took:
    kept, the next open in the same process waited on its own lock for ever."""
    real = kg.store.Store
    interrupts: list[KeyboardInterrupt] = []

    def opening(path: str) -> Store:
        if interrupts:
            raise interrupts.pop()
        return real(path)

    monkeypatch.setattr(kg.store, "Store", opening)
    path = tmp_path / "s"
    with KgStore.open_write(path) as store:
        store.replace_document("d0", doc_quads("d0", 5, "t"))  # stored: the next write replaces
        store.release()  # closed: the next transaction opens RocksDB, and is interrupted there
        interrupts.append(KeyboardInterrupt())
        with pytest.raises(KeyboardInterrupt):
            store.replace_document("d0", doc_quads("d0", 5, "t0"))
        assert_the_next_write_goes_through(store)


def test_a_ctrl_c_as_the_writer_passes_the_turnstile_lets_go_of_the_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Ctrl-C raised just after the open closed the turnstile: its cleanup closed the
    turnstile a second time, the EBADF replaced the KeyboardInterrupt (a build counts that
    as one failed document and goes on), and the access lock stayed held, so the next
    document's open waited on its own lock for ever (seen with readers at work)."""
    real = kg.store._close_lock_file
    interrupts: list[KeyboardInterrupt] = []

    def closing(fd: int) -> None:
        try:
            turnstile = os.readlink(f"/proc/self/fd/{fd}").endswith(kg.store.TURNSTILE_LOCK)
        except FileNotFoundError:  # closed already: `real` shows what closing it again does
            turnstile = False
        real(fd)
        if turnstile and interrupts:
            raise interrupts.pop()

    monkeypatch.setattr(kg.store, "_close_lock_file", closing)
    path = tmp_path / "s"
    with KgStore.open_write(path) as store:
        store.replace_document("d0", doc_quads("d0", 5, "t"))  # stored: the next write replaces
        store.release()  # closed: the next transaction passes the turnstile again
        interrupts.append(KeyboardInterrupt())
        with pytest.raises(KeyboardInterrupt):
            store.replace_document("d0", doc_quads("d0", 5, "t0"))
        assert_the_next_write_goes_through(store)


def test_new_graphs_of_a_new_store_wait_for_a_bulk_load_or_a_reader(tmp_path: Path) -> None:
    path = tmp_path / "s"
    with KgStore.open_write(path) as store:
        for i in range(kg.store.BULK_EVERY + 2):
            store.replace_document(
                f"d{i}", [*doc_quads(f"d{i}", 3, "a"), *records(f"d{i}", "person/P0")]
            )
        # the first BULK_EVERY were loaded together; a waiting reader gets the other two
        out, _ = spawn(READ_HASHES, path).communicate(timeout=60)
        assert len(ast.literal_eval(out)) == kg.store.BULK_EVERY + 2
        store.replace_document("x", [*doc_quads("x", 3, "b"), *records("x", "person/P1")])
        assert store.document_hashes()["x"] == "sha-b"  # a read writes what waits first
        store.replace_document("d0", doc_quads("d0", 2, "c"))  # replaced: a transaction
        assert store.counts() == (2, 0, 2 * 2 + 2 + (kg.store.BULK_EVERY + 2) * 9 + 2 * 2)
    with KgStore.open_read(path) as reader:
        assert graph_tags(reader.db, "d0") == {"c"}
        assert graph_tags(reader.db, "d1") == {"a"}


def test_a_transaction_among_bulk_loads_is_flushed_at_the_next_new_graph(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # its memtables (MBs of RocksDB's arena blocks and bloom filter) would otherwise stay
    # until the next bulk load's ingestion, up to BULK_EVERY documents later
    flushes = counted_flushes(monkeypatch)
    with KgStore.open_write(tmp_path / "s") as store:
        store.replace_document("d0", [*doc_quads("d0", 3, "a"), *records("d0", "person/P0")])
        store.replace_document("d0", doc_quads("d0", 2, "b"))  # replaced: a transaction
        assert not flushes
        store.replace_document("d1", [*doc_quads("d1", 3, "a"), *records("d1", "person/P1")])
        assert len(flushes) == 1  # the new graph waits for a bulk load; the transaction not
        store.replace_document("d2", [*doc_quads("d2", 3, "a"), *records("d2", "person/P1")])
        assert len(flushes) == 1
        assert store.document_hashes() == {"d0": "sha-b", "d1": "sha-a", "d2": "sha-a"}


def test_a_new_graph_describing_an_entity_anew_waits_for_the_bulk_load_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # in a clean build such documents grow in number with the corpus: a transaction each
    # made the reduce's cost per document grow with it
    def transaction(*_: object) -> None:
        raise AssertionError("a transaction in a clean build")

    monkeypatch.setattr(KgStore, "_counted", transaction)
    ana, bora = (Entity("person/P0", "Person", name) for name in ("Ана", "Бора"))
    other = Entity("person/P1", "Person", "Вера")
    # d0 is loaded with the fillers; then the votes for P0's name turn: Бора outvotes Ана
    # (whose loaded triples go), Ана ties again (Бора's triples, still waiting, go), Бора wins
    order = [("d0", ana), *((f"f{i}", other) for i in range(kg.store.BULK_EVERY))]
    order += [("d1", bora), ("d2", bora), ("d3", ana), ("d4", bora)]
    p0 = set(entity_quads([bora]))
    with KgStore.open_write(tmp_path / "s") as store:
        for doc_id, person in order:
            quads = [*doc_quads(doc_id, 2, "a"), *record_quads(doc_graph(doc_id), [person])]
            store.replace_document(doc_id, quads, [person])
        assert set(store.quads(node("person/P0"), None, None, ENTITY_GRAPH)) == p0
    with KgStore.open_read(tmp_path / "s") as reader:
        assert set(reader.quads(node("person/P0"), None, None, ENTITY_GRAPH)) == p0
        assert len(reader.document_hashes()) == len(order)


def test_killed_writer_of_new_graphs_leaves_each_absent_or_whole(tmp_path: Path) -> None:
    for kill, delay in enumerate((0.8, 1.6)):
        path = tmp_path / f"s{kill}"
        writer = spawn(KEEP_ADDING, path, 40)
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(delay)
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        with KgStore.open_read(path) as reader:
            counts = reader.document_counts()
            assert len(counts) >= kg.store.BULK_EVERY, "killed before a bulk load: no test"
            assert {row[1] for row in counts} == {2 * 40 + 3}  # each with its hash and record
            for doc_id, *_ in counts:
                assert graph_tags(reader.db, doc_id) == {f"t{doc_id[1:]}"}
            kept = [q.object for q in reader.db.quads_for_pattern(None, RECORD, None, None)]
            assert set(reader.entity_graph()) == set(entity_graph_quads(kept))


class _Loads:
    """A database whose bulk loads are recorded by size."""

    def __init__(self, db: Store) -> None:
        self.db = db
        self.sizes: list[int] = []

    def bulk_extend(self, quads: list[Quad]) -> None:
        self.sizes.append(len(quads))
        self.db.bulk_extend(quads)


def test_a_new_corpus_graph_goes_in_bounded_bulk_loads_and_a_part_loaded_is_completed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first build's derived graph is bulk loaded `DERIVED_LOAD` quads at a time (one load
    of all of them was a 400-document build's peak of memory); a build killed between two
    loads left part of it, which the next build's `replace_graph` completes."""
    monkeypatch.setattr(kg.store, "DERIVED_LOAD", 4, raising=False)
    g = NamedNode(f"{NS}graph/derived-like")
    quads = [Quad(node(f"state/S{k}"), BRO.text, Literal(str(k)), g) for k in range(9)]
    loads = _Loads(Store())
    assert kg.store._change(loads, [], quads, None) == 9  # type: ignore[arg-type]
    assert sorted(loads.sizes) == [1, 4, 4]
    assert set(loads.db) == set(quads)
    path = make_store(tmp_path / "s", {"d1": 2})
    with KgStore.open_write(path) as store:
        store.replace_graph(g, quads[:4])  # as a build killed after its first load left it
    with KgStore.open_write(path) as store:
        assert store.replace_graph(g, quads) == 5
        assert set(store.quads(graph=g)) == set(quads)


def test_prune_drops_missing_documents_and_orphaned_entities(tmp_path: Path) -> None:
    path = tmp_path / "s"
    with KgStore.open_write(path) as store:
        kaz = record_quads(doc_graph("keep"), [Entity("state/KAZ", "State", "Казахстан")])
        store.replace_document(
            "keep",
            [
                *doc_quads("keep", 2, person="person/A"),
                *records("keep", "person/A", state="state/KAZ"),
                *kaz,
            ],
        )
        store.replace_document(
            "gone",
            [*doc_quads("gone", 2, person="person/B"), *records("gone", "person/B", "person/A")],
        )
        assert store.prune({"keep", "never-built"}) == 1
        assert set(store.document_hashes()) == {"keep"}
        subjects = {q.subject.value.removeprefix(NS) for q in store.entity_graph()}
    assert subjects == {"person/A", "state/KAZ"}  # A stays: "keep" describes it, and KAZ
    with KgStore.open_write(path) as store:
        assert store.prune(set()) == 1
        assert store.entity_graph() == []
        assert store.counts() == (0, 0, 0)


def test_second_writer_is_busy_or_waits(tmp_path: Path) -> None:
    path = make_store(tmp_path / "s", {"d1": 2})
    holder = spawn(HOLD_WRITE_LOCK, path, 1.5)
    assert holder.stdout.readline().strip() == "ready"
    with (
        pytest.raises(
            StoreBusyError, match=rf"is busy: another kg build is running \(pid {holder.pid}\)"
        ),
        KgStore.open_write(path, wait=0),
    ):
        pass
    started = time.monotonic()
    with KgStore.open_write(path, wait=10) as store:
        assert time.monotonic() - started > 0.5
        assert store.document_hashes() == {"d1": "sha-a"}
    holder.wait()


def test_readers_see_committed_states_while_a_build_writes(tmp_path: Path) -> None:
    path = make_store(tmp_path / "s", {"d0": 500, "d1": 500, "d2": 500})
    writer = spawn(KEEP_WRITING, path, 500, 3)
    assert writer.stdout.readline().strip() == "ready"
    reads = 0
    while writer.poll() is None or reads < 20:
        with KgStore.open_read(path) as reader:  # never takes the write lock
            for doc_id in ("d0", "d1", "d2"):
                assert len(graph_tags(reader.db, doc_id)) == 1
            assert [row[1] for row in reader.document_counts()] == [1003, 1003, 1003]
        reads += 1
    assert writer.returncode == 0
    assert reads >= 20
    with KgStore.open_read(path) as reader:
        assert "sha-a" not in reader.document_hashes().values()  # the writer was not starved


def test_reading_a_missing_store_says_to_build(tmp_path: Path) -> None:
    reading = KgStore.open_read(tmp_path / "nowhere")
    with pytest.raises(StoreError, match="no store at .*; run `kg build` first"), reading:
        pass


def test_writing_into_a_foreign_directory_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="not a kg store"), KgStore.open_write(tmp_path):
        pass


def _scanned(path: Path) -> int:
    with KgStore.open_read(path) as store:
        return len(store.db)


def test_the_quad_count_kept_beside_the_store_follows_every_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A writer counts the quads once, keeps the count by its writes' exact gains and leaves
    it for the next writer, which then needs no scan; a write whose gain it cannot know (a
    user's update) makes it count again."""
    path = make_store(tmp_path / "s", {"d1": 3, "d2": 4})
    g = NamedNode(f"{NS}graph/extra")
    extra = [Quad(node(f"person/P{k}"), BRO.text, Literal(str(k)), g) for k in range(5)]
    writes = [
        lambda s: s.replace_document("d1", [*doc_quads("d1", 6, "b"), *records("d1", "person/P1")]),
        lambda s: s.replace_document("d3", [*doc_quads("d3", 2), *records("d3", "person/P0")]),
        lambda s: s.replace_document("d3", [*doc_quads("d3", 2), *records("d3", "person/P0")]),
        lambda s: s.replace_graph(g, extra),
        lambda s: s.replace_graph(g, extra[1:]),
        lambda s: s.change_graph([extra[1]], [extra[0]]),
        lambda s: s.prune({"d1", "d3"}),
        lambda s: s.update(f"INSERT DATA {{ GRAPH {g} {{ {extra[1].triple} . }} }}"),
    ]
    for write in writes:
        with KgStore.open_write(path) as store:
            store.track_changes = True  # its records of changes (`kg.pending`) repeat some
            store.quad_count()
            write(store)
            assert store.quad_count() == len(store._writer._db)  # type: ignore[union-attr]
        assert int((path / kg.store.QUAD_COUNT).read_text()) == _scanned(path)
    scans: list[Store] = []

    def counted(sized: Sized) -> int:
        if isinstance(sized, Store):
            scans.append(sized)
        return len(sized)

    monkeypatch.setattr(kg.store, "len", counted, raising=False)
    with KgStore.open_write(path) as store:
        assert store.quad_count() == _scanned(path) and not scans
        store.replace_document("d1", [*doc_quads("d1", 2, "c"), *records("d1")])
        store.quad_count()
    assert not scans  # the kept count and the write's gain
    assert int((path / kg.store.QUAD_COUNT).read_text()) == _scanned(path)
