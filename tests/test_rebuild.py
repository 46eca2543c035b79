"""Issue 10, item 3: `--rebuild` replaces each document's graph in its own transaction and
never clears the store first: a rebuild killed halfway loses no graph, and readers never see
an empty store; graphs of documents not given go only with `--prune`."""

from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest
from kg_runs import DOCS, build_here, copy_store, graphs, kg, start_kg
from test_crash import hashes, version_change

from kg.store import KgStore

pytestmark = pytest.mark.heavy  # long tests of few items: scheduled first (conftest)


def quad_count(store: Path) -> int:
    with KgStore.open_read(store) as reader:
        return len(reader.db)


def test_rebuild_killed_halfway_loses_no_graph_and_never_shows_an_empty_store(
    references: dict[int, Path], tmp_path: Path
) -> None:
    clean, store, corpus = version_change(references, tmp_path)
    before = hashes(store)
    process = start_kg("build", corpus, "--store", store, "--rebuild")
    counts = []
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        counts.append(quad_count(store))
        if sum(h != before[d] for d, h in hashes(store).items()) >= 3:
            break
        time.sleep(0.02)
    assert process.poll() is None, "the rebuild ended before the kill: nothing was tested"
    process.send_signal(signal.SIGKILL)
    process.communicate()
    after = graphs(store)
    for doc_id in before:
        assert after.get(doc_id) in (clean[0][doc_id], clean[1][doc_id]), f"{doc_id} lost"
    assert 0 not in counts and len(counts) > 1


def test_rebuild_of_some_documents_keeps_the_others_and_prune_removes_them(
    references: dict[int, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = copy_store(references[0], tmp_path / "store")
    before = graphs(store)
    part = tmp_path / "part"
    part.mkdir()
    source = next(references[0].parent.glob(f"corpus-{DOCS}-v0"))
    (part / "doc03.txt").write_bytes((source / "doc03.txt").read_bytes())
    out = build_here(store, [part], capsys, "--rebuild")
    assert out.startswith("built 1 documents (0 unchanged, 0 failed)")
    assert graphs(store) == before  # rebuilt to the same graph; the other nine kept
    build_here(store, [part], capsys, "--rebuild", "--prune")
    assert set(graphs(store)) == {"", "doc03"} | ({"None"} & set(before))


def test_help_says_what_each_flag_removes() -> None:
    text = " ".join(kg("build", "--help").stdout.split())
    assert "never removes a graph" in text
    assert "--prune" in text and "not among PATHS" in text
