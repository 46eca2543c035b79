"""Build throughput on real news text, as ratios measured in one run (issue 11, item 6).

    python bench/throughput.py [--docs 100] [--pairs 5] [--incremental 200,750]
                               [--rss 10,100,400] [--dask 30] [--paired 50] [--told 4,64]
                               [--phases 200] [--rounds 3] [--jobs-docs 400]

On the first `--docs` NEREL documents (NEREL-train, then NEREL-dev): documents per second
of bare natasha (segmentation, morphology, syntax, NER: what kg's pipeline wraps), of
kg's spaCy pipeline alone, and of `kg build`, each in its own process with the models
loaded inside the timing, as the command does; their ratios; `kg build --jobs 2` against
the same build with one process, on the `--docs` documents and on each size of `--jobs-docs`
(the serial start-up and finish weigh less on a larger corpus), with the ratio two idle cores
would give by the builds' CPU alone, the serial part being the --jobs 2 parent's own start-up
and finish (logged by bench/jobs_trace.py's hooks); `--executor dask` on a loopback cluster
of two workers against local builds (`bench/dask_build.py`, on `--dask` documents). At each size of
`--incremental`: a build that changes nothing and one that changes one document, as
fractions of the clean build of that size, one changed document at a time in a process
that watches the corpus (`kg build --watch`, which keeps the models loaded), and a
`--rebuild` against it; and with
`--phases N` the process CPU of each phase of a build that changes one of N documents
(`bench/phases.py`). Peak resident memory of `kg build`'s largest process, `--jobs 1` and
`--jobs 2`, at each size of `--rss`, and the largest size against the smallest. How the
queries kg runs over a whole store grow when every document is told `k` times
(`tests/told_by_many.py`), at each `k` of `--told`. Then paired runs on `--paired`
documents: one BLAS thread against the BLAS default, pymorphy3's compiled DAWG against its
pure-Python one (and whether the two stores are identical, quad for quad).

Every build figure is whole-process: wall seconds and CPU seconds (user + system) of a
child process and the children it waited for (`--jobs` workers). On a shared machine the
CPU ratio is the steadier one. Clean builds of one size are run once and shared by the
sections that need them.

Build against bare natasha, the issue's headline ratio (`--pairs`, default 5): on a shared
machine one process's CPU time swings by ±20 % within minutes (other work evicts its caches
and shares the cores' pipelines), more than the gap being measured, so a single natasha run
against a single build proves nothing. The two run as pairs, interleaved (natasha, build,
natasha, build, …) on the same documents, each build into a new store: both halves of a pair
see nearly the same load. Each pair gives one ratio, natasha's CPU over the build's (the
build's throughput as a fraction of natasha's); the median of the pairs' ratios is the
figure, their min–max its spread. A slow moment hits one pair, not the median. CPU, not
wall: the build may have its own children (`--jobs`), and a waiting process costs no CPU.
"""

from __future__ import annotations

import argparse
import collections
import compileall
import os
import queue
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from jobs_trace import Trace, overlapped, read_trace  # beside this file, as dask_build

from kg.data.shared import shared
from kg.file_records import RECENT_NS

ROOT = Path(__file__).resolve().parents[1]
NEREL = [
    shared("devset", "NEREL-train"),
    shared("devset", "NEREL-dev"),
]  # 836 documents, in this order
KG = "from kg.entry import main; main()"
# pymorphy3 takes the compiled `dawg` when it imports and falls back to dawg_python
NO_DAWG = "import sys; sys.modules['dawg'] = None; " + KG
BLAS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")

NATASHA = """
import sys
from pathlib import Path
from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter
emb = NewsEmbedding()
segmenter, morph = Segmenter(), NewsMorphTagger(emb)
syntax, ner = NewsSyntaxParser(emb), NewsNERTagger(emb)
for path in sys.argv[1:]:
    doc = Doc(Path(path).read_text(encoding="utf-8"))
    doc.segment(segmenter)
    doc.tag_morph(morph)
    doc.parse_syntax(syntax)
    doc.tag_ner(ner)
"""
PIPELINE = """
import sys
from pathlib import Path
from kg.nlp.pipeline import build_pipeline
nlp = build_pipeline()
for doc in nlp.pipe(Path(p).read_text(encoding="utf-8") for p in sys.argv[1:]):
    pass
"""


@dataclass
class Run:
    wall: float
    cpu: float
    rss_mb: float


# Runs the measured command as its own child and reports that child's wall time, CPU time
# and peak RSS on a pipe. The peak RSS wait4 gives for a child of this process would be at
# least this process's own size when it forked (Linux keeps the larger of the forked copy's
# high-water mark and the program's across exec), and this process grows with what it
# compares (a 400-document corpus's N-Quads): a small launcher in between starts the child
# from its own few megabytes.
_LAUNCH = """
import os, sys, time
out = int(sys.argv[1])
started = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.close(out)
    os.execv(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - started
os.write(out, f"{wall} {usage.ru_utime + usage.ru_stime} {usage.ru_maxrss}".encode())
sys.exit(os.waitstatus_to_exitcode(status))
"""


# The longest one measured child may take, in seconds: a 750-document build on a loaded
# machine takes minutes; a bench that waits for ever hides the hang it should report.
RUN_LIMIT = 3600.0


def measure(argv: list[str], env: dict[str, str] | None = None) -> Run:
    """One child process: its wall time, CPU time and peak RSS (from wait4, its own, taken by
    a launcher: see `_LAUNCH`)."""
    read, write = os.pipe()
    launcher = [sys.executable, "-c", _LAUNCH, str(write), *argv]
    child = subprocess.Popen(launcher, env=env or _env(), stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, pass_fds=(write,),
                             start_new_session=True)  # fmt: skip
    os.close(write)
    try:
        _, err = child.communicate(timeout=RUN_LIMIT)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)  # the launcher and the build it forked
        child.wait()
        os.close(read)
        sys.exit(f"{' '.join(argv[:4])} … did not end within {RUN_LIMIT:.0f} s")
    with os.fdopen(read, "rb") as pipe:
        report = pipe.read().decode()
    if child.returncode != 0:
        sys.exit(f"{' '.join(argv[:4])} … failed:\n{err.decode(errors='replace')}")
    wall, cpu, rss_kb = (float(x) for x in report.split())
    return Run(wall, cpu, rss_kb / 1024)


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), **extra}


ONE_BLAS = _env(**dict.fromkeys(BLAS, "1"))  # as `kg` sets it for itself


def build(corpus: Path, store: Path, *options: str, code: str = KG, **env: str) -> Run:
    argv = [sys.executable, "-c", code, "build", str(corpus), "--store", str(store), *options]
    return measure(argv, _env(**env))


def corpus_of(paths: list[Path], folder: Path) -> Path:
    folder.mkdir(parents=True)
    for p in paths:
        shutil.copy(p, folder / p.name)
    return folder


def line(label: str, run: Run, docs: int, base: Run | None = None) -> None:
    ratio = f"{base.cpu / run.cpu:>7.2f}× {base.wall / run.wall:>6.2f}×" if base else ""
    print(f"{label:<34}{docs / run.wall:>8.2f}{docs / run.cpu:>8.2f}{run.rss_mb:>8.0f}  {ratio}")


def sizes(text: str) -> list[int]:
    """The sizes listed, "10,100" → [10, 100]; "" or "0": none."""
    return [int(x) for x in text.split(",") if x.strip() and int(x)]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=100,
                        help="Documents for the throughput (0: none).")  # fmt: skip
    parser.add_argument("--pairs", type=int, default=5,
                        help="Interleaved (natasha, build) pairs on the --docs documents; the "
                        "median and min-max of the pairs' CPU ratios.")  # fmt: skip
    parser.add_argument("--incremental", default="200,750",
                        help="Corpus sizes for the no-op and one-change builds.")  # fmt: skip
    parser.add_argument("--rss", default="10,100,400", help="Corpus sizes for peak memory.")
    parser.add_argument("--dask", type=int, default=30, help="Documents for Dask (0: none).")
    parser.add_argument("--paired", type=int, default=50, help="Paired-run documents (0: none).")
    parser.add_argument("--told", default="4,64", help="Copies per document for query growth.")
    parser.add_argument("--rounds", type=int, default=3,
                        help="Interleaved --jobs 1 / --jobs 2 builds (0: none).")  # fmt: skip
    parser.add_argument("--jobs-docs", default="400",
                        help="More sizes for --jobs 2 against --jobs 1 (0: none).")  # fmt: skip
    parser.add_argument("--phases", type=int, default=0,
                        help="Documents of a one-change build timed by phase.")  # fmt: skip
    args = parser.parse_args()
    # Compiled once, as an installed kg is: an environment with PYTHONDONTWRITEBYTECODE would
    # have every build compile kg's modules again (~0.3 s CPU, not kg's own cost).
    compileall.compile_dir(ROOT / "kg", quiet=1)
    texts = [p for folder in NEREL for p in sorted(folder.glob("*.txt"))]
    work = Path(tempfile.mkdtemp(prefix="kg-bench-throughput-"))
    load = os.getloadavg()[0]
    print(f"machine: {os.cpu_count()} cores, load average {load:.1f} at the start "
          f"(shared with other work); NEREL-train + NEREL-dev; {work}")  # fmt: skip

    cleans: dict[int, tuple[Run, Path, Path]] = {}

    def clean(n: int) -> tuple[Run, Path, Path]:
        """The clean build of the first `n` documents: its run, corpus and store."""
        if n not in cleans:
            corpus = corpus_of(texts[:n], work / f"corpus-{n}")
            cleans[n] = build(corpus, work / f"store-{n}"), corpus, work / f"store-{n}"
        return cleans[n]

    try:
        if args.docs:  # 0: no throughput, e.g. for the incremental builds alone
            throughput(texts[: args.docs], work, args.pairs, args.rounds, cleans)
        for n in sizes(args.jobs_docs) if args.rounds else []:
            if n == args.docs:
                continue  # the throughput section has measured this size already
            jobs_scaling(corpus_of(texts[:n], work / f"jobs-corpus-{n}"), n, work, args.rounds)

        if args.dask:
            dask(texts[: args.dask])

        print("\nincremental builds, as fractions of the clean build of the same corpus:")
        for n in sizes(args.incremental):
            incremental(n, *clean(n))
        if args.phases:
            phases(args.phases, *clean(args.phases)[1:], work)

        rss = sizes(args.rss)
        if rss:
            # kg's table cache (`kg/tablecache.py`) found empty would be filled by the first
            # size's build, which then peaks at the cache's tables computed, not its corpus.
            build(corpus_of(texts[:1], work / "warm-up-corpus"), work / "warm-up-store")
            # wait4's peak RSS of a build is that of its largest process, its reaped workers
            # included (the kernel keeps the largest child's); a worker's counts the pages it
            # shares with the parent it forked from
            print("\npeak RSS of kg build, its largest process:")
        peaks: dict[tuple[int, int], Run] = {}
        for n in rss:  # each size's --jobs 1 build (the default), then its --jobs 2
            peaks[n, 1] = clean(n)[0]
            peaks[n, 2] = build(clean(n)[1], work / f"rss-{n}-jobs-2", "--jobs", "2")
            one, two = peaks[n, 1], peaks[n, 2]
            print(f"  {n:>4} documents: --jobs 1 {one.rss_mb:.0f} MB ({n / one.wall:.2f} "
                  f"docs/s wall), --jobs 2 {two.rss_mb:.0f} MB ({n / two.wall:.2f} docs/s "
                  f"wall)")  # fmt: skip
        if len(rss) > 1:
            low, high = min(rss), max(rss)
            growth = [peaks[high, j].rss_mb / peaks[low, j].rss_mb - 1 for j in (1, 2)]
            print(f"  {high} against {low} documents: --jobs 1 {growth[0]:+.1%}, --jobs 2 "
                  f"{growth[1]:+.1%}")  # fmt: skip

        if copies := [k for k in sizes(args.told) if k]:  # `--told 0`: none
            told(clean(min(rss or [10]))[2], copies, work)
        if args.paired:
            paired(texts[: args.paired], work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def against_natasha(corpus: Path, work: Path, pairs: int) -> tuple[Run, Run]:
    """Bare natasha and `kg build` on the same documents in interleaved pairs (natasha,
    build, natasha, build, …; see the module's docstring): prints each pair's CPU ratio, their
    median and min–max; returns the pair whose ratio is the median's (the lower middle one
    for an even count). The first pair's build is the clean build of these documents, into
    `store-N`, for the sections that need it."""
    files = [str(p) for p in sorted(corpus.iterdir())]
    n = len(files)
    runs: list[tuple[Run, Run]] = []
    loads = [os.getloadavg()[0]]
    for i in range(pairs):
        natasha = measure([sys.executable, "-c", NATASHA, *files], ONE_BLAS)
        store = work / (f"store-{n}" if i == 0 else f"natasha-pair-{i}")
        runs.append((natasha, build(corpus, store)))
        loads.append(os.getloadavg()[0])
        if i:
            shutil.rmtree(store)
    ratios = [a.cpu / b.cpu for a, b in runs]
    middle = sorted(range(pairs), key=ratios.__getitem__)[(pairs - 1) // 2]
    print(f"\nkg build against bare natasha, {n} documents, {pairs} interleaved pairs "
          f"(load average {', '.join(f'{x:.1f}' for x in loads)} before and after each): "
          f"throughput ratio by CPU, natasha's over the build's, median "
          f"**{statistics.median(ratios):.2f}×**, min–max {min(ratios):.2f}–{max(ratios):.2f}×"
          f" (pairs: {', '.join(f'{r:.2f}' for r in ratios)}); by wall, median "
          f"{statistics.median(a.wall / b.wall for a, b in runs):.2f}×")  # fmt: skip
    print(f"  CPU s, natasha / build: "
          f"{', '.join(f'{a.cpu:.1f}/{b.cpu:.1f}' for a, b in runs)}")  # fmt: skip
    return runs[middle]


def jobs_scaling(corpus: Path, docs: int, work: Path, rounds: int) -> None:
    """`--jobs 2` against `--jobs 1`, interleaved (1 2 1 2 …) so load drifts hit both alike;
    each a clean build into a new store, its workers' CPU included. The ratio of each round's
    pair, their median: one round that another process slowed does not move it. Each --jobs 2
    build runs under bench/jobs_trace.py's hooks (a few lines logged per document), which time
    its parent's serial start-up and finish."""
    runs: dict[int, list[Run]] = {1: [], 2: []}
    traces: list[Trace] = []
    for i in range(rounds):
        runs[1].append(build(corpus, work / f"jobs-{docs}-1-{i}", "--jobs", "1"))
        run, trace = traced(corpus, work / f"jobs-{docs}-2-{i}", 2, work / f"trace-{docs}-{i}")
        runs[2].append(run)
        traces.append(trace)
    walls = [a.wall / b.wall for a, b in zip(runs[1], runs[2], strict=True)]
    cpus = [b.cpu / a.cpu for a, b in zip(runs[1], runs[2], strict=True)]
    one = statistics.median(r.wall for r in runs[1])
    two = statistics.median(r.wall for r in runs[2])
    same = _nquads(work / f"jobs-{docs}-1-0") == _nquads(work / f"jobs-{docs}-2-0")
    print(f"\n--jobs 2 against --jobs 1 ({rounds} interleaved builds each of {docs} documents, "
          f"median of the rounds): measured {statistics.median(walls):.2f}× wall "
          f"(rounds {', '.join(f'{w:.2f}' for w in walls)}; {docs / two:.2f} against "
          f"{docs / one:.2f} docs/s), CPU {statistics.median(cpus):.2f}× of --jobs 1's; "
          f"load average {os.getloadavg()[0]:.1f} at the end; identical quads: {same}")  # fmt: skip
    # What the parent does before the fork (imports, models) and after the last reduce (the
    # derived graph, RocksDB's merge, the kept entities) does not split over workers: the
    # --jobs 2 build's own, as logged, is the serial part. On two cores nobody else uses,
    # --jobs 1 takes its CPU time and --jobs 2 the serial part plus half of the rest of its
    # own CPU: what this machine would show idle, from CPU figures that another process's
    # load moves far less than wall times.
    serial = [t.start + t.finish for t in traces]
    idle = [a.cpu / (s + (b.cpu - s) / 2) for a, b, s in zip(runs[1], runs[2], serial, strict=True)]
    share = statistics.median(s / a.cpu for a, s in zip(runs[1], serial, strict=True))
    print(
        f"  measured, the --jobs 2 parent's CPU: start-up "
        f"{statistics.median(t.start for t in traces):.2f} s + finish "
        f"{statistics.median(t.finish for t in traces):.2f} s = serial "
        f"{statistics.median(serial):.2f} s, {share:.0%} of --jobs 1's CPU"
    )
    print(
        f"  estimated from it (medians of the rounds): the most two processes can gain "
        f"{1 / (share + (1 - share) / 2):.2f}×; with --jobs 2's own CPU, two idle cores would "
        f"give {statistics.median(idle):.2f}×"
    )
    # RocksDB's flushes and merges run in threads of their own beside the derived graph's
    # queries: on two idle cores, on the second one (`jobs_trace.overlapped`)
    inner = [s - overlapped(t) for s, t in zip(serial, traces, strict=True)]
    beside = [
        a.cpu / (s + (b.cpu - s) / 2) for a, b, s in zip(runs[1], runs[2], inner, strict=True)
    ]
    print(
        f"  with RocksDB's threads beside the derived graph's queries on the second core: "
        f"serial {statistics.median(inner):.2f} s, two idle cores {statistics.median(beside):.2f}×"
    )


def traced(corpus: Path, store: Path, jobs: int, folder: Path) -> tuple[Run, Trace]:
    """`kg build --jobs N` measured as `build` does, under bench/jobs_trace.py's hooks: its
    run, and what its processes logged (`jobs_trace.read_trace`)."""
    folder.mkdir()
    argv = [sys.executable, str(ROOT / "bench" / "jobs_trace.py"), "--child", str(folder), "--",
            str(corpus), "--store", str(store), "--jobs", str(jobs)]  # fmt: skip
    return measure(argv), read_trace(folder)


def throughput(
    docs: list[Path], work: Path, pairs: int, rounds: int, cleans: dict[int, tuple[Run, Path, Path]]
) -> None:
    """Bare natasha, kg's pipeline and `kg build` on `docs`; `--jobs 2` against one process
    (`rounds` interleaved builds). The clean build joins `cleans` for the later sections."""
    corpus = corpus_of(docs, work / f"corpus-{len(docs)}")
    natasha, full = against_natasha(corpus, work, max(pairs, 1))
    cleans[len(docs)] = full, corpus, work / f"store-{len(docs)}"
    files = [str(p) for p in docs]
    pipeline = measure([sys.executable, "-c", PIPELINE, *files], ONE_BLAS)
    print(f"  {'':<32}docs/s wall  cpu  RSS MB  vs natasha: cpu wall (one pair's)")
    line("  bare natasha", natasha, len(docs))
    line("  kg spaCy pipeline (run once)", pipeline, len(docs), natasha)
    line("  kg build", full, len(docs), natasha)
    if rounds:
        jobs_scaling(corpus, len(docs), work, rounds)


def incremental(n: int, full: Run, corpus: Path, store: Path) -> None:
    """A build that changes nothing, then one that changes one document (a sentence added
    in the middle of the corpus), then a --rebuild, on the clean build's store."""
    noop = build(corpus, store)
    changed = sorted(corpus.iterdir())[n // 2]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nВстреча прошла в Минске.\n",
                       encoding="utf-8")  # fmt: skip
    one = build(corpus, store)
    # every document written again over a full store: each write's entity-graph update reads
    # the store (the records of the entities it touches), which a clean build does not
    again = build(corpus, store, "--rebuild")
    print(f"  {n:>4} documents (clean build {full.wall:.0f} s wall, {full.cpu:.0f} s CPU): "
          f"no-op {noop.wall / full.wall:.1%} wall, {noop.cpu / full.cpu:.1%} CPU; "
          f"one changed {one.wall / full.wall:.1%} wall, {one.cpu / full.cpu:.1%} CPU; "
          f"--rebuild {again.wall / full.wall:.2f}×, {again.cpu / full.cpu:.2f}× CPU")  # fmt: skip
    try:
        cpu, wall = watched(corpus, store)
    except WatchFailed as failure:  # the figure is missing; the rest of the bench still runs
        print(f"        one changed in a watching process (`kg build --watch`): not measured: "
              f"{failure}")  # fmt: skip
        return
    print(f"        one changed in a watching process (`kg build --watch`, median of "
          f"{len(cpu)}): {statistics.median(cpu) / full.cpu:.1%} CPU, "
          f"{statistics.median(wall) / full.wall:.1%} wall from the edit to its summary "
          f"(polled every 0.5 s)")  # fmt: skip


# Deadlines of the watching process, in seconds: generous for a loaded machine (a no-op build
# of 750 documents and the models' load, a one-document build, Ctrl-C), never for ever.
WATCH_START, WATCH_BUILD, WATCH_STOP = 600.0, 180.0, 60.0


class WatchFailed(Exception):
    """The watching process did not do what the bench waited for in time, or ended."""


class _Lines:
    """A child's stream read on a thread of its own: each wait for a line has a deadline, and
    a stream nobody waits on is still drained (a full pipe would stop the child). The last
    lines are kept for the message of a failure."""

    def __init__(self, stream: IO[str]) -> None:
        self._queue: queue.Queue[str | None] = queue.Queue()
        self.tail: collections.deque[str] = collections.deque(maxlen=20)
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream: IO[str]) -> None:
        for text in stream:
            self.tail.append(text.rstrip("\n"))
            self._queue.put(text)
        self._queue.put(None)  # the end of the stream: the process closed it or ended

    def until(self, wanted: str, seconds: float, what: str) -> str:
        """The first line holding `wanted` within `seconds`, the lines before it dropped."""
        deadline = time.monotonic() + seconds
        while True:
            try:
                text = self._queue.get(timeout=max(deadline - time.monotonic(), 0))
            except queue.Empty:
                raise WatchFailed(f"no {what} within {seconds:.0f} s") from None
            if text is None:
                self._queue.put(None)  # every later wait ends at once too
                raise WatchFailed(f"the watching process ended before {what}")
            if wanted in text:
                return text


def _edit(path: Path, added: str) -> None:
    """`added` appended as an editor saves: a new file renamed over the old one, so the
    watcher never sees the document half written (an empty or truncated file is a change of
    its own, built and summarised apart, which put the bench's lines out of step)."""
    new = path.parent.parent / f"{path.name}.edited"  # beside the corpus, never in it
    new.write_text(path.read_text(encoding="utf-8") + added, encoding="utf-8")
    os.replace(new, path)


def watched(corpus: Path, store: Path, changes: int = 5) -> tuple[list[float], list[float]]:
    """`kg build --watch` on the corpus: once it is watching, documents changed one at a
    time, each build's process CPU (from /proc) and the wall time from the edit to its
    summary line; then Ctrl-C (SIGINT), which must end it with exit 130. Every wait has a
    deadline (`WatchFailed`, with the process's last lines); the process never outlives this."""
    argv = [sys.executable, "-c", KG, "build", str(corpus), "--store", str(store), "--watch"]
    child = subprocess.Popen(argv, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)  # fmt: skip
    assert child.stdout is not None and child.stderr is not None
    out, err = _Lines(child.stdout), _Lines(child.stderr)
    ticks = os.sysconf("SC_CLK_TCK")

    def cpu() -> float:
        fields = Path(f"/proc/{child.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / ticks  # utime + stime

    try:
        out.until("built ", WATCH_START, "summary of the first build")
        err.until("(Ctrl-C stops)", WATCH_START, "'(Ctrl-C stops)' (the models loaded)")
        documents = sorted(corpus.iterdir())
        cpus, walls = [], []
        for i in range(changes):
            changed = documents[(2 * i + 1) * len(documents) // (2 * changes)]
            before, started = cpu(), time.perf_counter()
            _edit(changed, "\nВстреча прошла в Праге.\n")
            line = out.until("built ", WATCH_BUILD, f"summary after changing {changed.name}")
            walls.append(time.perf_counter() - started)
            cpus.append(cpu() - before)
            if not line.startswith("built 1 documents"):
                raise WatchFailed(f"after changing {changed.name}: {line.strip()}")
        child.send_signal(signal.SIGINT)
        try:
            code = child.wait(timeout=WATCH_STOP)
        except subprocess.TimeoutExpired:
            raise WatchFailed(f"still running {WATCH_STOP:.0f} s after Ctrl-C") from None
        if code != 130:
            raise WatchFailed(f"Ctrl-C ended it with exit {code}, not 130")
        return cpus, walls
    except WatchFailed as failure:
        last = "\n".join(f"          {text}" for text in [*out.tail, *err.tail][-12:])
        raise WatchFailed(f"{failure}; its last lines:\n{last}") from None
    finally:
        if child.poll() is None:  # a failure above: the process must not watch on
            child.kill()
            child.wait()


def phases(n: int, corpus: Path, store: Path, work: Path) -> None:
    """A one-change build (on copies of the clean build's corpus and store, another document
    changed than `incremental` changes) with its CPU by phase (`bench/phases.py`)."""
    corpus = Path(shutil.copytree(corpus, work / f"phases-corpus-{n}"))
    store = Path(shutil.copytree(store, work / f"phases-store-{n}"))
    # A copy is a new file to `kg-files.json` (inode, status change time): one no-op build,
    # past the records' RECENT_NS, records the copies, so the measured build re-reads only
    # the changed document, as `incremental`'s does.
    time.sleep(RECENT_NS / 1e9)
    build(corpus, store)
    changed = sorted(corpus.iterdir())[n // 3]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nВстреча прошла в Риге.\n",
                       encoding="utf-8")  # fmt: skip
    argv = [sys.executable, str(ROOT / "bench" / "phases.py"), str(corpus), "--store", str(store)]
    done = subprocess.run(argv, env=_env(), capture_output=True, text=True, check=True)
    print(f"\none changed of {n} documents, process CPU by phase (bench/phases.py):")
    for text in done.stderr.splitlines():
        print(f"  {text}")


def dask(docs: list[Path]) -> None:
    try:
        import distributed  # noqa: F401 - only whether it is there
    except ImportError:
        print("\nDask: not installed (pip install kg[dask]), skipped")
        return
    from dask_build import report  # starts a loopback cluster: only when asked for

    print("\nDask build against local ones (bench/dask_build.py, one round):")
    for text in report(docs, workers=2, rounds=1):
        print(f"  {text}")


def told(reference: Path, copies: list[int], work: Path) -> None:
    """Seconds of each query kg runs over a whole store, when every document of `reference`
    is told k times, for each k; growth against the smallest k (linear: the ratio of ks)."""
    sys.path[:0] = [str(ROOT), str(ROOT / "tests")]  # this checkout's kg, as the builds use
    from told_by_many import own_queries, told_by_many

    own_queries(told_by_many(reference, work / "told-warm-up", 1))  # imports, caches: not timed
    seconds = {k: own_queries(told_by_many(reference, work / f"told-{k}", k)) for k in copies}
    low, high = min(copies), max(copies)
    print(f"\nqueries kg runs over a whole store, every document told k times "
          f"(k = {', '.join(map(str, copies))}; linear growth: {high / low:.0f}×):")  # fmt: skip
    for name in seconds[low]:
        times = "  ".join(f"{seconds[k][name] * 1000:8.1f} ms" for k in copies)
        growth = seconds[high][name] / max(seconds[low][name], 1e-6)
        print(f"  {name:<26}{times}  {growth:6.1f}×")


def paired(docs: list[Path], work: Path) -> None:
    """Each variant built twice, interleaved (A B A B), so load drifts hit both alike."""
    corpus = corpus_of(docs, work / "paired")
    print(f"\npaired on {len(docs)} documents (two interleaved runs each; ratio = other / kg's)")
    variants = {
        "BLAS default (2 threads)": (KG, {"OPENBLAS_NUM_THREADS": str(os.cpu_count() or 2)}),
        "pure-Python DAWG": (NO_DAWG, {}),
    }
    for label, (code, env) in variants.items():
        runs: dict[str, list[Run]] = {"kg": [], "other": []}
        for i in range(2):
            for name, (c, e) in (("kg", (KG, {})), ("other", (code, env))):
                runs[name].append(build(corpus, work / f"p-{label[:4]}-{name}-{i}", code=c, **e))
        kg_cpu = sum(r.cpu for r in runs["kg"])
        kg_wall = sum(r.wall for r in runs["kg"])
        other_cpu = sum(r.cpu for r in runs["other"])
        other_wall = sum(r.wall for r in runs["other"])
        same = _nquads(work / f"p-{label[:4]}-kg-0") == _nquads(work / f"p-{label[:4]}-other-0")
        print(f"  {label:<26} CPU {other_cpu / kg_cpu:.2f}×, wall {other_wall / kg_wall:.2f}×; "
              f"identical quads: {same}")  # fmt: skip


def _nquads(store: Path) -> list[str]:
    argv = [sys.executable, "-c", KG, "export", "--format", "nquads", "--store", str(store)]
    out = subprocess.run(argv, env=_env(), capture_output=True, text=True, check=True)
    return sorted(out.stdout.splitlines())


if __name__ == "__main__":
    main()
