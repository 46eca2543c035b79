"""Worker processes that live and die with the command that started them.

A `kg build --jobs N` killed by SIGKILL cannot clean up after itself, so each
worker asks the kernel for a signal when its parent dies (prctl
PR_SET_PDEATHSIG) and checks the parent is still the one that forked it (it may
have died before the request). Workers ignore SIGINT and SIGTERM: Ctrl-C reaches
the whole process group, as a SIGTERM may (systemd's stop), and only the parent
reports them. `WorkerPool` keeps a bounded number of items in flight and kills
its workers on any way out, so an interrupted build ends at once, without worker
tracebacks.

Any pool can reuse `init_worker` as (part of) its initializer. A script that runs a
`--jobs N` build in its own process calls `kg.entry.one_blas_thread()` before numpy loads,
as `kg`'s own entry does: forked while OpenBLAS's thread pool runs, workers can hang.
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
import threading
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from queue import SimpleQueue
from typing import Generic, Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")
T_contra = TypeVar("T_contra", contravariant=True)
R_co = TypeVar("R_co", covariant=True)

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def die_with_parent(parent: int, sig: int = signal.SIGKILL) -> None:
    """Has the kernel send `sig` to this process when its parent dies (Linux); exits now
    if the parent `parent` is already gone."""
    # the program's own namespace has libc's prctl; ctypes.util.find_library would run
    # ldconfig in a subprocess, a slow window in every worker's start
    ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, sig, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


# what stops a command: the parent's to answer (`kg.entry`)
_STOPS = {signal.SIGINT, signal.SIGTERM}


def init_worker(parent: int, setup: Callable[..., None] | None, args: tuple) -> None:
    """The first thing a worker runs: leave Ctrl-C and SIGTERM to the parent (a worker they
    killed would break the pool, and the parent would not see them as a stop), tie its life
    to `parent`, then the pool's own `setup(*args)`."""
    for stop in _STOPS:
        signal.signal(stop, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPS)  # see `forking`
    die_with_parent(parent)
    if setup is not None:
        setup(*args)


@contextmanager
def forking() -> Iterator[None]:
    """SIGINT and SIGTERM held back while a pool (or the query process) forks: a worker
    would otherwise die of a Ctrl-C (or answer a SIGTERM as the parent does, printing a
    traceback) before its `init_worker` ignores them.
    The parent gets the held signals at the end of the block; the workers drop theirs."""
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


@contextmanager
def _frozen() -> Iterator[None]:
    """The parent's objects (the models, the pipeline, the modules) hidden from the cyclic
    garbage collector while the pool forks: a collection in a worker would otherwise write
    to the header of each of them, and the kernel copy every page they share with the parent.
    The parent takes them back; in a worker they stay out of its collections."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()  # in the parent: the workers forked with the objects frozen


@contextmanager
def forked(work: Callable[[], R]) -> Iterator[Callable[[], R]]:
    """`work()` started now in a forked process, beside the caller; the block is given the
    function that waits for its result (pickled back through a pipe; an exception in it is
    raised here as a `RuntimeError` with its traceback). The process is killed on any way
    out of the block, so a stopped command does not wait for it."""
    context = multiprocessing.get_context("fork")
    reader, writer = context.Pipe(duplex=False)
    with forking(), _frozen():  # its collections copy no page of the caller's objects
        process = context.Process(target=_run, args=(writer, work, os.getpid()), daemon=True)
        process.start()
    writer.close()

    def result() -> R:
        try:
            done, value = reader.recv()
        except EOFError:
            raise _died(_Worker(process, reader)) from None
        if not done:
            raise RuntimeError(f"in a forked process:\n{value}")
        return value  # type: ignore[no-any-return]

    try:
        yield result
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        reader.close()


def _run(conn: Connection, work: Callable[[], object], parent: int) -> None:
    """A `forked` process: `work`'s result (or its traceback) sent back."""
    init_worker(parent, None, ())
    gc.disable()  # short-lived: its garbage goes with it
    try:
        reply: tuple[bool, object] = (True, work())
    except BaseException:  # noqa: BLE001 - raised again in the parent
        reply = (False, traceback.format_exc())
    conn.send(reply)
    conn.close()


class Handler(Protocol[T_contra, R_co]):
    """What a pool's worker does: read an item, and answer questions about an item it read
    (from what it kept of it: a worker may keep state per item, until the parent is done)."""

    def read(self, seq: int, item: T_contra) -> R_co: ...

    def ask(self, seq: int, question: object) -> object: ...

    def forget(self, below: int) -> None:
        """The parent is done with every item before `seq` `below`."""
        ...

    def learn(self, news: object) -> None:
        """What the parent told every worker (`WorkerPool.tell`), in the order it told it."""
        ...


class WorkerDied(RuntimeError):
    """A worker process ended without being asked to (killed, out of memory)."""


# Requests sent to a worker ahead of its replies, so that it never waits for the parent, even
# while the parent links a long document (a reduce takes up to ~0.1 s CPU, a news document's
# read ~0.05 s: at 2, in a 400-document NEREL build, each worker waited ~2 s for the parent,
# most of it while the parent linked a document). 2 at least; up to DEPTH for the worker with
# the least text queued (no more items than before wait behind a long document), while that
# text is short (news; long documents go at most two a worker). A send ends whatever the
# item's length, even to a busy worker: see `_serve`.
DEPTH = 4
DEEP_CHARS = 20_000


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    sent: int = 0  # requests whose replies have not come back
    queued: int = 0  # the sizes of the items among them
    heard: int = 0  # the news told so far that went with its requests


@dataclass
class WorkerPool(Generic[T, R]):
    """`jobs` forked processes, each with its own pipe: items go to the worker with the
    least work queued, results come back in input order (`map`), and a question about an
    item goes to the worker that read it (`ask`), ahead of the items queued there; news for
    every worker (`tell`) goes with each worker's next request, never in a message of its
    own, so the parent never blocks on a busy worker's full pipe. Items
    are read ahead while fewer than 2 × `jobs` are in flight, or fewer than 8 × `jobs`
    whose `size`s add up to at most `budget`: a deep window keeps a worker busy while the
    result awaited next is a long document's, the budget bounds the memory large
    documents take. Use it as a context manager: workers are killed on any way out."""

    handler: Handler[T, R]
    jobs: int
    size: Callable[[T], int]
    budget: int
    _workers: list[_Worker] = field(default_factory=list)
    _items: Iterator[T] = field(default_factory=lambda: iter(()))
    _pending: deque[tuple[int, int]] = field(default_factory=deque)  # (seq, size), in order
    _owner: dict[int, _Worker] = field(default_factory=dict)
    _sizes: dict[int, int] = field(default_factory=dict)  # of items sent, not yet read
    _results: dict[int, R] = field(default_factory=dict)
    _answers: dict[int, object] = field(default_factory=dict)
    _news: list[object] = field(default_factory=list)  # told, not yet sent to every worker
    _told: int = 0  # news told before `_news[0]`
    _next: int = 0  # the seq of the next item read
    _done: int = 0  # every item before it was given to the caller, and its questions answered
    _in_flight: int = 0

    def __enter__(self) -> WorkerPool[T, R]:
        context = multiprocessing.get_context("fork")  # workers share the loaded models
        with forking(), _frozen():
            for _ in range(self.jobs):
                parent, child = context.Pipe()
                process = context.Process(
                    target=_serve, args=(child, self.handler, os.getpid()), daemon=True
                )
                process.start()
                child.close()
                self._workers.append(_Worker(process, parent))
        return self

    def __exit__(self, *exc: object) -> None:
        for worker in self._workers:  # all killed first: they end at once, not one by one
            worker.process.kill()
        for worker in self._workers:
            worker.process.join()
            worker.conn.close()

    def map(self, items: Iterable[T]) -> Iterator[R]:
        """The handler's `read` of each item, in input order."""
        self._items = iter(items)
        self._feed()
        while self._pending:
            seq, weight = self._pending[0]
            while seq not in self._results:
                self._receive()
                self._feed()
            result = self._results.pop(seq)
            yield result
            self._pending.popleft()
            self._in_flight -= weight
            self._owner.pop(seq)
            self._done = seq + 1
            # replies that came while the caller used the result: a worker they freed is fed
            # now, not once the caller runs out of results it holds
            self._receive(timeout=0)
            self._feed()

    def ask(self, seq: int, question: object) -> object:
        """The handler's `ask` about item `seq`, in the worker that read it; the other
        workers go on reading meanwhile. Only for the item `map` gave last."""
        self._send(self._owner[seq], ("ask", seq, question))
        while seq not in self._answers:
            self._receive()
            self._feed()
        return self._answers.pop(seq)

    def tell(self, news: object) -> None:
        """Has every worker's handler `learn` the news, before it reads its next item."""
        self._news.append(news)

    def _full(self) -> bool:
        count = len(self._pending)
        return count >= 8 * self.jobs or (count >= 2 * self.jobs and self._in_flight > self.budget)

    def _feed(self) -> None:
        while not self._full():
            least = min(w.queued for w in self._workers)
            free = [w for w in self._workers if _free(w, least)]
            if not free:
                return
            item = next(self._items, _END)
            if item is _END:
                return
            worker = min(free, key=lambda w: (w.sent > 0, w.queued))
            weight = self.size(item)  # type: ignore[arg-type]
            seq, self._next = self._next, self._next + 1
            self._pending.append((seq, weight))
            self._in_flight += weight
            self._owner[seq], self._sizes[seq] = worker, weight
            worker.queued += weight
            self._send(worker, ("read", seq, item))

    def _send(self, worker: _Worker, message: tuple[str, int, object]) -> None:
        news = self._news[worker.heard - self._told :]
        try:
            worker.conn.send((*message, self._done, news))
        except (BrokenPipeError, ConnectionResetError):
            raise _died(worker) from None
        worker.sent += 1
        worker.heard += len(news)
        heard = min(w.heard for w in self._workers)  # what every worker has been sent goes
        del self._news[: heard - self._told]
        self._told = heard

    def _receive(self, timeout: float | None = None) -> None:
        """Waits for replies (up to `timeout` seconds; None: at least one) and files them."""
        busy = {w.conn: w for w in self._workers if w.sent}
        for ready in wait(list(busy), timeout):
            worker = busy[ready]  # type: ignore[index]
            try:
                kind, seq, reply = worker.conn.recv()
            except (EOFError, ConnectionResetError):
                raise _died(worker) from None
            worker.sent -= 1
            if kind == "read":
                worker.queued -= self._sizes.pop(seq)
                self._results[seq] = reply  # type: ignore[assignment]
            else:
                self._answers[seq] = reply


_END = object()


def _free(worker: _Worker, least: int) -> bool:
    """Whether the worker takes another request now (`DEPTH`), when the workers' least text
    queued is `least`."""
    deep = worker.queued <= min(least, DEEP_CHARS)
    return worker.sent < 2 or (worker.sent < DEPTH and deep)


def _died(worker: _Worker) -> WorkerDied:
    worker.process.join(1)  # its exit status, which the kernel gives a moment after the pipe
    return WorkerDied(f"a worker process ended (exit status {worker.process.exitcode})")


# what the parent sends: (kind, seq, payload, done, news); see `WorkerPool._send`
_Message = tuple[str, int, object, int, list[object]]


def _serve(conn: Connection, handler: Handler[T, R], parent: int) -> None:
    """A worker's loop: questions before items, since the parent waits for their answers.

    A thread of its own (`_drain`) reads the pipe at all times, so the pool cannot deadlock:
    a message longer than the pipe's buffer (a socket's, ~200 KB: a long transcript's
    document, its question, its news) keeps the parent in its send until the worker reads
    it, and the worker may meanwhile be reading an item, or sending a reply as long, which
    the parent reads only once its send is done. The parent blocks only in a send, which
    the thread ends, or in a wait for replies it is owed, each of which a worker sends once
    it has read its item; a worker blocks only in a reply's send, which the parent's next
    wait ends. News is still learnt here, in the order told, before the items read next."""
    init_worker(parent, None, ())
    arrived: SimpleQueue[_Message | None] = SimpleQueue()
    threading.Thread(target=_drain, args=(conn, arrived), daemon=True).start()
    inbox: deque[tuple[str, int, object, int]] = deque()

    def take(received: _Message | None) -> None:
        if received is None:
            raise EOFError("the parent closed the pipe")
        *message, news = received
        for told in news:  # learnt at once: the items read next know it
            handler.learn(told)
        inbox.append(tuple(message))  # type: ignore[arg-type]

    while True:
        if not inbox:
            take(arrived.get())
        while not arrived.empty():
            take(arrived.get())
        message = next((m for m in inbox if m[0] == "ask"), inbox[0])
        inbox.remove(message)
        kind, seq, payload, done = message
        handler.forget(done)
        read = kind == "read"
        reply = handler.read(seq, payload) if read else handler.ask(seq, payload)  # type: ignore[arg-type]
        conn.send((kind, seq, reply))


def _drain(conn: Connection, arrived: SimpleQueue[_Message | None]) -> None:
    """Moves each message from the pipe to `arrived` as it comes (None once the pipe is
    closed). It only reads: the worker's loop alone sends, so the connection's two
    directions are each used by one thread."""
    try:
        while True:
            arrived.put(conn.recv())
    except (EOFError, OSError):
        arrived.put(None)
