"""A build that changed nothing checks hashes and stops: no natasha, no models, no rewrite
of the derived graph; one left half-done by a crash still finishes the derived graph."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from kg_runs import DOCS, copy_store, document_text, env, graphs
from pyoxigraph import NamedNode, Quad, Store
from test_idempotence import corpus_of

from kg.build import run_build
from kg.mention_counts import CELLS, mention_quads
from kg.rdf import BRO, DERIVED_GRAPH, RDF, doc_graph, node
from kg.store import KgStore

COUNTS = {cells.count for cells in CELLS.values()}  # the mention counts of every class

pytestmark = pytest.mark.heavy  # long tests: scheduled first (conftest)


def test_a_build_with_nothing_to_do_loads_no_nlp_and_writes_nothing(
    references: dict[int, Path], tmp_path: Path
) -> None:
    store = copy_store(references[0], tmp_path / "s")
    before = graphs(store)
    code = (
        "import sys; from pathlib import Path; import kg.cli; "
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
    # ... nor does the command, through to its process's end (which may let models go)
    code = (
        "import sys; from kg.entry import main; "
        f"sys.argv = ['kg', '--store', {str(store)!r}, 'build', "
        f"{str(corpus_of(references))!r}]; main()"
    )
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code], env=env(), capture_output=True, text=True
    )
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    assert "built 0 documents" in done.stdout, done.stderr[-2000:]
    # nor pymorphy3 (the gazetteer's), nor the query worker (`kg.choices`), nor a worker pool
    assert not imported & {"spacy", "numpy", "natasha", "pymorphy3", "kg.sparql", "multiprocessing"}


def test_a_clean_build_leaves_rocksdb_merged(references: dict[int, Path], tmp_path: Path) -> None:
    """A clean build merges the files its writes left (`KgStore.compact`), so the next
    build, perhaps of one changed document, does not: merging them again changes no file."""
    store = copy_store(references[0], tmp_path / "s")
    files = sorted(store.glob("*.sst"))
    db = Store(str(store))
    db.optimize()
    del db
    assert files and sorted(store.glob("*.sst")) == files


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
        stored = {q for p in COUNTS for q in kg.db.quads_for_pattern(None, p, None, DERIVED_GRAPH)}
        live = {q for q in mention_quads(kg.db.query) if q.predicate in COUNTS}
        digest = list(kg.db.quads_for_pattern(None, BRO.corpusDigest, None, DERIVED_GRAPH))
    with KgStore.open_read(references[0]) as kg:
        old = list(kg.db.quads_for_pattern(None, BRO.corpusDigest, None, DERIVED_GRAPH))
    assert stored == live and len(digest) == 1 and digest != old


def test_one_changed_document_re_derives_exactly_the_facts_it_touches(
    references: dict[int, Path], tmp_path: Path
) -> None:
    """doc04 rewritten to tell doc00's visit with another trade figure: the one-change build
    equals a clean build of the changed corpus, and its derived graph changed only in the
    mention counts of what doc04 named (before or after) and in links of its claims (its
    figure now conflicts with doc00's)."""
    corpus = tmp_path / "corpus"
    shutil.copytree(corpus_of(references), corpus)
    text = document_text(0).replace("превысил 2 млрд", "составил 1 млрд")
    assert "составил 1 млрд" in text
    (corpus / "doc04.txt").write_text(text, encoding="utf-8")
    store = copy_store(references[0], tmp_path / "s")
    before = _derived(store)
    old = _touched(store, "doc04")
    assert run_build([corpus], store).documents == 1
    clean = tmp_path / "clean"
    run_build([corpus], clean)
    assert graphs(store) == graphs(clean)
    new = _touched(store, "doc04")
    diff = before ^ _derived(store)
    counts = {q.subject for q in diff if q.predicate in COUNTS}
    links = [q for q in diff if q.predicate in (BRO.agreesWith, BRO.conflictsWith)]
    assert counts and counts <= old[0] | new[0]
    assert links and all({q.subject, q.object} & (old[1] | new[1]) for q in links)
    assert node("state/RUS") in counts  # named by doc04 only after the change


def _derived(store: Path) -> set[Quad]:
    with KgStore.open_read(store) as kg:
        return set(kg.db.quads_for_pattern(None, None, None, DERIVED_GRAPH))


def _touched(store: Path, doc_id: str) -> tuple[set[NamedNode], set[NamedNode]]:
    """The entities a document's mentions refer to, and its claims."""
    graph = doc_graph(doc_id)
    with KgStore.open_read(store) as kg:
        entities = {q.object for q in kg.db.quads_for_pattern(None, BRO.refersTo, None, graph)}
        claims = {
            q.subject for q in kg.db.quads_for_pattern(None, RDF.type, BRO.NumericClaim, graph)
        }
    return entities, claims
