"""Issue 10, items 7 and 10: a damaged store, a store that is a file, or a store whose
creation was cut short is one line and exit 74 for every command, never a traceback."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from test_store import make_store

from kg.cli import run


def _truncate_table(store: Path) -> None:
    table = max(store.glob("*.sst"), key=lambda p: p.stat().st_size)
    table.write_bytes(table.read_bytes()[:100])


def _delete_table(store: Path) -> None:
    next(store.glob("*.sst")).unlink()


def _garbage_current(store: Path) -> None:
    (store / "CURRENT").write_bytes(b"\x00garbage\xff\n")


def _truncate_manifest(store: Path) -> None:
    manifest = next(store.glob("MANIFEST-*"))
    manifest.write_bytes(manifest.read_bytes()[:40])


DAMAGES: dict[str, Callable[[Path], None]] = {
    "truncated .sst": _truncate_table,
    "deleted .sst": _delete_table,
    "garbage in CURRENT": _garbage_current,
    "truncated MANIFEST": _truncate_manifest,
}
COMMANDS = [["stats"], ["query", "documents"], ["export"], ["validate"]]


@pytest.fixture(scope="module")
def intact(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = make_store(tmp_path_factory.mktemp("intact") / "s", {f"d{i}": 50 for i in range(6)})
    assert list(store.glob("*.sst")), "the damage needs table files"
    return store


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    return err


@pytest.mark.parametrize("damage", DAMAGES)
def test_every_command_on_a_damaged_store_is_one_line_and_exit_74(
    damage: str, intact: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = shutil.copytree(intact, tmp_path / "s")
    DAMAGES[damage](store)
    for command in COMMANDS:
        assert run([*command, "--store", str(store)]) == 74, (damage, command)
        err = one_error_line(capsys)
        assert err.startswith(f"kg: error: the store at {store} is damaged ("), err


def test_a_build_on_a_damaged_store_is_exit_74_and_a_file_as_store_too(
    intact: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = shutil.copytree(intact, tmp_path / "s")
    _truncate_table(store)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Президент Чили прибыл в Лиму.", encoding="utf-8")
    assert run(["build", str(corpus), "--store", str(store)]) == 74
    assert "is damaged" in one_error_line(capsys)
    a_file = tmp_path / "file"
    a_file.write_text("not a store")
    for command in [*COMMANDS, ["build", str(corpus)]]:
        assert run([*command, "--store", str(a_file)]) == 74, command
        assert one_error_line(capsys) == (
            f"kg: error: --store {a_file} is a file, not a store folder; choose another --store\n"
        )


def test_a_store_whose_creation_was_cut_short_is_reported_then_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "s"
    store.mkdir()
    for name in ("kg-write.lock", "LOCK", "LOG", "IDENTITY", "MANIFEST-000001", "000003.log"):
        (store / name).touch()  # what a build killed while RocksDB created the store leaves
    assert run(["stats", "--store", str(store)]) == 74
    assert one_error_line(capsys) == f"kg: error: no store at {store}; run `kg build` first\n"
    make_store(store, {"d0": 3})
    assert run(["stats", "--store", str(store)]) == 0
