"""The version of kg's extraction: a digest of the code and data that documents' graphs and
the entity graph are computed from.

A store records the version that last read its documents (`KgStore.extraction`), beside
the database and not in the quads (a document's content hash says which text it read, the
exported quads stay those of the text alone). A build by another version (kg upgraded, a
lexicon or gazetteer of kg's edited) reads every document again, as `--rebuild` does,
instead of keeping facts this kg would not extract (`kg.build`).

The digest covers every file under kg/ but bytecode and the packages that only read a built
store (`kg serve`, `kg viz`): ~270 files, 3.4 MB, ~14 ms CPU to read and hash. A build with
nothing to do asks for it before spaCy is imported, so it is kept in the cache folder
(`kg.tablecache`) under the files' paths, sizes and modification times, which take ~2 ms to
list. Computed once per process: a watching build (`kg build --watch`) keeps running the
code it imported, whatever the files become.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from pathlib import Path

from kg.tablecache import cached, digest

_ROOT = Path(__file__).resolve().parent
_SKIPPED = frozenset({"__pycache__", "serve", "viz"})  # bytecode; readers of a built store


@functools.cache
def extraction_version() -> str:
    """The digest of kg's extraction code and data (each file's path and text)."""
    files = list(_files())
    listing = [f"{_name(p)} {s.st_size} {s.st_mtime_ns}" for p in files for s in [p.stat()]]
    return cached("extraction-version", listing, lambda: _digest(files))


def _digest(files: list[Path]) -> str:
    return digest(item for p in files for item in (_name(p), _text(p)))


def _files() -> Iterator[Path]:
    """kg's files, in an order that does not depend on the file system."""
    for folder, folders, files in os.walk(_ROOT):
        folders[:] = sorted(set(folders) - _SKIPPED)
        for name in sorted(files):
            yield Path(folder) / name


def _name(path: Path) -> str:
    return path.relative_to(_ROOT).as_posix()


def _text(path: Path) -> str:
    return path.read_text("utf-8", "surrogateescape")  # any bytes: a stray binary file too
