"""Crash safety of `kg build`: SIGKILL at random points never leaves a mixed graph, and
the next build finishes the work with exactly the quads of a clean build.

Each killed run has a full corpus of work: before every run each document is switched to
the version its stored graph is not (absent documents get version 0), so a kill lands
among real writes, and "old" and "new" are both known graphs of clean builds.
"""

from __future__ import annotations

import random
import signal
import subprocess
import time
from pathlib import Path

import pytest
from kg_runs import (
    DOCS,
    build_here,
    copy_store,
    document_text,
    graphs,
    nquads,
    start_kg,
    write_corpus,
)
from pyoxigraph import RdfFormat, parse

from kg.cli import run
from kg.entity_records import RECORD, entity_graph_quads
from kg.rdf import doc_graph
from kg.store import KgStore, is_store

pytestmark = pytest.mark.heavy  # long tests: scheduled first (conftest)

KILLS = 6
MORE = 20  # documents the reading test adds to the build
SEED = 20240601


def doc_id(i: int) -> str:
    return f"doc{i:02d}"


def switch_versions(
    corpus: Path, current: dict[str, frozenset[str]], clean: dict, docs: int = DOCS
) -> list[int]:
    """Writes every document in the version its stored graph is not; returns the versions."""
    targets = []
    for i in range(docs):
        stored = current.get(doc_id(i))
        target = 1 if stored == clean[0][doc_id(i)] else 0
        (corpus / f"{doc_id(i)}.txt").write_text(document_text(i, target), encoding="utf-8")
        targets.append(target)
    return targets


def hashes(store: Path) -> dict[str, str]:
    """The stored content hashes, read the way any reader reads during a build."""
    if not is_store(store):
        return {}
    with KgStore.open_read(store) as reader:
        return reader.document_hashes()


def killed_build(corpus: Path, store: Path, writes: int, jitter: float) -> str:
    """Starts `kg build` and SIGKILLs it `jitter` seconds after a reader saw `writes`
    documents replaced, so kills fall among the writes however fast the machine is;
    returns its stderr."""
    before = hashes(store)
    process = start_kg("build", corpus, "--store", store)
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        now = hashes(store)
        if sum(now.get(d) != h for d, h in before.items()) + len(now.keys() - before) >= writes:
            break
        time.sleep(0.05)
    try:
        process.wait(timeout=jitter)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
    _, err = process.communicate()
    return err


def test_killed_builds_leave_no_mixed_graph_and_resume_to_a_clean_build(
    references: dict[int, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clean = {v: graphs(path) for v, path in references.items()}
    assert clean[0][""] == clean[1][""], "both versions name the same entities"
    rng = random.Random(SEED)
    corpus, store = tmp_path / "corpus", tmp_path / "store"
    corpus.mkdir()
    current: dict[str, frozenset[str]] = {}
    partial = 0
    for kill in range(KILLS):
        targets = switch_versions(corpus, current, clean)
        before = current
        err = killed_build(corpus, store, rng.randint(1, DOCS - 2), rng.uniform(0, 0.05))
        assert "Traceback" not in err
        current = graphs(store) if store.exists() and any(store.iterdir()) else {}
        done = 0
        for i, target in enumerate(targets):
            graph, new = current.get(doc_id(i)), clean[target][doc_id(i)]
            assert graph in (before.get(doc_id(i)), new), f"kill {kill}: {doc_id(i)} is mixed"
            done += graph == new
        # the entity graph is what the documents written so far say: nothing stray, nothing
        # missing (a partial corpus may give a person another office than the whole one)
        if current:
            assert current.get("", frozenset()) == _described(store), f"kill {kill}: entities"
        partial += 0 < done < DOCS
        if current:
            assert run(["validate", "--store", str(store)]) == 0, f"kill {kill}"
    with capsys.disabled():
        print(f"\n{KILLS} kills, {partial} in the middle of the writes", end=" ")
    assert partial >= 1, "no kill landed among the writes: the test proved nothing"

    for i in range(DOCS):  # finish on version 1 everywhere, as its clean build
        (corpus / f"{doc_id(i)}.txt").write_text(document_text(i, 1), encoding="utf-8")
    build_here(store, [corpus], capsys)  # in this process: the kills were the others'
    assert nquads(store) == nquads(references[1])


def _described(store: Path) -> frozenset[str]:
    """The entity graph the stored documents' entity records give."""
    with KgStore.open_read(store) as kg:
        records = [q.object for q in kg.db.quads_for_pattern(None, RECORD, None, None)]
    return frozenset(str(q) for q in entity_graph_quads(records))  # type: ignore[arg-type]


def version_change(
    references: dict[int, Path], tmp_path: Path
) -> tuple[dict[int, dict[str, frozenset[str]]], Path, Path]:
    """(the clean graphs of both versions, a store of version 0, the corpus of version 1)."""
    clean = {v: graphs(path) for v, path in references.items()}
    store = copy_store(references[0], tmp_path / "store")
    return clean, store, write_corpus(tmp_path / "corpus", DOCS, version=1)


def test_query_and_export_succeed_while_a_build_writes(
    references: dict[int, Path], tmp_path: Path
) -> None:
    clean, store, corpus = version_change(references, tmp_path)
    # New documents after the changed ones keep the build writing while the readers start
    # (Python, imports, a query worker: seconds under load, more than ten documents take).
    write_corpus(corpus, DOCS + MORE)
    write_corpus(corpus, DOCS, version=1)
    before = hashes(store)
    writer = start_kg("build", corpus, "--store", store)
    while writer.poll() is None and hashes(store) == before:
        time.sleep(0.05)  # until the first document is replaced
    readers = [
        start_kg("query", "documents", "--format", "csv", "--store", store),
        start_kg("export", "--format", "nquads", "--store", store),
    ]
    (rows, err1), (exported, err2) = (r.communicate(timeout=60) for r in readers)
    assert writer.poll() is None, "the build ended before the readers: nothing was tested"
    assert [r.returncode for r in readers] == [0, 0], err1 + err2
    assert DOCS + 1 <= len(rows.splitlines()) <= DOCS + MORE + 1
    by_graph: dict[str, set[str]] = {}
    for q in parse(exported.encode(), RdfFormat.N_QUADS):
        by_graph.setdefault(q.graph_name.value, set()).add(str(q))
    old_or_new = sum(
        by_graph.get(doc_graph(doc_id(i)).value) in (clean[0][doc_id(i)], clean[1][doc_id(i)])
        for i in range(DOCS)
    )
    assert old_or_new == DOCS  # the export is one committed state
    out, err = writer.communicate(timeout=120)
    assert writer.returncode == 0 and "Traceback" not in err
