"""`kg serve` under a running build: every request must answer 200.

    python bench/serve_build.py [--docs 40] [--clients 6] [--rounds 3] [--workers 4]

Builds two generated documents (`kg_runs.write_corpus`) into a new store, serves it with a
real `kg serve`, then runs `--rounds` builds of `--docs` documents into it (the first adds
them, each next one `--rebuild`s them in the other version, so the end of each build
compacts RocksDB) while `--clients` threads query the server over HTTP in a loop. Prints
each round's build time and the answers by status, the first bodies of any other than 200;
exit 1 if there was one. It found the two races of the fifty-eighth pass (h-perf59), 3 of
~3,500 requests in three rounds: a writer that let readers in before RocksDB was closed
("No such file …sst", `kg.store._WriterDatabase._on_db`) and the server's workers killed
right after they started (`kg.sparql.QueryWorker.launch`). Too slow and too rare a failure
for the test suite (~5 minutes on the shared 2 cores), whose tests of those two are exact.
"""

from __future__ import annotations

import argparse
import collections
import re
import signal
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from kg_runs import kg, start_kg, write_corpus  # noqa: E402
from test_serve import http  # noqa: E402

_QUERY = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=40, help="Documents a build writes.")
    parser.add_argument("--clients", type=int, default=6, help="Client threads.")
    parser.add_argument("--rounds", type=int, default=3, help="Builds, one after another.")
    parser.add_argument("--workers", type=int, default=4, help="kg serve --workers.")
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="kg-bench-serve-build-"))
    store = base / "store"
    seeded = kg("build", write_corpus(base / "seed", 2), "--store", store)
    if seeded.returncode != 0:
        sys.exit(seeded.stderr)
    server = start_kg("serve", "--store", store, "--port", "0", "--workers", args.workers)
    assert server.stderr is not None
    found = re.search(r" at (http://127\.0\.0\.1:\d+/)", server.stderr.readline())
    if found is None:
        sys.exit("kg serve did not start")
    url = found.group(1) + "sparql"
    bad = 0
    try:
        for n in range(args.rounds):
            bad += _round(n, write_corpus(base / f"corpus{n}", args.docs, n % 2), store, url, args)
    finally:
        server.send_signal(signal.SIGINT)
        server.communicate(timeout=30)
    print(f"{bad} answers other than 200; {base}")
    return 1 if bad else 0


def _round(n: int, corpus: Path, store: Path, url: str, args: argparse.Namespace) -> int:
    """One build under the clients' queries; how many answers were not 200."""
    started = time.monotonic()
    build = start_kg("build", corpus, "--store", store, *(["--rebuild"] if n else []))
    answers: collections.Counter[int] = collections.Counter()
    bodies: list[bytes] = []

    def client() -> None:
        while build.poll() is None:
            status, _, body = http(url, query=_QUERY)
            answers[status] += 1
            if status != 200:
                bodies.append(body[:300])

    threads = [threading.Thread(target=client) for _ in range(args.clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    out, err = build.communicate()
    if build.returncode != 0:
        sys.exit(err)
    print(f"round {n}: {time.monotonic() - started:.1f} s, {out.strip().splitlines()[-1]}; "
          f"answers {dict(answers)}")  # fmt: skip
    for body in bodies[:5]:
        print("  ", body.decode(errors="replace").strip())
    return sum(k for s, k in answers.items() if s != 200)


if __name__ == "__main__":
    sys.exit(main())
