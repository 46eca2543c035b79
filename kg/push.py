"""`kg push`: every named graph of the store, sent to another SPARQL 1.1 store.

Two methods, each idempotent, so pushing again replaces and never duplicates:
- `gsp`, the Graph Store HTTP Protocol: `PUT URL?graph=IRI` with the graph as N-Triples;
- `update`, SPARQL 1.1 Update: `DROP SILENT GRAPH <IRI> ; INSERT DATA { GRAPH <IRI> {…} }`
  as one request per graph, which a conforming store applies as a unit.

The graphs are first copied out of the store (under kg's shared read lock, released
before any network I/O: a slow target never holds up a build). Transient failures
(HTTP 5xx, 408, 429, refused or reset connections, timeouts) are retried with
exponential backoff; a graph that still fails is named, and the command exits 1.
"""

from __future__ import annotations

import base64
import http.client
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import NamedNode, RdfFormat, serialize

from kg.errors import KgError, UsageError
from kg.store import KgStore

METHODS = ("gsp", "update")
_TRANSIENT_STATUS = {408, 429}
_GIVE_UP = 3  # graphs in a row the target did not answer at all: the rest are not tried


@dataclass(frozen=True)
class Target:
    """Where and how to push."""

    url: str
    method: str = "gsp"
    authorization: str | None = None  # the Authorization header's value
    retries: int = 3
    backoff: float = 0.5  # seconds before the first retry, doubled each time
    timeout: float = 60.0  # seconds per request


@dataclass(frozen=True)
class Pushed:
    """What became of one graph."""

    graph: str
    triples: int
    attempts: int
    error: str = ""  # empty when it arrived
    unreachable: bool = False  # no HTTP answer at all (refused, reset, timed out)


def authorization(user: str | None, password: str | None, token: str | None) -> str | None:
    """The Authorization header for HTTP Basic (user and password) or a bearer token."""
    if user is not None and token:
        raise UsageError("give either --user (with a password) or a token, not both")
    if user is not None:
        if password is None:
            raise UsageError("--user needs a password: --password or KG_PUSH_PASSWORD")
        pair = f"{user}:{password}".encode()
        return "Basic " + base64.b64encode(pair).decode("ascii")
    return f"Bearer {token}" if token else None


def push(
    store: Path, target: Target, report: Callable[[Pushed], None] = lambda _: None
) -> list[Pushed]:
    """Pushes every named graph, reporting each as it is done."""
    if target.method not in METHODS:
        raise UsageError(f"unknown push method {target.method!r}; choose gsp or update")
    parts = urllib.parse.urlsplit(target.url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UsageError(
            f"the push URL must be http://HOST/… or https://HOST/…, not {target.url!r}"
        )
    with tempfile.TemporaryDirectory(prefix="kg-push-") as folder:
        graphs = _snapshot(store, Path(folder))
        results: list[Pushed] = []
        for graph, path, triples in graphs:
            if len(results) >= _GIVE_UP and all(r.unreachable for r in results[-_GIVE_UP:]):
                result = Pushed(graph.value, triples, 0, "not sent: the target stopped answering",
                                unreachable=True)  # fmt: skip
            else:
                result = _push_graph(target, graph, path.read_bytes(), triples)
            report(result)
            results.append(result)
    return results


def _snapshot(store: Path, folder: Path) -> list[tuple[NamedNode, Path, int]]:
    """Each named graph written as N-Triples to a file of its own, in IRI order."""
    out = []
    with KgStore.open_read(store) as kg:
        graphs = sorted(
            (g for g in kg.db.named_graphs() if isinstance(g, NamedNode)), key=lambda g: g.value
        )
        for i, graph in enumerate(graphs):
            triples = [q.triple for q in kg.db.quads_for_pattern(None, None, None, graph)]
            path = folder / f"{i}.nt"
            serialize(triples, str(path), RdfFormat.N_TRIPLES)
            out.append((graph, path, len(triples)))
    return out


def _push_graph(target: Target, graph: NamedNode, ntriples: bytes, triples: int) -> Pushed:
    """Sends one graph, retrying transient failures."""
    error, status = "", 0
    for attempt in range(1, target.retries + 2):
        if attempt > 1:
            time.sleep(target.backoff * 2 ** (attempt - 2))
        try:
            status = _send(target, graph, ntriples)
        except (OSError, http.client.HTTPException) as exc:  # refused, reset, timed out
            error, status = _describe(exc), 0
            continue
        if 200 <= status < 300:
            return Pushed(graph.value, triples, attempt)
        error = f"HTTP {status}"
        if status < 500 and status not in _TRANSIENT_STATUS:
            return Pushed(graph.value, triples, attempt, error)  # retrying will not help
    return Pushed(graph.value, triples, target.retries + 1, error, unreachable=status == 0)


def _send(target: Target, graph: NamedNode, ntriples: bytes) -> int:
    """One request; the HTTP status (errors are statuses too)."""
    if target.method == "gsp":
        glue = "&" if urllib.parse.urlsplit(target.url).query else "?"
        url = f"{target.url}{glue}graph={urllib.parse.quote(graph.value, safe='')}"
        request = urllib.request.Request(url, data=ntriples, method="PUT")
        request.add_header("Content-Type", "application/n-triples")
    else:
        body = (
            f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n".encode()
            + ntriples
            + b"} }\n"
        )
        request = urllib.request.Request(target.url, data=body, method="POST")
        request.add_header("Content-Type", "application/sparql-update; charset=utf-8")
    if target.authorization:
        request.add_header("Authorization", target.authorization)
    try:
        with urllib.request.urlopen(request, timeout=target.timeout) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as exc:
        exc.read()
        return exc.code


def _describe(exc: BaseException) -> str:
    reason = getattr(exc, "reason", None) or exc
    return f"{type(reason).__name__}: {reason}" if str(reason) else type(reason).__name__


def failed_message(results: list[Pushed], url: str) -> KgError:
    """The one-line error naming the graphs that did not arrive, and why."""
    failed = [r for r in results if r.error]
    named = ", ".join(r.graph for r in failed[:5])
    more = f" and {len(failed) - 5} more" if len(failed) > 5 else ""
    reasons = "; ".join(dict.fromkeys(r.error for r in failed))
    return KgError(
        f"{len(failed)} of {len(results)} graphs did not arrive at {url}: {named}{more} ({reasons})"
    )
