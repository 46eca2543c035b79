"""Worker processes that live and die with the command that started them.

A `kg build --jobs N` killed by SIGKILL or SIGTERM cannot clean up after
itself, so each worker asks the kernel for a signal when its parent dies
(prctl PR_SET_PDEATHSIG) and checks the parent is still the one that forked it
(it may have died before the request). Workers ignore SIGINT: Ctrl-C reaches
the whole process group, and only the parent reports it. `ordered_map` keeps a
bounded number of items in flight and kills its workers on any way out, so an
interrupted build ends at once, without worker tracebacks.

Any pool can reuse `init_worker` as (part of) its initializer.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def die_with_parent(parent: int, sig: int = signal.SIGKILL) -> None:
    """Has the kernel send `sig` to this process when its parent dies (Linux); exits now
    if the parent `parent` is already gone."""
    # the program's own namespace has libc's prctl; ctypes.util.find_library would run
    # ldconfig in a subprocess, a slow window in every worker's start
    ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, sig, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def init_worker(parent: int, setup: Callable[..., None] | None, args: tuple) -> None:
    """The first thing a worker runs: leave Ctrl-C to the parent (a worker it killed
    would break the pool, and the parent would not see the Ctrl-C as one), tie its life
    to `parent`, then the pool's own `setup(*args)`."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # see `_forking`
    die_with_parent(parent)
    if setup is not None:
        setup(*args)


@contextmanager
def _forking() -> Iterator[None]:
    """SIGINT held back while the pool may fork (its first submit forks every worker): a
    worker would otherwise die of a Ctrl-C that comes before its `init_worker` ignores it.
    The parent gets the held signal at the end of the block; the workers drop theirs."""
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def ordered_map(
    work: Callable[[T], R],
    items: Iterable[T],
    jobs: int,
    size: Callable[[T], int],
    budget: int,
) -> Iterator[R]:
    """`map(work, items)` in `jobs` forked processes, results in input order. Items are
    read ahead while fewer than 2 × `jobs` are in flight, or fewer than 8 × `jobs` whose
    `size`s add up to at most `budget`: a deep window keeps a worker busy while the result
    awaited next is a long document's (with 2 × `jobs` it idled), the budget bounds the
    memory large documents take. Workers are killed when the iterator ends, fails or is
    closed."""
    before = set(multiprocessing.active_children())
    pool = ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=multiprocessing.get_context("fork"),  # workers share the loaded models
        initializer=init_worker,
        initargs=(os.getpid(), None, ()),
    )
    pending: deque[tuple[Future[R], int]] = deque()
    in_flight = 0

    def full() -> bool:
        return len(pending) >= 8 * jobs or (len(pending) >= 2 * jobs and in_flight > budget)

    try:
        for item in items:
            with _forking():
                pending.append((pool.submit(work, item), size(item)))
            in_flight += pending[-1][1]
            while pending and full():
                future, weight = pending.popleft()
                in_flight -= weight
                yield future.result()
        while pending:
            yield pending.popleft()[0].result()
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
        for child in set(multiprocessing.active_children()) - before:
            child.kill()
            child.join()
