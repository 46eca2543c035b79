"""Where `kg build --jobs N` loses against N idle cores, from CPU time rather than wall time.

    python bench/jobs_trace.py CORPUS [--jobs 2]

Builds CORPUS twice into new stores, `--jobs 1` then `--jobs N`, with hooks that log in
every process the time stamps (wall, CPU) of each phase: the start-up up to the first
document (or the workers' fork), each document's read and reduce, the re-reads a worker
does when the corpus links a document's names differently (`ask`), a worker's waits for
work, the finish. Prints the CPU of each part (the parent's start-up and finish split into
the imports, the warm-up, the derived graph and RocksDB's merge), what N processes cost over
one, each worker's wait, and the wall time N idle cores would take: the logged CPU costs
replayed under the pool's dispatch (`kg.workers.WorkerPool`: its window of documents in flight
and its depth per worker) on N cores shared evenly by the processes that can run, also with no
start-up or no finish (the most that overlapping either with the documents could gain). On a
machine that other work shares, a wall ratio measures the load as much as the build; these
figures do not.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import functools
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TextIO

ROOT = Path(__file__).resolve().parents[1]


def _log(folder: str) -> Callable[..., None]:
    """`event(kind, label, arg)`: one line per event in this process's own file."""
    files: dict[int, TextIO] = {}

    def event(kind: str, label: str, arg: object = "") -> None:
        out = files.get(os.getpid())
        if out is None:  # a forked worker opens its own
            out = files[os.getpid()] = open(f"{folder}/{os.getpid()}.tsv", "a", buffering=1)  # noqa: SIM115
        stamps = f"{time.perf_counter():.6f}\t{time.thread_time():.6f}\t{time.process_time():.6f}"
        out.write(f"{kind}\t{label}\t{stamps}\t{arg}\n")

    return event


def child(folder: str, argv: list[str]) -> None:
    """`kg build` with the hooks in place (run in a child process by `main`)."""
    from kg.entry import one_blas_thread  # light: imports nothing that loads numpy

    one_blas_thread()  # as kg.entry.main does
    event = _log(folder)
    from kg.code_cache import generated_once
    from kg.memory import frozen_imports
    from kg.pattern_cache import compiled_once

    patterns = contextlib.ExitStack()  # closed at the end, as the `with` of kg.entry.main
    patterns.enter_context(compiled_once())
    patterns.enter_context(generated_once())

    with frozen_imports("kg.cli"):  # as kg.entry.main imports it
        import kg.cli
    import kg.build
    import kg.executors
    import kg.steps
    import kg.workers

    def hook(owner: object, name: str, label: str, arg: int | None = None) -> None:
        inner = getattr(owner, name)

        @functools.wraps(inner)
        def wrapper(*args: object, **kwargs: object) -> object:
            event("b", label, args[arg] if arg is not None else "")
            try:
                return inner(*args, **kwargs)
            finally:
                event("e", label)

        setattr(owner, name, wrapper)

    hook(kg.executors, "read_or_fail", "read")  # --jobs 1, and inside a worker's read
    hook(kg.executors.KeptDocs, "read", "work", 1)
    hook(kg.executors.KeptDocs, "ask", "ask", 1)
    hook(kg.build, "_reduce", "reduce")
    hook(kg.workers.WorkerPool, "__enter__", "fork")
    # what the parent's start-up and finish are made of (`_PARTS`)
    hook(kg.build, "_import_nlp", "imports")  # spaCy, kg's NLP, the fact kinds
    hook(kg.steps.Reader, "warm_up", "warm-up")  # the pipeline, the models, the tables
    hook(kg.build, "refresh_derived", "derived")  # the derived graph
    hook(kg.build, "_compact_if_mostly_new", "merge")  # RocksDB's merge, the kept entities
    serve = kg.workers._serve

    class Arrived(queue.SimpleQueue):  # type: ignore[type-arg]
        """`_serve`'s queue of messages: its main thread waits for work only in a `get` on
        it found empty (the `_drain` thread sits in the pipe's `recv` at all times)."""

        def get(self, block: bool = True, timeout: float | None = None) -> object:
            if not self.empty():
                return super().get(block, timeout)
            event("b", "wait")
            try:
                return super().get(block, timeout)
            finally:
                event("e", "wait")

    def worker(*args: object) -> None:
        event("start", "worker")
        kg.workers.SimpleQueue = Arrived  # type: ignore[misc]
        serve(*args)  # type: ignore[arg-type]

    kg.workers._serve = worker  # type: ignore[assignment]
    sys.argv = ["kg", "build", *argv]
    code = 1
    try:
        code = kg.cli.run()
    finally:
        patterns.close()
        event("end", "parent")
        os._exit(code)  # as kg.entry.main ends a build, with its exit status


# The parent's serial parts timed on their own (`child` hooks them)
_PARTS = ("imports", "warm-up", "derived", "merge")


@dataclass
class Trace:
    """One build's logged costs, in CPU seconds."""

    start: float = 0.0  # the parent's, up to the fork (--jobs 1: up to the first document)
    finish: float = 0.0  # the parent's, after the last reduce
    total: float = 0.0  # every process's
    reduce: list[float] = field(default_factory=list)  # the parent's per document, in order
    reads: dict[int, float] = field(default_factory=dict)  # a worker's, by document
    asks: dict[int, float] = field(default_factory=dict)
    waits: list[float] = field(default_factory=list)  # each worker's, wall seconds
    busy: list[float] = field(default_factory=list)  # each worker's in reads and re-reads, wall
    spans: list[float] = field(default_factory=list)  # each worker's start to its last read, wall
    cpu: list[float] = field(default_factory=list)  # each worker's, CPU seconds
    ends: list[float] = field(default_factory=list)  # each worker's last read's end, wall
    last_reduce: float = 0.0  # the end of the parent's last reduce, wall
    parts: dict[str, float] = field(default_factory=dict)  # the parent's `_PARTS`, CPU
    # of each part's CPU, what the parent's other threads spent while its main thread ran
    # the part (RocksDB's flushes and merges, on their own threads)
    beside: dict[str, float] = field(default_factory=dict)


def read_trace(folder: Path) -> Trace:
    trace = Trace()
    for path in folder.glob("*.tsv"):
        rows = [line.rstrip("\n").split("\t") for line in path.open(encoding="utf-8")]
        open_at: dict[str, tuple[float, float, float, str]] = {}
        if rows[0][1] == "worker":
            waited, busy, end = 0.0, 0.0, float(rows[0][2])
            reads: dict[int, float] = {}
            asks: dict[int, float] = {}
            for kind, label, wall, thread, _, arg in rows[1:]:
                if kind == "b":
                    open_at[label] = (float(wall), float(thread), 0.0, arg)
                elif kind == "e" and label in open_at:
                    wall0, thread0, _, seq = open_at.pop(label)
                    if label == "wait":
                        waited += float(wall) - wall0
                    elif label in ("work", "ask"):
                        costs = reads if label == "work" else asks
                        costs[int(seq)] = float(thread) - thread0
                        busy += float(wall) - wall0
                        end = float(wall)
            # what the worker spent outside its reads and re-reads (its messages, its pages
            # copied from the parent's), spread over its reads
            total, read = float(rows[-1][4]), sum(reads.values())
            more = (total - sum(asks.values())) / read
            trace.reads.update((seq, cost * more) for seq, cost in reads.items())
            trace.asks.update(asks)
            trace.waits.append(waited)
            # every wait but the open last one (a worker is killed waiting) ends before a read
            trace.busy.append(busy)
            trace.spans.append(end - float(rows[0][2]))
            trace.ends.append(end)
            trace.total += total
            trace.cpu.append(total)
            continue
        first = last = None
        for kind, label, wall, thread, cpu, arg in rows:
            if kind == "b":
                open_at[label] = (0.0, float(thread), float(cpu), arg)
                if label == "read" and first is None:
                    first = float(cpu)
            elif kind == "e" and label in _PARTS:
                _, thread0, cpu0, _ = open_at.pop(label)
                trace.parts[label] = float(cpu) - cpu0
                trace.beside[label] = trace.parts[label] - (float(thread) - thread0)
            elif kind == "e" and label in ("reduce", "fork"):
                if label == "fork":
                    first = float(cpu)
                else:
                    trace.reduce.append(float(cpu) - open_at.pop(label)[2])
                    last, trace.last_reduce = float(cpu), float(wall)
        end = float(rows[-1][4])
        trace.start, trace.finish = first or 0.0, end - (last or end)
        trace.total += end
        loop = (last or end) - (first or 0.0)
    if trace.reads:  # workers read: the parent's waits and messages spread over its reduces
        extra = (loop - sum(trace.reduce)) / max(len(trace.reduce), 1)
        trace.reduce = [r + extra for r in trace.reduce]
    return trace


def simulate(
    trace: Trace, jobs: int, cores: int, *, rereads: bool = True, scale: float = 1.0
) -> tuple[float, float]:
    """Wall seconds of the traced --jobs build on `cores` idle cores, and the cores' idle
    seconds: processor sharing (each process that can run gets min(1, cores/runnable) of a
    core), the parent's start-up first, then the documents dispatched as `WorkerPool` does,
    each document's reduce in order after its re-read (if any) in the worker that read it.
    `scale` multiplies the workers' costs (what they would cost with less overhead)."""
    replay = _Replay(trace, jobs, rereads, scale)
    clock, idle = trace.start, (cores - 1) * trace.start
    replay.dispatch()
    while replay.running:
        share = min(1.0, cores / len(replay.running))
        step = min(replay.running.values()) / share
        idle += max(0, cores - len(replay.running)) * step
        clock += step
        for process in list(replay.running):
            replay.running[process] -= step * share
            if replay.running[process] <= 1e-12:
                replay.done(process)
        replay.dispatch()
    return clock, idle


@dataclass
class _Replay:
    """The state of `simulate`: what each process runs and what waits for what."""

    trace: Trace
    jobs: int
    rereads: bool
    scale: float
    running: dict[int, float] = field(default_factory=dict)  # process (-1: parent) → CPU left
    doing: dict[int, tuple[str, int]] = field(default_factory=dict)  # a worker's message
    inbox: dict[int, deque[tuple[str, int]]] = field(default_factory=lambda: defaultdict(deque))
    sent: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    queued: dict[int, float] = field(default_factory=lambda: defaultdict(float))
    owner: dict[int, int] = field(default_factory=dict)
    ready: set[tuple[str, int]] = field(default_factory=set)  # ("read" | "ask", document)
    pending: deque[int] = field(default_factory=deque)  # documents sent, not yet reduced
    next: int = 0  # the next document to send
    doc: int = 0  # the document the parent is at
    step: str = "wait"  # of the parent: wait, ask, reduce, finish

    def cost(self, kind: str, seq: int) -> float:
        costs = self.trace.reads if kind == "read" else self.trace.asks
        return costs[seq] * self.scale

    def feed(self) -> None:
        from kg.workers import DEPTH

        while len(self.pending) < 8 * self.jobs and self.next < len(self.trace.reduce):
            # as `kg.workers._free`, with CPU for text (NEREL's documents stay under DEEP_CHARS)
            least = min(self.queued[w] for w in range(self.jobs))
            free = [
                w
                for w in range(self.jobs)
                if self.sent[w] < 2 or (self.sent[w] < DEPTH and self.queued[w] <= least)
            ]
            if not free:
                return
            w = min(free, key=lambda w: (self.sent[w] > 0, self.queued[w]))
            seq, self.next = self.next, self.next + 1
            self.pending.append(seq)
            self.owner[seq] = w
            self.send(w, "read", seq)

    def send(self, worker: int, kind: str, seq: int) -> None:
        self.inbox[worker].append((kind, seq))
        self.sent[worker] += 1
        self.queued[worker] += self.cost(kind, seq) if kind == "read" else 0.0

    def dispatch(self) -> None:
        self.feed()
        for w in range(self.jobs):
            if w not in self.running and self.inbox[w]:  # questions first, as `_serve` does
                message = next((m for m in self.inbox[w] if m[0] == "ask"), self.inbox[w][0])
                self.inbox[w].remove(message)
                self.doing[w], self.running[w] = message, self.cost(*message)
        if -1 in self.running or self.step == "finish":
            return
        seq = self.doc
        if seq == len(self.trace.reduce):
            self.running[-1], self.step = self.trace.finish, "finish"
        elif self.step == "wait" and ("read", seq) in self.ready:
            if self.rereads and seq in self.trace.asks:
                self.send(self.owner[seq], "ask", seq)
                self.step = "ask"
                self.dispatch()  # the worker may be free for it now
            else:
                self.running[-1], self.step = self.trace.reduce[seq], "reduce"
        elif self.step == "ask" and ("ask", seq) in self.ready:
            self.running[-1], self.step = self.trace.reduce[seq], "reduce"

    def done(self, process: int) -> None:
        del self.running[process]
        if process == -1:
            if self.step == "reduce":
                self.pending.popleft()
                self.doc, self.step = self.doc + 1, "wait"
            return
        kind, seq = self.doing.pop(process)
        self.sent[process] -= 1
        self.queued[process] -= self.cost(kind, seq) if kind == "read" else 0.0
        self.ready.add((kind, seq))


def build(corpus: Path, jobs: int, work: Path) -> Trace:
    folder = work / f"trace-{jobs}"
    folder.mkdir()
    argv = [sys.executable, __file__, "--child", str(folder), "--", str(corpus), "--store",
            str(work / f"store-{jobs}"), "--jobs", str(jobs)]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL)
    return read_trace(folder)


def _parts(trace: Trace) -> str:
    """The start-up and the finish split into the `_PARTS` and the rest of each."""
    p = {name: trace.parts.get(name, 0.0) for name in _PARTS}
    start = trace.start - p["imports"] - p["warm-up"]
    finish = trace.finish - p["derived"] - p["merge"]
    return (f"start-up {trace.start:.2f} = imports {p['imports']:.2f} + warm-up "
            f"{p['warm-up']:.2f} + the rest {start:.2f} (the interpreter, the command line, "
            f"the store); finish {trace.finish:.2f} = derived graph {p['derived']:.2f} (of "
            f"which other threads beside its main thread {trace.beside.get('derived', 0.0):.2f}) + "
            f"merge and kept entities {p['merge']:.2f} + the rest {finish:.2f}")  # fmt: skip


def overlapped(trace: Trace) -> float:
    """Of the serial parts' CPU, what other threads (RocksDB's flushes and merges) spent
    beside the derived graph's main thread, on no more than half of the derived graph's
    CPU: on two idle cores it runs on the second one. Not the merge's: the build waits for
    it, the main thread idle."""
    derived = trace.parts.get("derived", 0.0)
    return min(trace.beside.get("derived", 0.0), derived / 2)


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], sys.argv[4:])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="Documents to build.")
    parser.add_argument("--jobs", type=int, default=2, help="Workers (and idle cores) to compare.")
    args = parser.parse_args()
    if args.jobs < 2:
        parser.error("--jobs must be at least 2: it is compared with --jobs 1")
    sys.path.insert(0, str(ROOT))
    # Compiled once, as an installed kg is (as bench/throughput.py does): with
    # PYTHONDONTWRITEBYTECODE each build compiled kg's modules again, ~0.25 s CPU of the
    # parent's start-up before the fork (and of --jobs 1's), not kg's own cost.
    compileall.compile_dir(ROOT / "kg", quiet=1)
    work = Path(tempfile.mkdtemp(prefix="kg-bench-jobs-"))
    try:
        one, many = build(args.corpus, 1, work), build(args.corpus, args.jobs, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    docs = len(one.reduce)
    print(f"{docs} documents, load average {os.getloadavg()[0]:.1f}; CPU seconds:")
    print(f"  --jobs 1: {one.total:.2f} (start-up {one.start:.2f}, the documents "
          f"{one.total - one.start - one.finish:.2f}, finish {one.finish:.2f})")  # fmt: skip
    workers = many.total - many.start - many.finish - sum(many.reduce)
    print(f"  --jobs {args.jobs}: {many.total:.2f}, {many.total / one.total:.3f}× --jobs 1's (the "
          f"parent: start-up {many.start:.2f}, reduces {sum(many.reduce):.2f}, finish "
          f"{many.finish:.2f}; the workers {workers:.2f}, of which re-reads "
          f"{sum(many.asks.values()):.2f} for {len(many.asks)} documents)")  # fmt: skip
    print(f"  the parent's serial parts: {_parts(many)}")
    print(f"  CPU by process: the parent {many.total - sum(many.cpu):.2f}, each worker "
          f"{', '.join(f'{c:.2f}' for c in many.cpu)}")  # fmt: skip
    # each part timed on its own: what neither covers is the worker's start, its messages
    # and what the parent told it (`_serve`)
    print("  each worker's wall from its start to its last read (s): waiting for work + "
          "reading and re-reading + the rest: " + "; ".join(
              f"{w:.2f} + {b:.2f} + {s - w - b:.2f} = {s:.2f} (busy {b / s:.1%})"
              for w, b, s in zip(many.waits, many.busy, many.spans, strict=True)))  # fmt: skip
    tail = max(many.ends) - min(many.ends)
    print(f"  idle tail (wall) {tail:.2f} s between the workers' last reads, then "
          f"{many.last_reduce - max(many.ends):.2f} s to the parent's last reduce")  # fmt: skip
    wall, idle = simulate(many, args.jobs, args.jobs)
    print(f"on {args.jobs} idle cores, simulated: --jobs {args.jobs} {wall:.2f} s against "
          f"--jobs 1's {one.total:.2f} s: {one.total / wall:.2f}×; the cores idle {idle:.2f} s "
          f"(start-up and finish {(args.jobs - 1) * (many.start + many.finish):.2f})")  # fmt: skip
    bare, _ = simulate(many, args.jobs, args.jobs, rereads=False)
    lean = min(1.0, (one.total - many.start - many.finish - sum(many.reduce)) / workers)
    same, _ = simulate(many, args.jobs, args.jobs, scale=lean)
    serial = many.start + many.finish
    bound = one.total / (serial + (one.total - serial) / args.jobs)
    print(f"  without the re-reads {one.total / bare:.2f}×; with workers costing no more CPU "
          f"than --jobs 1's documents {one.total / same:.2f}×; the start-up and finish alone "
          f"bound it at {bound:.2f}×")  # fmt: skip
    inner = serial - overlapped(many)
    print(f"  the same bound with RocksDB's threads beside the derived graph's queries on the "
          f"second core (serial {inner:.2f} s): "
          f"{one.total / (inner + (one.total - inner) / args.jobs):.2f}×")  # fmt: skip
    # what overlapping either serial part with the documents could gain at most
    unstarted, _ = simulate(replace(many, start=0.0), args.jobs, args.jobs)
    unfinished, _ = simulate(replace(many, finish=0.0), args.jobs, args.jobs)
    print(f"  with no start-up before the fork {one.total / unstarted:.2f}×; with no finish "
          f"after the last reduce {one.total / unfinished:.2f}×")  # fmt: skip
    # The parent's work between the fork and the finish shares the cores with the workers':
    # moved into them it would cost the same; only work no process does any more gains.
    idle, _ = simulate(replace(many, reduce=[0.0] * docs), args.jobs, args.jobs)
    print(f"  with no parent work between the fork and the finish {one.total / idle:.2f}×")


if __name__ == "__main__":
    main()
