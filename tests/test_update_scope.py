"""`kg query --allow-update` keeps standard SPARQL Update semantics: without GRAPH, WITH
or USING an update works on the default graph, which kg leaves empty. Through the real
command: refused without the flag (tested in test_cli.py), a no-op with a clear reason
with it, and effective once the graphs are named."""

from __future__ import annotations

from pathlib import Path

from kg_runs import kg
from test_store import make_store

from kg.store import KgStore


def quad_count(store: Path) -> int:
    with KgStore.open_read(store) as reader:
        return len(reader.db)


def test_delete_without_graph_changes_nothing_and_says_why(tmp_path: Path) -> None:
    store = make_store(tmp_path / "s", {"d1": 3, "d2": 3})
    before = quad_count(store)
    result = kg("query", "--allow-update", "-e", "DELETE WHERE { ?s ?p ?o }", "--store", store)
    assert result.returncode == 0
    assert result.stderr == (
        f"update applied: {before} → {before} quads; nothing changed: kg keeps every triple "
        "in a named graph (one per document, plus the entity graph), and an update without "
        "GRAPH, WITH or USING matches only the default graph, which is empty; name the "
        "graphs, e.g. DELETE WHERE { GRAPH ?g { ?s ?p ?o } }\n"
    )
    assert quad_count(store) == before

    named = "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }"
    result = kg("query", "--allow-update", "-e", named, "--store", store)
    assert (result.returncode, result.stderr) == (0, f"update applied: {before} → 0 quads\n")
    assert quad_count(store) == 0


def test_insert_without_graph_is_visible_to_queries(tmp_path: Path) -> None:
    store = make_store(tmp_path / "s", {"d1": 1})
    insert = "INSERT DATA { <urn:kg:a> <urn:kg:b> 'c' }"
    result = kg("query", "--allow-update", "-e", insert, "--store", store)
    assert result.returncode == 0 and "nothing changed" not in result.stderr
    ask = kg("query", "-e", "ASK { <urn:kg:a> <urn:kg:b> 'c' }", "--store", store)
    assert (ask.returncode, ask.stdout) == (0, "true\n")  # queries see the default graph too
