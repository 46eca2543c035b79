"""SERVICE and LOAD never reach the network unless allowed, however they are spelled.

A real listener on 127.0.0.1 counts the connections it gets. Queries and updates are
generated from independent spelling choices (prefixed names that end where SPARQL says,
`a:.SERVICE`, comments, case, escapes, SILENT, variables and relative or prefixed IRIs as
the service, nesting); every one is first run with SERVICE allowed, to show it does reach
the listener, then as kg runs it by default: refused, and the listener gets nothing.
"""

from __future__ import annotations

import itertools
import random
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph
import pytest
from kg_runs import env, kg
from test_store import make_store

from kg.sparql import Job, QueryWorker, RefusedQuery, check

DOCUMENT = "https://w3id.org/kg-bilateral/ontology#Document"  # an object make_store writes


class Listener:
    """A TCP server on a free loopback port that counts connections and closes them."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            conn.close()

    def wait_for(self, count: int, seconds: float = 5) -> int:
        """The connection count once it reaches `count` (the kernel accepts before we do)."""
        deadline = time.monotonic() + seconds
        while self.connections < count and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.connections

    def close(self) -> None:
        self.sock.close()


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_store(tmp_path_factory.mktemp("svc") / "s", {"d1": 3})


def spellings(port: int) -> list[str]:
    """Queries and updates whose evaluation calls the service at `port`."""
    endpoint = f"http://127.0.0.1:{port}/sparql"
    services = [  # (prologue, the service term)
        ("", f"<{endpoint}>"),
        (f"BASE <http://127.0.0.1:{port}/> ", "<sparql>"),
        (f"PREFIX ep: <http://127.0.0.1:{port}/> ", "ep:sparql"),
        ("", f"<http://127.0.0.1:{port}/\\u0073parql>"),
    ]
    keywords = ["SERVICE", "service", "SeRvIcE", "SERVICE SILENT", "service\tsilent"]
    befores = [  # what precedes SERVICE in the group; all match a triple of the store
        "",
        f"PREFIX : <{DOCUMENT}> | ?a ?b :.",
        f"PREFIX a: <{DOCUMENT}> | ?x ?y a:.",
        "| ?a ?b ?c . # SERVICE <http://example.org/> in a comment\n",
        '| ?a ?b ?c FILTER(?c != "SERVICE <x> { }") .',
    ]
    wrappers = [  # where the service pattern (@) sits
        "SELECT * WHERE { @ }",
        "select ?x { { ?q ?r ?x } UNION { @ } }",
        "SELECT * WHERE { ?s ?t ?u OPTIONAL { @ } }",
        "SELECT * WHERE { { SELECT * WHERE { @ } } }",
        "ASK { ?s ?t ?u FILTER EXISTS { @ } }",
        "CONSTRUCT { ?s ?t ?u } WHERE { @ }",
        "DELETE { GRAPH ?g { <urn:none> ?t ?u } } WHERE { GRAPH ?g { @ } }",
        "INSERT { GRAPH <urn:g> { <urn:a> <urn:b> 1 } } WHERE { GRAPH ?g { @ } }",
    ]
    out = []
    for (prologue, term), keyword, before, wrapper in itertools.product(
        services, keywords, befores, wrappers
    ):
        prefix, _, triples = before.rpartition("|")
        inner = f"{triples} {keyword} {term} {{ ?s ?t ?u }}"
        out.append(prologue + prefix + wrapper.replace("@", inner))
    variables = [
        f"SELECT * WHERE {{ VALUES ?svc {{ <{endpoint}> }} SERVICE ?svc {{ ?s ?t ?u }} }}",
        f"SELECT * WHERE {{ BIND(<{endpoint}> AS ?svc) SERVICE SILENT ?svc {{ ?s ?t ?u }} }}",
    ]
    loads = [
        f"LOAD <http://127.0.0.1:{port}/data.ttl>",
        f"load silent <http://127.0.0.1:{port}/data.ttl> into graph <urn:g>",
        f"DELETE WHERE {{ GRAPH <urn:none> {{ ?s ?p ?o }} }} ;\nLOAD <http://127.0.0.1:{port}/d>",
    ]
    return out + variables + loads


def sample(port: int, n: int) -> list[str]:
    """`n` of the spellings, drawn the same way in every run."""
    every = spellings(port)
    return random.Random(7).sample(every, min(n, len(every)))


def run(worker: QueryWorker, store: Path, text: str) -> Exception | None:
    try:
        worker.run(Job(str(store), text, allow_update=True), timeout=20)
    except Exception as exc:  # noqa: BLE001 - the test inspects it
        return exc
    return None


def test_the_spellings_reach_the_network_when_service_is_allowed(store: Path) -> None:
    """The test below could fail: unguarded, each spelling calls the listener."""
    fresh = Listener()
    worker = QueryWorker(allow_service=True)
    try:
        for text in sample(fresh.port, 25):
            before = fresh.connections
            error = run(worker, store, text)
            assert fresh.wait_for(before + 1) > before, (text, error)
    finally:
        worker.close()
        fresh.close()


def test_no_spelling_reaches_the_listener(store: Path, listener: Listener) -> None:
    texts = spellings(listener.port)
    assert len(texts) > 800
    worker = QueryWorker()
    try:
        for text in sample(listener.port, 80):
            error = run(worker, store, text)
            assert isinstance(error, RefusedQuery), (text, error)
            assert "which reaches the network; refused unless --allow-service" in str(error)
    finally:
        worker.close()
    for text in random.Random(8).sample(texts, 100):  # the check alone, without running it
        assert check(text).network, text
    assert listener.connections == 0


def test_the_parser_names_what_it_found() -> None:
    found = check("PREFIX : <urn:x> SELECT * { ?a ?b :.SERVICE SILENT ?v { ?s ?p ?o } }")
    assert found.network == ("SERVICE ?v",) and not found.update
    assert check("LOAD <http://h/d.ttl>").network == ("LOAD <http://h/d.ttl>",)
    harmless = 'PREFIX service: <urn:s#> SELECT ?service { ?s service:load "SERVICE" } # LOAD'
    assert check(harmless).network == ()


def test_text_the_parser_cannot_read_is_judged_conservatively(store: Path) -> None:
    # RDF 1.2 triple terms: pyoxigraph reads them, rdflib 7 does not
    rdf12 = "SELECT * WHERE { ?s ?p <<( ?a ?b ?c )>> }"
    assert not check(rdf12).parsed and not check(rdf12).network
    service = "SELECT * WHERE { ?s ?p <<( ?a ?b ?c )>> SERVICE <http://h/> { ?x ?y ?z } }"
    assert not check(service).parsed and check(service).network
    assert check("DELETE WHERE { ?s ?p <<( ?a ?b ?c )>> }").update


def test_escapes_the_two_parsers_read_apart_are_refused(listener: Listener) -> None:
    """rdflib decodes \\u escapes before parsing; pyoxigraph only in strings and IRIs. Here
    rdflib reads the SERVICE inside a string, pyoxigraph as code (shown by running it)."""
    endpoint = f"http://127.0.0.1:{listener.port}/sparql"
    text = (
        'SELECT * WHERE { ?s ?p "a\\u0022 . ?s ?p " . '
        f'SERVICE <{endpoint}> {{ ?a ?b ?c }} . ?x ?y "#" .\n}}'
    )
    engine = pyoxigraph.Store()
    literal = pyoxigraph.Literal('a" . ?s ?p ')
    engine.add(
        pyoxigraph.Quad(pyoxigraph.NamedNode("urn:s"), pyoxigraph.NamedNode("urn:p"), literal)
    )
    engine.add(
        pyoxigraph.Quad(
            pyoxigraph.NamedNode("urn:x"), pyoxigraph.NamedNode("urn:y"), pyoxigraph.Literal("#")
        )
    )
    fresh = Listener()
    with pytest.raises(OSError):
        list(engine.query(text.replace(str(listener.port), str(fresh.port))))
    assert fresh.wait_for(1) == 1  # pyoxigraph called the service
    fresh.close()
    found = check(text)
    assert found.parsed and found.network == (
        "SERVICE (the text has \\u escapes, which the check and the engine read apart)",
    )


def test_the_sandbox_alone_keeps_the_engine_off_the_network(listener: Listener) -> None:
    """Without kg's parser check: pyoxigraph run directly in a sandboxed process."""
    code = (
        "import sys, pyoxigraph\n"
        "from kg.sandbox import deny_network\n"
        "assert deny_network() is None\n"
        "try:\n"
        f"    list(pyoxigraph.Store().query('SELECT * {{ SERVICE <http://127.0.0.1:{listener.port}/'"
        " '> { ?s ?p ?o } }'))\n"
        "except OSError as exc:\n"
        "    print(type(exc).__name__)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=env(), capture_output=True, text=True, timeout=60
    )
    assert (result.returncode, result.stdout) == (0, "PermissionError\n"), result.stderr
    assert listener.connections == 0


def test_the_command_refuses_in_e_in_files_and_in_allowed_updates(
    store: Path, listener: Listener, tmp_path: Path
) -> None:
    endpoint = f"http://127.0.0.1:{listener.port}/sparql"
    query = (
        f"PREFIX : <{DOCUMENT}> SELECT ?x WHERE {{ ?a ?b :.SERVICE <{endpoint}> {{ ?x ?p ?o }} }}"
    )
    update = (
        f"PREFIX a: <{DOCUMENT}> DELETE {{ ?x ?p ?o }} "
        f"WHERE {{ ?a ?b a:.SERVICE <{endpoint}> {{ ?x ?p ?o }} }}"
    )
    (tmp_path / "q.rq").write_text(query, encoding="utf-8")
    (tmp_path / "q.sparql").write_text(query, encoding="utf-8")
    runs = [
        ("-e", query),
        (str(tmp_path / "q.rq"),),
        (str(tmp_path / "q.sparql"),),
        ("--allow-update", "-e", update),
    ]
    for args in runs:
        result = kg("query", *args, "--store", store)
        assert result.returncode == 2, (args, result.stderr)
        assert result.stderr.startswith("kg: error: the query uses SERVICE")
        assert result.stderr.endswith("reaches the network; refused unless --allow-service\n")
    assert listener.connections == 0
