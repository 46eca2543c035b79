"""Hostile input through the real `kg build`: one warning per bad file, every good document
built whatever its encoding, exit codes for missing and empty inputs, no traceback, and no
store written (or cleared) when there is nothing to build. The reader itself is tested in
test_corpus_hostile.py."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from kg_runs import document_text, graphs, kg
from test_corpus_hostile import png

from kg.store import is_store

GOOD = {  # file name → (bytes, document id)
    "good-a.txt": (document_text(0).encode("utf-8"), "good-a"),
    "good-b.md": (document_text(1).encode("utf-8"), "good-b"),
    "legacy.txt": (document_text(2).encode("cp1251"), "legacy"),
    "wide.txt": (document_text(3).encode("utf-16-le"), "wide"),  # no BOM
}
FEED = "\n".join([json.dumps({"text": document_text(4), "id": "feed-ok"}), "{broken", "[1, 2]"])
BAD = {  # file name → (bytes, what its one warning says)
    "scan.txt": (png(), "binary file (PNG image)"),
    "empty.txt": (b"", "empty file"),
    "nuls.txt": (b"\x00" * 400 + document_text(5).encode(), "binary file (control bytes)"),
    "one-line.txt": (("Слово " * 200_000).encode(), "too large (2.1 MB, limit 2.0 MB), skipped"),
}
MAX_BYTES = "--max-bytes=2097152"  # the size limit is a setting; long texts are analysed


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    for name, (data, _) in {**GOOD, **BAD}.items():
        (folder / name).write_bytes(data)
    (folder / "feed.jsonl").write_text(FEED, encoding="utf-8")
    (folder / "photo.png").write_bytes(png())  # not a document type: not read, not warned
    return folder


@pytest.fixture(scope="module")
def built(hostile: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    store = tmp_path_factory.mktemp("store") / "s"
    result = kg("build", hostile, "--store", store, MAX_BYTES)
    assert result.returncode == 0, result.stderr
    return store, result.stdout, result.stderr


def test_each_bad_file_is_one_warning_naming_file_and_reason(
    hostile: Path, built: tuple[Path, str, str]
) -> None:
    _, out, err = built
    assert "Traceback" not in err
    lines = err.splitlines()
    assert all(line.startswith("kg: warning: ") for line in lines), err
    for name, (_, reason) in BAD.items():
        (line,) = (line for line in lines if f"{hostile / name}: " in line)
        assert line.startswith(f"kg: warning: {hostile / name}: {reason}"), line
    feed = [line for line in lines if str(hostile / "feed.jsonl") in line]
    assert [line.split(": ")[3] for line in feed] == ["line 2", "line 3"], feed
    assert len(lines) == len(BAD) + 2  # the good files, however encoded, warn nothing
    assert out.startswith("built 5 documents (0 unchanged, 0 failed)")


def test_every_good_document_is_built_whatever_its_encoding(built: tuple[Path, str, str]) -> None:
    store, _, _ = built
    result = kg("query", "documents", "--format", "csv", "--store", store)
    assert result.returncode == 0, result.stderr
    ids = sorted(line.rsplit("/", 1)[-1].split(",")[0] for line in result.stdout.splitlines()[1:])
    assert ids == sorted([*(doc for _, doc in GOOD.values()), "feed-ok"])
    titles = {line.split(",")[1] for line in result.stdout.splitlines()[1:]}
    assert document_text(2).split("\n")[0] in titles  # cp1251, decoded
    assert document_text(3).split("\n")[0] in titles  # UTF-16 without BOM, decoded


def test_strict_turns_the_warnings_into_a_failure(
    hostile: Path, built: tuple[Path, str, str]
) -> None:
    store, _, _ = built
    result = kg("build", hostile, "--store", store, "--strict", MAX_BYTES)
    assert result.returncode == 1
    assert result.stderr.endswith("kg: error: 6 warning(s) with --strict\n")
    assert "Traceback" not in result.stderr


def test_missing_path_is_one_line_exit_66_and_writes_nothing(tmp_path: Path) -> None:
    result = kg("build", tmp_path / "nowhere", "--store", tmp_path / "s")
    assert (result.returncode, result.stdout) == (66, "")
    assert result.stderr == f"kg: error: {tmp_path / 'nowhere'}: no such file or directory\n"
    assert not (tmp_path / "s").exists()


def test_folder_without_documents_is_one_line_exit_65_and_clears_nothing(
    built: tuple[Path, str, str], tmp_path: Path
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "photo.png").write_bytes(png())
    result = kg("build", empty, "--store", tmp_path / "new")
    assert (result.returncode, result.stderr) == (65, f"kg: error: no documents found in {empty}\n")
    assert not (tmp_path / "new").exists()
    store = shutil.copytree(built[0], tmp_path / "s")
    before = graphs(store)
    result = kg("build", empty, "--store", store, "--rebuild")
    assert result.returncode == 65
    assert is_store(store) and graphs(store) == before  # --rebuild cleared nothing
