"""`kg serve`: the store over the SPARQL 1.1 Protocol, read-only, on loopback by default.

Starlette on uvicorn in front, kg's own query workers behind (`kg.sparql.QueryWorker`):
each worker is a sandboxed child process that opens the store read-only for one query
at a time under kg's shared access lock, so `kg build` keeps writing while the server
runs, and every query meets the same refusals and timeout as `kg query`.
"""

from __future__ import annotations

import ipaddress
import socket
import sys
from pathlib import Path

from kg.errors import KgError
from kg.sparql import check_timeout
from kg.store import check_store


def serve(store: Path, host: str, port: int, *, timeout: float, workers: int) -> None:
    """Serves until interrupted (Ctrl-C, SIGTERM)."""
    import uvicorn

    from kg.serve.app import make_app
    from kg.serve.pool import WorkerPool

    check_timeout(timeout)
    check_store(store)
    try:
        listening = socket.create_server((host, port))
    except OSError as exc:
        raise KgError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    # inherited by accepted connections: without it, a response's body waits for the ACK of
    # its headers, which a keep-alive client delays 40 ms (asyncio sets it only on sockets it
    # made itself)
    listening.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    bound = ipaddress.ip_address(listening.getsockname()[0])
    if not bound.is_loopback:
        print(f"kg: warning: listening on {host}: whoever can reach this machine can query "
              "the store", file=sys.stderr)  # fmt: skip
    # on loopback, only the names of loopback (Starlette cannot match IPv6 literals)
    loopback = bound.is_loopback and bound.version == 4
    hosts = ("127.0.0.1", "localhost", str(bound)) if loopback else ("*",)
    pool = WorkerPool(workers)
    pool.start()
    try:
        bound_host, bound_port = listening.getsockname()[:2]
        url = f"http://{_url_host(bound_host)}:{bound_port}/"
        print(f"kg: serving {store} at {url} (SPARQL endpoint {url}sparql); Ctrl-C stops",
              file=sys.stderr, flush=True)  # fmt: skip
        config = uvicorn.Config(
            make_app(store, pool, timeout, hosts), log_level="warning", access_log=False,
            lifespan="off",
        )  # fmt: skip
        uvicorn.Server(config).run(sockets=[listening])
    finally:
        pool.close()
        listening.close()


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
