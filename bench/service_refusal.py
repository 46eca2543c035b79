"""Evidence for "queries never reach the network": every generated SERVICE and LOAD
spelling (tests/test_service_refusal.py) through kg's query worker, and a sample through
`kg query -e`, against a listener on 127.0.0.1 that must receive nothing.

    python bench/service_refusal.py

Prints spellings tried, refused, tracebacks (must be 0) and requests reaching the listener
(must be 0); exit 1 otherwise. bench/robustness.py runs it too.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from kg_runs import kg  # noqa: E402
from test_service_refusal import Listener, spellings  # noqa: E402
from test_store import make_store  # noqa: E402

from kg.sparql import Job, QueryWorker, RefusedQuery  # noqa: E402


def probe(work: Path, every_nth_by_cli: int = 50) -> dict:
    """{"tried", "refused", "tracebacks", "reached"} over all spellings."""
    store = make_store(work / "service-store", {"d1": 3})
    listener = Listener()
    texts = spellings(listener.port)
    refused = tracebacks = 0
    worker = QueryWorker()
    try:
        for text in texts:
            try:
                worker.run(Job(str(store), text, allow_update=True), 30)
            except RefusedQuery:
                refused += 1
            except RuntimeError:  # a crash in the worker: its traceback
                tracebacks += 1
    finally:
        worker.close()
    by_cli = texts[::every_nth_by_cli]
    for text in by_cli:
        result = kg("query", "--allow-update", "-e", text, "--store", store)
        refused += result.returncode == 2 and "refused unless --allow-service" in result.stderr
        tracebacks += "Traceback" in result.stderr
    reached = listener.wait_for(1, seconds=1)
    listener.close()
    return {"tried": len(texts) + len(by_cli), "refused": refused, "tracebacks": tracebacks,
            "reached": reached}  # fmt: skip


def report(figures: dict) -> None:
    print(f"SERVICE/LOAD spellings:  {figures['tried']} tried, {figures['refused']} refused, "
          f"{figures['tracebacks']} tracebacks")  # fmt: skip
    print(f"requests reaching the loopback listener: {figures['reached']}")


def failed(figures: dict) -> bool:
    return (
        bool(figures["reached"] or figures["tracebacks"]) or figures["refused"] != figures["tried"]
    )


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="kg-service-") as tmp:
        figures = probe(Path(tmp))
    report(figures)
    return 1 if failed(figures) else 0


if __name__ == "__main__":
    sys.exit(main())
