"""Evidence for "no traceback, no lost graph, no surprise writes": every nasty input through
the real `kg build`, then a soak of SIGKILLs at random points of builds, then the scenarios
of issue 10: `--rebuild` killed or stopped halfway, `--jobs 2` killed or interrupted, and
every command on damaged stores.

    python bench/robustness.py [--kills 50] [--docs 10] [--seed 1]

Prints the inputs tried, tracebacks seen (must be 0), exit-70 internal errors (must be 0),
graphs lost or mixed (must be 0), builds recovered, and timings as ratios to a clean build
measured in the same run. Needs the test extras (it reuses the tests' corpus and fixture
builders). Exit 1 if any must-be-0 figure is not.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from contextlib import redirect_stdout
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "bench")]

import service_refusal  # noqa: E402
from kg_runs import document_text, graphs, kg, start_kg, write_corpus  # noqa: E402
from test_build_boundaries import STOPPERS  # noqa: E402
from test_corpus_hostile import BAD_FILES, RU, png, zip_bytes  # noqa: E402
from test_crash import doc_id, hashes, killed_build, switch_versions  # noqa: E402
from test_damaged_store import COMMANDS, DAMAGES  # noqa: E402
from test_rebuild import quad_count  # noqa: E402
from test_store import make_store  # noqa: E402
from test_workers import alive, start_parallel_build  # noqa: E402

from kg.cli import run  # noqa: E402

MB = 1024 * 1024


@dataclass
class Case:
    """One nasty input placed beside a good document; `warns` names what must be warned."""

    name: str
    make: Callable[[Path], None]
    warns: tuple[str, ...] = ()
    during: Callable[[Path], None] | None = None  # done while the build runs


def _bytes(name: str, data: bytes) -> Callable[[Path], None]:
    return lambda folder: (folder / name).write_bytes(data)


def _big_text(folder: Path) -> None:
    line = (RU * 40).encode()
    with (folder / "big.txt").open("wb") as out:
        for _ in range(50 * MB // len(line) + 1):
            out.write(line)


def _symlink_loop(folder: Path) -> None:
    (folder / "sub").mkdir()
    (folder / "sub" / "loop").symlink_to(folder)
    (folder / "self.txt").symlink_to(folder / "self.txt")
    (folder / "dangling.txt").symlink_to(folder / "nowhere")


def _unreadable(folder: Path) -> None:
    if os.geteuid() == 0:  # root reads a chmod 000 file: take one whose read() fails (EIO)
        (folder / "locked.txt").symlink_to("/proc/self/mem")
    else:
        (folder / "locked.txt").write_text(RU, encoding="utf-8")
        (folder / "locked.txt").chmod(0)


def _fifo(folder: Path) -> None:
    os.mkfifo(folder / "pipe.txt")


def _vanishing(folder: Path) -> None:
    for i in range(12):  # read in batches: the last file is read after a few are built
        (folder / f"x{i:02d}.txt").write_text(document_text(i), encoding="utf-8")
    (folder / "zz-vanishing.txt").write_text(RU, encoding="utf-8")


def _remove_when_building(folder: Path, store: Path) -> None:
    deadline = time.monotonic() + 120
    while not hashes(store) and time.monotonic() < deadline:
        time.sleep(0.02)
    (folder / "zz-vanishing.txt").unlink()


def _stopper(name: str) -> Callable[[Path], None]:
    """One input that stopped a build before issue 10, with its sidecar if it has one."""

    def make(folder: Path) -> None:
        for file in (name, name + ".meta.json"):
            if file in STOPPERS:
                data = STOPPERS[file]
                (folder / file).write_bytes(data if isinstance(data, bytes) else data.encode())

    return make


def cases() -> list[Case]:
    out = [Case(f"hostile:{n}", _bytes(n, data), (n,)) for n, (data, _) in BAD_FILES.items()]
    out += [
        Case(f"stopped a build before: {n!a}", _stopper(n))
        for n in STOPPERS
        if not n.endswith(".meta.json")
    ]
    nested = "<div>" * 10_000 + "<p>Глубоко вложенный текст.</p>" + "</div>" * 10_000
    broken = "<html><head><title>Т<body><p>Раз <b>два<p>три</i></div></span><scr<ipt>&#xZZ;"
    jsonl = "\n".join([json.dumps({"text": RU}), "{broken", "[]", json.dumps({"title": 1})])
    legacy = "Стороны подписали «Декларацию» — о союзничестве и партнёрстве.\n"
    out += [
        Case("invalid UTF-8", _bytes("bad8.txt", RU.encode() * 5 + b"\xff\xfe\x80"), ("bad8.txt",)),
        Case("mixed cp1251/UTF-8", _bytes("mixed.txt", RU.encode() * 3 + legacy.encode("cp1251")),
             ("mixed.txt",)),
        Case("UTF-16 LE, no BOM", _bytes("le.txt", (RU * 3).encode("utf-16-le"))),
        Case("UTF-16 BE, no BOM", _bytes("be.txt", (RU * 3).encode("utf-16-be"))),
        Case("cp1251", _bytes("cp.txt", (RU * 3).encode("cp1251"))),
        Case("ZIP as .txt", _bytes("a.txt", zip_bytes()), ("a.txt",)),
        Case("PNG as .html", _bytes("p.html", png()), ("p.html",)),
        Case("50 MB text", _big_text, ("big.txt",)),
        Case("single line of 1,080,000 characters (over spaCy's max_length: built in chunks)",
             _bytes("line.txt", ("Слово " * 180_000).encode())),
        Case("deeply nested HTML", _bytes("nested.html", nested.encode())),
        Case("broken HTML", _bytes("broken.html", broken.encode())),
        Case("broken JSONL", _bytes("feed.jsonl", jsonl.encode()), ("feed.jsonl",)),
        Case("symlink loop, self link, dangling link", _symlink_loop,
             ("loop", "self.txt", "dangling.txt")),
        Case("unreadable file", _unreadable, ("locked.txt",)),
        Case("FIFO named .txt (not a regular file: not listed)", _fifo),
        Case("file removed between listing and reading", _vanishing, ("zz-vanishing.txt",),
             during=_remove_when_building),
    ]  # fmt: skip
    return out


def timed_build(corpus: Path, store: Path, *options: str) -> tuple[float, str, str, int]:
    started = time.perf_counter()
    result = kg("build", corpus, "--store", store, *options, timeout=900)
    return time.perf_counter() - started, result.stdout, result.stderr, result.returncode


def hostile(work: Path) -> dict:
    """Each case beside one good document, then all of them together."""
    tried, tracebacks, internal, unwarned, unbuilt, bad_exit = 0, 0, 0, [], [], []
    every = work / "all"
    every.mkdir()
    for n, case in enumerate(cases()):
        folder, store = work / f"case{n}", work / f"store{n}"
        folder.mkdir()
        (folder / "good.txt").write_text(document_text(0), encoding="utf-8")
        case.make(folder)
        if case.during is None:
            sub = every / f"case{n}"
            sub.mkdir()
            case.make(sub)
        during = case.during
        watcher = threading.Thread(target=during, args=(folder, store)) if during else None
        if watcher:
            watcher.start()
        _, out, err, code = timed_build(folder, store)
        if watcher:
            watcher.join()
        tried += 1
        tracebacks += "Traceback" in out + err
        internal += code == 70 or "internal error" in err
        warned = [line for line in err.splitlines() if line.startswith("kg: warning: ")]
        missing = [w for w in case.warns if not any(f"/{w}:" in line for line in warned)]
        if missing:
            unwarned.append(f"{case.name}: {missing}")
        if code != 0:
            bad_exit.append(f"{case.name}: exit {code}: {err.strip()[-200:]}")
        elif "good" not in hashes(store):
            unbuilt.append(case.name)
        status = "ok" if not missing and code == 0 else "CHECK"
        print(f"  {status:5} {case.name}: exit {code}, {len(warned)} warning(s)")
    write_corpus(every / "good", 10)
    clean_s, *_ = timed_build(every / "good", work / "store-good")
    all_s, out, err, code = timed_build(every, work / "store-all")
    tracebacks += "Traceback" in out + err
    internal += code == 70 or "internal error" in err
    return {
        "tried": tried,
        "tracebacks": tracebacks,
        "internal": internal,
        "unwarned": unwarned,
        "unbuilt": unbuilt,
        "bad_exit": bad_exit,
        "all_exit": code,
        "all_ratio": all_s / clean_s,
        "all_warnings": err.count("kg: warning: "),
    }


def soak(work: Path, kills: int, docs: int, rng: random.Random) -> dict:
    """Kills builds (half at random times, half after a random number of writes), checks
    every graph after each kill, and every 10 kills lets a build finish and compares it
    with a clean build."""
    clean_stores = {}
    seconds = {}
    for version in (0, 1):
        corpus = write_corpus(work / f"clean-v{version}", docs, version)
        clean_stores[version] = work / f"clean-store-v{version}"
        seconds[version], *_ = timed_build(corpus, clean_stores[version])
    noop_s, *_ = timed_build(work / "clean-v0", clean_stores[0])
    clean = {v: graphs(s) for v, s in clean_stores.items()}
    corpus, store = work / "soak", work / "soak-store"
    corpus.mkdir()
    current: dict[str, frozenset[str]] = {}
    mixed = lost = stray = invalid = tracebacks = internal = partial = recovered = recoveries = 0
    killed_s: list[float] = []
    recovery_s: list[float] = []
    for kill in range(kills):
        targets = switch_versions(corpus, current, clean, docs)
        before = current
        started = time.perf_counter()
        if kill % 2:
            err = killed_build(corpus, store, rng.randint(1, docs - 1), rng.uniform(0, 0.3))
        else:
            err = killed_build(corpus, store, 0, rng.uniform(0, 1.1 * seconds[0]))
        killed_s.append(time.perf_counter() - started)
        tracebacks += "Traceback" in err
        internal += "internal error" in err
        current = graphs(store) if hashes(store) else {}
        done = 0
        for i, target in enumerate(targets):
            graph, old = current.get(doc_id(i)), before.get(doc_id(i))
            mixed += graph not in (old, clean[target][doc_id(i)], None)
            lost += old is not None and graph is None
            done += graph == clean[target][doc_id(i)]
        stray += not current.get("", frozenset()) <= clean[0][""]
        partial += 0 < done < docs
        if current:
            with redirect_stdout(io.StringIO()):
                invalid += run(["validate", "--store", str(store)]) != 0
        if kill % 10 == 9 or kill == kills - 1:
            for i in range(docs):
                (corpus / f"{doc_id(i)}.txt").write_text(document_text(i, 1), encoding="utf-8")
            elapsed, _, err, code = timed_build(corpus, store)
            recovery_s.append(elapsed)
            tracebacks += "Traceback" in err
            internal += code == 70
            current = graphs(store)
            recoveries += 1
            recovered += code == 0 and current == clean[1]
    return {
        "kills": kills,
        "partial": partial,
        "mixed": mixed,
        "lost": lost,
        "stray": stray,
        "invalid": invalid,
        "tracebacks": tracebacks,
        "internal": internal,
        "recovered": recovered,
        "recoveries": recoveries,
        "clean_s": seconds[0],
        "noop_ratio": noop_s / seconds[0],
        "killed_ratio": sum(killed_s) / len(killed_s) / seconds[0],
        "recovery_ratio": sum(recovery_s) / len(recovery_s) / seconds[0],
    }


def _outcome(err: str, code: int) -> dict[str, int]:
    return {"tracebacks": "Traceback" in err, "internal": code == 70 or "internal error" in err}


def _add(total: dict[str, int], part: dict[str, int]) -> None:
    for key, value in part.items():
        total[key] = total.get(key, 0) + int(value)


def rebuilds_stopped(work: Path, docs: int) -> dict[str, int]:
    """`kg build --rebuild` of a new version over a built store, stopped by SIGKILL, SIGTERM
    and Ctrl-C (SIGINT) after a reader saw 3 documents replaced; readers poll throughout."""
    old = write_corpus(work / "v0", docs, 0)
    new = write_corpus(work / "v1", docs, 1)
    built = work / "built"
    timed_build(old, built)
    total = {"runs": 0, "tracebacks": 0, "internal": 0, "lost": 0, "empty_reads": 0}
    for sig in (signal.SIGKILL, signal.SIGTERM, signal.SIGINT):
        store = work / f"store-{sig.name}"
        shutil.copytree(built, store)
        before = hashes(store)
        process = start_kg("build", new, "--store", store, "--rebuild")
        deadline = time.monotonic() + 300
        while process.poll() is None and time.monotonic() < deadline:
            total["empty_reads"] += quad_count(store) == 0
            if sum(h != before[d] for d, h in hashes(store).items()) >= 3:
                break
            time.sleep(0.02)
        process.send_signal(sig)
        _, err = process.communicate()
        after = hashes(store)
        total["runs"] += 1
        total["lost"] += sum(d not in after for d in before)
        _add(total, _outcome(err, process.returncode))
        print(f"  --rebuild stopped by {sig.name}: exit {process.returncode}, "
              f"{sum(after.get(d) != h for d, h in before.items())} of {docs} replaced, "
              f"{sum(d not in after for d in before)} lost")  # fmt: skip
    return total


def parallel_builds_killed(work: Path) -> dict[str, int]:
    """`kg build --jobs 2` killed (SIGKILL, SIGTERM) or interrupted (Ctrl-C to its process
    group) once both workers run: workers left alive, later builds refused as busy."""
    corpus = write_corpus(work / "corpus", 24)
    total = {"runs": 0, "tracebacks": 0, "internal": 0, "orphans": 0, "busy": 0, "ctrl_c": 0}
    for sig in (signal.SIGKILL, signal.SIGTERM, signal.SIGINT):
        store = work / f"store-{sig.name}"
        process, workers = start_parallel_build(corpus, store)
        if sig == signal.SIGINT:
            os.killpg(process.pid, sig)
        else:
            os.kill(process.pid, sig)
        _, err = process.communicate(timeout=60)
        deadline = time.monotonic() + 10
        while any(alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        orphans = [w for w in workers if alive(w)]
        for worker in orphans:  # ours to clean up, whatever the result
            os.kill(worker, signal.SIGKILL)
        _, _, _, code = timed_build(work / "corpus", store)
        total["runs"] += 1
        total["orphans"] += len(orphans)
        total["busy"] += code == 75
        if sig == signal.SIGINT:
            total["ctrl_c"] += process.returncode == 130 and err.strip() == "kg: interrupted"
        _add(total, _outcome(err, process.returncode))
        print(f"  --jobs 2 stopped by {sig.name}: exit {process.returncode}, "
              f"{len(orphans)} worker(s) left, next build exit {code}")  # fmt: skip
    return total


def damaged_stores(work: Path) -> dict[str, int]:
    """Every command on a store with a truncated or deleted .sst, garbage in CURRENT or a
    truncated MANIFEST: exits other than 74, and the peak memory of any of them."""
    intact = make_store(work / "intact", {f"d{i}": 200 for i in range(20)})
    corpus = write_corpus(work / "corpus", 1)
    total = {"runs": 0, "tracebacks": 0, "internal": 0, "not_74": 0}
    peak_before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    for name, damage in DAMAGES.items():
        store = work / name.replace(" ", "-")
        shutil.copytree(intact, store)
        damage(store)
        codes = []
        for command in [*COMMANDS, ["build", str(corpus)]]:
            result = kg(*command, "--store", store, timeout=300)
            codes.append(result.returncode)
            total["runs"] += 1
            total["not_74"] += result.returncode != 74 or len(result.stderr.splitlines()) != 1
            _add(total, _outcome(result.stderr, result.returncode))
        print(f"  damaged store ({name}): exits {codes}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    total["peak_mb"] = peak // 1024 if peak > peak_before else -1  # -1: below earlier runs
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--docs", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kg-robustness-") as tmp:
        work = Path(tmp)
        for name in ("damaged", "hostile", "soak", "rebuild", "jobs"):
            (work / name).mkdir()
        print("every command on damaged stores:")
        d = damaged_stores(work / "damaged")  # first: its peak memory is measured alone
        print("hostile inputs, each beside a good document:")
        h = hostile(work / "hostile")
        print(f"kill soak: {args.kills} SIGKILLs over builds of {args.docs} documents …")
        s = soak(work / "soak", args.kills, args.docs, rng)
        print("--rebuild stopped halfway:")
        r = rebuilds_stopped(work / "rebuild", args.docs)
        print("--jobs 2 killed or interrupted:")
        j = parallel_builds_killed(work / "jobs")
        print("SERVICE and LOAD spellings against a loopback listener …")
        service = service_refusal.probe(work)
    tracebacks = h["tracebacks"] + s["tracebacks"] + r["tracebacks"] + j["tracebacks"]
    tracebacks += d["tracebacks"] + service["tracebacks"]
    internal = h["internal"] + s["internal"] + r["internal"] + j["internal"] + d["internal"]
    lost = s["lost"] + r["lost"]
    runs = h["tried"] + 1 + s["kills"] + s["recoveries"] + r["runs"] + j["runs"] + d["runs"]
    print()
    print(
        f"inputs tried:            {h['tried']} cases, then all together "
        f"(exit {h['all_exit']}, {h['all_warnings']} warnings); {runs} kg runs in all"
    )
    print(f"tracebacks:              {tracebacks}")
    print(f"exit-70 internal errors: {internal}")
    print(
        f"graphs lost:             {lost} ({s['lost']} in the kill soak, "
        f"{r['lost']} in {r['runs']} stopped --rebuild runs)"
    )
    service_refusal.report(service)
    print(f"missing warnings:        {len(h['unwarned'])} {h['unwarned'] or ''}")
    print(f"good document not built: {len(h['unbuilt'])} {h['unbuilt'] or ''}")
    print(f"non-zero exits:          {len(h['bad_exit'])} {h['bad_exit'] or ''}")
    print(f"kills:                   {s['kills']} ({s['partial']} between a build's writes)")
    print(f"graphs mixed:            {s['mixed']}")
    print(f"stray entity triples:    {s['stray']}")
    print(f"kg validate failures:    {s['invalid']}")
    print(f"builds recovered:        {s['recovered']}/{s['recoveries']} (= clean build exactly)")
    print(f"reads of an empty store during --rebuild: {r['empty_reads']}")
    print(
        f"--jobs 2 workers left:   {j['orphans']} after {j['runs']} kills/interrupts; "
        f"next build busy: {j['busy']}; Ctrl-C exit 130 with one line: {j['ctrl_c']}/1"
    )
    print(
        f"damaged-store commands:  {d['runs']}, not one line + exit 74: {d['not_74']}; "
        f"peak memory {d['peak_mb']} MB"
    )
    print(f"clean build:             {s['clean_s']:.1f} s ({args.docs} documents) = 1.00")
    print(f"unchanged rebuild:       {s['noop_ratio']:.2f} × clean")
    print(f"killed run (mean):       {s['killed_ratio']:.2f} × clean")
    print(f"recovery build (mean):   {s['recovery_ratio']:.2f} × clean")
    print(f"all hostile + 10 good:   {h['all_ratio']:.2f} × a clean build of the 10 good")
    print(f"bench wall time:         {time.perf_counter() - started:.0f} s")
    must_be_zero = [tracebacks, internal, lost, s["mixed"], s["stray"], r["empty_reads"]]
    must_be_zero += [j["orphans"], j["busy"], d["not_74"]]
    failed = any(must_be_zero) or s["invalid"] or s["recovered"] != s["recoveries"]
    failed = failed or h["unwarned"] or h["unbuilt"] or h["bad_exit"] or j["ctrl_c"] != 1
    failed = failed or service_refusal.failed(service)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
