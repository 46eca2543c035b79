"""The HTTP side: SPARQL 1.1 Protocol requests in, kg query jobs out.

Status codes: 400 malformed query or request, 403 an update, SERVICE or LOAD (the
endpoint is read-only and never reaches the network), 406 no acceptable format for the
query's kind of result, 413 a body over 1 MiB, 415 an unknown request body type, 503
the query ran past the timeout, 500 any other failure.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from kg.errors import KgError
from kg.resources import QUERIES_DIR
from kg.serve.negotiate import GRAPH_MEDIA, RESULT_MEDIA, accepted
from kg.serve.pool import WorkerPool
from kg.sparql import (
    Job,
    MalformedQuery,
    QueryTimeout,
    RefusedQuery,
    UnacceptableFormat,
    canned_queries,
    check_text,
)

MAX_BODY = 1 << 20
_PAGE = Path(__file__).with_name("page.html")
_STATUS = [(MalformedQuery, 400), (RefusedQuery, 403), (UnacceptableFormat, 406),
           (QueryTimeout, 503)]  # fmt: skip


class BadRequest(Exception):
    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def make_app(
    store: Path, pool: WorkerPool, timeout: float, hosts: Sequence[str] = ("*",)
) -> Starlette:
    """The ASGI application: `/` the query page, `/queries` the canned queries as JSON,
    `/sparql` the endpoint. Requests naming another Host than `hosts` get 400: a web page
    cannot then reach a loopback server through a name it points at 127.0.0.1 (DNS
    rebinding)."""

    async def endpoint(request: Request) -> Response:
        try:
            text, graphs, named = await _protocol_request(request)
            job = Job(
                str(store),
                check_text(text),
                result_formats=accepted(request.headers.get("accept"), RESULT_MEDIA),
                graph_formats=accepted(request.headers.get("accept"), GRAPH_MEDIA),
                asked=f"Accept: {request.headers.get('accept', '*/*')}",
                default_graphs=graphs,
                named_graphs=named,
                endpoint=True,
            )
            out = await pool.run(job, timeout)
        except BadRequest as exc:
            return PlainTextResponse(f"{exc}\n", exc.status)
        except KgError as exc:
            status = next((code for cls, code in _STATUS if isinstance(exc, cls)), 500)
            if isinstance(exc, UnacceptableFormat):
                exc = KgError(
                    f"{exc.args[0].split(';')[0]}; SELECT and ASK results come as "
                    f"{', '.join(RESULT_MEDIA)}; CONSTRUCT and DESCRIBE as {', '.join(GRAPH_MEDIA)}"
                )
            elif status == 500 and exc.exit_code == 2:  # another usage error
                status = 400
            return PlainTextResponse(f"{exc}\n", status)
        except RuntimeError as exc:  # a bug in a worker: its traceback goes to the server's log
            print(f"kg: internal error in a query worker: {exc}", file=sys.stderr, flush=True)
            return PlainTextResponse("internal error (logged by the server)\n", 500)
        return Response(out.data or b"", media_type=out.media_type)

    async def page(request: Request) -> Response:
        return HTMLResponse(_PAGE.read_text(encoding="utf-8"))

    async def queries(request: Request) -> Response:
        return JSONResponse([
            {"name": name, "description": description,
             "query": (QUERIES_DIR / f"{name}.rq").read_text(encoding="utf-8")}
            for name, description in canned_queries().items()
        ])  # fmt: skip

    return Starlette(
        routes=[
            Route("/", page),
            Route("/queries", queries),
            Route("/sparql", endpoint, methods=["GET", "POST"]),
        ],
        middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=list(hosts))],
    )


async def _protocol_request(request: Request) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """(query, default-graph-uri…, named-graph-uri…) from any of the protocol's three
    forms: GET with parameters, POST of a form, POST of the query itself."""
    params = _form(request.url.query)
    if request.method == "POST":
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = await _body(request)
        if kind == "application/x-www-form-urlencoded":
            form = _form(_utf8(body))
            for key, values in form.items():
                params.setdefault(key, []).extend(values)
        elif kind == "application/sparql-query":
            params.setdefault("query", []).append(_utf8(body))
        elif kind == "application/sparql-update":
            params.setdefault("update", []).append("")
        else:
            raise BadRequest(f"unsupported request body type {kind!r}", 415)
    if "update" in params:
        raise BadRequest("this endpoint is read-only: SPARQL Update is refused", 403)
    queries = params.get("query", [])
    if len(queries) != 1:
        raise BadRequest("give exactly one query (the 'query' parameter or a POST body)")
    return (queries[0], tuple(params.get("default-graph-uri", [])),
            tuple(params.get("named-graph-uri", [])))  # fmt: skip


async def _body(request: Request) -> bytes:
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            raise BadRequest(f"request body over {MAX_BODY} bytes", 413)
    return body


def _form(encoded: str) -> dict[str, list[str]]:
    try:
        return parse_qs(encoded, keep_blank_values=True, errors="strict")
    except UnicodeDecodeError:
        raise BadRequest("a parameter is not valid UTF-8") from None


def _utf8(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise BadRequest("the request body is not valid UTF-8") from None
