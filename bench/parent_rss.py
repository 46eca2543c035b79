"""Where a `kg build`'s own process reaches its peak memory, phase by phase (issue 11, item 4:
peak RSS at 400 documents within 10 % of that at 10).

    python bench/parent_rss.py CORPUS --store NEW_STORE [--jobs 2] [other kg build options]

Runs the build in this process (with `--jobs 2` the parent: the workers fork from it) and
prints to stderr, for each phase of the build, the highest and the last resident memory in it:
the start-up up to the first document's reduce, the documents (their results read from the
workers, resolved and written), the models', registry's and vocab's release, the stored
hashes, the counts, the derived graph's reads (`kg.derived._derivation`: of them the folded
claims', events' and holdings' cells and the mention counts' scan), its write, RocksDB's
merge with the kept entities' save. The highest is the kernel's high-water mark (VmHWM, what
`bench/throughput.py --rss` reads for the whole process), set back at each phase's start: a
thread's samples every 2 ms would miss the spikes inside a call that holds the GIL (a query, a
bulk load). The hooks wrap the build's own functions; they change no quad.
"""

from __future__ import annotations

import functools
import os
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

PAGE = os.sysconf("SC_PAGE_SIZE")
PERIOD = 0.002  # seconds between samples


class Phases:
    """The highest and the last resident memory (MB) sampled in each phase, in their order."""

    def __init__(self) -> None:
        self.current = "start-up"
        self.seen: dict[str, list[float]] = {}  # phase: [highest, last]
        self.documents = 0
        self.peak = (0.0, "")

    def sample(self, hwm: float = 0.0) -> None:
        """The resident memory now, and `hwm`, the phase's high-water mark if known."""
        with open("/proc/self/statm", encoding="ascii") as statm:
            rss = int(statm.read().split()[1]) * PAGE / 2**20
        high = max(hwm, rss)
        highest, _ = self.seen.setdefault(self.current, [high, rss])
        self.seen[self.current] = [max(highest, high), rss]
        if high > self.peak[0]:
            self.peak = (high, f"{self.current}, after {self.documents} documents")

    def enter(self, name: str) -> None:
        """The phase `name` begins: the kernel's high-water mark of the one that ends is read
        (a sample misses a spike inside a call that holds the GIL: a query, a bulk load), and
        set back to the present resident memory for the next."""
        self.sample(_high_water())
        self.current = name
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear:
            clear.write("5")  # VmHWM := VmRSS (Linux 4.0)
        self.sample()

    def report(self) -> None:
        self.sample(_high_water())
        out = sys.stderr
        print(f"{'phase (this process, MB)':<34}{'highest':>8}{'last':>8}", file=out)
        for name, (highest, last) in self.seen.items():
            print(f"  {name:<32}{highest:>8.1f}{last:>8.1f}", file=out)
        peak, where = self.peak
        print(f"peak {peak:.1f} MB ({where})", file=out)


def _high_water() -> float:
    """The kernel's high-water mark of this process's resident memory since it was last set
    back (`Phases.enter`), in MB."""
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024


def _sampling(phases: Phases) -> None:
    me = os.getpid()
    while os.getpid() == me:  # not in a forked worker (which has no such thread anyway)
        phases.sample()
        time.sleep(PERIOD)


OTHER_STEPS = "the build's other steps"  # between the phases hooked, after the documents


def _resumed(phase: str) -> str:
    """The name of what goes on after a hooked phase that interrupted `phase`."""
    if phase == "documents":
        return OTHER_STEPS
    return phase if phase == OTHER_STEPS or phase.endswith("(rest)") else f"{phase} (rest)"


def _in_phase(phases: Phases, owner: Any, name: str, phase: str) -> None:
    """`owner.name` run as `phase`; the phase it interrupted goes on after it."""
    work: Callable[..., Any] = getattr(owner, name)

    @functools.wraps(work)
    def hooked(*args: Any, **kwargs: Any) -> Any:
        before = phases.current
        phases.enter(phase)
        try:
            return work(*args, **kwargs)
        finally:
            phases.enter(_resumed(before))

    setattr(owner, name, hooked)


def main() -> None:
    import kg.build as build
    import kg.claim_fold as claim_fold
    import kg.derived as derived
    import kg.event_fold as event_fold
    import kg.holding_fold as holding_fold
    import kg.mention_counts as mention_counts
    import kg.store as store

    phases = Phases()
    threading.Thread(target=_sampling, args=(phases,), daemon=True).start()
    reduce = build._reduce

    def each_document(*args: Any, **kwargs: Any) -> None:
        phases.documents += 1
        if phases.current != "documents":
            phases.enter("documents")
        reduce(*args, **kwargs)

    build._reduce = each_document
    for owner, name, phase in [
        (build, "_done_with_documents", "registry, vocab, models let go"),
        (build, "_hashes_after_writes", "hashes"),
        (build, "refresh_derived", "derived graph"),
        (store.KgStore, "counts", "  counts"),
        (derived, "_derivation", "  derivation's reads"),
        (claim_fold.ClaimFold, "cell_quads", "    folded claims' cells"),
        (event_fold.EventFold, "cell_quads", "    folded events' cells"),
        (holding_fold.HoldingFold, "cell_quads", "    folded holdings' cells"),
        (mention_counts, "mention_quads", "    mention counts' scan"),
        (store.KgStore, "replace_graph", "  derived graph's write"),
        (build, "_compact_if_mostly_new", "merge, kept entities saved"),
    ]:
        _in_phase(phases, owner, name, phase)
    run_build = build.run_build

    def reported(*args: Any, **kwargs: Any) -> Any:
        try:
            return run_build(*args, **kwargs)
        finally:
            phases.report()  # here: the command may leave without running exit handlers

    build.run_build = reported  # type: ignore[assignment]
    from kg.entry import main as kg_main

    sys.argv = ["kg", "build", *sys.argv[1:]]
    kg_main()


if __name__ == "__main__":
    main()
