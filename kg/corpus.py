"""Reading input documents: finding files, decoding formats, metadata, failure isolation.

One bad file must never stop a build: `iter_documents` turns every per-file
problem into a `ReadWarning` and goes on. Text is kept exactly as decoded
(no whitespace or newline changes) because mention offsets point into it.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import InputError, MissingInputError
from kg.formats.decode import Decoded, decode_bytes, decode_name
from kg.formats.entities import NO_ENTITIES, EntityMap, decode_entities
from kg.formats.jsondata import JsonError, parse_json, without_surrogates
from kg.formats.sidecar import META_KEYS, is_sidecar, sidecar_metadata
from kg.formats.textmeta import iso_date, text_metadata
from kg.limits import DEFAULT_MAX_BYTES
from kg.model import Document

if TYPE_CHECKING:
    from kg.file_records import FileRecords

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReadWarning:
    """A file (or part of one) that was skipped or repaired, and why."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


class ReadError(InputError):
    """One unreadable file; keeps path and reason apart so callers can warn and go on."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


Warn = Callable[[ReadWarning], None]


def _log_warning(warning: ReadWarning) -> None:
    _log.warning("%s", warning)


def discover(paths: Sequence[Path], on_warning: Warn = _log_warning) -> list[Path]:
    """Input files in deterministic order; folders are walked, explicit files kept as named.

    Hidden entries, sidecars and (inside folders) unknown extensions are
    skipped; a file reached twice is listed once.
    """
    for path in paths:
        if not Path(path).exists():
            raise MissingInputError(f"{path}: no such file or directory")
    found: list[Path] = []
    seen: set[str] = set()
    for path in map(Path, paths):
        for file in _walk(path, on_warning) if path.is_dir() else [path]:
            real = os.path.realpath(file)
            if real not in seen and not is_sidecar(file):
                seen.add(real)
                found.append(file)
    return found


def _walk(root: Path, warn: Warn) -> list[Path]:
    """Files under `root`, iteratively (no recursion limit), each real folder entered once."""
    files: list[Path] = []
    entered: set[str] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        real = os.path.realpath(folder)
        if real in entered:
            parent = Path(os.path.realpath(folder.parent))
            loop = Path(real) in (parent, *parent.parents)
            what = "symbolic link loop" if loop else "link to a folder already read"
            warn(ReadWarning(str(folder), f"{what}, skipped"))
            continue
        entered.add(real)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            warn(ReadWarning(str(folder), f"cannot list folder ({exc.strerror})"))
            continue
        for entry in entries:
            path = Path(entry.path)
            if entry.name.startswith("."):
                continue
            try:
                is_dir, is_file = entry.is_dir(), entry.is_file()
            except OSError as exc:
                loop = exc.errno == errno.ELOOP
                what = "symbolic link loop" if loop else exc.strerror or str(exc)
                warn(ReadWarning(str(path), f"{what}, skipped"))
                continue
            if is_dir:
                stack.append(path)
            elif is_file:
                if path.suffix.lower() in KNOWN_SUFFIXES:
                    files.append(path)
            elif entry.is_symlink():
                warn(ReadWarning(str(path), "broken symbolic link, skipped"))
    return sorted(files, key=lambda p: p.relative_to(root).parts)


def read_file(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, on_warning: Warn = _log_warning
) -> list[Document]:
    """Documents in one file (several for .jsonl); ReadError when none can be read.

    Non-fatal problems (repaired bytes, bad JSONL lines, bad sidecars) go to
    `on_warning`.
    """
    path = Path(path)
    data = _read_bytes(path, max_bytes)
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            return _jsonl_documents(path, data, on_warning)
        if suffix in HTML_SUFFIXES:
            from kg.formats.html import declared_charset, extract_html  # html.parser: if needed

            decoded = decode_bytes(data, declared_charset(data))
            page = extract_html(decoded.text)
            own = {"title": page.title, "date": page.date, "url": page.url}
            own["publisher"] = page.publisher
            meta = {**text_metadata(page.text), **{k: v for k, v in own.items() if v}}
            return [
                _document(path, _name_id(path, on_warning), page.text, meta, decoded, on_warning)
            ]
        decoded = decode_bytes(data)
        text, entities = decode_entities(decoded.text)
        meta = text_metadata(text, markdown=suffix == ".md")
        doc_id = _name_id(path, on_warning)
        return [_document(path, doc_id, text, meta, decoded, on_warning, entities)]
    except ReadError:
        raise
    except InputError as exc:
        raise ReadError(path, str(exc)) from None


def _name_id(path: Path, warn: Warn) -> str:
    """The document id a file name gives: its stem, as text even when the name's bytes are
    not UTF-8 (Python hands those over as lone surrogates, which no encoder accepts)."""
    stem = path.stem
    try:
        stem.encode("utf-8")
    except UnicodeEncodeError:
        decoded = decode_name(os.fsencode(stem))
        warn(ReadWarning(str(path), f"file name is not UTF-8, read as {decoded.encoding}"))
        return decoded.text
    return stem


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ReadError(path, "not a regular file")
        if info.st_size > max_bytes:
            raise ReadError(path, _too_large(info.st_size, max_bytes))
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise ReadError(path, "no longer exists (removed while reading?)") from None
    except OSError as exc:
        raise ReadError(path, f"cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise ReadError(path, _too_large(len(data), max_bytes))
    return data


def _too_large(size: int, limit: int) -> str:
    return f"too large ({size / 2**20:.1f} MB, limit {limit / 2**20:.1f} MB), skipped"


def _jsonl_documents(path: Path, data: bytes, warn: Warn) -> list[Document]:
    """One document per JSON line; a bad line is a warning, not a failed file."""
    decoded = decode_bytes(data)
    stem = _name_id(path, warn)
    documents = []
    for number, line in enumerate(decoded.text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = parse_json(line)
        except JsonError as exc:
            warn(ReadWarning(str(path), f"line {number}: invalid JSON ({exc.msg}), skipped"))
            continue
        text = record.get("text") if isinstance(record, dict) else None
        if not isinstance(record, dict) or not isinstance(text, str) or not text.strip():
            warn(ReadWarning(str(path), f'line {number}: no "text" string, skipped'))
            continue
        fields = {k: str(v).strip() for k in META_KEYS if (v := record.get(k)) not in (None, "")}
        fields["text"] = text
        fields["id"] = str(record.get("id") or f"{stem}-{number}")
        replaced = 0
        for key, value in fields.items():
            fields[key], count = without_surrogates(value)
            replaced += count
        if replaced:
            note = f"line {number}: {replaced} lone surrogate escape(s) replaced with U+FFFD"
            warn(ReadWarning(str(path), note))
        text, entities = decode_entities(fields.pop("text"))
        doc_id = fields.pop("id")
        meta = {**text_metadata(text), **fields}
        documents.append(_document(path, doc_id, text, meta, decoded, warn, entities))
    if not documents:
        raise ReadError(path, "no readable lines")
    return documents


def _document(
    path: Path,
    doc_id: str,
    text: str,
    meta: dict[str, str],
    decoded: Decoded,
    warn: Warn,
    entities: EntityMap = NO_ENTITIES,
) -> Document:
    """Apply sidecar overrides, normalise the date and fingerprint text + metadata (and
    the decoded entities, which move the offsets written out)."""
    if not text.strip():
        raise InputError("no text (empty or only whitespace)")
    for note in decoded.notes:
        warn(ReadWarning(str(path), note))
    overrides, problems = sidecar_metadata(path, doc_id)
    for sidecar, problem in problems:
        warn(ReadWarning(str(sidecar), problem))
    meta = {**meta, **overrides}
    date = iso_date(meta["date"])
    if meta["date"] and not date:
        warn(ReadWarning(str(path), f"unrecognised date {meta['date']!r} ignored"))
    fields = [doc_id, meta["title"], date, meta["url"], meta["publisher"]]
    digest = hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode())
    digest.update(text.encode("utf-8", "surrogatepass"))
    if entities.written:  # an entity-free document keeps the digest it had
        digest.update(repr(entities).encode("utf-8", "surrogatepass"))
    return Document(
        id=doc_id,
        text=text,
        title=meta["title"],
        date=date,
        url=meta["url"],
        publisher=meta["publisher"],
        path=str(path),
        sha256=digest.hexdigest(),
        encoding=decoded.encoding,
        entities=entities,
    )


def iter_documents(
    paths: Sequence[Path],
    on_warning: Warn,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_error: Callable[[Path, Exception], None] | None = None,
    records: FileRecords | None = None,
) -> Iterator[Document]:
    """Stream every readable document; only a missing top-level path or no documents raise.

    Duplicate ids keep the first document. InputError("no documents found
    in …") is raised after the iteration when nothing was read. An unexpected
    exception reading one file (a bug in kg) goes to `on_error`, when given,
    and the other files are still read. With `records` (a build's), a file they know
    unchanged and built gives its documents without their text, unread.
    """
    first_seen: dict[str, str] = {}
    for path in discover(paths, on_warning):
        try:
            documents = (records and records.unchanged(path)) or _read_recorded(
                path, max_bytes, on_warning, records
            )
        except ReadError as exc:
            on_warning(ReadWarning(exc.path, exc.reason))
            continue
        except Exception as exc:  # noqa: BLE001 - the file's boundary: one bad file, one report
            if on_error is None:
                raise
            on_error(path, exc)
            continue
        for document in documents:
            if document.id in first_seen:
                first = first_seen[document.id]
                reason = f"duplicate document id {document.id!r} (first in {first}), skipped"
                on_warning(ReadWarning(str(path), reason))
                continue
            first_seen[document.id] = document.path
            yield document
    if not first_seen:
        raise InputError(f"no documents found in {', '.join(map(str, paths))}")


def _read_recorded(
    path: Path, max_bytes: int, on_warning: Warn, records: FileRecords | None
) -> list[Document]:
    """`read_file`, and the file in `records` when it was read without a warning (its
    warnings are then told by each build that reads it)."""
    identity = records.identity(path) if records else None
    warned: list[ReadWarning] = []

    def warn(warning: ReadWarning) -> None:
        warned.append(warning)
        on_warning(warning)

    documents = read_file(path, max_bytes=max_bytes, on_warning=warn)
    if records and identity is not None and not warned:
        records.read(path, identity, documents)
    return documents
