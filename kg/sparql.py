"""Runs users' SPARQL safely: read-only by default, no network, bounded in time.

pyoxigraph cannot cancel a running query, so every query runs in a spawned
child process that opens the store itself (see `kg.store` for the locking);
at the deadline the child is killed, which also releases its locks. The
child sends back the serialised result, so a result is either complete or
absent. Updates and federation are recognised from the query's tokens
(strings, comments and IRIs skipped), before anything touches the store.
"""

from __future__ import annotations

import multiprocessing
import re
import time
import traceback
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Literal

from pyoxigraph import (
    BlankNode,
    NamedNode,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    RdfFormat,
)

from kg.errors import KgError, StoreError, UsageError
from kg.rdf import PREFIXES
from kg.resources import QUERIES_DIR
from kg.store import KgStore, is_store

ResultFormat = Literal["table", "csv", "tsv", "json", "xml"]
FORMATS: tuple[str, ...] = ("table", "csv", "tsv", "json", "xml")
_W3C = {
    "csv": QueryResultsFormat.CSV,
    "tsv": QueryResultsFormat.TSV,
    "json": QueryResultsFormat.JSON,
    "xml": QueryResultsFormat.XML,
}
_TOKEN = re.compile(
    r"""
    (?P<skip>
        \#[^\n]*
      | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
      | '''(?:[^'\\]|\\.|'(?!''))*'''
      | "(?:[^"\\\n]|\\.)*"
      | '(?:[^'\\\n]|\\.)*'
      | <[^<>"{}|^`\\\x00-\x20]*>
      | [?$]\w+
      | _:[\w.-]+
      | (?:[^\W\d][\w.-]*)?:[\w.:%\\-]*
    )
    | (?P<word>\w+)
    | \S
    """,
    re.VERBOSE,
)
_UPDATE_WORDS = {
    *("INSERT", "DELETE", "LOAD", "CLEAR", "DROP"),
    *("CREATE", "ADD", "MOVE", "COPY", "WITH"),
}
_NETWORK_WORDS = {"SERVICE", "LOAD"}
_GRAPH_WORDS = {"GRAPH", "WITH", "USING"}
_WHOLE_GRAPH_WORDS = {"DATA", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY"}
_MAX_ERROR = 240


def keywords(text: str) -> list[str]:
    """The bare words of a query, upper-cased, outside strings, comments, IRIs and names."""
    return [m["word"].upper() for m in _TOKEN.finditer(text) if m["word"]]


def is_update(text: str) -> bool:
    """True when the first word after the prologue (PREFIX, BASE) starts an update."""
    words = [w for w in keywords(text) if w not in ("PREFIX", "BASE")]
    return bool(words) and words[0] in _UPDATE_WORDS


# -- canned queries ------------------------------------------------------------


def canned_queries() -> dict[str, str]:
    """Canned query name → its one-line description (the file's leading comment)."""
    out = {}
    for path in sorted(QUERIES_DIR.glob("*.rq")):
        first = path.read_text(encoding="utf-8").lstrip("\ufeff").split("\n", 1)[0]
        out[path.stem] = first.lstrip("#").strip() if first.startswith("#") else ""
    return out


def resolve_query(name_or_file: str) -> str:
    """The text of a canned query (by name) or of an .rq file."""
    canned = QUERIES_DIR / f"{name_or_file}.rq"
    path = Path(name_or_file)
    if "/" not in name_or_file and canned.is_file():
        path = canned
    elif not path.is_file():
        names = ", ".join(canned_queries()) or "none"
        raise UsageError(
            f"unknown query {name_or_file!r}: neither a canned query nor a file; "
            f"canned queries: {names}"
        )
    try:
        return path.read_text(encoding="utf-8").lstrip("\ufeff")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read query file {path}: {exc}") from None


# -- running -------------------------------------------------------------------


@dataclass
class QueryOutput:
    """What a query produced: a table to render, or bytes to write as they are."""

    columns: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    data: bytes | None = None
    message: str = ""  # for stderr (updates)


def run_query(
    store_path: Path,
    text: str,
    *,
    format: ResultFormat = "table",
    timeout: float = 30,
    allow_update: bool = False,
    allow_service: bool = False,
    union_default_graph: bool = True,
) -> QueryOutput:
    """Checks a query, then runs it in a child process that is killed at `timeout`."""
    words = set(keywords(text))
    if not allow_service and words & _NETWORK_WORDS:
        used = " and ".join(sorted(words & _NETWORK_WORDS))
        raise UsageError(
            f"the query uses {used}, which reaches the network; refused unless --allow-service"
        )
    update = is_update(text)
    if update and not allow_update:
        raise UsageError(
            "the query is a SPARQL Update; kg query is read-only unless --allow-update"
        )
    store_path = Path(store_path)
    if not is_store(store_path):
        raise StoreError(f"no store at {store_path}; run `kg build` first")
    job = (str(store_path), text, format, update, union_default_graph)
    return _in_child(job, timeout)


def _in_child(job: tuple, timeout: float) -> QueryOutput:
    # not fork: a parent that has used RocksDB (tests, a build) leaves its thread pool
    # behind in a forked child, where a flush then waits forever
    ctx = multiprocessing.get_context("spawn")
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(sender, job), daemon=True)
    deadline = time.monotonic() + timeout
    child.start()
    sender.close()
    try:
        if not receiver.poll(max(0.0, deadline - time.monotonic())):
            raise KgError(f"query stopped after {timeout:g} s (--timeout)")
        try:
            status, payload = receiver.recv()
        except EOFError:
            raise KgError(f"the query process died (exit code {child.exitcode})") from None
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receiver.close()
    if status == "ok":
        return payload
    if status == "error":
        kind, message, code = payload
        raise (UsageError if kind == "usage" else KgError)(message, code)
    raise RuntimeError(f"the query process failed:\n{payload}")


def _child(conn: Connection, job: tuple) -> None:
    """Runs in the child: evaluates the job and sends ("ok" | "error" | "crash", payload)."""
    try:
        reply: tuple = ("ok", _evaluate(*job))
    except SyntaxError as exc:
        reply = ("error", ("usage", f"malformed SPARQL: {_short(str(exc))}", 2))
    except KgError as exc:
        reply = ("error", ("kg", str(exc), exc.exit_code))
    except (OSError, RuntimeError, ValueError) as exc:
        reply = ("error", ("kg", f"query failed: {_short(str(exc))}", 1))
    except BaseException:  # noqa: BLE001 - sent to the parent, which logs it as a bug
        reply = ("crash", traceback.format_exc())
    conn.send(reply)
    conn.close()


def _short(message: str) -> str:
    """pyoxigraph lists every expected token; the position and the first of them suffice."""
    line = message.splitlines()[0] if message else ""
    return line if len(line) <= _MAX_ERROR else line[:_MAX_ERROR] + "…"


def in_every_graph(text: str) -> str | None:
    """A DELETE/INSERT … WHERE that names no graph, rewritten to run in every named graph,
    one graph at a time (`{ P }` → `{ GRAPH ?kg_graph { P } }` for each block), so that it
    acts on kg's data the way queries see it. None for any other update: one that names its
    graphs (GRAPH, WITH, USING), DATA, LOAD, CLEAR, DROP…, or several operations."""
    words = [w for w in keywords(text) if w not in ("PREFIX", "BASE")]
    if not words or words[0] not in ("DELETE", "INSERT") or "WHERE" not in words:
        return None
    if set(words) & (_GRAPH_WORDS | _WHOLE_GRAPH_WORDS):
        return None
    pieces, depth, last = [], 0, 0
    for m in _TOKEN.finditer(text):
        if m["skip"] or m["word"]:
            continue
        if m.group() == ";" and depth == 0:
            return None
        if m.group() == "{":
            if depth == 0:
                pieces.append(text[last : m.end()] + " GRAPH ?kg_graph {")
                last = m.end()
            depth += 1
        elif m.group() == "}":
            depth -= 1
            if depth == 0:
                pieces.append(text[last : m.start()] + "} ")
                last = m.start()
    return "".join(pieces) + text[last:] if depth == 0 else None


def _evaluate(store: str, text: str, fmt: str, update: bool, union: bool) -> QueryOutput:
    if update:
        rewritten = in_every_graph(text)
        with KgStore.open_write(Path(store)) as kg:
            before = kg.counts()[2]
            kg.update(rewritten or text)
            after = kg.counts()[2]
        return QueryOutput(message=_update_message(text, before, after, bool(rewritten)))
    with KgStore.open_read(Path(store)) as kg:
        result = kg.db.query(text, use_default_graph_as_union=union)
        if isinstance(result, QueryBoolean):
            if fmt in ("json", "xml"):
                return QueryOutput(data=result.serialize(format=_W3C[fmt]))
            return QueryOutput(data=b"true\n" if bool(result) else b"false\n")
        if not isinstance(result, QuerySolutions):  # CONSTRUCT, DESCRIBE
            return QueryOutput(data=result.serialize(format=RdfFormat.TURTLE) or b"")
        if fmt != "table":
            return QueryOutput(data=result.serialize(format=_W3C[fmt]) or b"")
        columns = [v.value for v in result.variables]
        rows = [[display(row[c]) for c in columns] for row in result]
        return QueryOutput(columns=columns, rows=rows)


def _update_message(text: str, before: int, after: int, every_graph: bool) -> str:
    """What an update did; one that changed nothing and names no graph says why."""
    message = f"update applied: {before} → {after} quads"
    if every_graph:
        message += " (it names no graph, so it ran in every named graph, one at a time)"
    elif before == after and not set(keywords(text)) & _GRAPH_WORDS:
        message += (
            "; nothing changed: kg keeps every triple in a named graph (one per document, "
            "plus the entity graph), and this update without GRAPH, WITH or USING works on "
            "the default graph, which is empty; name the graphs, "
            "e.g. INSERT DATA { GRAPH <g> { … } }"
        )
    return message


# -- showing -------------------------------------------------------------------


def display(term: object) -> str:
    """A term as a reader wants it in a table: lexical form, IRIs with known prefixes."""
    if term is None:
        return ""
    if isinstance(term, NamedNode):
        return compact(term.value)
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    return getattr(term, "value", str(term))


def compact(iri: str) -> str:
    best = max(
        ((p, ns) for p, ns in PREFIXES.items() if iri.startswith(ns)),
        key=lambda item: len(item[1]),
        default=None,
    )
    return f"{best[0]}:{iri[len(best[1]) :]}" if best else iri
