"""glibc's allocator told to give freed memory back, so a build's memory follows what it
holds rather than the most it ever held.

slovnet's models allocate large temporary arrays for each batch of sentences (tens of
MB for a batch of long ones). glibc serves a block over its mmap threshold with a
mapping of its own, returned when freed, but raises the threshold to the size of each
such block freed (up to 32 MB): later temporaries then come from the heap, whose freed
memory stays with the process. A long build meets longer sentences, so its peak memory
grew with the number of documents. A fixed threshold keeps large temporaries in their
own mappings, and a fixed trim threshold returns the heap's free top. The variables
`MALLOC_MMAP_THRESHOLD_` and `MALLOC_TRIM_THRESHOLD_`, when set, win.
"""

from __future__ import annotations

import ctypes
import os
import sys

M_TRIM_THRESHOLD = -1  # mallopt's parameter numbers (malloc.h)
M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8
SETTINGS = {  # mallopt parameter, its value, the variable that sets it when set
    M_TRIM_THRESHOLD: (128 * 1024, "MALLOC_TRIM_THRESHOLD_"),  # free heap top returned
    M_MMAP_THRESHOLD: (128 * 1024, "MALLOC_MMAP_THRESHOLD_"),  # larger blocks: own mapping
    M_ARENA_MAX: (2, "MALLOC_ARENA_MAX"),  # RocksDB's threads: not an arena each
}


def return_freed_memory() -> None:
    """Sets them for this process (a no-op on other C libraries and systems)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        mallopt = ctypes.CDLL(None).mallopt  # glibc's, in the process already
    except (OSError, AttributeError):
        return  # another C library
    for param, (value, variable) in SETTINGS.items():
        if variable not in os.environ:
            mallopt(param, value)
