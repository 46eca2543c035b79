"""An ordered, bounded map over worker processes: the map step of `kg build --jobs N`.

Workers are started with "spawn": a fresh interpreter inherits no locks, threads or
open store of the parent. Each runs `initializer` once (to load its models), then
takes items; results come back in input order, and at most `window` items are in
flight, so memory stays flat however long the input. With one job the same
function runs in this process, with the same initializer.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

# One BLAS/OpenMP thread per worker: N workers already fill N cores, and numpy's own
# thread pool only adds CPU (set before the workers import numpy).
_ONE_THREAD = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def ordered_map(
    fn: Callable[[T], R],
    items: Iterable[T],
    *,
    jobs: int = 1,
    initializer: Callable[[], None] | None = None,
    window: int = 0,
) -> Iterator[R]:
    """`map(fn, items)` over `jobs` processes; `fn` and `initializer` must be picklable."""
    if jobs <= 1:
        if initializer is not None:
            initializer()
        yield from map(fn, items)
        return
    window = window or 2 * jobs
    for name in _ONE_THREAD:
        os.environ.setdefault(name, "1")
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=initializer)
    pending: deque[Future[R]] = deque()
    try:
        for item in items:
            pending.append(pool.submit(fn, item))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
