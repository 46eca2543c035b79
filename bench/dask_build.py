"""`kg build --executor dask` against a local build, as ratios measured in one run.

    python bench/dask_build.py [--docs 30] [--workers 2]

On the first `--docs` NEREL-train documents: the wall time of a clean `kg build` (models
loaded inside the timing, as the command does) with `--jobs 1`, with `--jobs WORKERS`, and
with `--executor dask` on a loopback cluster of WORKERS one-thread workers started once
(their models load once, in the first Dask build: later rounds find them loaded, as a
long-lived cluster does), `--rounds` times interleaved, medians. Also whether the Dask store
holds the same quads as the local one.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
BLAS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")

from dask_cluster import loopback_cluster  # noqa: E402
from kg_runs import build  # noqa: E402

from kg.data.shared import shared  # noqa: E402
from kg.store import KgStore  # noqa: E402

NEREL = shared("devset", "NEREL-train")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=30, help="NEREL-train documents.")
    parser.add_argument("--workers", type=int, default=2, help="Dask workers and local --jobs.")
    parser.add_argument("--rounds", type=int, default=3, help="Interleaved rounds (medians).")
    args = parser.parse_args()
    paths = sorted(NEREL.glob("*.txt"))[: args.docs]
    for line in report(paths, args.workers, args.rounds):
        print(line)


def report(paths: list[Path], workers: int, rounds: int) -> list[str]:
    """The comparison's lines (bench/throughput.py prints them too)."""
    seconds, same = compare(paths, workers, rounds)
    median = {name: statistics.median(s) for name, s in seconds.items()}
    lines = [
        f"{len(paths)} NEREL-train documents, {workers} Dask workers, median of {rounds} "
        "interleaved rounds (wall, models loaded inside the timing)"
    ]
    for name, s in median.items():
        lines.append(f"  {name:>6}: {s:6.1f} s  {len(paths) / s:5.2f} docs/s")
    first = seconds["dask"][0]
    for local in median:
        if local != "dask":
            lines.append(
                f"  dask speed-up over {local}: {median[local] / median['dask']:.2f}x (first "
                f"Dask build, loading the workers' models: {median[local] / first:.2f}x)"
            )
    lines.append(f"  identical quads: {same}")
    return lines


def compare(paths: list[Path], workers: int, rounds: int) -> tuple[dict[str, list[float]], bool]:
    """Wall seconds of each round of `--jobs 1`, `--jobs WORKERS` and the Dask build, and
    whether the Dask store holds the local store's quads."""
    # Dask's nanny gives its workers one BLAS thread; the local builds get the same.
    os.environ.update(dict.fromkeys(BLAS, "1"))
    runs = {"jobs1": ["--jobs", "1"], f"jobs{workers}": ["--jobs", str(workers)]}
    seconds: dict[str, list[float]] = {name: [] for name in [*runs, "dask"]}
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)

        def timed(name: str, options: list[str]) -> None:
            shutil.rmtree(base / name, ignore_errors=True)
            started = time.perf_counter()
            build(base / name, paths, *options)
            seconds[name].append(time.perf_counter() - started)

        with loopback_cluster(base / "cluster", workers) as address:
            runs["dask"] = ["--executor", "dask", "--scheduler", address]
            for _ in range(rounds):  # interleaved: the machine's load hits each alike
                for name, options in runs.items():
                    timed(name, options)
        same = _quads(base / "dask") == _quads(base / "jobs1")
    return seconds, same


def _quads(store: Path) -> set[str]:
    with KgStore.open_read(store) as kg:
        return {str(q) for q in kg.db}


if __name__ == "__main__":
    main()
