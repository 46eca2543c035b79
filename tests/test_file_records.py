"""A build reads again only the files whose identity on disk, or whose sidecars', changed
since a build recorded them, or whose recorded hash the store does not hold
(`kg.file_records`); every other change is seen as when every file was read."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from kg import corpus, file_records
from kg.corpus import ReadWarning, iter_documents
from kg.file_records import RECORDS, FileRecords
from kg.limits import DEFAULT_MAX_BYTES
from kg.model import Document

TEXTS = {
    "a.txt": "Министр иностранных дел Чили посетил Перу.",
    "b.md": "# Визит\n\nПрезидент Кении встретился с премьером Ганы.",
    "c.html": "<html><title>Переговоры</title><body><p>Египет и Судан подписали договор.</p>",
}


def _same_size(path: Path) -> None:
    """The file rewritten with other words of the same size and its modification time set
    back: only its status change time tells."""
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Чили", "Куба").replace("Кении", "Китая"), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size


def _sidecar(path: Path) -> None:
    path.with_name(path.stem + ".meta.json").write_text('{"title": "Иное"}', encoding="utf-8")


def _folder_sidecar(path: Path) -> None:
    (path.parent / "metadata.csv").write_text("file,title\na.txt,Иное\n", encoding="utf-8")


def _replaced(path: Path) -> None:
    """Another file of the same name, size and modification time (`cp -p`)."""
    other = path.with_name("other")
    other.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    before = path.stat()
    os.utime(other, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(other, path)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _build(folder: Path, store: Path, built: dict[str, str]) -> tuple[list[Document], set[str]]:
    """What a build's reading gives with `built` as the store's hashes, and which files it
    read; the store's hashes are then the documents' (as after the build's writes)."""
    read: set[str] = set()
    reader = corpus.read_file

    def counted(path: Path, **kwargs: object) -> list[Document]:
        read.add(path.name)
        return reader(path, **kwargs)  # type: ignore[arg-type]

    records = FileRecords(store, DEFAULT_MAX_BYTES)
    records.built = dict(built)
    corpus.read_file = counted  # type: ignore[assignment]
    try:
        documents = list(iter_documents([folder], lambda w: None, records=records))
    finally:
        corpus.read_file = reader  # type: ignore[assignment]
    records.save()
    built.clear()
    built.update((d.id, d.sha256) for d in documents)
    return documents, read


@pytest.fixture
def recorded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, dict[str, str]]:
    """A corpus read once by a build and recorded (its files count as old enough)."""
    monkeypatch.setattr(file_records, "RECENT_NS", 0)
    folder, store, built = _folder(tmp_path), tmp_path / "store", {}
    store.mkdir()
    _, read = _build(folder, store, built)
    assert read == set(TEXTS)
    return folder, store, built


def test_an_unchanged_corpus_is_not_read_again(
    recorded: tuple[Path, Path, dict[str, str]],
) -> None:
    folder, store, built = recorded
    hashes = dict(built)
    documents, read = _build(folder, store, built)
    assert read == set()
    assert {d.id: d.sha256 for d in documents} == hashes


CHANGES: list[tuple[str, Callable[[Path], None], str]] = [
    ("the same size and modification time", _same_size, "a.txt"),
    ("a new sidecar", _sidecar, "a.txt"),
    ("a new metadata.csv", _folder_sidecar, "a.txt"),
    ("another file put in its place", _replaced, "c.html"),
]


@pytest.mark.parametrize(("change", "edit", "name"), CHANGES, ids=[c[0] for c in CHANGES])
def test_a_changed_file_is_read_again(
    recorded: tuple[Path, Path, dict[str, str]],
    change: str,
    edit: Callable[[Path], None],
    name: str,
) -> None:
    folder, store, built = recorded
    hashes = dict(built)
    edit(folder / name)
    documents, read = _build(folder, store, built)
    assert name in read
    fresh = {d.id: d.sha256 for d in iter_documents([folder], lambda w: None)}
    assert {d.id: d.sha256 for d in documents} == fresh
    if change != "another file put in its place":
        assert fresh[Path(name).stem] != hashes[Path(name).stem]


def test_a_hash_the_store_does_not_hold_is_read_again(
    recorded: tuple[Path, Path, dict[str, str]],
) -> None:
    folder, store, built = recorded
    built["b"] = ""  # a failed document, a crash before its write, another corpus's
    _, read = _build(folder, store, built)
    assert read == {"b.md"}
    _, read = _build(folder, store, {})  # --rebuild, a new store
    assert read == set(TEXTS)


def test_records_of_other_code_or_damaged_ones_are_not_used(
    recorded: tuple[Path, Path, dict[str, str]],
) -> None:
    folder, store, built = recorded
    kept = json.loads((store / RECORDS).read_text(encoding="utf-8"))
    (store / RECORDS).write_text(json.dumps({**kept, "code": "older"}), encoding="utf-8")
    assert _build(folder, store, built)[1] == set(TEXTS)
    (store / RECORDS).write_text("{", encoding="utf-8")
    assert _build(folder, store, built)[1] == set(TEXTS)


def test_a_file_changed_moments_ago_or_read_with_a_warning_is_not_recorded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, store, built = _folder(tmp_path), tmp_path / "store", {}
    store.mkdir()
    _build(folder, store, built)  # every file just written
    assert _build(folder, store, built)[1] == set(TEXTS)
    monkeypatch.setattr(file_records, "RECENT_NS", 0)
    (folder / "d.txt").write_text("Польша и Литва подписали договор.", encoding="utf-8")
    (folder / "d.meta.json").write_text("{not json", encoding="utf-8")
    warned: list[ReadWarning] = []
    records = FileRecords(store, DEFAULT_MAX_BYTES)
    records.built = built
    list(iter_documents([folder], warned.append, records=records))
    assert warned  # told by every build that reads it: it is read every time
    assert "d.txt" not in {Path(p).name for p in records.kept}
