"""What a build's memory holds when its documents are done, to tell what grows with the corpus
(issue 11, item 4: peak memory at 400 documents within 10 % of that at 10).

    python bench/memory_growth.py CORPUS --store STORE [other kg build options]

A one-process build peaks at the end of its documents' step, just before it lets the models go
(`kg.steps.unload_models`). There this prints to stderr the process's resident memory (anonymous
and file-backed), how Python's allocator and glibc's heap hold it, and each bounded cache of
kg and its libraries (`functools.lru_cache`) with more than 50 entries: entries, bound, the
share of calls it answered and the bytes Python's allocator gets back when it is cleared (a
cache that rarely answers holds memory for little). Two runs, on 10 and on 400 documents,
say what grows: a cache that is full at 10 documents costs both builds the same. Clearing the
caches changes the time of the rest of the build, never its quads (a cache's answers are the
same as its function's). Large objects (a cache's own table, long strings) are in glibc's heap,
not Python's allocator: the caches' bytes are a lower bound.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import gc
import os
import re
import sys
import tempfile

ENTRIES_SHOWN = 50  # caches with fewer entries are left out


class _MallInfo2(ctypes.Structure):
    """glibc's `struct mallinfo2` (malloc.h), every field a size_t."""

    _fields_ = [
        (name, ctypes.c_size_t)
        for name in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks")
        + ("uordblks", "fordblks", "keepcost")
    ]


def _status() -> dict[str, int]:
    """The process's resident memory by kind, in kB (/proc/self/status)."""
    with open("/proc/self/status", encoding="ascii") as status:
        fields = dict(line.split(":", 1) for line in status if ":" in line)
    return {k: int(fields[k].split()[0]) for k in ("VmRSS", "RssAnon", "RssFile")}


def _python_allocated() -> int:
    """Bytes in the blocks Python's allocator has handed out (`sys._debugmallocstats`, which
    writes to the C stream of file descriptor 2)."""
    saved = os.dup(2)
    with tempfile.TemporaryFile() as out:
        os.dup2(out.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        out.seek(0)
        text = out.read().decode()
    found = re.search(r"bytes in allocated blocks\s*=\s*([\d,]+)", text)
    return int(found[1].replace(",", "")) if found else 0


def _glibc_heap() -> str:
    try:
        mallinfo2 = ctypes.CDLL(None).mallinfo2
    except (OSError, AttributeError):
        return "glibc heap: not glibc"
    mallinfo2.restype = _MallInfo2
    info = mallinfo2()
    mb = 1 << 20
    return (
        f"glibc heap {info.arena / mb:.1f} MB (in use {info.uordblks / mb:.1f}, free "
        f"{info.fordblks / mb:.1f}), mapped blocks {info.hblkhd / mb:.1f} MB"
    )


def report() -> None:
    """The figures above, each cache cleared in turn to weigh it (largest first)."""
    status = _status()
    print(
        f"resident {status['VmRSS'] / 1024:.1f} MB (anonymous {status['RssAnon'] / 1024:.1f}, "
        f"files {status['RssFile'] / 1024:.1f}); Python's allocator "
        f"{_python_allocated() / 1e6:.1f} MB; {_glibc_heap()}",
        file=sys.stderr,
    )
    gc.unfreeze()  # kg freezes its modules' objects (`kg.memory.frozen_imports`): seen again
    gc.collect()  # garbage left now would be counted in the first cache cleared
    caches = [
        o
        for o in gc.get_objects()
        if isinstance(o, functools._lru_cache_wrapper) and o.cache_info().currsize > ENTRIES_SHOWN
    ]
    total = 0
    for cache in sorted(caches, key=lambda c: -c.cache_info().currsize):
        info = cache.cache_info()
        before = _python_allocated()
        cache.cache_clear()
        gc.collect()
        held = before - _python_allocated()
        total += held
        name = f"{cache.__module__}.{cache.__qualname__}"
        asked = info.hits + info.misses
        hits = f"{info.hits / asked:4.0%} of {asked:>7,} hit" if asked else ""
        line = f"  {held / 1e6:6.2f} MB {info.currsize:>6} of {info.maxsize} {hits}  {name}"
        print(line, file=sys.stderr)
    print(f"  {total / 1e6:6.2f} MB in these caches", file=sys.stderr)


def main() -> None:
    from kg.entry import one_blas_thread

    one_blas_thread()  # as `kg` does
    import kg.build
    import kg.cli
    from kg.code_cache import generated_once
    from kg.pattern_cache import compiled_once

    unload = kg.build.unload_models

    def reported_then_unloaded() -> None:
        report()
        unload()

    kg.build.unload_models = reported_then_unloaded
    sys.argv = ["kg", "build", *sys.argv[1:]]
    with compiled_once(), generated_once(), contextlib.suppress(SystemExit):
        kg.cli.run()


if __name__ == "__main__":
    main()
