"""`kg push` to a real Oxigraph server (the `oxigraph` CLI from PyPI) started on a free
loopback port, by both methods; and to a small real HTTP server of the test's own that
fails on purpose, for retries, failures and credentials."""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from kg_runs import env, kg, listening_port, refused_port
from test_serve import local, rows
from test_store import make_store

from kg.sparql import canned_queries, resolve_query
from kg.store import KgStore

pytestmark = pytest.mark.heavy  # long tests: scheduled first (conftest)

OXIGRAPH = shutil.which("oxigraph")


@contextmanager
def oxigraph(tmp_path: Path) -> Iterator[str]:
    """`oxigraph serve` on a port of its own (bound to port 0), the default graph the union
    of the named graphs (as kg's queries expect); yields its base URL."""
    assert OXIGRAPH, "the oxigraph CLI (pip install oxigraph, in the test extra) is missing"
    server = subprocess.Popen(
        [OXIGRAPH, "serve", "--location", str(tmp_path / "oxigraph"),
         "--bind", "127.0.0.1:0", "--union-default-graph"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env(),
    )  # fmt: skip
    try:
        base = f"http://127.0.0.1:{listening_port(server)}"
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(base + "/", timeout=1).read()
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, "no oxigraph"
                time.sleep(0.1)
        yield base
    finally:
        server.terminate()
        server.wait(10)


def remote(base: str, text: str) -> dict:
    request = urllib.request.Request(
        base + "/query", data=text.encode(),
        headers={"Content-Type": "application/sparql-query",
                 "Accept": "application/sparql-results+json"},
    )  # fmt: skip
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


QUADS = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.fixture(scope="module")
def built(references: dict[int, Path]) -> Path:
    return references[0]


@pytest.mark.parametrize(("method", "path"), [("gsp", "/store"), ("update", "/update")])
def test_push_gives_the_server_the_same_answers(
    built: Path, tmp_path: Path, method: str, path: str
) -> None:
    names = list(canned_queries())
    texts = [resolve_query(name) for name in names] + [QUADS]
    expected = [rows(json.loads(data)) for data in local(built, texts)]
    with oxigraph(tmp_path) as base:
        first = kg("push", base + path, "--method", method, "--store", built)
        assert first.returncode == 0, first.stderr
        lines = first.stdout.splitlines()
        with KgStore.open_read(built) as store:  # documents, entities, derived
            n = sum(1 for _ in store.db.named_graphs())
        assert lines[-1].startswith(f"pushed {n} of {n} graphs (") and lines[-1].endswith(path)
        assert all(line.startswith("ok  https://") for line in lines[:-1])
        for name, text, want in zip([*names, "every quad"], texts, expected, strict=True):
            assert rows(remote(base, text)) == want, name
        again = kg("push", base + path, "--method", method, "--store", built)
        assert again.returncode == 0, again.stderr
        assert rows(remote(base, QUADS)) == expected[-1]  # replaced, not duplicated


class Flaky(BaseHTTPRequestHandler):
    """A graph store that fails the first `flaky` PUTs of each graph with 503, and every
    PUT of the graphs in `broken` with 500; it records what arrived."""

    flaky = 0
    broken: frozenset[str] = frozenset()
    tries: dict[str, int] = {}
    arrived: dict[str, bytes] = {}
    authorizations: set[str] = set()

    def do_PUT(self) -> None:  # noqa: N802 - the http.server convention
        graph = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)["graph"][0]
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.authorizations.add(self.headers.get("Authorization", ""))
        self.tries[graph] = self.tries.get(graph, 0) + 1
        if graph in self.broken:
            status = 500
        elif self.tries[graph] <= self.flaky:
            status = 503
        else:
            self.arrived[graph] = body
            status = 204
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def flaky_server(flaky: int, broken: frozenset[str] = frozenset()) -> Iterator[type[Flaky]]:
    handler = type("Handler", (Flaky,), {"flaky": flaky, "broken": broken, "tries": {},
                                          "arrived": {}, "authorizations": set()})  # fmt: skip
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    handler.url = f"http://127.0.0.1:{server.server_address[1]}/store"  # type: ignore[attr-defined]
    try:
        yield handler
    finally:
        server.shutdown()
        server.server_close()


def test_transient_failures_are_retried(tmp_path: Path) -> None:
    store = make_store(tmp_path / "s", {"d1": 2, "d2": 2})
    with flaky_server(flaky=2) as server:
        options = ("--user", "me", "--password", "pw", "--backoff", "0.05", "--store", store)
        result = kg("push", server.url, *options)  # type: ignore[attr-defined]
    assert result.returncode == 0, result.stderr
    assert "after 3 attempts" in result.stdout
    assert set(server.tries.values()) == {3} and len(server.arrived) == len(server.tries)
    assert all(body.count(b" .\n") > 0 for body in server.arrived.values())
    assert server.authorizations == {"Basic " + base64.b64encode(b"me:pw").decode()}


def test_what_did_not_arrive_is_named(tmp_path: Path) -> None:
    store = make_store(tmp_path / "s", {"d1": 2, "d2": 2})
    broken = "https://w3id.org/kg-bilateral/id/graph/doc/d2"
    with flaky_server(flaky=0, broken=frozenset({broken})) as server:
        options = ("--retries", "1", "--backoff", "0.05", "--store", store)
        result = kg("push", server.url, *options)  # type: ignore[attr-defined]
    assert result.returncode == 1
    assert result.stderr == (
        f"kg: error: 1 of 3 graphs did not arrive at {server.url}: {broken} (HTTP 500)\n"  # type: ignore[attr-defined]
    )
    assert f"FAILED  {broken}  " in result.stdout and "after 2 attempts: HTTP 500" in result.stdout
    assert server.tries[broken] == 2 and broken not in server.arrived
    assert len(server.arrived) == 2


def test_a_token_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = make_store(tmp_path / "s", {"d1": 1})
    monkeypatch.setenv("MY_TOKEN", "s3cret")
    with flaky_server(flaky=0) as server:
        result = kg("push", server.url, "--token-env", "MY_TOKEN", "--store", store)  # type: ignore[attr-defined]
    assert result.returncode == 0, result.stderr
    assert server.authorizations == {"Bearer s3cret"}
    assert "s3cret" not in result.stdout + result.stderr


def test_an_unreachable_target_stops_early(tmp_path: Path) -> None:
    store = make_store(tmp_path / "s", {f"d{i}": 1 for i in range(8)})
    with refused_port() as port:
        result = kg("push", f"http://127.0.0.1:{port}/store", "--retries", "0", "--store", store)
    assert result.returncode == 1
    assert result.stdout.count("not sent: the target stopped answering") == 9 - 3
    assert "kg: error: 9 of 9 graphs did not arrive" in result.stderr


def test_a_url_that_is_no_http_endpoint_is_a_usage_error(tmp_path: Path) -> None:
    store = make_store(tmp_path / "s", {"d1": 1})
    for url in ("ftp://host/store", "http:///store", "store"):
        result = kg("push", url, "--store", store)
        assert (result.returncode, result.stdout) == (2, "")
        assert result.stderr == (
            f"kg: error: the push URL must be http://HOST/… or https://HOST/…, not {url!r}\n"
        )
