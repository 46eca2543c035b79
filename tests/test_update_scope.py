"""`kg query --allow-update`: a DELETE/INSERT … WHERE that names no graph runs in every
named graph, since kg keeps all its data there; an update that names its graphs, or a DATA
form, keeps standard SPARQL semantics. Through the real command; refusal without the flag
is tested in test_cli.py."""

from __future__ import annotations

from pathlib import Path

from kg_runs import kg
from test_store import make_store

from kg.sparql import in_every_graph
from kg.store import KgStore


def quad_count(store: Path) -> int:
    with KgStore.open_read(store) as reader:
        return len(reader.db)


def test_delete_without_graph_deletes_in_every_graph(tmp_path: Path) -> None:
    store = make_store(tmp_path / "s", {"d1": 3, "d2": 3})
    before = quad_count(store)
    result = kg("query", "--allow-update", "-e", "DELETE WHERE { ?s ?p ?o }", "--store", store)
    assert result.returncode == 0
    assert result.stderr == (
        f"update applied: {before} → 0 quads (it names no graph, so it ran in every named "
        "graph, one at a time)\n"
    )
    assert quad_count(store) == 0


def test_delete_that_names_its_graph_keeps_standard_semantics(tmp_path: Path) -> None:
    store = make_store(tmp_path / "s", {"d1": 3, "d2": 3})
    before = quad_count(store)
    one = "DELETE WHERE { GRAPH <https://w3id.org/kg-bilateral/id/graph/doc/d1> { ?s ?p ?o } }"
    result = kg("query", "--allow-update", "-e", one, "--store", store)
    assert result.returncode == 0
    with KgStore.open_read(store) as reader:
        hashes = reader.document_hashes()  # an emptied graph may stay listed, without a hash
    assert hashes.get("d1", "") == "" and hashes["d2"]
    assert 0 < quad_count(store) < before


def test_the_rewrite_leaves_strings_and_other_forms_alone() -> None:
    text = 'PREFIX x: <urn:x#> DELETE { ?s x:p "{ }" } WHERE { ?s x:p ?o FILTER (?o != "}") }'
    assert in_every_graph(text) == (
        'PREFIX x: <urn:x#> DELETE { GRAPH ?kg_graph { ?s x:p "{ }" } } '
        'WHERE { GRAPH ?kg_graph { ?s x:p ?o FILTER (?o != "}") } }'
    )
    for untouched in ("INSERT DATA { <urn:a> <urn:b> 1 }", "DROP ALL",
                      "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
                      "DELETE WHERE { ?s ?p ?o } ; DELETE WHERE { ?a ?b ?c }"):  # fmt: skip
        assert in_every_graph(untouched) is None


def test_insert_without_graph_is_visible_to_queries(tmp_path: Path) -> None:
    store = make_store(tmp_path / "s", {"d1": 1})
    insert = "INSERT DATA { <urn:kg:a> <urn:kg:b> 'c' }"
    result = kg("query", "--allow-update", "-e", insert, "--store", store)
    assert result.returncode == 0 and "nothing changed" not in result.stderr
    ask = kg("query", "-e", "ASK { <urn:kg:a> <urn:kg:b> 'c' }", "--store", store)
    assert (ask.returncode, ask.stdout) == (0, "true\n")  # queries see the default graph too
