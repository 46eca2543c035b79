"""A real Dask cluster on loopback for tests and benches: a scheduler on a free port and
one-thread workers, each process in a session of its own so that stopping it reaches its
children (a worker's nanny and worker process). Always stopped on the way out."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kg_runs import env

DASK = [sys.executable, "-m", "dask"]


@contextmanager
def loopback_cluster(base: Path, workers: int = 2) -> Iterator[str]:
    """The scheduler's address, with `workers` one-thread workers started (they join within
    seconds; a build waits for them). Logs go to `base`."""
    base.mkdir(parents=True, exist_ok=True)
    info = base / "scheduler.json"
    processes = [
        _start(["scheduler", "--host", "127.0.0.1", "--port", "0", "--scheduler-file",
                str(info)], base / "scheduler.log")
    ]  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while not info.exists() or not info.read_text():
            assert processes[0].poll() is None, (base / "scheduler.log").read_text()
            assert time.monotonic() < deadline, "no Dask scheduler after 30 s"
            time.sleep(0.1)
        address = json.loads(info.read_text())["address"]
        for i in range(workers):
            processes.append(
                _start(["worker", address, "--nworkers", "1", "--nthreads", "1",
                        "--local-directory", str(base / f"w{i}")], base / f"w{i}.log")
            )  # fmt: skip
        yield address
    finally:
        for process in reversed(processes):
            _stop(process)


def _start(args: list[str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(
            [*DASK, *args, "--no-dashboard"],
            env=env(),
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def _stop(process: subprocess.Popen[bytes]) -> None:
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
            process.wait(timeout=10)
            return
        except ProcessLookupError:
            return
        except subprocess.TimeoutExpired:
            continue
