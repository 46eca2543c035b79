"""`kg serve`: a real server process on a free loopback port, real HTTP clients
(SPARQLWrapper, rdflib's SPARQLStore and urllib), the real store of a real build; a build
runs while it serves."""

from __future__ import annotations

import json
import re
import shutil
import signal
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import rdflib
import rdflib.compare
from kg_runs import start_kg
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, SPARQLWrapper
from test_service_refusal import Listener
from test_store import make_store

from kg.sparql import Job, QueryWorker, canned_queries, resolve_query

pytestmark = pytest.mark.heavy  # long tests: scheduled first (conftest)

SPARQL_JSON = "application/sparql-results+json"


@contextmanager
def serving(store: Path, *options: str) -> Iterator[str]:
    """`kg serve` on a free port; yields its endpoint URL, then stops it as Ctrl-C does and
    checks it ended cleanly."""
    process = start_kg("serve", "--store", store, "--port", "0", *options)
    assert process.stderr is not None
    line = process.stderr.readline()
    match = re.search(r" at (http://127\.0\.0\.1:\d+/) \(SPARQL endpoint", line)
    try:
        assert match, line
        yield match.group(1) + "sparql"
    finally:
        process.send_signal(signal.SIGINT)  # Ctrl-C
        _, err = process.communicate(timeout=20)
        assert (process.returncode, err.strip()) == (130, "kg: interrupted")


def http(
    url: str, *, query: str | None = None, body: bytes | None = None,
    content_type: str = "application/sparql-query", accept: str = SPARQL_JSON,
) -> tuple[int, str, bytes]:  # fmt: skip
    """(status, content type, body) of a GET (query as a parameter) or a POST."""
    if query is not None:
        url += "?" + urllib.parse.urlencode({"query": query})
    headers = {"Accept": accept, "Content-Type": content_type}
    request = urllib.request.Request(url, data=body, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers["Content-Type"], response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers["Content-Type"], exc.read()


def rows(results: dict) -> tuple[list[str], list[str]]:
    """The columns, and the rows as sorted JSON strings (order-free comparison)."""
    bindings = results["results"]["bindings"]
    return results["head"]["vars"], sorted(json.dumps(b, sort_keys=True) for b in bindings)


def local(store: Path, texts: list[str], fmt: str = "json") -> list[bytes]:
    """What `kg query --format FMT` gives for each text (the same worker it runs)."""
    worker = QueryWorker()
    try:
        return [
            worker.run(Job(str(store), t, result_formats=(fmt,), graph_formats=(fmt,)), 60).data
            or b""
            for t in texts
        ]
    finally:
        worker.close()


@pytest.fixture(scope="module")
def built(references: dict[int, Path]) -> Path:
    return references[0]


@pytest.fixture(scope="module")
def endpoint(built: Path) -> Iterator[str]:
    with serving(built) as url:
        yield url


def test_canned_queries_answer_as_kg_query(built: Path, endpoint: str) -> None:
    names = list(canned_queries())
    texts = [resolve_query(name) for name in names]
    expected = [rows(json.loads(data)) for data in local(built, texts)]
    assert sum(len(r) for _, r in expected) > 50  # a real graph, not an empty one
    for name, text, want in zip(names, texts, expected, strict=True):
        client = SPARQLWrapper(endpoint)
        client.setQuery(text)
        client.setReturnFormat(JSON)
        assert rows(client.query().convert()) == want, name  # type: ignore[arg-type]
    # rdflib's SPARQLStore, a client that parses the results itself
    graph = rdflib.Graph(SPARQLStore(endpoint, returnFormat="xml"))
    states = resolve_query("states")
    got = sorted(tuple(str(v) if v is not None else "" for v in row) for row in graph.query(states))
    want = json.loads(local(built, [states])[0])
    assert got == sorted(
        tuple(b.get(v, {}).get("value", "") for v in want["head"]["vars"])
        for b in want["results"]["bindings"]
    )
    persons = resolve_query("persons")
    for answer in (
        http(endpoint, query=persons),  # GET
        http(endpoint, body=persons.encode()),  # POST, direct
        http(
            endpoint,
            body=urllib.parse.urlencode({"query": persons}).encode(),
            content_type="application/x-www-form-urlencoded",
        ),
    ):
        assert answer[:2] == (200, SPARQL_JSON)
        assert rows(json.loads(answer[2])) == expected[names.index("persons")]


def test_content_negotiation(built: Path, endpoint: str) -> None:
    select = "SELECT ?doc ?title WHERE { ?doc a ?c ; ?p ?title } LIMIT 3"
    status, kind, body = http(endpoint, query=select, accept="text/csv")
    assert (status, kind) == (200, "text/csv; charset=utf-8")
    assert body.startswith(b"doc,title\r\n") and body.count(b"\r\n") == 4
    status, kind, body = http(endpoint, query=select, accept="text/tab-separated-values")
    assert (status, kind) == (200, "text/tab-separated-values; charset=utf-8")
    assert body.startswith(b"?doc\t?title\n")
    status, kind, body = http(
        endpoint, query=select, accept="text/csv;q=0.5, application/sparql-results+xml"
    )
    assert (status, kind) == (200, "application/sparql-results+xml")
    assert (
        len(ET.fromstring(body).findall(".//{http://www.w3.org/2005/sparql-results#}result")) == 3
    )
    construct = "CONSTRUCT { ?s a ?c } WHERE { ?s a ?c }"
    reference = rdflib.Graph().parse(data=local(built, [construct], "ntriples")[0], format="nt")
    assert len(reference) > 20
    negotiated = [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                  ("application/ld+json", "json-ld"), ("*/*", "turtle")]  # fmt: skip
    for accept, rdflib_format in negotiated:
        status, kind, body = http(endpoint, query=construct, accept=accept)
        assert status == 200, body
        graph = rdflib.Graph().parse(data=body, format=rdflib_format)
        assert rdflib.compare.isomorphic(graph, reference), accept
    status, _, body = http(endpoint, query=select, accept="image/png")
    assert status == 406 and b"does not fit a SELECT query" in body


def test_refusals(built: Path, endpoint: str) -> None:
    listener = Listener()
    service = (
        f"SELECT * {{ ?a ?b ?c . SERVICE <http://127.0.0.1:{listener.port}/> {{ ?s ?p ?o }} }}"
    )
    form = "application/x-www-form-urlencoded"
    cases = [  # (request, status, message)
        (
            {"query": "DELETE WHERE { ?s ?p ?o }"},
            403,
            b"the query is a SPARQL Update; this endpoint is read-only\n",
        ),  # fmt: skip
        ({"body": b"update=DROP+ALL", "content_type": form}, 403, b"read-only"),
        ({"body": b"DROP ALL", "content_type": "application/sparql-update"}, 403, b"read-only"),
        ({"query": service}, 403, b"which reaches the network; this endpoint never does\n"),
        ({"query": "SELECT * WHERE {"}, 400, b"malformed SPARQL: error at 1:"),
        ({"body": b"ASK {}", "content_type": "text/plain"}, 415, b"unsupported"),
        ({"body": b"query=ASK+%7B%7D&query=ASK+%7B%7D", "content_type": form}, 400, b"exactly"),
        ({"body": b"ASK { ?s ?p '\xff' }"}, 400, b"not valid UTF-8"),
        ({"body": b"#" * (1 << 21)}, 413, b"over"),
    ]
    before = http(endpoint, query="SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")[2]
    for request, status, message in cases:
        answer = http(endpoint, **request)  # type: ignore[arg-type]
        assert answer[0] == status and message in answer[2], (request, answer)
    assert http(endpoint, query="SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")[2] == before
    assert listener.wait_for(1, seconds=0.5) == 0
    listener.close()


def test_a_runaway_query_is_stopped_and_the_server_goes_on(tmp_path: Path) -> None:
    store = make_store(tmp_path / "s", {"d1": 40, "d2": 40})
    # 168⁴ rows, minutes unless stopped: a bound far above the timeout still tells a stopped
    # query from one run to its end, however busy the machine is
    cross = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    with serving(store, "--timeout", "1", "--workers", "1") as url:
        started = time.monotonic()
        status, _, body = http(url, query=cross)
        assert (status, body) == (503, b"query stopped after 1 s (--timeout)\n")
        assert time.monotonic() - started < 30
        assert http(url, query="ASK { ?s ?p ?o }")[:2] == (200, SPARQL_JSON)


def test_the_query_page(endpoint: str) -> None:
    root = endpoint.removesuffix("sparql")
    status, kind, page = http(root, accept="text/html")
    assert (status, kind) == (200, "text/html; charset=utf-8")
    assert b'fetch("sparql"' in page and b'fetch("queries")' in page
    assert not re.search(rb"""(src|href)=["']?(https?:)?//""", page)  # nothing external
    status, _, listed = http(root + "queries", accept="application/json")
    canned = json.loads(listed)
    assert [q["name"] for q in canned] == list(canned_queries())
    assert all(q["query"].lstrip().startswith("#") for q in canned)


def test_a_build_runs_while_it_serves(
    built: Path, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Every request during the build answers 200; afterwards the server sees the new
    graphs exactly as `kg query` does."""
    store = shutil.copytree(built, tmp_path / "store")
    corpus = tmp_path_factory.getbasetemp() / "kg-references" / "corpus-10-v1"
    hashes = "SELECT ?d ?h { ?d <https://w3id.org/kg-bilateral/ontology#contentHash> ?h }"
    with serving(store) as url:
        build = start_kg("build", corpus, "--store", store)
        answers = []
        while build.poll() is None:
            status, _, body = http(url, query="SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
            answers.append((status, body[:300] if status != 200 else b""))
            # a client's pace, not a busy loop that starves the build's CPU; fast enough that
            # more than ten requests fall inside the rebuild of ten documents, ~1 s when idle
            time.sleep(0.02)
        out, err = build.communicate()
        assert build.returncode == 0 and " 0 failed" in out, err
        assert len(answers) > 10 and {s for s, _ in answers} == {200}, set(answers)
        served = [
            rows(json.loads(http(url, query=q)[2])) for q in (hashes, resolve_query("events"))
        ]
    assert served == [
        rows(json.loads(data)) for data in local(store, [hashes, resolve_query("events")])
    ]
    assert served[0] != rows(json.loads(local(built, [hashes])[0]))  # the new versions


def test_protocol_dataset_parameters(built: Path, endpoint: str) -> None:
    graph = "https://w3id.org/kg-bilateral/id/graph/doc/doc00"
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    in_graph = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    want, union = (json.loads(data) for data in local(built, [in_graph, count]))
    params = urllib.parse.urlencode({"query": count, "default-graph-uri": graph})
    status, _, body = http(f"{endpoint}?{params}")
    assert status == 200 and json.loads(body) == want != union
    graphs = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    params = urllib.parse.urlencode({"query": graphs, "named-graph-uri": graph})
    status, _, body = http(f"{endpoint}?{params}")
    assert [b["g"]["value"] for b in json.loads(body)["results"]["bindings"]] == [graph]


def test_another_host_name_is_refused(endpoint: str) -> None:
    """A page that points its own name at 127.0.0.1 (DNS rebinding) gets nothing."""
    request = urllib.request.Request(endpoint + "?query=ASK%7B%7D", headers={"Host": "evil.test"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=30)
    assert refused.value.code == 400
    local_name = endpoint.replace("127.0.0.1", "localhost")
    assert http(local_name, query="ASK {}")[:2] == (200, SPARQL_JSON)
