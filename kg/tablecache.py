"""Tables that kg computes from its data and code alone, kept on disk between runs.

A build that changes one document still builds the whole pipeline, and part of that is
work whose result only changes when kg's data, code or libraries do (the gazetteer's
names tokenised and lemmatised: ~0.15 s CPU of every such build). Such a table is stored
in Python's `marshal` format under a SHA-256 digest of everything it was computed from
(and of the interpreter's version, whose format it is), so a changed input misses the cache
instead of reading a stale table. `marshal` gives a table back as it was computed (tuples
as tuples) and reads it two to three times as fast as JSON: the gazetteer's entries
(~650 kB) in ~5 ms CPU instead of ~9 ms, in every build that reads a document. The cache
is only a speed-up: a folder that cannot be read or written is the same as an empty one.

Files a library writes itself (slovnet's word vocabulary as a DAWG: `cached_file`) are kept
the same way, under the digest of what they were made from.

The folder is `$KG_CACHE_DIR`, else `$XDG_CACHE_HOME/kg`, else `~/.cache/kg`.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
KEEP = 8  # tables of one name kept (other gazetteers, other versions of kg)
# Formats kg wrote its tables in before (JSON until marshal replaced it): no version reads
# them again, so writing a table of a name removes that name's files of these formats.
RETIRED = (".json",)
# The distributions behind pymorphy3's analyses: inputs of every table of lemmas or parses.
MORPHOLOGY = ("pymorphy3", "pymorphy3-dicts-ru", "DAWG2", "DAWG2-Python")
# What a table's file format depends on besides the table: `marshal`'s, by the interpreter.
_FORMAT = (f"marshal {marshal.version}", sys.version)
_DIGEST = re.compile(r"[0-9a-f]{64}")


def cache_dir() -> Path:
    if folder := os.environ.get("KG_CACHE_DIR"):
        return Path(folder)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kg"


def digest(inputs: Iterable[str]) -> str:
    h = hashlib.sha256()
    for item in inputs:
        h.update(item.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


@functools.cache  # each look-up searches the path's metadata; a process sees one install
def versions(*distributions: str) -> tuple[str, ...]:
    """The installed versions of `distributions`: inputs of a table they compute."""
    from importlib import metadata  # ~50 ms to import: not for a build that reads no table

    out = []
    for name in distributions:
        try:
            out.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            out.append(f"{name}: none")
    return tuple(out)


def sources(*modules: str) -> list[str]:
    """The source text of kg's `modules` ("kg.nlp.morph"): inputs of a table they compute."""
    root = Path(__file__).resolve().parent.parent
    return [(root / (m.replace(".", "/") + ".py")).read_text(encoding="utf-8") for m in modules]


def cached(name: str, inputs: Iterable[str], compute: Callable[[], T]) -> T:
    """`compute()`, or the table it returned before for the same `inputs` (values `marshal`
    writes: None, numbers, strings, and tuples, lists, sets and dicts of them)."""
    path = cache_path(name, ".marshal", digest([*inputs, *_FORMAT]))
    try:
        return marshal.loads(path.read_bytes())  # type: ignore[no-any-return]
    except (OSError, EOFError, ValueError, TypeError):  # none yet, unreadable, damaged
        pass
    table = compute()
    data = marshal.dumps(table)  # type: ignore[arg-type] # T: a value marshal writes
    with contextlib.suppress(OSError):  # a read-only home, a full disk: computed next time
        write_atomically(path, lambda temp: Path(temp).write_bytes(data))
    return table


def cache_path(name: str, suffix: str, key: str) -> Path:
    """Where the cache keeps the table or file `name` made for `key` (a digest of inputs)."""
    return cache_dir() / f"{name}-{key}{suffix}"


def cached_file(name: str, suffix: str, key: str, save: Callable[[str], None]) -> Path | None:
    """The file `save(path)` wrote for `key` (a digest of its inputs), written now if there is
    none; None when the folder cannot be written (the caller then does without)."""
    path = cache_path(name, suffix, key)
    if path.is_file():
        return path
    try:
        write_atomically(path, save)
    except OSError:
        return None
    return path


def write_atomically(path: Path, save: Callable[[str], object]) -> None:
    """Atomically (another process may read it meanwhile), then only the newest files of
    this name are kept."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    os.close(fd)
    try:
        save(temp)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    name = path.name.rsplit("-", 1)[0]
    kept = sorted(_named(path.parent, name, path.suffix), key=_mtime, reverse=True)
    retired = [
        f for suffix in RETIRED if suffix != path.suffix for f in _named(path.parent, name, suffix)
    ]
    for old in kept[KEEP:] + retired:
        old.unlink(missing_ok=True)


def _named(folder: Path, name: str, suffix: str) -> list[Path]:
    """The files of `folder` that hold a table or file `name` under a digest: not those of
    another name that begins with it ("gazetteer-state-tails" for "gazetteer-state")."""
    return [
        f
        for f in folder.glob(f"{name}-*{suffix}")
        if _DIGEST.fullmatch(f.name[len(name) + 1 : -len(suffix)])
    ]


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
