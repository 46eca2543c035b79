"""`kg build --executor dask` on a real Dask cluster over loopback: a scheduler and two
workers, separate processes started here and always torn down."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from dask_cluster import loopback_cluster
from distributed import Client, Worker
from kg_runs import kg, start_kg, write_corpus

from kg.store import KgStore


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The address of a scheduler on a free loopback port with two one-thread workers."""
    with loopback_cluster(tmp_path_factory.mktemp("dask")) as address:
        yield address


def test_a_dask_build_writes_the_quads_of_a_local_build(tmp_path: Path, scheduler: str) -> None:
    corpus = write_corpus(tmp_path / "corpus", 6)
    local, dask = tmp_path / "local", tmp_path / "dask"
    runs = [  # side by side: the local build loads its models while the workers load theirs
        start_kg("build", corpus, "--store", local),
        start_kg("build", corpus, "--store", dask, "--executor", "dask", "--scheduler", scheduler),
    ]
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0 and "built 6 documents (0 unchanged, 0 failed" in out, err
        assert "Traceback" not in err
    assert _nquads(dask) == _nquads(local)

    # The documents were read on the workers, each of which had loaded the models.
    def executed_and_pipelines(dask_worker: Worker) -> tuple[int, int]:  # sent by value
        from kg.steps import _pipeline

        return dask_worker.state.executed_count, _pipeline.cache_info().currsize

    with Client(scheduler, set_as_default=False) as client:
        workers = client.run(executed_and_pipelines)
    assert len(workers) == 2 and all(pipelines == 1 for _, pipelines in workers.values())
    assert sum(executed for executed, _ in workers.values()) == 6


def _nquads(store: Path) -> list[str]:
    with KgStore.open_read(store) as kg_store:
        return sorted(str(q) for q in kg_store.db)


def test_an_unreachable_scheduler_is_one_line_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as s:  # a loopback port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    corpus = write_corpus(tmp_path / "corpus", 1)
    monkeypatch.setenv("DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT", "1s")  # Dask's own knob
    result = kg("build", corpus, "--store", tmp_path / "s", "--executor", "dask",
                "--scheduler", f"tcp://127.0.0.1:{port}")  # fmt: skip
    assert result.returncode == 69, result.stderr
    assert result.stderr.startswith("kg: error: cannot reach the Dask scheduler at tcp://127.0.0.1")
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert not (tmp_path / "s").exists()
