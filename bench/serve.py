"""Throughput and latency of `kg serve` under concurrent clients, over loopback.

    python bench/serve.py --store kgstore [--clients 8] [--seconds 10] [--workers 2]

Starts a real `kg serve` on a free port, then runs N client threads for a bounded time,
each sending the canned queries in turn (POST application/sparql-query, JSON results, one
keep-alive connection per client). Prints requests/s, p50 and p99 latency and errors
(must be 0; exit 1 otherwise). Two baselines measured in the same run put the figures in
proportion: the same queries evaluated in-process by pyoxigraph (no HTTP, no sandbox, one
open store), and one `kg query` per query (a process per query, as a script would do).
"""

from __future__ import annotations

import argparse
import http.client
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from kg_runs import start_kg  # noqa: E402
from pyoxigraph import QueryResultsFormat  # noqa: E402

from kg.sparql import canned_queries, resolve_query, run_query  # noqa: E402
from kg.store import KgStore  # noqa: E402


def start_server(store: Path, workers: int) -> tuple[subprocess.Popen[str], int]:
    server = start_kg("serve", "--store", store, "--port", "0", "--workers", workers)
    assert server.stderr is not None
    line = server.stderr.readline()
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if not match:
        server.kill()
        sys.exit(f"kg serve did not start: {line}{server.stderr.read()}")
    return server, int(match.group(1))


def client(port: int, texts: list[str], offset: int, until: float, out: list, errors: list) -> None:
    """One keep-alive connection sending the queries in turn until `until`."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    headers = {"Content-Type": "application/sparql-query",
               "Accept": "application/sparql-results+json"}  # fmt: skip
    i = offset
    while time.monotonic() < until:
        body = texts[i % len(texts)].encode()
        i += 1
        started = time.monotonic()
        try:
            connection.request("POST", "/sparql", body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                errors.append(f"HTTP {response.status}")
        except (OSError, http.client.HTTPException) as exc:
            errors.append(repr(exc))
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        out.append(time.monotonic() - started)
    connection.close()


def in_process(store: Path, texts: list[str], seconds: float) -> float:
    """Queries/s evaluated directly by pyoxigraph on one open store, JSON serialised."""
    done, until = 0, time.monotonic() + seconds
    with KgStore.open_read(store) as kg:
        while time.monotonic() < until:
            text = texts[done % len(texts)]
            kg.db.query(text, use_default_graph_as_union=True).serialize(
                format=QueryResultsFormat.JSON
            )
            done += 1
    return done / seconds


def one_shot(store: Path, texts: list[str], n: int) -> float:
    """Seconds per `kg query` run as its own process would (a fresh worker per query)."""
    started = time.monotonic()
    for text in texts[:n]:
        run_query(store, text, format="json")
    return (time.monotonic() - started) / n


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--store", type=Path, default=Path("kgstore"))
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--workers", type=int, default=2, help="kg serve --workers")
    args = parser.parse_args()
    texts = [resolve_query(name) for name in canned_queries()]

    server, port = start_server(args.store, args.workers)
    latencies: list[float] = []
    errors: list[str] = []
    try:
        until = time.monotonic() + args.seconds
        started = time.monotonic()
        threads = [
            threading.Thread(target=client, args=(port, texts, i, until, latencies, errors))
            for i in range(args.clients)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
    finally:
        server.terminate()
        server.wait(30)

    direct = in_process(args.store, texts, min(args.seconds, 5.0))
    per_process = one_shot(args.store, texts, 3)
    cuts = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    rate = len(latencies) / elapsed
    print(f"store {args.store}: {len(texts)} canned queries in turn; {args.clients} clients, "
          f"{args.workers} workers, {elapsed:.1f} s")  # fmt: skip
    print(f"requests        {len(latencies)}")
    print(f"requests/s      {rate:.1f}")
    print(f"p50 latency     {cuts[49] * 1000:.0f} ms")
    print(f"p99 latency     {cuts[98] * 1000:.0f} ms")
    print(f"errors          {len(errors)}" + (f" (first: {errors[0]})" if errors else ""))
    print(f"baseline: in-process pyoxigraph {direct:.1f} queries/s (one thread, no HTTP); "
          f"served/in-process = {rate / direct:.2f}")  # fmt: skip
    print(f"baseline: one `kg query` process per query {per_process * 1000:.0f} ms; "
          f"served p50 is {per_process / max(cuts[49], 1e-9):.1f}x faster")  # fmt: skip
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
