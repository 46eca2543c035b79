"""Files an earlier build read, by their identity on disk, so that a build does not read and
hash again a file that has not changed since (`kg build`'s documents, issue 11).

Deciding that a document is unchanged meant reading, decoding and hashing every file of the
corpus (~35-40 ms CPU at 200 NEREL documents, ~130 ms at 750, in a build that changes one).
After a build, `kg-files.json` beside the database holds, for each text, Markdown and HTML file
it read without a warning, the file's identity (device, inode, size, modification and status
change times in nanoseconds, and the same of the sidecars that could describe it, or their
absence) and the ids and content hashes its documents had. The next build takes a file's
documents as unchanged without reading it only when all of these hold: its identity and its
sidecars' are the recorded ones; each recorded hash is the one the store holds for that
document (the store stays the authority: a crashed build, a failed document, a `--rebuild`
or another corpus in the same store read the file as before); and the file was recorded by
the same code that reads files (kg's sources of it and the size limit). Anything else reads
and hashes the file as before. Writing a file changes its status change time, which no
program can set back (`touch` and `cp -p` set only the modification time), unless the write
falls in the same tick of the file system's clock as the recorded time: a file changed in
the `RECENT_NS` before it was read is not recorded, so a later write always falls in a later
tick. JSON Lines files are always read (a sidecar per line).
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from kg.formats.sidecar import FOLDER_FILE, SUFFIX
from kg.model import Document

RECORDS = "kg-files.json"
RECORDED_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm"})
RECENT_NS = 3_000_000_000  # more than any file system's tick (FAT: 2 s)

Identity = list[list[int] | None]  # the file's, then each sidecar's (None: absent)


class FileRecords:
    """The records a build reads at its start and writes at its end."""

    def __init__(self, store: Path, max_bytes: int) -> None:
        self.path = store / RECORDS
        self.key = _code(max_bytes)
        self.known = self._load()
        self.kept: dict[str, list[object]] = {}  # the records of this build's files
        self.built: Mapping[str, str] = {}  # the store's hashes, once the store is open

    def unchanged(self, path: Path) -> list[Document] | None:
        """`path`'s documents, without their text, when the file is known unchanged and built
        (see above); None when it must be read."""
        record = self.known.get(str(path))
        if not self.built or record is None:
            return None
        identity, documents = record
        try:
            if _identity(path) != identity:
                return None
        except OSError:  # gone since it was listed: reading it says so
            return None
        if any(self.built.get(doc_id) != sha for doc_id, sha in documents):
            return None
        self.kept[str(path)] = record
        return [
            Document(id=doc_id, text="", path=str(path), sha256=sha) for doc_id, sha in documents
        ]

    def identity(self, path: Path) -> Identity | None:
        """`path`'s identity before it is read, or None when it is not to be recorded (a
        JSON Lines file, or one changed too recently to tell a later change apart)."""
        if path.suffix.lower() not in RECORDED_SUFFIXES:
            return None
        try:
            identity = _identity(path)
        except OSError:
            return None
        newest = max(max(s[3], s[4]) for s in identity if s is not None)
        return identity if newest < time.time_ns() - RECENT_NS else None

    def read(self, path: Path, identity: Identity, documents: Sequence[Document]) -> None:
        """`path` read without a warning into `documents`."""
        self.kept[str(path)] = [identity, [[d.id, d.sha256] for d in documents]]

    def save(self) -> None:
        """Atomically, when they changed; a folder that cannot be written keeps no file (the
        next build reads every file)."""
        if self.kept == self.known:
            return
        text = json.dumps({"code": self.key, "files": self.kept}, ensure_ascii=False)
        temp = self.path.with_name(f".{RECORDS}.tmp")
        try:
            temp.write_text(text, encoding="utf-8", errors="surrogatepass")
            os.replace(temp, self.path)
        except OSError:
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)

    def _load(self) -> dict[str, list]:
        try:
            kept = json.loads(self.path.read_text(encoding="utf-8", errors="surrogatepass"))
            return kept["files"] if kept["code"] == self.key else {}
        except (OSError, ValueError, KeyError, TypeError):
            return {}


def _identity(path: Path) -> Identity:
    """The file's identity and its sidecars' (`kg.formats.sidecar`): a changed, new or removed
    sidecar changes a document's hash as its text does."""
    sidecars = (
        path.parent / FOLDER_FILE,
        path.with_name(path.stem + SUFFIX),
        path.with_name(path.name + SUFFIX),
    )
    return [_stat(path, must=True), *(_stat(p) for p in sidecars)]


def _stat(path: Path, *, must: bool = False) -> list[int] | None:
    try:
        s = os.stat(path)
    except FileNotFoundError:
        if must:
            raise
        return None
    return [s.st_dev, s.st_ino, s.st_size, s.st_mtime_ns, s.st_ctime_ns]


@functools.cache
def _code(max_bytes: int) -> str:
    """A digest of what a document's hash is computed by: kg's code that reads files, the
    interpreter's (its codecs, its HTML parser), and the size limit."""
    from kg.tablecache import digest, sources

    modules = ["kg.corpus", "kg.model", "kg.limits", "kg.file_records"]
    modules += [f"kg.formats.{name}" for name in ("decode", "entities", "html", "jsondata")]
    modules += ["kg.formats.sidecar", "kg.formats.textmeta"]
    return digest([sys.version, str(max_bytes), *sources(*modules)])
