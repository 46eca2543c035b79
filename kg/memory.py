"""glibc's allocator told to give freed memory back, so a build's memory follows what it
holds rather than the most it ever held, without paying for it in system time; and
Python's cyclic garbage collector told to run less often (`collect_less_often`).

slovnet allocates large temporary arrays for each batch of sentences, and RocksDB's
threads allocate beside the interpreter. By default glibc raises its mmap threshold to
the size of each large block freed (up to 32 MB), so later temporaries come from the
heap, whose freed memory the process keeps, and it gives each thread an arena of its own.
Measured on 300 NEREL documents, the resident memory after each document grew by 35 MB
with the defaults and by 19 MB with fixed thresholds (the same as the environment
variables below, which win when set).

The thresholds are 1-4 MB, not glibc's 128 kB minimum: at 128 kB every batch's arrays
were mapped and unmapped again, each page faulted in and zeroed by the kernel, and system
time was a fifth of a build's CPU (1.6 of 9.0 s on 100 NEREL documents, 5.7 of 33 s on
400). At 4 MB it is 0.3-0.5 s and 0.8 s, with the same peak resident memory at 400
documents (274 against 276 MB) and 3 MB more at 10 (220 against 223 MB). Measured again
later (2026-11-30, 400 documents): 4 MB costs ~7 MB of peak at 400 documents against 128 kB
(255 against 248 MB; 1 MB and 512 kB cost the same as 4 MB), the trim threshold and the
collector's thresholds nothing measurable; bounded caches that fill over hundreds of
documents (kg.nlp.morph, kg.steps.VOCAB_STRINGS) cost more, and were made smaller. Once a
one-process build read each document in spaCy's memory zone (`kg.executors`), 1 MB gave a
400-document peak of 195.9 against 199.9 MB at 4 MB in interleaved builds (193.4 in a second
run, 512 kB 193.7), the same at 10 documents, CPU within the noise: the threshold is 1 MB.

One arena, not two (2026-11-30): RocksDB's flush, compaction and bulk-load threads then
allocate in the main heap, whose free pages `trim` hands back, instead of a second arena
that keeps them (interleaved builds, 10 / 400 documents: 172.0 / 194.6 and 172.0 / 192.1 MB
against 173.5 / 195.0 and 173.5 / 196.9 with two, CPU the same). Still tried and left then:
a 256 kB mmap threshold (190.9 MB at 400 documents, but +2.5 s CPU of ~20, 13 %),
`PYTHONMALLOC=malloc` (198.5 MB, +2.7 s CPU), `gc.freeze()` after the models load (197.1 MB).
Again 2026-12-02 (400 documents, warm table cache, 219 MB as it is): `MALLOC_ARENA_MAX=2`
222 MB, a `trim` after every store transaction as well as after each bulk load 219 MB.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

M_TRIM_THRESHOLD = -1  # mallopt's parameter numbers (malloc.h)
M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8
SETTINGS = {  # mallopt parameter, its value, the variable that sets it when set
    M_TRIM_THRESHOLD: (4 << 20, "MALLOC_TRIM_THRESHOLD_"),  # free heap top returned
    M_MMAP_THRESHOLD: (1 << 20, "MALLOC_MMAP_THRESHOLD_"),  # larger blocks: own mapping
    M_ARENA_MAX: (1, "MALLOC_ARENA_MAX"),  # RocksDB's threads: in the main heap, trimmed
}


def return_freed_memory() -> None:
    """Sets them for this process (a no-op on other C libraries and systems)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes  # not at the top: `kg.entry` imports this module before its collector is off

    try:
        mallopt = ctypes.CDLL(None).mallopt  # glibc's, in the process already
    except (OSError, AttributeError):
        return  # another C library
    for param, (value, variable) in SETTINGS.items():
        if variable not in os.environ:
            mallopt(param, value)


# Allocations between two collections of the cyclic garbage collector's youngest generation,
# and collections of one generation between two of the next (Python's defaults: 700, 10, 10).
# A build allocates millions of short-lived objects (spaCy spans, parses, quads) that
# reference counting frees; at the defaults the collector ran 447 times over 100 NEREL
# documents for 0.27 s of CPU, at these 11 times for 0.05 s, peak resident memory the same.
GC_THRESHOLDS = (20_000, 20, 20)

# Entries kept by the caches of words and keys a build looks up again and again (entity
# IRIs, number words, names, inflections). At their old bounds of 4,096 and 8,192 (~0.1-0.3
# kB an entry) they kept filling over the first few hundred documents, so a build of 400
# documents peaked higher than one of 10 for them; at this bound they are full within ~100
# documents, and news repeats its words and names mostly within a document, where a small
# cache still finds them.
CACHE_ENTRIES = 1_024

# Entries kept by the caches of a few names a document asks of again and again, whose misses
# cost a few µs: at `CACHE_ENTRIES` the 400-document build filled them with the names of
# earlier documents (`own_and_fathers` answered 96 % of 36,880 calls from 1,024 entries,
# 0.37 MB; `_surname_in_full` 63 % of 2,691, 0.37 MB).
NAMES_KEPT = 256


def collect_less_often() -> None:
    """Sets GC_THRESHOLDS for this process (and the workers it forks)."""
    gc.set_threshold(*GC_THRESHOLDS)


@contextmanager
def frozen_imports(module: str) -> Iterator[None]:
    """The first import of `module` (the command line, at the start of `kg`; spaCy, with
    kg's NLP and fact kinds, once a build has a document to read) without the cyclic
    collector, and every object alive after it moved out of the collector's reach for good
    (`gc.freeze`): the ~300,000 objects the imports make (functions, classes, spaCy's
    schemas) live as long as the process, yet each collection of the youngest generation
    went through the last 20,000 of them again (7 collections, ~0.025 s CPU of a build that
    changes one document), and every full collection through all of them. The command
    line's imports, at Python's default thresholds, set off ~25 collections (~5 ms CPU of
    every `kg` command). As Python's documentation advises before a fork, the `--jobs`
    workers' collections then leave the parent's pages unwritten. Only at such points, where
    nothing but modules has been made yet: a freeze later would keep whatever garbage a
    long-lived caller had made by then."""
    if module in sys.modules:
        yield
        return
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def trim() -> None:
    """Hands the heap's free pages back to the system now (glibc's `malloc_trim`): after
    large structures are let go, so that later work does not count them in the peak."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):
        return  # another C library
