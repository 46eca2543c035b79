"""A build that changed nothing checks hashes and stops: no natasha, no models, no rewrite
of the derived graph; one left half-done by a crash still finishes the derived graph."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from kg_runs import DOCS, copy_store, env, graphs, shared_references
from test_idempotence import corpus_of

from kg.build import run_build
from kg.mention_counts import mention_quads
from kg.rdf import BRO, DERIVED_GRAPH
from kg.store import KgStore


@pytest.fixture(scope="module")
def references(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    return shared_references(tmp_path_factory)


def test_a_build_with_nothing_to_do_loads_no_nlp_and_writes_nothing(
    references: dict[int, Path], tmp_path: Path
) -> None:
    store = copy_store(references[0], tmp_path / "s")
    before = graphs(store)
    code = (
        "import sys; from pathlib import Path; from kg.cli import main; "
        "from kg.build import run_build; "
        f"s = run_build([Path({str(corpus_of(references))!r})], Path({str(store)!r})); "
        "print(s.skipped, s.documents, s.entities, s.facts, s.triples, "
        "*(m in sys.modules for m in ('spacy', 'numpy', 'natasha', 'kg.extract.claims')))"
    )
    done = subprocess.run([sys.executable, "-c", code], env=env(), capture_output=True, text=True)
    with KgStore.open_read(store) as kg:
        counts = [str(n) for n in kg.counts()]  # the summary's counts, as the store has them
    # the hashes were checked, and the counts read, before spaCy or any model was imported
    assert done.stdout.split() == [str(DOCS), "0", *counts, *["False"] * 4], done.stderr
    assert graphs(store) == before


def test_documents_changed_by_a_build_that_died_before_the_derived_graph(
    references: dict[int, Path], tmp_path: Path
) -> None:
    store = copy_store(references[0], tmp_path / "s")
    with KgStore.open_write(store) as kg:  # as if a --prune build died after dropping doc03
        kg.prune(set(kg.document_hashes()) - {"doc03"})
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for source in corpus_of(references).iterdir():
        if source.stem != "doc03":
            (corpus / source.name).write_bytes(source.read_bytes())
    summary = run_build([corpus], store, prune=True)
    assert (summary.documents, summary.skipped, summary.pruned) == (0, DOCS - 1, 0)
    with KgStore.open_read(store) as kg:
        # counted before the derived graph was rewritten, plus what the rewrite added
        assert (summary.entities, summary.facts, summary.triples) == kg.counts()
        stored = set(kg.db.quads_for_pattern(None, BRO.mentionCount, None, DERIVED_GRAPH))
        live = {q for q in mention_quads(kg.db.query) if q.predicate == BRO.mentionCount}
        digest = list(kg.db.quads_for_pattern(None, BRO.corpusDigest, None, DERIVED_GRAPH))
    with KgStore.open_read(references[0]) as kg:
        old = list(kg.db.quads_for_pattern(None, BRO.corpusDigest, None, DERIVED_GRAPH))
    assert stored == live and len(digest) == 1 and digest != old
