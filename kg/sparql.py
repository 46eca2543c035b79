"""Runs users' SPARQL safely: read-only by default, no network, bounded in time.

Every query runs in a child process (`QueryWorker`), for three reasons:

- time: pyoxigraph cannot cancel a running query, so at the deadline the child is
  killed, which also releases its store locks; a result is complete or absent;
- network: unless SERVICE is allowed, the child first takes the network away from
  itself (`kg.sandbox`), so the engine cannot reach a server whatever the query says;
- writes: a query runs through `Store.query` on a read-only store, which cannot update.

Inside the child, the text is first parsed by rdflib's SPARQL 1.1 parser, and the
parse tree (never the tokens) says whether it is an update and lists every SERVICE
and LOAD, wherever it sits and however it is spelled; that gives a clear refusal
before the store is opened. rdflib does not read everything pyoxigraph does (RDF 1.2
triple terms, for one): a text it cannot parse is refused when it contains "service"
or "load" anywhere, in any case, and otherwise runs under the same guards. So is a text
with `\\u` escapes: rdflib decodes them before parsing, pyoxigraph only inside strings
and IRIs, so the two can read such a text apart.
"""

from __future__ import annotations

import io
import math
import multiprocessing
import multiprocessing.resource_tracker
import os
import re
import sys
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from functools import lru_cache
from multiprocessing.connection import Connection
from pathlib import Path
from typing import IO, TYPE_CHECKING, Literal, TypeVar

from pyoxigraph import (
    BlankNode,
    NamedNode,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    RdfFormat,
    Store,
    serialize,
)

from kg.errors import KgError, StoreError, UsageError
from kg.mention_rows import csv_cell, stored_rows, tsv_value
from kg.rdf import BRO, DERIVED_GRAPH, ENTITY_GRAPH, PREFIXES, doc_graph
from kg.resources import QUERIES_DIR

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer
from kg.sandbox import deny_network
from kg.store import KgStore, check_store, readable_prefixes, solutions
from kg.workers import forking, init_worker

ResultFormat = Literal[
    "table", "csv", "tsv", "json", "xml", "turtle", "ntriples", "jsonld", "rdfxml"
]
RESULT_FORMATS: dict[str, QueryResultsFormat | None] = {
    "table": None,
    "csv": QueryResultsFormat.CSV,
    "tsv": QueryResultsFormat.TSV,
    "json": QueryResultsFormat.JSON,
    "xml": QueryResultsFormat.XML,
}
GRAPH_FORMATS: dict[str, RdfFormat] = {
    "turtle": RdfFormat.TURTLE,
    "ntriples": RdfFormat.N_TRIPLES,
    "jsonld": RdfFormat.JSON_LD,
    "rdfxml": RdfFormat.RDF_XML,
}
FORMATS: tuple[str, ...] = (*RESULT_FORMATS, *GRAPH_FORMATS)
# what `kg query --format X` gives for a CONSTRUCT or DESCRIBE: the table becomes Turtle,
# the JSON and XML of results become JSON-LD and RDF/XML; csv and tsv have no graph form
GRAPH_FOR: dict[str, str] = {"table": "turtle", "json": "jsonld", "xml": "rdfxml"}
QUERY_SUFFIXES = (".rq", ".sparql")
MAX_TIMEOUT = 24 * 3600.0
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
_NETWORK_HINT = re.compile(r"service|load", re.IGNORECASE)
_ESCAPE = re.compile(r"\\[uU]")
_MAX_ERROR = 240
T = TypeVar("T")
R = TypeVar("R")


class MalformedQuery(UsageError):
    """The text is not SPARQL."""


class RefusedQuery(UsageError):
    """An update, SERVICE or LOAD where it is not allowed."""


class UnacceptableFormat(UsageError):
    """None of the asked formats fits the query's kind of result."""


class QueryTimeout(KgError):
    """The query ran past its timeout and was stopped."""


_ERRORS = {c.__name__: c for c in (KgError, UsageError, StoreError, MalformedQuery,
                                   RefusedQuery, UnacceptableFormat)}  # fmt: skip


# -- checking ------------------------------------------------------------------


@dataclass(frozen=True)
class Checked:
    """What the parser found in a text."""

    update: bool
    network: tuple[str, ...]  # each SERVICE or LOAD, e.g. "SERVICE <http://…>"
    names_graphs: bool  # an update with GRAPH, WITH or USING
    every_graph: bool  # one DELETE/INSERT … WHERE naming no graph (see in_every_graph)
    parsed: bool  # False: rdflib could not parse it, the conservative rules applied


@lru_cache(maxsize=256)
def check(text: str) -> Checked:
    """Reads a query or update from rdflib's parse tree; see the module's docstring."""
    from rdflib.plugins.sparql import parser  # about 0.1 s to import: children only

    tree: object  # a query's ParseResults or an update's CompValue, walked alike by _parts
    try:
        tree, update = parser.parseQuery(text), False
    except Exception:  # noqa: BLE001 - any failure of the parser on untrusted text
        try:
            tree, update = parser.parseUpdate(text), True
        except Exception:  # noqa: BLE001 - idem: the conservative rules apply
            return _unparsed(text)
    parts = list(_parts(tree))
    network = tuple(
        f"SERVICE {_term(p.get('term'))}" if p.name == "ServiceGraphPattern"
        else f"LOAD {_term(p.get('iri'))}"
        for p in parts if p.name in ("ServiceGraphPattern", "Load")
    )  # fmt: skip
    names_graphs = any(
        p.name in ("GraphGraphPattern", "QuadsNotTriples") or "withClause" in p or "using" in p
        for p in parts
    )
    if _ESCAPE.search(text):
        # rdflib decodes \u escapes before it parses, pyoxigraph only inside strings and
        # IRIs: `"a\u0022 . SERVICE …` is code to one and a string to the other
        network += _hints(
            text, "the text has \\u escapes, which the check and the engine read apart"
        )
    requests = list(tree["request"]) if update and "request" in tree else []
    every_graph = (
        len(requests) == 1 and requests[0].name in ("Modify", "DeleteWhere") and not names_graphs
    )
    return Checked(update, network, names_graphs, every_graph, parsed=True)


# What `check` finds in every shipped query: no update, no network (tests/test_query_safety.py
# checks it). They are known by their text, not parsed, so that `kg query NAME` never imports
# rdflib's parser (~0.1-0.3 s of CPU).
SHIPPED = Checked(update=False, network=(), names_graphs=True, every_graph=False, parsed=True)


@lru_cache(maxsize=1)
def shipped_texts() -> frozenset[str]:
    """The texts of the canned queries, as `resolve_query` reads them."""
    return frozenset(
        p.read_text(encoding="utf-8").lstrip("\ufeff") for p in QUERIES_DIR.glob("*.rq")
    )


def check_job_text(text: str) -> Checked:
    """`check`, except for a canned query's exact text, which is known to be a read-only
    query that reaches no network."""
    return SHIPPED if text in shipped_texts() else check(text)


def _unparsed(text: str) -> Checked:
    """The conservative reading of a text rdflib cannot parse: the first keyword decides
    whether it is an update (the store stays read-only for queries anyway), and the bare
    words "service" or "load", anywhere, count as network access."""
    network = _hints(text, "the text names it and the SPARQL check cannot parse it")
    return Checked(is_update(text), network, names_graphs=True, every_graph=False, parsed=False)


def _hints(text: str, why: str) -> tuple[str, ...]:
    """The words SERVICE and LOAD wherever they appear, in any case, escaped or not."""
    from rdflib.plugins.sparql.parser import expandUnicodeEscapes

    try:
        unescaped = expandUnicodeEscapes(text)
    except Exception:  # noqa: BLE001 - a bad escape: search the text as it is
        unescaped = text
    words = {m.group().upper() for m in _NETWORK_HINT.finditer(f"{text} {unescaped}")}
    return tuple(f"{word} ({why})" for word in sorted(words))


def _parts(tree: object) -> Iterator:
    """Every node (rdflib CompValue) of a parse tree, without recursion: nesting depth is
    the user's to choose."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            yield node
            stack.extend(dict.values(node))
        elif isinstance(node, list | tuple | ParseResults):
            stack.extend(node)


def _term(term: object) -> str:
    from rdflib.term import Variable

    return f"?{term}" if isinstance(term, Variable) else f"<{term}>"


def keywords(text: str) -> list[str]:
    """The bare words of a text, upper-cased, outside strings, comments, IRIs and names;
    only for what the parser cannot tell (an unparsable text, brace positions)."""
    return [m["word"].upper() for m in _TOKEN.finditer(text) if m["word"]]


def is_update(text: str) -> bool:
    """True when the first word after the prologue (PREFIX, BASE) starts an update."""
    words = [w for w in keywords(text) if w not in ("PREFIX", "BASE")]
    return bool(words) and words[0] in _UPDATE_WORDS


def in_every_graph(text: str) -> str | None:
    """A DELETE/INSERT … WHERE that names no graph, rewritten to run in every named graph,
    one graph at a time (`{ P }` → `{ GRAPH ?kg_graph { P } }` for each block), so that it
    acts on kg's data the way queries see it. None for any other update: one that names its
    graphs (GRAPH, WITH, USING), DATA, LOAD, CLEAR, DROP…, or several operations."""
    if not check(text).every_graph:
        return None
    pieces, depth, last = [], 0, 0
    for m in _TOKEN.finditer(text):
        if m["skip"] or m["word"]:
            continue
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


# -- canned queries ------------------------------------------------------------


def canned_queries() -> dict[str, str]:
    """Canned query name → its one-line description (the file's leading comment)."""
    out = {}
    for path in sorted(QUERIES_DIR.glob("*.rq")):
        first = path.read_text(encoding="utf-8").lstrip("\ufeff").split("\n", 1)[0]
        out[path.stem] = first.lstrip("#").strip() if first.startswith("#") else ""
    return out


def resolve_query(name_or_file: str) -> str:
    """The text of a canned query (by name) or of a query file (.rq or .sparql only: any
    other file given by mistake, a document or a binary, is named and refused)."""
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
    elif path.suffix.lower() not in QUERY_SUFFIXES:
        raise UsageError(f"refusing to read {path} as a query: query files end in .rq or .sparql")
    try:
        return path.read_text(encoding="utf-8").lstrip("\ufeff")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read query file {path}: {exc}") from None


def check_timeout(timeout: float) -> float:
    """A timeout must be a real number of seconds, above 0 and at most a day."""
    if not (math.isfinite(timeout) and 0 < timeout <= MAX_TIMEOUT):
        raise UsageError(
            f"--timeout must be a number of seconds above 0 and at most {MAX_TIMEOUT:g}, "
            f"not {timeout!r}"
        )
    return timeout


def check_text(text: str) -> str:
    """A query text must be encodable as UTF-8 (an argument in another encoding reaches
    Python as lone surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise UsageError("the query is not valid UTF-8") from None
    return text


# -- running -------------------------------------------------------------------


@dataclass
class QueryOutput:
    """What a query produced: a table to render, or bytes to write as they are."""

    columns: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    data: bytes | None = None
    media_type: str = ""  # of `data`
    message: str = ""  # for stderr (updates)


@dataclass(frozen=True)
class Job:
    """One query for a worker. The formats are the acceptable ones, preferred first, for
    results (SELECT, ASK) and for graphs (CONSTRUCT, DESCRIBE); `asked` names the request
    in an error ("--format csv", "Accept: text/html")."""

    store: str
    text: str
    result_formats: tuple[str, ...] = ("table",)
    graph_formats: tuple[str, ...] = ("turtle",)
    asked: str = ""
    allow_update: bool = False
    union_default_graph: bool = True
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    endpoint: bool = False  # from `kg serve`, whose refusals name no command-line flag
    doc: str | None = None  # `kg query --doc`: named graphs = its graph, entities, derived
    stream: bool = False  # W3C results sent in chunks as they are written (`kg query`)


def run_query(
    store_path: Path,
    text: str,
    *,
    format: ResultFormat = "table",
    timeout: float = 30,
    allow_update: bool = False,
    allow_service: bool = False,
    union_default_graph: bool = True,
    doc: str | None = None,
    sink: IO[bytes] | None = None,
) -> QueryOutput:
    """Runs one query in a fresh worker, stopped at `timeout` seconds. `doc` limits the
    named graphs to that document's beside the entity and derived graphs. With a `sink`,
    results in a W3C format are written to it as the worker produces them (a timeout then
    leaves them incomplete, and says so) instead of returned."""
    check_timeout(timeout)
    check_text(text)
    store_path = Path(store_path)
    check_store(store_path)
    job = query_job(store_path, text, format, allow_update, union_default_graph)
    job = replace(job, doc=doc, stream=sink is not None)
    worker = QueryWorker(allow_service=allow_service, warm=False)  # one job: parse it then
    try:
        return worker.run(job, timeout, sink)
    finally:
        worker.close()


def query_job(
    store_path: Path, text: str, format: str = "table", allow_update: bool = False,
    union_default_graph: bool = True,
) -> Job:  # fmt: skip
    """The job for `kg query --format FORMAT`: one format for results, its graph
    counterpart (GRAPH_FOR) for CONSTRUCT and DESCRIBE."""
    graph = GRAPH_FOR.get(format, format)
    return Job(
        str(store_path),
        text,
        result_formats=(format,) if format in RESULT_FORMATS else (),
        graph_formats=(graph,) if graph in GRAPH_FORMATS else (),
        asked=f"--format {format}",
        allow_update=allow_update,
        union_default_graph=union_default_graph,
    )


class QueryWorker:
    """A child process that evaluates jobs one at a time, without network unless
    `allow_service`; killed when a job overruns its timeout, started again on the next."""

    def __init__(self, *, allow_service: bool = False, warm: bool = True) -> None:
        self.allow_service = allow_service
        self.warm = warm  # load the SPARQL parser before "ready" (a server's workers)
        self._process: multiprocessing.process.BaseProcess | None = None
        self._conn: Connection | None = None

    def start(self) -> None:
        """Starts the child and waits until it is sandboxed and ready."""
        self.launch()
        self.wait_ready()

    def launch(self) -> None:
        """Starts the child, not waiting for it. The child dies with the thread that calls
        this (the kernel's parent-death signal follows the creating thread, not the process):
        a server's workers started from threads that then ended were all killed at once, and
        a request meeting one mid-kill got 500 "the query process died (exit code -9)"."""
        fork = _single_threaded()
        if fork:  # or the child's exit could write what this process had buffered
            sys.stdout.flush()
            sys.stderr.flush()
        ctx = multiprocessing.get_context("fork") if fork else multiprocessing.get_context("spawn")
        self._conn, theirs = ctx.Pipe()
        self._process = ctx.Process(
            target=_work, args=(theirs, self.allow_service, os.getpid(), self.warm), daemon=True
        )
        if not fork:  # its resource tracker unblocks the stops when it starts: start it first
            multiprocessing.resource_tracker.ensure_running()
        try:
            with forking():  # as a build's workers: a stop is this process's to answer
                self._process.start()
        finally:
            theirs.close()

    def wait_ready(self) -> None:
        """Waits until the launched child is sandboxed and ready."""
        assert self._conn is not None and self._process is not None
        try:
            self._conn.recv()  # "ready"
        except EOFError:
            code = self._process.exitcode
            self.close()
            raise KgError(f"the query process did not start (exit code {code})") from None

    def run(self, job: Job, timeout: float, sink: IO[bytes] | None = None) -> QueryOutput:
        """The job's answer; a streaming job's chunks go to `sink` as they come."""
        if self._process is None or not self._process.is_alive():
            self.close()
            self.start()
        deadline = time.monotonic() + timeout
        streamed = False
        self._talk(lambda conn: conn.send(job))
        while True:
            if not self._talk(lambda conn: conn.poll(max(0.0, deadline - time.monotonic()))):
                self.close()
                cut = "; the results written so far are incomplete" if streamed else ""
                raise QueryTimeout(f"query stopped after {timeout:g} s (--timeout){cut}")
            status, payload = self._talk(lambda conn: conn.recv())
            if status != "chunk" or sink is None:
                break
            try:
                sink.write(payload)
                sink.flush()
            except OSError:  # the reader has gone ("kg query … | head"): the query stops
                self.close()
                raise
            streamed = True
        if status == "ok":
            return payload
        if status == "error":
            kind, message, code = payload
            raise _ERRORS[kind](message, code)
        raise RuntimeError(f"the query process failed:\n{payload}")

    def _talk(self, step: Callable[[Connection], T]) -> T:
        """One step on the pipe to the child; the child's death as one error (a failure to
        write the results is the reader's, not the child's: `run` lets it through)."""
        assert self._conn is not None and self._process is not None
        try:
            return step(self._conn)
        except (EOFError, OSError):
            self._process.join(1)
            code = self._process.exitcode
            self.close()
            raise KgError(f"the query process died (exit code {code})") from None

    def close(self) -> None:
        """Stops the child (killing it mid-query releases its locks too)."""
        if self._process is not None:
            if self._process.is_alive():
                self._process.kill()
            self._process.join()
            self._process = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def _single_threaded() -> bool:
    """Whether this process runs one thread (Linux), and so may fork its query worker: a
    fork starts in milliseconds where a spawned interpreter imports kg again (~0.1 s of CPU,
    most of a canned query's cost). A parent with threads (RocksDB's pool, once it opened a
    store; a server) spawns, since a forked child inherits their locks but not the threads
    that would release them (a flush there waits forever)."""
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def _work(conn: Connection, allow_service: bool, parent: int, warm: bool = True) -> None:
    """The child's loop: sandbox itself, then answer jobs until the parent goes away."""
    # Dies with its parent, even mid-query (a killed `kg serve` must not leave a runaway
    # query holding the store's read lock); Ctrl-C is the parent's to answer.
    init_worker(parent, None, ())
    problem = None if allow_service else deny_network()
    if problem:
        print(f"kg: warning: {problem}; SERVICE and LOAD are refused by the parser check "
              "alone", file=sys.stderr)  # fmt: skip
    if warm:
        check("ASK {}")  # loads the parser now rather than on a server's first request
    conn.send("ready")
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(_answer(job, allow_service, conn))


def _answer(job: Job, allow_service: bool, conn: Connection | None = None) -> tuple:
    """("ok", QueryOutput) | ("error", (class name, message, exit code)) | ("crash", tb),
    after ("chunk", bytes) messages on `conn` when the job streams."""
    try:
        return ("ok", _evaluate(job, allow_service, conn))
    except SyntaxError as exc:
        return ("error", ("MalformedQuery", f"malformed SPARQL: {_short(str(exc))}", 2))
    except KgError as exc:
        kind = next(c.__name__ for c in type(exc).__mro__ if c.__name__ in _ERRORS)
        return ("error", (kind, str(exc), exc.exit_code))
    except (OSError, RuntimeError, ValueError) as exc:
        return ("error", ("KgError", f"query failed: {_short(str(exc))}", 1))
    except Exception:  # noqa: BLE001 - sent to the parent, which logs it as a bug
        return ("crash", traceback.format_exc())


def _short(message: str) -> str:
    """pyoxigraph lists every expected token; the position and the first of them suffice."""
    line = message.splitlines()[0] if message else ""
    return line if len(line) <= _MAX_ERROR else line[:_MAX_ERROR] + "…"


def _evaluate(job: Job, allow_service: bool, conn: Connection | None = None) -> QueryOutput:
    checked = check_job_text(job.text)
    if checked.network and not allow_service:
        how = "this endpoint never does" if job.endpoint else "refused unless --allow-service"
        raise RefusedQuery(
            f"the query uses {', '.join(checked.network)}, which reaches the network; {how}"
        )
    if checked.update:
        if not job.allow_update:
            how = "this endpoint is" if job.endpoint else "kg query is"
            how += " read-only" + ("" if job.endpoint else " unless --allow-update")
            raise RefusedQuery(f"the query is a SPARQL Update; {how}")
        return _apply_update(job, checked)
    with KgStore.open_read(Path(job.store)) as kg:
        return _query(kg, job, conn)


def _query(kg: KgStore, job: Job, conn: Connection | None) -> QueryOutput:
    """`_evaluate`'s read, in a function of its own: its frame, and with it the result that
    holds the read-only RocksDB open, ends before the store's shared lock goes."""
    named: list[NamedNode | BlankNode] = [NamedNode(g) for g in job.named_graphs]
    text = job.text
    if job.doc is not None:
        if not kg.db.contains_named_graph(doc_graph(job.doc)):
            raise UsageError(f"no document {job.doc!r} in the store {job.store}")
        named = [doc_graph(job.doc), ENTITY_GRAPH, DERIVED_GRAPH]
        if not job.endpoint and _by_document(job.text) and _rows(job):
            out = _render_by_document(
                kg.db, job, conn if job.stream else None, only=doc_graph(job.doc)
            )
            if out is not None:
                return out
        if _by_document(job.text):  # its graph named in the text: no scan of the others
            text, named = _in_graph(job.text, doc_graph(job.doc)), []
    elif not (named or job.default_graphs) and _by_document(job.text) and _rows(job):
        out = _render_by_document(kg.db, job, conn if job.stream else None)
        if out is not None:
            return out
    result = kg.db.query(
        text,
        use_default_graph_as_union=job.union_default_graph and not job.default_graphs,
        default_graph=[NamedNode(g) for g in job.default_graphs] or None,
        named_graphs=named or None,
    )
    return _render(result, job, conn if job.stream else None)


def _render(result: object, job: Job, stream: Connection | None = None) -> QueryOutput:
    """The result in the first acceptable format for its kind; W3C results written to
    `stream` in chunks as they come, when given."""
    if isinstance(result, QueryBoolean | QuerySolutions):
        name = _pick(job, job.result_formats, RESULT_FORMATS, "ASK" if isinstance(
            result, QueryBoolean) else "SELECT")  # fmt: skip
        w3c = RESULT_FORMATS[name]
        if w3c is not None and stream is not None:
            with io.BufferedWriter(_Chunks(stream), buffer_size=1 << 16) as out:
                result.serialize(out, format=w3c)
            return QueryOutput(media_type=w3c.media_type)
        if w3c is not None:
            return QueryOutput(data=result.serialize(format=w3c) or b"", media_type=w3c.media_type)
        if isinstance(result, QueryBoolean):
            return QueryOutput(data=b"true\n" if bool(result) else b"false\n")
        columns = [v.value for v in result.variables]
        rows = [[display(row[c]) for c in columns] for row in result]
        return QueryOutput(columns=columns, rows=rows)
    rdf = GRAPH_FORMATS[_pick(job, job.graph_formats, GRAPH_FORMATS, "CONSTRUCT/DESCRIBE")]
    triples = list(result)  # type: ignore[call-overload]
    readable = rdf in (RdfFormat.TURTLE, RdfFormat.RDF_XML)
    prefixes = readable_prefixes(triples) if readable else None
    data = serialize(triples, format=rdf, prefixes=prefixes) or b""
    return QueryOutput(data=data, media_type=rdf.media_type)


# Canned queries whose every row comes from one document's graph and whose order starts
# with that document's id: `mentions` lists every span of the store, so the whole answer,
# sorted, came after seconds; document by document, in the same order, it streams.
BY_DOCUMENT = ("mentions",)
_ANY_GRAPH = "GRAPH ?g {"
# Every id, as the queries join them (of a Document or not): one per graph, or the whole
# query runs. So within a graph the first key of the order is one value, and each
# document's query orders by the others alone (sorting on it read its string at each
# comparison: a tenth of `mentions`' CPU).
_DOCUMENT_IDS = f"SELECT ?g ?id WHERE {{ GRAPH ?g {{ ?d {BRO.docId} ?id }} }}"
_BY_ID = re.compile(r"^ORDER BY \?\w+ ", re.M)
# Documents queried at once: Oxigraph lets go of the GIL while it evaluates and serializes,
# so on two cores two documents take about the time of one.
_THREADS = min(4, len(os.sched_getaffinity(0)))
_CHUNK = 1 << 16  # bytes of rows sent to the parent at once
# `mentions`' entity names (its OPTIONAL sub-select on kgg:derived) cost each document's
# query a lookup and a string read per row, a quarter of its CPU; its document id (the
# `?doc` sub-select, one per graph as above) a string read per row, a tenth. In TSV and CSV,
# whose rows are split into cells here, and in the table, made here cell by cell, both are
# read once (as Oxigraph writes them, as the table shows them) and put into each row of a
# query without those sub-selects.
_NAMES = re.compile(r"\n  OPTIONAL \{\n    SELECT \?entity \?name WHERE \{\n.*?\n  \}\n", re.S)
_DOC_ID = re.compile(r"^  \{ SELECT \?g \?doc WHERE .*\n", re.M)
# The canned text's comment lines, which Oxigraph's parser read in each document's query
# again: without them the per-document queries of `mentions` took a tenth less CPU.
_COMMENTS = re.compile(r"^[ \t]*#.*\n", re.M)
_ROW_NAMES = f"SELECT ?e ?n WHERE {{ GRAPH {DERIVED_GRAPH} {{ ?e {BRO.rowName} ?n }} }}"
# A CSV cell as Oxigraph writes it: quoted (its quotes doubled) when it holds a comma, a
# quote or a line break; an IRI as it is, even with a comma (its row then does not parse).
_CSV_CELL = rb'("(?:[^"]|"")*"|[^,"\r\n]*)'
_SPLIT = {QueryResultsFormat.TSV: b"\t", QueryResultsFormat.CSV: b","}
_END = {QueryResultsFormat.TSV: b"\n", QueryResultsFormat.CSV: b"\r\n"}


def _by_document(text: str) -> bool:
    """A canned BY_DOCUMENT query, whose graph patterns all read `GRAPH ?g`."""
    return _ANY_GRAPH in text and any(text == resolve_query(name) for name in BY_DOCUMENT)


def _rows(job: Job) -> bool:
    """A format whose rows can be joined document after document (not JSON or XML)."""
    formats = [f for f in job.result_formats if f in RESULT_FORMATS][:1]
    return formats in (["table"], ["csv"], ["tsv"])


def _in_graph(text: str, graph: NamedNode) -> str:
    """A BY_DOCUMENT query's text on one graph, written into the text: given as the only
    named graph instead, Oxigraph scans every graph's matches and filters them."""
    return text.replace(_ANY_GRAPH, f"GRAPH {graph} {{")


def _render_by_document(
    db: Store, job: Job, stream: Connection | None, only: NamedNode | None = None
) -> QueryOutput | None:
    """The answer of a BY_DOCUMENT query, run on each document's graph in the order of their
    ids (a few at a time, `_THREADS`): the rows of the whole query, in its order, the first
    of them at once. None (run the whole query) when no graph gives a document id, or one
    id or graph comes twice. `only`: that document's graph alone (`kg query --doc`). In
    `kg query` (not the endpoint, which answers by the canned text), `mentions` rows a
    graph keeps (`kg.mention_rows`) are written out instead of its query."""
    graphs = _graphs_by_id(db, only)
    if not graphs:
        return None
    w3c = RESULT_FORMATS[_pick(job, job.result_formats, RESULT_FORMATS, "SELECT")]
    out = QueryOutput(media_type=w3c.media_type if w3c else "")
    lean = _lean(job.text)
    cells = _cell_fills(db, list(graphs.values()), w3c) if lean and w3c is not None else None
    table = _table_fills(db) if lean and w3c is None else None
    whole = _BY_ID.sub("ORDER BY ", _COMMENTS.sub("", job.text), count=1)
    text = _BY_ID.sub("ORDER BY ", lean, count=1) if lean and (cells or table) else whole
    unkept: list[NamedNode] = []  # graphs queried although their rows could have been kept
    stored = _stored_answer(db, job, w3c, cells, table, only, unkept)

    def answer(graph: NamedNode) -> tuple[list[str], list[list[str]], bytes]:
        return stored(graph) or queried(graph)

    def queried(graph: NamedNode) -> tuple[list[str], list[list[str]], bytes]:
        result = db.query(
            _in_graph(text, graph), use_default_graph_as_union=job.union_default_graph
        )
        assert isinstance(result, QuerySolutions)
        if w3c is not None and cells is not None:
            data = result.serialize(format=w3c) or b""
            filled = _filled(data, w3c, cells[0], cells[1][graph])
            if filled is not None:
                return [], [], filled
            result = db.query(  # a CSV row that does not parse: the whole query's text
                _in_graph(whole, graph), use_default_graph_as_union=job.union_default_graph
            )
            assert isinstance(result, QuerySolutions)
        if w3c is not None:
            return [], [], result.serialize(format=w3c) or b""
        columns = [v.value for v in result.variables]
        # each row's terms in the columns' order: a lookup by name cost a microsecond a cell
        if table is None:
            return columns, [[display(t) for t in row] for row in result], b""
        names, doc = table[0], table[1][graph]
        entity, name, at = columns.index("entity"), columns.index("name"), columns.index("doc")
        rows = []
        for row in result:
            terms = list(row)
            shown = [display(t) for t in terms]
            shown[name], shown[at] = names.get(terms[entity], ""), doc
            rows.append(shown)
        return columns, rows, b""

    data: list[bytes] = []
    pending = 0  # bytes in `data` not yet sent
    parts = _in_order(answer, [graphs[doc_id] for doc_id in sorted(graphs)], _THREADS)
    for number, (columns, rows, chunk) in enumerate(parts):
        if w3c is None:
            out.columns = columns
            out.rows += rows
            continue
        if number:
            chunk = chunk.partition(b"\n")[2]  # the header line, written once
        data.append(chunk)
        pending += len(chunk)
        # the first document's rows at once, then the rest in chunks of about _CHUNK: one
        # message per document (~4 KB) cost the two processes a send, a write and a flush each
        if stream is not None and (number == 0 or pending >= _CHUNK):
            stream.send(("chunk", b"".join(data)))
            data, pending = [], 0
    out.message = _unkept_message(len(unkept), len(graphs))
    if w3c is not None and stream is not None and pending:
        stream.send(("chunk", b"".join(data)))
    elif w3c is not None and stream is None:
        out.data = b"".join(data)
    return out


# The projection whose rows `kg.mention_rows` keeps: `mentions`' own.
MENTION_COLUMNS = ("entity", "name", "type", "doc", "start", "end", "text", "via")
_MENTION_ROWS = re.compile(
    r"^SELECT \?entity \?name \?type \?doc \?start \?end \?text \?via\n", re.M
)
_KEPT_ROWS = f"SELECT ?g ?rows WHERE {{ GRAPH ?g {{ ?d {BRO.mentionRows} ?rows }} }}"
_HEADERS = {
    QueryResultsFormat.TSV: "\t".join(f"?{c}" for c in MENTION_COLUMNS).encode() + b"\n",
    QueryResultsFormat.CSV: ",".join(MENTION_COLUMNS).encode() + b"\r\n",
}


Answer = tuple[list[str], list[list[str]], bytes]


def _stored_answer(
    db: Store,
    job: Job,
    w3c: QueryResultsFormat | None,
    cells: tuple[dict[bytes, bytes], dict[NamedNode, bytes]] | None,
    table: tuple[dict[object, str], dict[object, str]] | None,
    only: NamedNode | None = None,
    unkept: list[NamedNode] | None = None,
) -> Callable[[NamedNode], Answer | None]:
    """A graph's answer (`_render_by_document`) from the `mentions` rows it keeps, in
    `kg query` only (the endpoint answers by the canned text); None for a graph without,
    which is added to `unkept` when its rows could have served this job."""
    if job.endpoint or not (cells or table) or not _MENTION_ROWS.search(job.text):
        return lambda graph: None
    kept = _kept_rows(db, only)
    by_iri = {t.value: n for t, n in table[0].items() if isinstance(t, NamedNode)} if table else {}

    def answer(graph: NamedNode) -> Answer | None:
        rows = stored_rows(kept[graph]) if graph in kept else None
        if rows is None:
            if unkept is not None:
                unkept.append(graph)
            return None
        if w3c is not None and cells is not None:
            return [], [], _written(rows, w3c, cells[0], cells[1][graph])
        if table is not None:
            return list(MENTION_COLUMNS), _shown(rows, by_iri, table[1][graph]), b""
        return None

    return answer


def _unkept_message(unkept: int, graphs: int) -> str:
    """Why `mentions` was slower than it could be: a store built before documents kept their
    rows, or changed since by `--allow-update` (which drops them), is queried graph by graph.
    Empty when every graph's kept rows served."""
    if not unkept:
        return ""
    some = "every document" if unkept == graphs else f"{unkept} of {graphs} documents"
    return (
        f"kg: note: {some} in this store keep no mention rows (a store built before kg "
        "stored them, or changed by an update), so their rows were queried, which is "
        "slower; `kg build CORPUS --store STORE --rebuild` stores them"
    )


def _kept_rows(db: Store, only: NamedNode | None = None) -> dict[NamedNode, str]:
    """Each document graph's `bro:mentionRows` (`only`'s alone, when given), read in one
    query; a graph with two is left out (queried)."""
    kept: dict[NamedNode, str] = {}
    twice = set()
    text = (
        _KEPT_ROWS
        if only is None
        else _KEPT_ROWS.replace("GRAPH ?g", f"VALUES ?g {{ {only} }} GRAPH ?g")
    )
    for row in solutions(db, text):
        graph = row["g"]
        if isinstance(graph, NamedNode):
            if graph in kept:
                twice.add(graph)
            kept[graph] = row["rows"].value
    return {g: rows for g, rows in kept.items() if g not in twice}


def _written(
    rows: list[list[bytes]], w3c: QueryResultsFormat, names: dict[bytes, bytes], doc: bytes
) -> bytes:
    """Kept rows (`kg.mention_rows.stored_rows`) as Oxigraph writes `mentions` in TSV or
    CSV, with the entity's name and the document's id as `_cell_fills` gives them."""
    lines = [_HEADERS[w3c]]
    if w3c == QueryResultsFormat.TSV:
        for entity, kind, start, end, text, via in rows:
            name = names.get(entity, b"")
            lines.append(b"\t".join((entity, name, kind, doc, start, end, text, via)) + b"\n")
    else:
        for entity, kind, start, end, text, via in rows:
            iri = entity[1:-1]
            name = names.get(iri, b"")
            cells = (iri, name, csv_cell(kind), doc, start, end, csv_cell(text), csv_cell(via))
            lines.append(b",".join(cells) + b"\r\n")
    return b"".join(lines)


def _shown(rows: list[list[bytes]], names: dict[str, str], doc: str) -> list[list[str]]:
    """Kept rows as the table shows `mentions`' cells (`display`)."""
    shown = []
    for entity, kind, start, end, text, via in rows:
        iri = entity[1:-1].decode()
        shown.append([
            compact(iri), names.get(iri, ""), tsv_value(kind).decode(), doc,
            start.decode(), end.decode(), tsv_value(text).decode(), tsv_value(via).decode(),
        ])  # fmt: skip
    return shown


def _graphs_by_id(db: Store, only: NamedNode | None) -> dict[str, NamedNode]:
    """Each document graph by its id (`only`'s alone, when given); none when one id or
    graph comes twice."""
    found = [(row["id"].value, row["g"]) for row in solutions(db, _DOCUMENT_IDS)]
    graphs = dict(found)
    if len(found) != len(graphs) or len(found) != len({g for _, g in found}):
        return {}
    return {doc_id: g for doc_id, g in graphs.items() if only is None or g == only}


def _lean(text: str) -> str | None:
    """A BY_DOCUMENT text without its name and document id sub-selects, whose cells are
    put into the rows here, nor its comment lines; None when it has no such sub-selects."""
    text, names = _NAMES.subn("\n", text, count=1)
    text, ids = _DOC_ID.subn("", text, count=1)
    return _COMMENTS.sub("", text) if names and ids else None


def _cell_fills(
    db: Store, graphs: list[NamedNode], w3c: QueryResultsFormat
) -> tuple[dict[bytes, bytes], dict[NamedNode, bytes]] | None:
    """The TSV or CSV cells put into the rows of `_lean`'s text: each entity's name by its
    own cell, each graph's document id; None when an entity has two names, a row does not
    parse or the format has no rows to split (JSON, XML)."""
    if w3c not in _SPLIT:
        return None
    names, ids = _cells(db, _ROW_NAMES, w3c), _cells(db, _DOCUMENT_IDS, w3c)
    tsv = w3c == QueryResultsFormat.TSV
    docs = {g: ids[cell] for g in graphs if ids and (cell := _iri_cell(g, tsv)) in ids}
    return (names, docs) if names is not None and len(docs) == len(graphs) else None


def _iri_cell(iri: NamedNode, tsv: bool) -> bytes:
    """An IRI's cell as Oxigraph writes it: in angle brackets in TSV, bare in CSV."""
    return (str(iri) if tsv else iri.value).encode()


def _table_fills(db: Store) -> tuple[dict[object, str], dict[object, str]] | None:
    """The table's cells put into the rows of `_lean`'s text: each entity's name, each
    graph's document id; None when an entity has two names."""
    names, docs = _table_cells(db, _ROW_NAMES), _table_cells(db, _DOCUMENT_IDS)
    return (names, docs) if names is not None and docs is not None else None


def _cells(db: Store, query: str, w3c: QueryResultsFormat) -> dict[bytes, bytes] | None:
    """A two-column query's second TSV or CSV cell by its first (an entity's `bro:rowName`, a
    graph's document id); None when a first cell has two (the query's own sub-select would
    then give a row for each) or a row does not parse."""
    result = db.query(query)
    assert isinstance(result, QuerySolutions)
    rows = _split(result.serialize(format=w3c) or b"", w3c)
    if rows is None:
        return None
    cells = {row[0]: row[1] for row in rows[1:]}
    return cells if len(cells) == len(rows) - 1 else None


def _table_cells(db: Store, query: str) -> dict[object, str] | None:
    """A two-column query's second term as the table shows it, by its first term; None when
    a first term has two."""
    pairs = [(row[0], display(row[1])) for row in solutions(db, query)]
    cells = dict(pairs)
    return cells if len(cells) == len(pairs) else None


def _filled(
    data: bytes, w3c: QueryResultsFormat, names: dict[bytes, bytes], doc: bytes
) -> bytes | None:
    """TSV or CSV rows whose name and document cells (left unbound) are their entity's name
    and the document's id; None when a row does not parse."""
    rows = _split(data, w3c)
    if rows is None:
        return None
    header = [cell.lstrip(b"?") for cell in rows[0]]
    entity, name, at = header.index(b"entity"), header.index(b"name"), header.index(b"doc")
    split, end = _SPLIT[w3c], _END[w3c]
    lines = [split.join(rows[0])]
    for cells in rows[1:]:
        cells[name] = names.get(cells[entity], b"")
        cells[at] = doc
        lines.append(split.join(cells))
    return end.join(lines) + end


def _split(data: bytes, w3c: QueryResultsFormat) -> list[list[bytes]] | None:
    """The cells of each row of TSV (a tab ends a cell, a line a row: both are escaped
    inside one) or CSV results, the header first; None when a CSV row does not parse."""
    if w3c == QueryResultsFormat.TSV:
        return [line.split(b"\t") for line in data.split(b"\n")[:-1]]
    first, _, rest = data.partition(b"\r\n")
    width = first.count(b",") + 1  # the header: variable names, no comma inside
    row = _csv_row(width)
    rows, at = [first.split(b",")], 0
    while at < len(rest):
        if (match := row.match(rest, at)) is None:
            return None
        rows.append(list(match.groups()))
        at = match.end()
    return rows


@lru_cache(maxsize=8)
def _csv_row(width: int) -> re.Pattern[bytes]:
    """A CSV row of `width` cells, each a group."""
    return re.compile(b",".join([_CSV_CELL] * width) + b"\r\n")


def _in_order(work: Callable[[T], R], items: list[T], threads: int) -> Iterator[R]:
    """`work` of every item, in the items' order, run in `threads` threads with at most
    twice as many results waiting (a reader that stops reading holds back the work)."""
    with ThreadPoolExecutor(threads) as pool:
        waiting: deque[Future[R]] = deque()
        for item in items:
            waiting.append(pool.submit(work, item))
            if len(waiting) > 2 * threads:
                yield waiting.popleft().result()
        while waiting:
            yield waiting.popleft().result()


class _Chunks(io.RawIOBase):
    """A writable stream whose writes go to the parent as ("chunk", bytes) messages."""

    def __init__(self, conn: Connection) -> None:
        super().__init__()
        self.conn = conn

    def writable(self) -> bool:
        return True

    def write(self, data: ReadableBuffer) -> int:
        chunk = bytes(data)
        self.conn.send(("chunk", chunk))
        return len(chunk)


def _pick(job: Job, wanted: tuple[str, ...], known: dict, kind: str) -> str:
    for name in wanted:
        if name in known:
            return name
    raise UnacceptableFormat(
        f"{job.asked or 'the format asked'} does not fit a {kind} query; "
        f"its results come as {', '.join(known)}"
    )


def _apply_update(job: Job, checked: Checked) -> QueryOutput:
    rewritten = in_every_graph(job.text)
    with KgStore.open_write(Path(job.store)) as kg:
        before = kg.quad_count()
        kg.update(rewritten or job.text)
        after = kg.quad_count()
    return QueryOutput(message=_update_message(checked, before, after, bool(rewritten)))


def _update_message(checked: Checked, before: int, after: int, every_graph: bool) -> str:
    """What an update did; one that changed nothing and names no graph says why."""
    message = f"update applied: {before} → {after} quads"
    if every_graph:
        message += " (it names no graph, so it ran in every named graph, one at a time)"
    elif before == after and not checked.names_graphs:
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
    """The IRI under the longest namespace it starts with, as `prefix:rest`."""
    for prefix, ns in _LONGEST_FIRST:
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


# PREFIXES by namespace length, longest first (the first of equals as PREFIXES lists them):
# the first that matches is the longest, found without a look at every namespace per cell.
_LONGEST_FIRST = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))
