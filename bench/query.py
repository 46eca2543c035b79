"""Canned queries and validation on a store of a million quads (issue 11, item 5).

    python bench/query.py [--quads 1000000] [--nerel 150] [--runs 3] [--work DIR]

The store is synthesised from a real build: the sample corpus, the devset articles and
the first `--nerel` NEREL-train documents are built once with `kg build` (the seed), and
the seed's document graphs are then replicated, each copy with renamed document IRIs
(and so renamed mention and selector IRIs and `bro:docId`), renamed keys for events,
agreements, quotes and relation levels (each copy tells its own) and for the persons and
organizations that only one seed document names; states, offices, the persons and
organizations that two or more seed documents name (or that have a Wikidata item), and
numeric claims keep their keys. So a copy reads like more news about the same world:
well-known entities recur and collect mentions, obscure ones are new, and every figure
is retold by each copy (kg fuses a retold figure into one node with many sources, so
each claim is told by ~20 documents: the case that made the claim-links query grow like
k⁶). What it does not reproduce: the growth of names and texts a real year of news
brings; document sizes, the mix of classes and the quads per mention are the seed's.
The derived graph (claim links, mention counts) is computed by kg's own code, as a
build does. Each document's kept `mentions` rows (`bro:mentionRows`, `kg.mention_rows`)
are renamed with it: their entity cells are written `<IRI>`, as the renaming finds them.

Prints, for every canned query (every queries/*.rq), the p50 wall time in-process (the
query read to the end from a read-only store) and through the CLI (`kg query NAME --format
tsv` to /dev/null, a new process each time), against the targets of the issue; then the CLI
start-up time, the streaming of `mentions` (time to the first row, rows per second) and
`kg validate` (the whole store, nothing changed, one document changed). With `--baseline
DIR` (a checkout of kg, e.g. `git archive main | tar -x -C DIR`) every CLI figure is also
taken with that code, interleaved with this one's, so both see the same load. The
synthesised store is kept in --work for the next run (`kg validate` edits one document
graph of it).
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pyoxigraph import Literal, Quad, RdfFormat, Store, serialize

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.data.shared import shared  # noqa: E402
from kg.derived import refresh_derived  # noqa: E402
from kg.rdf import CONTENT_HASH, DERIVED_GRAPH, ENTITY_GRAPH, NS, doc_graph  # noqa: E402
from kg.resources import QUERIES_DIR  # noqa: E402
from kg.store import KgStore  # noqa: E402
from kg.validate import CACHE  # noqa: E402

KG = [sys.executable, "-m", "kg"]
CLI_TARGET = 0.5  # seconds, every canned query but mentions, through the CLI
ENTITY_TARGET = 0.1  # seconds, the entity queries in-process
ENTITY_QUERIES = ("states", "persons", "organizations")
_FACT_KINDS = "event|agreement|quote|relation"  # claims are retold: see above


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quads", type=int, default=1_000_000, help="Quads to reach.")
    parser.add_argument("--nerel", type=int, default=150, help="NEREL-train documents in the seed.")
    parser.add_argument("--runs", type=int, default=3, help="Runs per figure (p50).")
    parser.add_argument("--work", type=Path,
                        help="Keep the seed and the big store here and reuse them next time "
                             "(stale once the graph's shape changes); default: a fresh "
                             "temporary folder, removed at the end.")  # fmt: skip
    parser.add_argument("--baseline", type=Path, help="A kg checkout to compare the CLI with.")
    parser.add_argument("--no-validate", action="store_true", help="Skip `kg validate`.")
    args = parser.parse_args()
    if args.work is None:
        with tempfile.TemporaryDirectory(prefix="kg-bench-query-") as work:
            args.work = Path(work)
            run(args)
    else:
        args.work.mkdir(parents=True, exist_ok=True)
        run(args)


def run(args: argparse.Namespace) -> None:
    codes = {"this": ROOT, **({"baseline": args.baseline.resolve()} if args.baseline else {})}
    seed = seed_store(args.work, args.nerel)
    big = args.work / f"store-{args.quads}"
    if not (big / "CURRENT").is_file():
        shutil.rmtree(big, ignore_errors=True)
        synthesise(seed, big, args.quads)
    with KgStore.open_read(big) as kg:
        graphs = sum(1 for _ in kg.db.named_graphs())
        print(f"store: {len(kg.db):,} quads, {graphs:,} graphs ({big})")
    print("machine: 2 cores shared with other work; figures are p50 of", args.runs, "runs")
    print("load average at the start: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    query_table(big, args.runs, codes)
    print()
    for code, root in codes.items():
        startup = p50(lambda root=root: run_cli(["--version"], root), args.runs)
        cpu = statistics.median(cpu_cli(["--version"], root) for _ in range(args.runs))
        print(f"CLI start-up (kg --version), {code}: {startup:.3f} s (CPU {cpu:.3f} s)")
    for code, root in codes.items():
        stream_mentions(big, code, root, args.runs)
    if not args.no_validate:
        validate_lines(big)
    print("load average at the end: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))


# -- the store -------------------------------------------------------------------------


def seed_store(work: Path, nerel: int) -> Path:
    """A real build of the sample corpus, the devset articles and `nerel` NEREL documents."""
    store = work / f"seed-{nerel}"
    if (store / "CURRENT").is_file():
        return store
    corpus = work / f"seed-corpus-{nerel}"
    shutil.rmtree(corpus, ignore_errors=True)
    corpus.mkdir()
    sources = [
        *sorted((ROOT / "corpus").glob("*.txt")),
        *sorted(shared("devset", "articles").iterdir()),
    ]
    sources += sorted(shared("devset", "NEREL-train").glob("*.txt"))[:nerel]
    for path in sources:
        shutil.copy(path, corpus / path.name)
    print(f"building the seed: {len(sources)} documents …", flush=True)
    started = time.perf_counter()
    done = subprocess.run([*KG, "build", str(corpus), "--store", str(store)], text=True,
                          capture_output=True)  # fmt: skip
    if done.returncode != 0:
        sys.exit(f"seed build failed:\n{done.stderr}")
    print(f"  {done.stdout.strip()} ({time.perf_counter() - started:.0f} s wall)")
    return store


def synthesise(seed: Path, out: Path, target: int) -> None:
    """Copies of the seed's document graphs, renamed as the module docstring says."""
    with KgStore.open_read(seed) as kg:
        db = kg.db
        recurring = {
            row["e"].value
            for row in db.query(
                "SELECT ?e WHERE { GRAPH ?g { ?m <https://w3id.org/kg-bilateral/ontology#refersTo>"
                " ?e } } GROUP BY ?e HAVING (COUNT(DISTINCT ?g) > 1)"
            )
        }
        recurring |= {
            q.subject.value
            for q in db.quads_for_pattern(None, None, None, ENTITY_GRAPH)
            if q.predicate.value.endswith("#wikidata")
        }
        quads = [q for q in db if q.graph_name != DERIVED_GRAPH]
    text = serialize(quads, format=RdfFormat.N_QUADS).decode()
    entity_suffix = "> " + str(ENTITY_GRAPH) + " .\n"
    entity_lines = [line for line in text.splitlines(True) if line.endswith(entity_suffix)]
    doc_lines = "".join(line for line in text.splitlines(True) if not line.endswith(entity_suffix))
    renamed_entity_lines = "".join(
        line for line in entity_lines if _subject(line) not in recurring and _is_local(line)
    )
    per_copy = doc_lines.count("\n") + renamed_entity_lines.count("\n")
    copies = max(1, -(-(target - len(entity_lines)) // per_copy))
    print(f"synthesising {copies} copies of {per_copy:,} quads …", flush=True)
    nq = out.with_suffix(".nq")
    with nq.open("w", encoding="utf-8") as f:
        f.write("".join(entity_lines))
        f.write(doc_lines)
        for r in range(1, copies):
            f.write(_rename(doc_lines, f"-r{r}", recurring))
            f.write(_rename(renamed_entity_lines, f"-r{r}", recurring))
    store = Store(str(out))
    store.bulk_load(path=str(nq), format=RdfFormat.N_QUADS)
    store.optimize()
    del store
    nq.unlink()
    with KgStore.open_write(out) as kg:
        refresh_derived(kg)  # claim links, mention counts and ranks, as a build ends


def _subject(line: str) -> str:
    return line[1 : line.index(">")]


def _is_local(line: str) -> bool:
    """A person's or organization's description (states and offices recur in every copy)."""
    return _subject(line).startswith((NS + "person/", NS + "org/"))


def _rename(lines: str, suffix: str, recurring: set[str]) -> str:
    ns = re.escape(NS)
    lines = re.sub(rf"<({ns}(?:doc|mention|selector|graph/doc)/)([^/>]+)", rf"<\1\2{suffix}", lines)
    lines = re.sub(rf"<({ns}(?:{_FACT_KINDS})/[^/>]+)>", rf"<\1{suffix}>", lines)
    lines = re.sub(r'(ontology#docId> ")([^"]*)"', rf'\1\2{suffix}"', lines)

    def entity(m: re.Match[str]) -> str:
        return m.group() if m.group(1) in recurring else f"<{m.group(1)}{suffix}>"

    return re.sub(rf"<({ns}(?:person|org)/[^/>]+)>", entity, lines)


# -- the measurements ------------------------------------------------------------------


def p50(
    work: Callable[[], object], runs: int, clock: Callable[[], float] = time.perf_counter
) -> float:
    times = []
    for _ in range(runs):
        started = clock()
        work()
        times.append(clock() - started)
    return statistics.median(times)


def cli_env(root: Path) -> dict[str, str]:
    """The environment that makes `python -m kg` run the kg of checkout `root` (when run
    from there: `-m` puts the working directory first on the path)."""
    return {**os.environ, "PYTHONPATH": str(root)}


def run_cli(args: list[str], root: Path = ROOT, check: bool = True) -> None:
    done = subprocess.run(
        [*KG, *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=cli_env(root),
        cwd=root,
    )
    if check and done.returncode != 0:
        sys.exit(f"kg {' '.join(args)} failed: {done.stderr.decode()}")


def query_table(store: Path, runs: int, codes: dict[str, Path]) -> None:
    """The canned queries; `mentions` once in-process (the whole query, sorted) and through
    the CLI in `stream_mentions`."""
    names = sorted(p.stem for p in QUERIES_DIR.glob("*.rq"))
    clis = "".join(f"{'CLI s (CPU), ' + code:>26}" for code in codes)
    print(f"\n{'query':<14}{'rows':>9}{'in-process s':>14}{'(CPU s)':>9}{clis}  target")
    for name in names:
        text = (QUERIES_DIR / f"{name}.rq").read_text(encoding="utf-8")
        once = name == "mentions"
        with KgStore.open_read(store) as kg:

            def in_process(db: Store = kg.db, text: str = text) -> None:
                for _ in db.query(text, use_default_graph_as_union=True):
                    pass

            wall, cpu = time.perf_counter(), time.process_time()
            rows = sum(1 for _ in kg.db.query(text, use_default_graph_as_union=True))
            inner, cpu = time.perf_counter() - wall, time.process_time() - cpu
            if not once:
                inner = p50(in_process, runs)
                cpu = p50(in_process, runs, clock=time.process_time)
        args = ["query", name, "--store", str(store), "--format", "tsv", "--timeout", "3600"]
        times: dict[str, list[float]] = {code: [] for code in codes}
        cpus: dict[str, list[float]] = {code: [] for code in codes}
        for _ in range(0 if once else runs):  # the codes in turn, so they share the load
            for code, root in codes.items():
                times[code].append(time_cli(args, root, check=True))
                cpus[code].append(cpu_cli(args, root))
        cli = {code: statistics.median(t) if t else 0.0 for code, t in times.items()}
        cells = "".join(
            f"{cli[code]:>18.3f} ({statistics.median(cpus[code]):.3f})" if not once else
            f"{'(below)':>26}" for code in codes
        )  # fmt: skip
        verdict = _verdict(name, inner, cli["this"])
        print(f"{name:<14}{rows:>9,}{inner:>14.3f}{cpu:>9.3f}{cells}  {verdict}")


def _verdict(name: str, inner: float, cli: float) -> str:
    if name == "mentions":
        return "streams (below)"
    marks = [f"CLI < {CLI_TARGET} s: {'ok' if cli < CLI_TARGET else 'MISSED'}"]
    if name in ENTITY_QUERIES:
        ok = inner < ENTITY_TARGET
        marks.append(f"in-process < {ENTITY_TARGET * 1000:.0f} ms: {'ok' if ok else 'MISSED'}")
    return "; ".join(marks)


def stream_mentions(store: Path, code: str, root: Path, runs: int) -> None:
    """Time to the first row and rows per second of `kg query mentions` through the CLI,
    medians of `runs` runs (one run of a streaming query swings with the load as much as
    any other)."""
    first_at, rows, total, cpu = (statistics.median(x) for x in zip(
        *(_stream_once(store, root) for _ in range(runs)), strict=True
    ))  # fmt: skip
    rate = rows / max(total - first_at, 1e-9)
    print(
        f"mentions (CLI, tsv, {code}, p50 of {runs}): first row after {first_at:.2f} s "
        f"(target < 1 s), {rows:,.0f} rows in {total:.2f} s, {rate:,.0f} rows/s after the first "
        f"(target >= 50,000), {rows / total:,.0f} rows/s overall; {cpu:.2f} s CPU (kg and its "
        f"query process: {rows / max(cpu, 1e-9):,.0f} rows per CPU second, what a loaded "
        f"machine leaves steady)"
    )


def _stream_once(store: Path, root: Path) -> tuple[float, int, float, float]:
    """One run of `kg query mentions`: seconds to the first row, rows, seconds in all, CPU."""
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    args = ["query", "mentions", "--store", str(store), "--format", "tsv", "--timeout", "3600"]
    child = subprocess.Popen([*KG, *args], stdout=subprocess.PIPE, env=cli_env(root), cwd=root)
    assert child.stdout is not None
    child.stdout.readline()  # the header
    first = child.stdout.readline()
    first_at = time.perf_counter() - started
    rows = 1 if first else 0
    for _ in child.stdout:
        rows += 1
    total = time.perf_counter() - started
    child.wait()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return first_at, rows, total, cpu


def validate_lines(store: Path) -> None:
    """`kg validate` on the whole store, again with nothing changed, and after one document's
    graph changed (rewritten with a new content hash, as a build writes a changed one)."""
    (store / CACHE).unlink(missing_ok=True)
    timed = {"full (first run)": time_cli(["validate", "--store", str(store), "--full"])}
    timed["nothing changed"] = time_cli(["validate", "--store", str(store)])
    with KgStore.open_write(store) as kg:
        doc_id = sorted(kg.document_hashes())[0]
        quads = kg.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH {doc_graph(doc_id)} {{ ?s ?p ?o }} }}")
        graph = [
            Quad(
                r["s"],
                r["p"],
                Literal("edited") if r["p"] == CONTENT_HASH else r["o"],
                doc_graph(doc_id),
            )  # fmt: skip
            for r in quads
        ]
        kg.replace_document(doc_id, graph)
    timed["one document changed"] = time_cli(["validate", "--store", str(store)])
    for label, seconds in timed.items():
        print(f"kg validate, {label}: {seconds:.1f} s (target <= 15 s)")


def time_cli(args: list[str], root: Path = ROOT, check: bool = False) -> float:
    started = time.perf_counter()
    run_cli(args, root, check)  # kg validate exits 1 when the store has violations: timed
    return time.perf_counter() - started


def cpu_cli(args: list[str], root: Path = ROOT) -> float:
    """CPU seconds of a `kg` process and its query worker: steadier than wall time on a
    loaded machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    run_cli(args, root)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


if __name__ == "__main__":
    main()
