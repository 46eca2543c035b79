"""Build throughput on real news text, as ratios measured in one run (issue 11, item 6).

    python bench/throughput.py [--docs 100] [--rss 10,100,400] [--paired 50]

On the first `--docs` NEREL-train documents: documents per second of bare natasha
(segmentation, morphology, syntax, NER: what kg's pipeline wraps), of kg's spaCy
pipeline alone, and of `kg build`, each in its own process with the models loaded
inside the timing, as the command does; their ratios; the cost of a build that changes
nothing and of one that changes one document, as fractions of the full build; peak
resident memory of `kg build` at each size of `--rss`. Then paired runs on `--paired`
documents: one BLAS thread against the BLAS default, pymorphy3's compiled DAWG against
its pure-Python one (and whether the two stores are identical, quad for quad).

Every figure is whole-process: wall seconds and CPU seconds (user + system) of a child
process. On a shared machine the CPU ratio is the steadier one.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from devset import devset

ROOT = Path(__file__).resolve().parents[1]
NEREL = devset("NEREL-train")
KG = "from kg.cli import main; main()"
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


def measure(argv: list[str], env: dict[str, str] | None = None) -> Run:
    """One child process: its wall time, CPU time and peak RSS (from wait4, its own)."""
    started = time.perf_counter()
    child = subprocess.Popen(argv, env=env or _env(), stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)  # fmt: skip
    assert child.stderr is not None
    err = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    if child.returncode != 0:
        sys.exit(f"{' '.join(argv[:4])} … failed:\n{err.decode(errors='replace')}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), **extra}


def build(corpus: Path, store: Path, code: str = KG, *args: str, **env: str) -> Run:
    argv = [sys.executable, "-c", code, "build", str(corpus), "--store", str(store), *args]
    return measure(argv, _env(**env))


def corpus_of(paths: list[Path], folder: Path) -> Path:
    folder.mkdir(parents=True)
    for p in paths:
        shutil.copy(p, folder / p.name)
    return folder


def line(label: str, run: Run, docs: int, base: Run | None = None) -> None:
    ratio = f"{base.cpu / run.cpu:>7.2f}× {base.wall / run.wall:>6.2f}×" if base else ""
    print(f"{label:<34}{docs / run.wall:>8.2f}{docs / run.cpu:>8.2f}{run.rss_mb:>8.0f}  {ratio}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100, help="Documents for the throughput.")
    parser.add_argument("--rss", default="10,100,400", help="Corpus sizes for peak memory.")
    parser.add_argument("--paired", type=int, default=50, help="Paired-run documents (0: none).")
    args = parser.parse_args()
    texts = sorted(NEREL.glob("*.txt"))
    work = Path(tempfile.mkdtemp(prefix="kg-bench-throughput-"))
    print(f"machine: {os.cpu_count()} cores, shared with other work; NEREL-train, {work}")
    try:
        docs = texts[: args.docs]
        corpus = corpus_of(docs, work / "corpus")
        files = [str(p) for p in docs]
        print(f"\n{args.docs} documents{'':<14}docs/s wall  cpu  RSS MB  vs natasha: cpu wall")
        one_blas = _env(**dict.fromkeys(BLAS, "1"))  # as `kg` sets it for itself
        natasha = measure([sys.executable, "-c", NATASHA, *files], one_blas)
        line("bare natasha", natasha, len(docs))
        line("kg spaCy pipeline", measure([sys.executable, "-c", PIPELINE, *files], one_blas),
             len(docs), natasha)  # fmt: skip
        full = build(corpus, work / "store")
        line("kg build", full, len(docs), natasha)
        jobs_scaling(corpus, len(docs), work)
        # -- the Dask executor against the local one: to be added with the Dask work.

        noop = build(corpus, work / "store")
        changed = sorted(corpus.iterdir())[len(docs) // 2]
        changed.write_text(changed.read_text(encoding="utf-8") + "\nВстреча прошла в Минске.\n",
                           encoding="utf-8")  # fmt: skip
        one = build(corpus, work / "store")
        print(f"\nno-op build: {noop.wall / full.wall:.1%} of the full build's wall time, "
              f"{noop.cpu / full.cpu:.1%} of its CPU")  # fmt: skip
        print(f"one document changed: {one.wall / full.wall:.1%} wall, "
              f"{one.cpu / full.cpu:.1%} CPU")  # fmt: skip

        print("\npeak RSS of kg build:")
        for n in (int(x) for x in args.rss.split(",")):
            run = build(corpus_of(texts[:n], work / f"rss-{n}"), work / f"rss-store-{n}")
            print(f"  {n:>4} documents: {run.rss_mb:.0f} MB ({n / run.wall:.2f} docs/s wall)")

        if args.paired:
            paired(texts[: args.paired], work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def jobs_scaling(corpus: Path, docs: int, work: Path, rounds: int = 2) -> None:
    """`--jobs 2` against `--jobs 1`, interleaved (1 2 1 2 …) so load drifts hit both alike;
    each a clean build into a new store, its workers' CPU included."""
    runs: dict[int, list[Run]] = {1: [], 2: []}
    for i in range(rounds):
        for jobs in (1, 2):
            store = work / f"jobs-{jobs}-{i}"
            runs[jobs].append(build(corpus, store, KG, "--jobs", str(jobs)))
    one, two = (Run(*(sum(getattr(r, f) for r in runs[j]) for f in ("wall", "cpu", "rss_mb")))
                for j in (1, 2))  # fmt: skip
    same = _nquads(work / "jobs-1-0") == _nquads(work / "jobs-2-0")
    print(f"\n--jobs 2 against --jobs 1 ({rounds} interleaved builds each of {docs} documents):"
          f" {one.wall / two.wall:.2f}× wall ({docs * rounds / two.wall:.2f} against "
          f"{docs * rounds / one.wall:.2f} docs/s), CPU {two.cpu / one.cpu:.2f}× of --jobs 1's; "
          f"identical quads: {same}")  # fmt: skip


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
                runs[name].append(build(corpus, work / f"p-{label[:4]}-{name}-{i}", c, **e))
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
