"""`kg query mentions` writes each document's kept rows (`kg.mention_rows`): the answer of
the canned `.rq`, byte for byte, in every format, with or without `--doc`; a graph without
rows (an old or changed store) is queried; the endpoint always answers by the `.rq`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from kg_runs import kg

ONT = "https://w3id.org/kg-bilateral/ontology#"
ROWS = f"<{ONT}mentionRows>"
FORMATS = ("tsv", "csv", "table", "json", "xml")


@pytest.fixture(scope="module")
def built(references: dict[int, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shutil.copytree(references[0], tmp_path_factory.mktemp("rows") / "s")


def changed(store: Path, tmp_path: Path, work: object) -> Path:
    """A copy of `store` with `work(db)` done on it straight through pyoxigraph (kg's own
    update drops every graph's rows)."""
    from kg.store import KgStore

    copy = shutil.copytree(store, tmp_path / "copy")
    with KgStore.open_write(copy) as handle:
        handle._transaction(work)  # type: ignore[arg-type]
    return copy


def graphs_of(db: object) -> list:
    return sorted(
        (
            row["g"]
            for row in db.query(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?d {ROWS} ?r }} }}")
        ),  # type: ignore[attr-defined]
        key=str,
    )


def drop_rows(db: object, graphs: list | None = None) -> None:
    """Removes the rows of `graphs` (all: None)."""
    for graph in graphs_of(db) if graphs is None else graphs:
        for quad in list(db.quads_for_pattern(None, None, None, graph)):  # type: ignore[attr-defined]
            if str(quad.predicate) == ROWS:
                db.remove(quad)  # type: ignore[attr-defined]


def answers(store: Path, docs: tuple[str | None, ...]) -> dict[str | None, dict[str, object]]:
    """`kg query mentions` in every format, of the whole store (None) and of each of `docs`:
    the jobs `run_query` gives its worker, run by one worker (this process has RocksDB's
    threads once it opened a store, so each fresh worker was a spawned interpreter)."""
    from dataclasses import replace

    from kg.sparql import QueryWorker, query_job, resolve_query

    text = resolve_query("mentions")
    out: dict[str | None, dict[str, object]] = {}
    worker = QueryWorker(warm=False)
    try:
        for doc in docs:
            for fmt in FORMATS:
                answer = worker.run(replace(query_job(store, text, fmt), doc=doc), timeout=30)
                out.setdefault(doc, {})[fmt] = answer.rows if fmt == "table" else answer.data
    finally:
        worker.close()
    return out


def the_rq(store: Path, doc: str | None = None) -> dict[str, object]:
    """The canned `.rq` run by Oxigraph on the whole store (its graph alone with `doc`)."""
    from pyoxigraph import QueryResultsFormat

    from kg.rdf import doc_graph
    from kg.sparql import _in_graph, display, resolve_query
    from kg.store import KgStore

    text = resolve_query("mentions")
    if doc is not None:
        text = _in_graph(text, doc_graph(doc))
    out: dict[str, object] = {}
    with KgStore.open_read(store) as handle:
        for fmt in FORMATS:
            result = handle.db.query(text, use_default_graph_as_union=True)
            if fmt == "table":
                out[fmt] = [[display(t) for t in row] for row in result]
            else:
                w3c = getattr(QueryResultsFormat, fmt.upper())
                out[fmt] = result.serialize(format=w3c)
    return out


def assert_the_rq(store: Path, docs: tuple[str, ...] = ("doc03",)) -> None:
    every = answers(store, (None, *docs))
    for doc in (None, *docs):
        expected, got = the_rq(store, doc), every[doc]
        for fmt in FORMATS:
            assert got[fmt] == expected[fmt], (fmt, doc)


def test_every_document_keeps_the_rows_of_its_graph(built: Path) -> None:
    from kg.mention_rows import VERSION, rows_literal
    from kg.store import KgStore

    with KgStore.open_read(built) as handle:
        db = handle.db
        query = f"SELECT ?g WHERE {{ GRAPH ?g {{ ?d a <{ONT}Document> }} }}"
        documents = {row["g"] for row in db.query(query)}
        assert len(documents) > 2 and set(graphs_of(db)) == documents
        for graph in documents:
            quads = list(db.quads_for_pattern(None, None, None, graph))
            kept = [q.object.value for q in quads if str(q.predicate) == ROWS]
            assert kept == [rows_literal(q for q in quads if str(q.predicate) != ROWS)]
            assert kept[0].startswith(VERSION + "\n")


def test_kept_rows_are_the_rq_answer_in_every_format(built: Path) -> None:
    assert_the_rq(built, ("doc03", "doc00"))


def test_a_document_without_rows_is_queried(built: Path, tmp_path: Path) -> None:
    """Must not lose rows: one graph without its literal (an older build, a push) among
    graphs with theirs gives the same answer."""
    copy = changed(built, tmp_path, lambda db: drop_rows(db, graphs_of(db)[1:2]))
    from kg.store import KgStore

    with KgStore.open_read(copy) as handle:
        assert len(graphs_of(handle.db)) == len(graphs_of_store(built)) - 1
    assert_the_rq(copy, ("doc01", "doc03"))


def test_queried_documents_are_named_in_a_note_and_kept_ones_are_not(
    built: Path, tmp_path: Path
) -> None:
    """The slower path says so (and how to leave it) on stderr: an old store's user would
    otherwise not know a rebuild speeds `mentions` up; a store keeping every row says
    nothing, and the rows on stdout are the same either way."""
    count = len(graphs_of_store(built))
    copy = changed(built, tmp_path, lambda db: drop_rows(db, graphs_of(db)[:2]))
    for fmt in ("tsv", "table"):
        kept = kg("query", "mentions", "--store", str(built), "--format", fmt)
        some = kg("query", "mentions", "--store", str(copy), "--format", fmt)
        assert kept.returncode == some.returncode == 0
        assert "note" not in kept.stderr
        assert f"2 of {count} documents" in some.stderr and "--rebuild" in some.stderr
        assert some.stdout == kept.stdout
    every = changed(built, tmp_path / "all", drop_rows)
    assert "every document" in kg("query", "mentions", "--store", str(every)).stderr
    one = kg("query", "mentions", "--store", str(copy), "--doc", "doc03", "--format", "json")
    assert "note" not in one.stderr  # JSON is never written from kept rows


def graphs_of_store(store: Path) -> list:
    from kg.store import KgStore

    with KgStore.open_read(store) as handle:
        return graphs_of(handle.db)


def test_rows_with_escapes_a_comma_iri_and_no_via_are_written_as_oxigraph_does(
    built: Path, tmp_path: Path
) -> None:
    """A text with a tab, a line break, quotes, a backslash and a comma, an entity IRI with a
    comma (bare in CSV), a mention without `bro:via`: the kept rows, made again from the
    changed graph, give the `.rq`'s cells."""
    from pyoxigraph import Literal, NamedNode, Quad

    from kg.mention_rows import rows_literal
    from kg.rdf import BRO, OA

    def work(db: object) -> None:
        graph = graphs_of(db)[0]
        quads = list(db.quads_for_pattern(None, None, None, graph))  # type: ignore[attr-defined]
        mentions = [q.subject for q in quads if q.object == BRO.StateMention]
        refers = next(q for q in quads if q.predicate == BRO.refersTo and q.subject == mentions[0])
        sel = next(
            q.object for q in quads if q.predicate == OA.hasSelector and q.subject == mentions[0]
        )
        exact = next(q for q in quads if q.predicate == OA.exact and q.subject == sel)
        via = next(q for q in quads if q.predicate == BRO.via and q.subject == mentions[1])
        for old, new in (
            (exact, Literal('Чили,\t"Перу"\n\\ Лима\r')),
            (refers, NamedNode("https://example.org/state/Lima,Quito")),
        ):
            db.remove(old)  # type: ignore[attr-defined]
            db.add(Quad(old.subject, old.predicate, new, graph))  # type: ignore[attr-defined]
        db.remove(via)  # type: ignore[attr-defined]
        drop_rows(db, [graph])
        quads = list(db.quads_for_pattern(None, None, None, graph))  # type: ignore[attr-defined]
        doc = next(q.subject for q in quads if q.predicate == BRO.docId)
        value = rows_literal(quads)
        assert value is not None and "Lima,Quito" in value and '\\t\\"Перу' in value
        db.add(Quad(doc, BRO.mentionRows, Literal(value), graph))  # type: ignore[attr-defined]

    copy = changed(built, tmp_path, work)
    from kg.store import KgStore

    with KgStore.open_read(copy) as handle:
        first = handle.db.query(
            f"SELECT ?id WHERE {{ GRAPH {graphs_of(handle.db)[0]} {{ ?d <{ONT}docId> ?id }} }}"
        )
        doc = next(iter(first))["id"].value
    assert_the_rq(copy, (doc,))


def test_rows_the_query_leaves_tied_are_not_kept() -> None:
    """Must not guess an order: a mention with two `via`s for one entity gives two rows tied on
    start, end and entity, whose order is Oxigraph's, so the graph keeps no rows; one via
    (must keep) is kept."""
    from pyoxigraph import Literal, NamedNode, Quad

    from kg.mention_rows import rows_literal
    from kg.rdf import BRO, OA, RDF, XSD

    g, m, s = (NamedNode(f"https://example.org/{x}") for x in ("g", "m", "s"))
    quads = [
        Quad(m, RDF.type, BRO.StateMention, g),
        Quad(m, BRO.refersTo, NamedNode("https://example.org/state/Estonia"), g),
        Quad(m, OA.hasSelector, s, g),
        Quad(s, OA.start, Literal("4", datatype=XSD.integer), g),
        Quad(s, OA.end, Literal("11", datatype=XSD.integer), g),
        Quad(s, OA.exact, Literal("Эстония"), g),
        Quad(m, BRO.via, Literal("name"), g),
    ]
    assert rows_literal(quads) is not None
    assert rows_literal([*quads, Quad(m, BRO.via, Literal("adjective"), g)]) is None


def test_a_users_update_drops_every_kept_row(built: Path, tmp_path: Path) -> None:
    """Must not serve stale rows: `kg query --allow-update` may change a mention, so the
    rows go first; the answer is then the query's."""
    copy = shutil.copytree(built, tmp_path / "u")
    update = tmp_path / "update.rq"
    update.write_text(
        "DELETE { GRAPH ?g { ?s <http://www.w3.org/ns/oa#exact> ?t } } "
        "INSERT { GRAPH ?g { ?s <http://www.w3.org/ns/oa#exact> \"Канада и Мексика\" } } "
        "WHERE { GRAPH ?g { ?s <http://www.w3.org/ns/oa#exact> ?t } }",
        encoding="utf-8",
    )  # fmt: skip
    done = kg("query", update, "--store", copy, "--allow-update")
    assert done.returncode == 0, done.stderr
    assert graphs_of_store(copy) == []
    assert_the_rq(copy)


def test_the_endpoint_and_the_cli_read(built: Path, tmp_path: Path) -> None:
    """The endpoint answers by the `.rq` whatever a graph keeps; `kg query` writes the kept
    rows (a literal changed by hand shows through the CLI only)."""
    from pyoxigraph import Literal, Quad

    from kg.sparql import Job, _evaluate, resolve_query

    def work(db: object) -> None:
        graph = graphs_of(db)[0]
        quads = db.quads_for_pattern(None, None, None, graph)  # type: ignore[attr-defined]
        quad = next(q for q in quads if str(q.predicate) == ROWS)
        db.remove(quad)  # type: ignore[attr-defined]
        value = quad.object.value.replace('"', '"Тест ', 1)
        db.add(Quad(quad.subject, quad.predicate, Literal(value), graph))  # type: ignore[attr-defined]

    copy = changed(built, tmp_path, work)
    text = resolve_query("mentions")
    expected = the_rq(copy)["tsv"]
    job = Job(str(copy), text, result_formats=("tsv",), graph_formats=(), endpoint=True)
    assert _evaluate(job, False).data == expected
    done = kg("query", "mentions", "--store", copy, "--format", "tsv")
    assert done.returncode == 0, done.stderr
    assert done.stdout.encode() != expected and '"Тест ' in done.stdout
