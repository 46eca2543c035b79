"""Stores where every fact is told by many documents, and the queries kg runs on its own.

Over the union of the graphs pyoxigraph yields a triple once per graph holding it, so a
query joining k-times-told triples there meets k rows per triple pattern, k⁶ for six
patterns: the claim links once took 29 s at 650 documents. `told_by_many` copies a real
build's document graphs `k` times under new document ids (the triples, shared nodes
included, as k documents telling the same thing write them) and `own_queries` runs every
query kg itself runs over a whole store, timed. Written for linear growth, each costs k
times what it costs at k = 1; a test runs them at a k where a blow-up never finishes, and
`bench/throughput.py` prints how they grow.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from pyoxigraph import Quad, Store

from kg.derived import refresh_derived
from kg.rdf import BRO, DERIVED_GRAPH, ENTITY_GRAPH, doc_graph
from kg.sparql import canned_queries, resolve_query
from kg.store import KgStore, _doc_id
from kg.viz import DEFAULT_INCLUDE
from kg.viz.query import read_graph


def told_by_many(reference: Path, target: Path, k: int) -> Path:
    """`reference`'s document graphs, each copied `k` times (ids `<id>~<i>`), and its
    entity graph; no derived graph (`own_queries` computes it)."""
    with KgStore.open_read(reference) as kg:
        quads = list(kg.db)
    copies = []
    for q in quads:
        doc_id = _doc_id(q.graph_name)
        if doc_id is not None:
            copies += [
                Quad(q.subject, q.predicate, q.object, doc_graph(f"{doc_id}~{i}")) for i in range(k)
            ]
        elif q.graph_name == ENTITY_GRAPH:
            copies.append(q)
    db = Store(str(target))  # loaded in one go: this is a fixture, not a build
    db.extend(copies)
    db.flush()
    del db
    return target


def own_queries(store: Path) -> dict[str, float]:
    """Seconds each query kg runs over a whole store took: the build's (derived graph,
    counts, prune), `kg stats`, `kg viz`, and every canned query."""
    seconds: dict[str, float] = {}

    def timed(name: str, work: Callable[[], object]) -> None:
        started = time.perf_counter()
        work()
        seconds[name] = time.perf_counter() - started

    with KgStore.open_write(store) as kg:
        timed("derived graph", lambda: refresh_derived(kg, written=True))
        timed("counts", kg.counts)
        timed("prune (orphans)", lambda: kg.prune(kg.document_hashes()))
    with KgStore.open_read(store) as kg:
        timed("document counts", kg.document_counts)
        timed("class counts", kg.class_counts)
        timed("viz graph", lambda: read_graph(kg.db, DEFAULT_INCLUDE))
        for name in sorted(canned_queries()):
            text = resolve_query(name)  # run as `kg query` runs it: the default graph is the union
            timed(
                f"query {name}",
                lambda t=text: list(kg.db.query(t, use_default_graph_as_union=True)),
            )  # type: ignore[arg-type]
    return seconds


def derived_quads(store: Path) -> set[str]:
    """The derived graph but its digest (of the document ids, which the copies change)."""
    with KgStore.open_read(store) as kg:
        quads = kg.db.quads_for_pattern(None, None, None, DERIVED_GRAPH)
        return {str(q) for q in quads if q.predicate != BRO.corpusDigest}
