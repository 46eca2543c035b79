"""kg query: read-only by default, no network, bounded in time, clear errors."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import rdflib
import rdflib.compare
from hypothesis import given
from hypothesis import strategies as st
from kg_runs import KG, env, kg
from test_store import make_store

from kg.errors import KgError, StoreError, UsageError
from kg.sparql import (
    QueryOutput,
    QueryWorker,
    canned_queries,
    compact,
    is_update,
    keywords,
    query_job,
    resolve_query,
    run_query,
)
from kg.store import KgStore

pytestmark = pytest.mark.heavy  # long tests: scheduled first (conftest)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_store(tmp_path_factory.mktemp("q") / "s", {"d1": 40, "d2": 40})


@pytest.fixture(scope="module")
def ask(store: Path) -> Iterator[Callable[..., QueryOutput]]:
    """(query, format) → the answer on the module's store of one query worker the module
    shares, each job as `kg query --format FORMAT` builds it: the tests of formats read
    answers, not a worker's start (in an xdist worker each `run_query` spawns an interpreter,
    ~0.6 s). The worker opens the store for a job only, so it holds no lock between tests."""
    worker = QueryWorker()
    try:
        yield lambda text, format="table": worker.run(query_job(store, text, format), 30)
    finally:
        worker.close()


def quad_count(path: Path) -> int:
    with KgStore.open_read(path) as kg:
        return len(kg.db)


@pytest.mark.parametrize(
    "text",
    [
        'SELECT * WHERE { ?s ?p "SERVICE <http://x/> { ?a ?b ?c }" }',
        "SELECT * WHERE { ?s ?p '''LOAD\nSERVICE''' }",
        "# SERVICE <http://x/>\nSELECT * WHERE { ?s ?p ?o }",
        "SELECT ?service WHERE { ?service <http://x/service> ?o }",
        "PREFIX service: <http://x/> SELECT * WHERE { ?s service:load ?o }",
        "SELECT * WHERE { ?s ?p ?o FILTER(?o < 3 && ?s > 2) }",
    ],
)
def test_service_words_in_strings_comments_iris_and_names_are_not_keywords(text: str) -> None:
    assert not {"SERVICE", "LOAD"} & set(keywords(text))
    assert not is_update(text)


@given(st.text())
def test_no_string_literal_makes_a_query_look_federated_or_an_update(content: str) -> None:
    escaped = content.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    text = f'SELECT * WHERE {{ ?s ?p "{escaped}" }}'
    assert keywords(text) == ["SELECT", "WHERE"]


@pytest.mark.parametrize(
    ("text", "update"),
    [
        ("DELETE WHERE { ?s ?p ?o }", True),
        ("prefix x: <http://x/>\n# select\ninsert data { x:a x:b x:c }", True),
        ("WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", True),
        ("DROP ALL", True),
        ("BASE <http://x/> select * { ?s ?p ?o }", False),
        ("ASK { ?s <http://x/delete> ?o }", False),
        ("", False),
    ],
)
def test_updates_are_recognised_by_their_first_keyword(text: str, update: bool) -> None:
    assert is_update(text) is update


def test_an_update_is_refused_and_leaves_the_store_untouched(store: Path) -> None:
    before = quad_count(store)
    with pytest.raises(UsageError, match="is a SPARQL Update; .* read-only unless --allow-update"):
        run_query(store, "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert quad_count(store) == before


def test_an_allowed_update_is_applied(tmp_path: Path) -> None:
    path = make_store(tmp_path / "s", {"d1": 3})
    out = run_query(path, "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }", allow_update=True)
    assert out.message == "update applied: 11 → 0 quads"  # 9 in d1, 2 in the entity graph
    assert quad_count(path) == 0


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "select * where { service silent <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "LOAD <http://127.0.0.1:9/data.ttl>",
    ],
)
def test_network_access_is_refused(store: Path, text: str) -> None:
    with pytest.raises(UsageError, match="reaches the network; refused unless --allow-service"):
        run_query(store, text, allow_update=True)


def test_malformed_sparql_names_line_and_column(store: Path) -> None:
    with pytest.raises(UsageError, match=r"^malformed SPARQL: error at 2:11: ") as info:
        run_query(store, "SELECT * WHERE {\n  ?s ?p  }")
    assert len(str(info.value)) < 300


def test_a_runaway_query_is_stopped_at_the_timeout(store: Path) -> None:
    # 168⁴ rows, minutes unless stopped: a bound far above the timeout still tells a stopped
    # query from one run to its end, however busy the machine is
    cross = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    started = time.monotonic()
    with pytest.raises(KgError, match=r"query stopped after 0.5 s \(--timeout\)"):
        run_query(store, cross, timeout=0.5)
    assert time.monotonic() - started < 30


def test_a_missing_store_is_reported(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at .*run `kg build` first"):
        run_query(tmp_path / "none", "ASK {}")


def test_select_formats(ask: Callable[..., QueryOutput]) -> None:
    text = "SELECT ?d ?h { ?d <https://w3id.org/kg-bilateral/ontology#contentHash> ?h } ORDER BY ?d"
    table = ask(text)
    assert table.columns == ["d", "h"]
    assert table.rows == [["kgr:doc/d1", "sha-a"], ["kgr:doc/d2", "sha-a"]]
    results = json.loads(ask(text, format="json").data or b"")
    assert results["head"]["vars"] == ["d", "h"]
    assert results["results"]["bindings"][0]["d"]["value"].startswith("https://")
    assert (ask(text, format="csv").data or b"").startswith(b"d,h\r\nhttps://")
    assert (ask(text, format="tsv").data or b"").startswith(b"?d\t?h\n<https://")
    assert b"<sparql xmlns" in (ask(text, format="xml").data or b"")


def test_ask_and_construct(ask: Callable[..., QueryOutput]) -> None:
    assert ask("ASK { ?s ?p ?o }").data == b"true\n"
    assert json.loads(ask("ASK { }", format="json").data or b"") == {
        "head": {},
        "boolean": True,
    }
    construct = "CONSTRUCT { ?s a ?c } WHERE { ?s a ?c }"
    assert b"\ndoc:d1 a bro:Document .\n" in (ask(construct).data or b"")
    lines = (ask(construct, format="ntriples").data or b"").decode().splitlines()
    assert (
        "<https://w3id.org/kg-bilateral/id/doc/d1> <http://www.w3.org/1999/02/22-rdf-syntax-"
        "ns#type> <https://w3id.org/kg-bilateral/ontology#Document> ." in lines
    )


def test_the_default_graph_is_the_union_of_the_graphs(store: Path) -> None:
    out = run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert out.rows == [[str(quad_count(store))]]


def test_compact_uses_the_longest_known_namespace() -> None:
    assert compact("http://www.wikidata.org/entity/Q7747") == "wd:Q7747"
    assert compact("urn:x") == "urn:x"


def test_canned_queries_resolve_by_name_or_file(tmp_path: Path) -> None:
    canned = canned_queries()
    assert "persons" in canned and canned["persons"]
    assert "SELECT" in resolve_query("persons").upper()
    own = tmp_path / "mine.rq"
    own.write_text("# mine\nASK {}", encoding="utf-8")
    assert resolve_query(str(own)) == "# mine\nASK {}"
    with pytest.raises(UsageError, match="unknown query 'nosuch'.*canned queries: .*persons"):
        resolve_query("nosuch")
    with pytest.raises(UsageError, match="unknown query"):
        resolve_query(str(tmp_path / "missing.rq"))


@pytest.mark.parametrize("timeout", ["inf", "nan", "1e300", "-1", "0"])
def test_a_timeout_that_is_no_duration_is_a_usage_error(store: Path, timeout: str) -> None:
    result = kg("query", "persons", "--timeout", timeout, "--store", store)
    assert result.returncode == 2
    assert result.stderr.startswith("kg: error: --timeout must be a number of seconds above 0")
    assert result.stderr.count("\n") == 1


def test_inline_sparql_that_is_not_utf8_is_a_usage_error(store: Path) -> None:
    argv = [*KG, "query", "-e", b'SELECT * { ?s ?p "\xff\xfe" }', "--store", str(store)]
    result = subprocess.run(argv, env=env(), capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stderr) == (2, "kg: error: the query is not valid UTF-8\n")


def test_only_rq_and_sparql_files_are_read_as_queries(store: Path, tmp_path: Path) -> None:
    for name in ("doc.txt", "notes.rq.bak", "data.ttl"):
        (tmp_path / name).write_text("ASK {}", encoding="utf-8")
        result = kg("query", tmp_path / name, "--store", store)
        assert result.returncode == 2
        assert result.stderr == (
            f"kg: error: refusing to read {tmp_path / name} as a query: "
            "query files end in .rq or .sparql\n"
        )
    (tmp_path / "ok.SPARQL").write_text("ASK {}", encoding="utf-8")
    assert kg("query", tmp_path / "ok.SPARQL", "--store", store).stdout == "true\n"


def test_construct_honours_the_format(ask: Callable[..., QueryOutput]) -> None:
    construct = "CONSTRUCT { ?s a ?c } WHERE { ?s a ?c }"
    graphs = {fmt: ask(construct, fmt).data or b"" for fmt in
              ("table", "turtle", "ntriples", "jsonld", "rdfxml", "json", "xml")}  # fmt: skip
    with pytest.raises(UsageError, match="--format csv does not fit a CONSTRUCT/DESCRIBE"):
        ask(construct, "csv")
    with pytest.raises(UsageError, match="--format turtle does not fit a SELECT query; its"):
        ask("SELECT * { ?s ?p ?o }", "turtle")
    assert graphs["table"] == graphs["turtle"] and graphs["json"] == graphs["jsonld"]
    assert graphs["xml"] == graphs["rdfxml"]
    parse_as = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml"}
    reference = rdflib.Graph().parse(data=graphs["ntriples"], format="nt")
    assert len(reference) == 3  # the two documents and the person
    for fmt, rdflib_format in parse_as.items():
        parsed = rdflib.Graph().parse(data=graphs[fmt], format=rdflib_format)
        assert rdflib.compare.isomorphic(parsed, reference), fmt


def test_a_killed_query_command_takes_its_runaway_query_process_with_it(store: Path) -> None:
    from test_workers import alive, children

    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    process = subprocess.Popen(
        [*KG, "query", "--store", str(store), "--timeout", "600", "-e", runaway],
        env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not children(process.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(1)  # the worker has the job and holds the store's read lock
    workers = children(process.pid)
    process.kill()
    process.wait()
    deadline = time.monotonic() + 10
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert workers and not [w for w in workers if alive(w)], "the query process outlived kg"
    with KgStore.open_write(store, wait=0):  # no reader left holding the store
        pass


def test_canned_queries_are_what_the_parser_check_would_find() -> None:
    """`kg query NAME` skips the parser for a shipped text: this is what it would say."""
    from kg.sparql import check, shipped_texts

    assert {resolve_query(name) for name in canned_queries()} == shipped_texts()
    for text in shipped_texts():  # what the worker reads of a check, for a query
        assert not check(text).update and not check(text).network, text[:60]


def test_a_canned_query_with_a_service_added_is_checked_and_refused(store: Path) -> None:
    text = resolve_query("states").replace("WHERE {", "WHERE { SERVICE <http://x/> { ?a ?b ?c }", 1)
    with pytest.raises(UsageError, match="SERVICE <http://x/>"):
        run_query(store, text)


def test_a_process_forks_its_query_worker_only_while_it_has_one_thread(store: Path) -> None:
    """Fork skips re-importing kg in the worker; a parent that opened RocksDB has its
    threads and must spawn."""
    probe = (
        "import sys; from pathlib import Path; from kg.sparql import _single_threaded, "
        "run_query; from kg.store import KgStore\n"
        "before = _single_threaded(); rows = run_query(Path(sys.argv[1]), 'ASK {}').data\n"
        "with KgStore.open_read(Path(sys.argv[1])): pass\n"
        "print(before, _single_threaded(), rows)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(store)],
        env=env(),
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == ["True", "False", "b'true\\n'"]
