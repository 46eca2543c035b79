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
from devset import devset  # noqa: E402
from kg_runs import build  # noqa: E402

from kg.store import KgStore  # noqa: E402

NEREL = devset("NEREL-train")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=30)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    # Dask's nanny gives its workers one BLAS thread; the local builds get the same.
    os.environ.update(dict.fromkeys(BLAS, "1"))
    paths = sorted(NEREL.glob("*.txt"))[: args.docs]
    runs = {"jobs1": ["--jobs", "1"], f"jobs{args.workers}": ["--jobs", str(args.workers)]}
    seconds: dict[str, list[float]] = {name: [] for name in [*runs, "dask"]}
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)

        def timed(name: str, options: list[str]) -> None:
            shutil.rmtree(base / name, ignore_errors=True)
            started = time.perf_counter()
            build(base / name, paths, *options)
            seconds[name].append(time.perf_counter() - started)

        with loopback_cluster(base / "cluster", args.workers) as address:
            runs["dask"] = ["--executor", "dask", "--scheduler", address]
            for _ in range(args.rounds):  # interleaved: the machine's load hits each alike
                for name, options in runs.items():
                    timed(name, options)
        same = _quads(base / "dask") == _quads(base / "jobs1")
    median = {name: statistics.median(s) for name, s in seconds.items()}
    print(f"{len(paths)} NEREL-train documents, {args.workers} Dask workers, median of "
          f"{args.rounds} interleaved rounds (wall, models loaded inside the timing)")  # fmt: skip
    for name, s in median.items():
        print(f"  {name:>6}: {s:6.1f} s  {len(paths) / s:5.2f} docs/s")
    for local in runs:
        if local != "dask":
            print(f"  dask speed-up over {local}: {median[local] / median['dask']:.2f}x "
                  f"(first Dask build, loading the workers' models: "
                  f"{median[local] / seconds['dask'][0]:.2f}x)")  # fmt: skip
    print(f"  identical quads: {same}")


def _quads(store: Path) -> set[str]:
    with KgStore.open_read(store) as kg:
        return {str(q) for q in kg.db}


if __name__ == "__main__":
    main()
