"""The cells the persons and offices tables read from the derived graph follow a build
that adds one document: they are the ones computing them over the whole store gives, and
the new document's offices and sources show in the tables."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from kg_runs import build_here, copy_store, kg
from test_idempotence import corpus_of

from kg.derived import table_cells
from kg.rdf import DERIVED_GRAPH
from kg.sparql import resolve_query
from kg.store import KgStore
from kg.table_rows import OFFICE_ROWS, PERSON_OFFICES

# Names a state and a person no document of the shared corpus names, and one it does.
ADDED = (
    "Переговоры в Осло\n\n"
    "12 мая 2024 года премьер-министр Норвегии Юнас Гар Стёре принял в Осло "
    "президента Казахстана Касым-Жомарта Токаева.\n"
)


def table(name: str, store: Path) -> list[dict[str, str]]:
    done = kg("query", name, "--store", store, "--format", "csv")
    assert done.returncode == 0, done.stderr
    return list(csv.DictReader(io.StringIO(done.stdout)))


def stored_cells(store: Path) -> tuple[set[str], set[str]]:
    """The table cells in the derived graph, and those computed over the store now."""
    with KgStore.open_read(store) as s:
        live = {str(q) for q in table_cells(s.select)}
        predicates = {q.predicate for q in table_cells(s.select)}
        stored = {
            str(q)
            for q in s.db.quads_for_pattern(None, None, None, DERIVED_GRAPH)
            if q.predicate in predicates
        }
    return stored, live


def test_an_added_document_reaches_the_derived_table_cells(
    references: dict[int, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = copy_store(references[0], tmp_path / "s")
    before = table("offices", store)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for source in corpus_of(references).iterdir():
        (corpus / source.name).write_bytes(source.read_bytes())
    (corpus / "oslo.txt").write_text(ADDED, encoding="utf-8")
    build_here(store, [corpus], capsys)

    stored, live = stored_cells(store)
    assert stored == live and any("rowSources" in q for q in stored)
    offices = table("offices", store)
    # the gazetteer's offices of a person the document names gain it as a source
    tokayev = [
        r for r in offices if r["name"] == "Касым-Жомарт Токаев" and r["basis"] == "gazetteer"
    ]
    assert tokayev and all("oslo" in r["sources"].split("; ") for r in tokayev)
    assert not any("oslo" in r["sources"] for r in before)
    persons = {r["name"]: r for r in table("persons", store)}
    assert persons["Юнас Гар Стёре"]["office"] == "премьер-министр"
    assert persons["Юнас Гар Стёре"]["state"] == "Норвегия"


def test_the_tables_read_what_the_live_queries_compute(references: dict[int, Path]) -> None:
    """`offices` and the office and state of `persons`, read from the derived cells, are
    what gathering them over the documents at query time gives, rows and order."""
    canned = resolve_query("offices")
    order = canned[canned.index("ORDER BY") :]
    live = OFFICE_ROWS.replace("SELECT ?holding ?person ?name", "SELECT ?person ?name") + order
    with KgStore.open_read(references[0]) as s:
        rows = [tuple(map(str, r)) for r in s.db.query(canned, use_default_graph_as_union=True)]
        assert rows and rows == [
            tuple(map(str, r)) for r in s.db.query(live, use_default_graph_as_union=True)
        ]
        persons = {
            str(r["person"]): (str(r["office"]), str(r["state"]))
            for r in s.db.query(resolve_query("persons"), use_default_graph_as_union=True)
        }
        computed = {
            str(r["person"]): (str(r["office"]), str(r["state"])) for r in s.select(PERSON_OFFICES)
        }
    assert persons == computed and any(o != "None" for o, _ in persons.values())
