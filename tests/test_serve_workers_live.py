"""`kg serve`'s query workers outlive their start (fifty-eighth pass, h-perf59).

A worker dies with the thread that started it (the kernel's parent-death signal follows
the creating thread). The server started its workers from a pool of threads that ended at
once: every worker was killed right after "serving", each first request started one again,
and one meeting a worker mid-kill answered 500 "the query process died (exit code -9)"."""

from __future__ import annotations

import os
import time
from pathlib import Path

from test_serve import http, serving
from test_store import make_store


def _workers(server: int) -> dict[int, str]:
    """The server's query workers (its children but the resource tracker) → their state."""
    out = {}
    for pid in os.listdir("/proc"):
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == server and b"resource_tracker" not in cmdline:
            out[int(pid)] = fields[0]
    return out


def test_the_workers_live_on_after_the_server_started(tmp_path: Path) -> None:
    store = make_store(tmp_path / "store", {"a": 3})
    with serving(store, "--workers", "3") as url:
        server = next(
            int(pid)
            for pid in os.listdir("/proc")
            if pid.isdigit()
            and b"serve" in Path(f"/proc/{pid}/cmdline").read_bytes()
            and str(store).encode() in Path(f"/proc/{pid}/cmdline").read_bytes()
        )
        time.sleep(0.5)  # the starting threads' end, and the kills it brought, are past
        workers = _workers(server)
        assert len(workers) == 3 and "Z" not in workers.values(), workers
        assert all(http(url, query="ASK {}")[0] == 200 for _ in range(6))
        assert _workers(server).keys() == workers.keys()  # no worker started again
