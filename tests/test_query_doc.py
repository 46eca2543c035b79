"""`kg query --doc DOC` answers from one document's graph; W3C formats stream."""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from kg_runs import kg


@pytest.fixture(scope="module")
def store(references: dict[int, Path]) -> Path:
    return references[0]


def rows(*args: object) -> list[dict[str, str]]:
    done = kg("query", *args, "--format", "csv")
    assert done.returncode == 0, done.stderr
    return list(csv.DictReader(io.StringIO(done.stdout)))


def test_mentions_of_one_document_are_its_rows_of_the_whole_answer(store: Path) -> None:
    everything = rows("mentions", "--store", store)
    one = rows("mentions", "--store", store, "--doc", "doc03")
    assert one and one == [r for r in everything if r["doc"] == "doc03"]
    names = {r["name"] for r in rows("persons", "--store", store, "--doc", "doc03")}
    assert {r["name"] for r in one if r["type"] == "Person"} <= names


def test_an_unknown_document_is_a_one_line_error(store: Path) -> None:
    done = kg("query", "mentions", "--store", store, "--doc", "nosuch")
    assert done.returncode == 2
    assert done.stderr == f"kg: error: no document 'nosuch' in the store {store}\n"


def test_mentions_run_document_by_document_give_the_whole_query_answer(store: Path) -> None:
    """`kg query mentions` runs one document at a time (kg.sparql.BY_DOCUMENT): the same
    rows, in the same order, as the query run on the whole store, in every format."""
    assert_whole_answer(store)


def test_an_entity_with_two_names_keeps_a_mention_row_for_each(store: Path, tmp_path: Path) -> None:
    """Must not merge: the names read once hold one per entity, so a second `bro:rowName`
    (which no build writes) sends the rows back to the query's own name sub-select."""
    copy = updated_copy(
        store,
        tmp_path,
        'INSERT { GRAPH kgg:derived { ?e bro:rowName "Королевство Бельгия" } } WHERE { { '
        "SELECT ?e WHERE { GRAPH ?g { ?m bro:refersTo ?e } GRAPH kgg:derived "
        "{ ?e bro:rowName ?n } } ORDER BY ?e LIMIT 1 } }",
    )
    # rows equal but for their names tie on the query's order, so any order of the two goes
    assert '"Королевство Бельгия"'.encode() in assert_whole_answer(copy, sorted)


def test_a_document_graph_with_a_second_id_runs_the_whole_query(
    store: Path, tmp_path: Path
) -> None:
    """Must not interleave: a graph whose mentions join two document ids (a second
    `bro:docId`, on a node that is no Document) holds rows of two places in the order, so
    it is not answered graph by graph."""
    copy = updated_copy(
        store,
        tmp_path,
        'INSERT { GRAPH ?g { <https://example.org/reprint> bro:docId "zz-reprint" } } '
        "WHERE { { SELECT ?g WHERE { GRAPH ?g { ?d a bro:Document } } ORDER BY ?g LIMIT 1 } }",
    )
    assert b'"zz-reprint"' in assert_whole_answer(copy)


def test_a_document_id_written_with_escapes_keeps_its_cell(store: Path, tmp_path: Path) -> None:
    """Must not re-escape: the document id put into each row is the cell Oxigraph writes for
    it (a quote and a tab escaped in TSV, the cell quoted in CSV)."""
    copy = updated_copy(
        store,
        tmp_path,
        "DELETE { GRAPH ?g { ?d bro:docId ?id } } "
        'INSERT { GRAPH ?g { ?d bro:docId "zz \\"Oslo\\"\\tTallinn" } } '
        "WHERE { { SELECT ?g ?d ?id WHERE { GRAPH ?g { ?d bro:docId ?id } } "
        "ORDER BY ?g LIMIT 1 } }",
    )
    assert b'"zz \\"Oslo\\"\\tTallinn"' in assert_whole_answer(copy)


def test_an_entity_iri_with_a_comma_keeps_its_csv_rows(store: Path, tmp_path: Path) -> None:
    """Must not split an IRI: Oxigraph writes IRIs bare in CSV, a comma and all, so such a
    row does not parse into its cells and its document's rows come from the whole query's
    text."""
    copy = updated_copy(
        store,
        tmp_path,
        "DELETE { GRAPH ?g { ?m bro:refersTo ?e } } "
        "INSERT { GRAPH ?g { ?m bro:refersTo <https://example.org/state/Lima,Quito> } } "
        "WHERE { { SELECT ?g ?m ?e WHERE { GRAPH ?g { ?m bro:refersTo ?e } } "
        "ORDER BY ?m LIMIT 1 } }",
    )
    assert b"<https://example.org/state/Lima,Quito>" in assert_whole_answer(copy)


def updated_copy(store: Path, tmp_path: Path, update: str) -> Path:
    """A copy of `store` changed by a SPARQL `update` (prefixes bro: and kgg: known)."""
    from kg.store import KgStore

    copy = shutil.copytree(store, tmp_path / "s")
    with KgStore.open_write(copy) as kg:
        kg.update(
            "PREFIX bro: <https://w3id.org/kg-bilateral/ontology#>\n"
            "PREFIX kgg: <https://w3id.org/kg-bilateral/id/graph/>\n" + update
        )
    return copy


def assert_whole_answer(store: Path, seen: Callable[[list], list] = list) -> bytes:
    """The by-document answer equals the whole query's in csv, tsv and the table (its rows
    as `seen` gives them); the TSV."""
    from pyoxigraph import QueryResultsFormat

    from kg.sparql import display, resolve_query, run_query
    from kg.store import KgStore

    text = resolve_query("mentions")
    with KgStore.open_read(store) as kg:
        whole = {
            fmt: kg.db.query(text, use_default_graph_as_union=True).serialize(format=w3c)
            for fmt, w3c in (("csv", QueryResultsFormat.CSV), ("tsv", QueryResultsFormat.TSV))
        }
        table = [
            [display(t) for t in row] for row in kg.db.query(text, use_default_graph_as_union=True)
        ]
    assert len({line.split(b"\t")[3] for line in whole["tsv"].splitlines()[1:]}) > 2
    for fmt, expected in whole.items():
        streamed = io.BytesIO()
        run_query(store, text, format=fmt, sink=streamed)  # type: ignore[arg-type]
        lines = seen(expected.splitlines())
        assert seen(streamed.getvalue().splitlines()) == lines, fmt
        answer = run_query(store, text, format=fmt).data or b""  # type: ignore[arg-type]
        assert seen(answer.splitlines()) == lines, fmt
    assert seen(run_query(store, text).rows) == seen(table)
    return whole["tsv"]


def test_mentions_stream_the_first_document_at_once_and_the_rest_in_big_chunks(
    store: Path,
) -> None:
    """The first document's rows come as soon as they are ready; the others are gathered
    into chunks of tens of kilobytes (one message per document cost more than its rows)."""
    from kg.sparql import resolve_query, run_query

    class Writes(io.BytesIO):
        def __init__(self) -> None:
            super().__init__()
            self.writes: list[bytes] = []

        def write(self, data: bytes) -> int:  # type: ignore[override]
            self.writes.append(bytes(data))
            return super().write(data)

    sink = Writes()
    run_query(store, resolve_query("mentions"), format="tsv", sink=sink)
    lines = sink.getvalue().splitlines(keepends=True)
    docs = [line.split(b"\t")[3] for line in lines[1:]]
    assert len(set(docs)) > 2 and len(sink.getvalue()) < 1 << 16
    first = lines[0] + b"".join(
        line for line, doc in zip(lines[1:], docs, strict=True) if doc == docs[0]
    )
    assert sink.writes == [first, sink.getvalue()[len(first) :]]


def test_mentions_take_the_entity_names_and_document_ids_from_one_read() -> None:
    """Per document, the TSV, CSV and table query goes without `mentions`' name and document id
    sub-selects (both read once and written into the rows): they must stay where they are
    found, and the columns as they are."""
    from kg.sparql import _lean, resolve_query

    cut = _lean(resolve_query("mentions"))
    assert cut is not None and "rowName" not in cut and "docId" not in cut
    assert "SELECT ?entity ?name ?type ?doc ?start" in cut


def test_each_documents_mentions_query_is_sent_without_comment_lines() -> None:
    """Oxigraph reads the text of each document's query again; the canned file's comment
    lines are left out of it (a `#` inside an IRI stays)."""
    from kg.sparql import _lean, resolve_query

    cut = _lean(resolve_query("mentions"))
    assert cut is not None and "ontology#>" in cut
    assert not [line for line in cut.splitlines() if line.lstrip().startswith("#")]
