"""The document step on a Dask cluster (dask.distributed), for `kg build --executor dask`.

Each worker loads the models once, when it joins: a worker plugin warms up the
Reader's pipeline, which is then cached for the worker process, so every task
reuses it (workers that join later get the plugin too). Documents go out as
tasks in corpus order with a bounded number in flight (twice the cluster's
threads), and their local extractions come back in the same order, so the
parent's memory stays flat and the corpus step runs exactly as in a local
build. A document that fails on a worker is a `Failure`, as locally; a cluster
that cannot be reached, or whose workers cannot load kg, is one `KgError`.
"""

from __future__ import annotations

import asyncio
import traceback
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import partial
from pathlib import Path

from distributed import Client, Future, WorkerPlugin
from distributed.comm import connect

from kg.errors import UnavailableError
from kg.executors import ReadAll, Result, read_or_fail
from kg.model import Document
from kg.steps import Failure, Reader

WORKERS_SECONDS = 60  # for a first worker to join (a batch job may still be queued)


class ReaderPlugin(WorkerPlugin):
    """Loads the Reader's models in each worker process when it joins the cluster."""

    name = "kg-reader"

    def __init__(self, reader: Reader) -> None:
        self.reader = reader

    async def setup(self, worker: object) -> None:
        # In a thread: the worker's event loop keeps answering the scheduler meanwhile.
        await asyncio.get_running_loop().run_in_executor(None, self.reader.warm_up)


@contextmanager
def start(scheduler: str, reader: Reader) -> Iterator[ReadAll]:
    # Workers resolve the gazetteer paths on their own machine: the same files, at the
    # same absolute paths (a shared file system or the same image).
    reader = replace(reader, gazetteers=tuple(str(Path(p).resolve()) for p in reader.gazetteers))
    client = _connect(scheduler)
    try:
        try:
            client.wait_for_workers(1, timeout=WORKERS_SECONDS)
        except TimeoutError:
            raise UnavailableError(
                f"no Dask worker joined {scheduler} within {WORKERS_SECONDS} s"
            ) from None
        try:
            client.register_plugin(ReaderPlugin(reader))
        except Exception as exc:  # noqa: BLE001 - whatever the workers raised, said in one line
            raise UnavailableError(
                f"Dask workers at {scheduler} could not load kg's models: "
                f"{type(exc).__name__}: {exc} (do they have `pip install kg[dask]` and "
                "the gazetteer files?)"
            ) from None
        yield partial(_read_all, client, partial(read_or_fail, reader=reader))
    finally:
        client.close()


def _connect(scheduler: str) -> Client:
    """A client of the scheduler, given up after Dask's `distributed.comm.timeouts.connect`
    (30 s; env DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT). The address is tried first with
    a bare connection: a `Client` that failed to connect still tries to close itself when
    collected, which hangs and prints a traceback."""

    async def probe() -> None:
        comm = await connect(scheduler)
        await comm.close()

    try:
        asyncio.run(probe())
        return Client(scheduler, set_as_default=False)
    except (OSError, ValueError, TypeError) as exc:  # refused, timed out, malformed address
        raise UnavailableError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None


def _read_all(
    client: Client, read: partial[Result], documents: Iterable[Document]
) -> Generator[Result, None, None]:
    """The documents' results in corpus order, at most twice the cluster's threads (counted
    again every 32 documents) in flight; the futures still pending are cancelled on any way
    out."""
    pending: deque[tuple[Document, Future]] = deque()
    try:
        for i, document in enumerate(documents):
            if i % 32 == 0:  # workers may join (or leave) during the build
                window = 2 * max(1, sum(client.nthreads().values()))
            pending.append((document, client.submit(read, document, pure=False)))
            if len(pending) >= window:
                yield _result(client, *pending.popleft())
        while pending:
            yield _result(client, *pending.popleft())
    finally:
        if pending and client.status == "running":
            client.cancel([future for _, future in pending])


def _result(client: Client, document: Document, future: Future) -> Result:
    """The future's result; a task the cluster lost (its worker died each time it ran it,
    a result that could not be sent back) costs that document only."""
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - reported as this document's failure
        if client.status != "running":
            raise UnavailableError(f"lost the Dask scheduler: {exc}") from None
        return Failure(document, f"{type(exc).__name__}: {exc}", traceback.format_exc())
