"""`kg build --executor dask` on a real Dask cluster over loopback: a scheduler and two
workers, separate processes started here and always torn down."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import cloudpickle
import pytest
from dask_cluster import loopback_cluster
from distributed import Client, Worker
from kg_runs import kg, nquads, refused_port, start_kg, write_corpus

pytestmark = pytest.mark.heavy  # long tests: scheduled first (conftest)

cloudpickle.register_pickle_by_value(sys.modules[__name__])  # functions run on the workers


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The address of a scheduler on a free loopback port with two one-thread workers."""
    with loopback_cluster(tmp_path_factory.mktemp("dask")) as address:
        yield address


def test_a_dask_build_writes_the_quads_of_a_local_build(tmp_path: Path, scheduler: str) -> None:
    corpus = write_corpus(tmp_path / "corpus", 4)
    documents = sorted(corpus.iterdir())
    (corpus / "zz.txt").write_text("Президент Франции прибыл в Рим.\n", encoding="utf-8")
    with Client(scheduler, set_as_default=False) as client:
        client.wait_for_workers(2, timeout=60)
        client.run(_fail_on_zz)  # the last document fails on the worker that reads it
    local, dask = tmp_path / "local", tmp_path / "dask"
    runs = [  # side by side: the local build loads its models while the workers load theirs
        start_kg("build", *documents, "--store", local),
        start_kg("build", corpus, "--store", dask, "--executor", "dask", "--scheduler", scheduler),
    ]
    out, err = runs[0].communicate(timeout=120)
    assert runs[0].returncode == 0 and "built 4 documents (0 unchanged, 0 failed" in out, err
    out, err = runs[1].communicate(timeout=120)
    assert runs[1].returncode == 70 and "built 4 documents (0 unchanged, 1 failed" in out, err
    warning, error = err.splitlines()  # one warning for the document, as in a local build
    assert warning == f"kg: warning: {corpus / 'zz.txt'}: not built: RuntimeError: boom", err
    assert error.startswith("kg: error: 1 document(s) failed on an internal error"), err
    assert nquads(dask) == nquads(local)

    # The documents were read on the workers, each of which had loaded the models once.
    with Client(scheduler, set_as_default=False) as client:
        workers = client.run(_executed_and_pipelines)
    assert len(workers) == 2 and all(pipelines == 1 for _, pipelines in workers.values())
    assert sum(executed for executed, _ in workers.values()) == 5


def _executed_and_pipelines(dask_worker: Worker) -> tuple[int, int]:
    from kg.steps import _pipeline

    return dask_worker.state.executed_count, _pipeline.cache_info().currsize


def _fail_on_zz() -> None:
    """Run on each worker: the document step raises for the document "zz"."""
    import kg.executors

    real = kg.executors.read_document

    def flaky(document, reader, known=None):  # noqa: ANN001, ANN202 - read_document's
        if document.id == "zz":
            raise RuntimeError("boom")
        return real(document, reader, known)

    kg.executors.read_document = flaky  # type: ignore[assignment]


def test_an_unreachable_scheduler_is_one_line_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = write_corpus(tmp_path / "corpus", 1)
    monkeypatch.setenv("DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT", "1s")  # Dask's own knob
    with refused_port() as port:
        result = kg("build", corpus, "--store", tmp_path / "s", "--executor", "dask",
                    "--scheduler", f"tcp://127.0.0.1:{port}")  # fmt: skip
    assert result.returncode == 69, result.stderr
    assert result.stderr.startswith("kg: error: cannot reach the Dask scheduler at tcp://127.0.0.1")
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert not (tmp_path / "s").exists()
