"""Issue 10, item 10: a full disk is exit 74 and a deeply nested gazetteer or gold file is
exit 65, each one line. A full disk is real here: /dev/full for stdout, and a file-size
limit (RLIMIT_FSIZE, with SIGXFSZ ignored so writes fail with EFBIG) for files."""

from __future__ import annotations

import resource
import signal
import subprocess
from pathlib import Path

import pytest
from kg_runs import KG, env
from test_store import make_store

DEEP = "[" * 100_000 + "]" * 100_000


def kg_limited(*args: object, max_file_bytes: int | None = None, stdout: object = None):
    """`kg` in a child whose files may not grow past `max_file_bytes`."""

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (max_file_bytes, max_file_bytes))

    return subprocess.run(
        [*KG, *map(str, args)], env=env(), text=True, timeout=120,
        stdout=stdout or subprocess.PIPE, stderr=subprocess.PIPE,
        preexec_fn=limit if max_file_bytes is not None else None,
    )  # fmt: skip


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_store(tmp_path_factory.mktemp("store") / "s", {f"d{i}": 100 for i in range(5)})


def test_export_to_a_full_disk_is_one_line_and_exit_74(store: Path, tmp_path: Path) -> None:
    with open("/dev/full", "w") as full:
        result = kg_limited("export", "--store", store, stdout=full)
    assert (result.returncode, result.stderr) == (
        74,
        "kg: error: cannot write: No space left on device\n",
    )
    out = tmp_path / "out.ttl"
    result = kg_limited("export", "--store", store, "-o", out, max_file_bytes=4096)
    assert result.returncode == 74, result.stderr
    assert (
        result.stderr.startswith("kg: error: cannot write ") and "File too large" in result.stderr
    )
    assert len(result.stderr.splitlines()) == 1
    assert list(tmp_path.iterdir()) == []  # no partial file left behind


def test_creating_a_store_on_a_full_disk_is_one_line_and_exit_74(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Президент Чили прибыл в Лиму.", encoding="utf-8")
    store = tmp_path / "s"
    result = kg_limited("build", tmp_path / "a.txt", "--store", store, max_file_bytes=8192)
    assert result.returncode == 74, result.stderr
    assert result.stderr == f"kg: error: cannot write the store at {store}: File too large\n"


@pytest.mark.parametrize("kind", ["gazetteer", "gold"])
def test_a_deeply_nested_gazetteer_or_gold_file_is_exit_65(
    kind: str, store: Path, tmp_path: Path
) -> None:
    deep = tmp_path / f"{kind}.json"
    deep.write_text(DEEP, encoding="utf-8")
    if kind == "gazetteer":
        (tmp_path / "a.txt").write_text("Президент Чили прибыл в Лиму.", encoding="utf-8")
        args = ["build", tmp_path / "a.txt", "--gazetteer", deep, "--store", tmp_path / "new"]
    else:
        args = ["eval", deep, "--store", store]
    result = kg_limited(*args)
    assert result.returncode == 65, result.stderr
    assert len(result.stderr.splitlines()) == 1 and "nested too deeply" in result.stderr
