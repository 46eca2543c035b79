"""Metadata files that override what the text says: NAME.meta.json and a folder's metadata.csv."""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from pathlib import Path

from kg.errors import InputError
from kg.formats.decode import decode_bytes
from kg.formats.jsondata import parse_json, without_surrogates

META_KEYS = ("title", "date", "url", "publisher")
FOLDER_FILE = "metadata.csv"
SUFFIX = ".meta.json"


def is_sidecar(path: Path) -> bool:
    """Files that describe documents rather than being documents."""
    return path.name.endswith(SUFFIX) or path.name == FOLDER_FILE


def sidecar_metadata(path: Path, doc_id: str) -> tuple[dict[str, str], list[tuple[Path, str]]]:
    """Overrides for one document (metadata.csv, then NAME.meta.json) and (file, problem)s."""
    meta: dict[str, str] = {}
    problems: list[tuple[Path, str]] = []
    folder = path.parent / FOLDER_FILE
    if folder.is_file():
        try:
            rows = _folder_rows(folder, folder.stat().st_mtime_ns)
            meta.update(rows.get(doc_id) or rows.get(path.name) or {})
        except (InputError, OSError, csv.Error) as exc:
            problems.append((folder, f"ignored ({exc})"))
    names = [doc_id + SUFFIX, path.name + SUFFIX]
    for candidate in (path.with_name(name) for name in names if _plain_name(name)):
        if candidate.is_file():
            try:
                values, replaced = _json_meta(candidate)
                meta.update(values)
                if replaced:
                    note = f"{replaced} lone surrogate escape(s) replaced with U+FFFD"
                    problems.append((candidate, note))
            except (InputError, OSError, ValueError) as exc:
                problems.append((candidate, f"ignored ({exc})"))
            break
    return meta, problems


def _plain_name(name: str) -> bool:
    """A name that stays in the document's folder (a JSONL id may hold "/")."""
    return "/" not in name and "\x00" not in name and name not in (".", "..")


def _json_meta(path: Path) -> tuple[dict[str, str], int]:
    """The metadata a NAME.meta.json gives, and how many lone surrogates were replaced."""
    data = parse_json(decode_bytes(path.read_bytes()).text)
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    meta, replaced = {}, 0
    for key in META_KEYS:
        if data.get(key) not in (None, ""):
            meta[key], count = without_surrogates(str(data[key]).strip())
            replaced += count
    return meta, replaced


@lru_cache(maxsize=32)
def _folder_rows(path: Path, mtime_ns: int) -> dict[str, dict[str, str]]:
    """Rows of metadata.csv keyed by `id` and by `file`; cached per modification time."""
    del mtime_ns  # part of the cache key only
    rows: dict[str, dict[str, str]] = {}
    for row in csv.DictReader(io.StringIO(decode_bytes(path.read_bytes()).text)):
        meta = {k: v.strip() for k in META_KEYS if (v := row.get(k) or "").strip()}
        for key in (row.get("id"), row.get("file")):
            if key and key.strip():
                rows.setdefault(key.strip(), meta)
    return rows
