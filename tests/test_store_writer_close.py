"""The writer lets readers in only once RocksDB is closed (fifty-eighth pass, h-perf59).

`kg serve` under a build answered 500 ("No such file or directory: …/002592.sst") about once
in a thousand requests: the watcher thread closed the writer's database right after a
transaction released its lock, while that transaction's frame still named the `Store`; the
`del` then dropped a reference, not RocksDB, the access lock went, a reader opened the
files, and RocksDB closed (its compactions ending, obsolete tables deleted) under it.
Here the lock's release itself runs the watcher's close, the moment a preempted
transaction gives it, and a second read-write open of the same directory tells whether
RocksDB is closed: while it is open in this process, RocksDB refuses it ("lock hold by
current process")."""

from __future__ import annotations

import threading
from pathlib import Path
from types import TracebackType

from kg_runs import person_naming_document
from pyoxigraph import Store

from kg.store import KgStore, _WriterDatabase


class _ClosingOnRelease:
    """The writer's lock whose every release closes the database at once, as the watcher
    does when a reader waits; records whether RocksDB was then closed."""

    def __init__(self, writer: _WriterDatabase) -> None:
        self.writer = writer
        self.inner = threading.RLock()
        self.closed: list[bool] = []

    def __enter__(self) -> None:
        self.inner.acquire()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.inner.release()
        with self.inner:
            if self.writer._db is not None:
                self.writer._close()
                self.closed.append(_closed(self.writer.path))


def _closed(path: Path) -> bool:
    try:
        probe = Store(str(path))
    except OSError:
        return False
    del probe
    return True


def test_each_close_closes_rocksdb_before_readers_come_in(tmp_path: Path) -> None:
    with KgStore.open_write(tmp_path / "store") as kg:
        writer = kg._writer
        assert writer is not None
        lock = _ClosingOnRelease(writer)
        writer._lock = lock  # type: ignore[assignment]
        for i in range(3):
            # a clean build's new graph waits for a bulk load, which the next read writes
            kg.replace_document(f"d{i}", person_naming_document(f"d{i}", f"person/Q{i}", "Иван Ко"))
            assert kg.document_hashes().keys() == {f"d{j}" for j in range(i + 1)}
            kg.quad_count()
        kg.release()
    assert lock.closed and all(lock.closed), lock.closed
