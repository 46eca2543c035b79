"""Person and organization mentions against factRuEval-2016 gold, beside bare natasha.

Builds the factRuEval dev texts into a throw-away store with `kg build`, runs
the canned `mentions` query, and scores its Person and Organization spans
against the gold objects by exact character span. In the same run, natasha's
own NER (NewsNERTagger on the whole text) is scored the same way, so the two
figures compare like for like.

    python bench/ner.py [--devset ../shared/devset/factRuEval-dev] [--limit N]

A gold object's span runs from its first to its last character (factRuEval
marks name parts separately: "Юрия" + "Лужкова"). Title mentions ("Президент
РФ") are a feature of kg, not names, so a second line scores kg without them.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

Span = tuple[str, int, int, str]  # doc, start, end, PER/ORG
GOLD_TYPES = {"Person": "PER", "Org": "ORG"}
KG_TYPES = {"Person": "PER", "Organization": "ORG"}


def read_gold(folder: Path, ids: list[str]) -> set[Span]:
    gold: set[Span] = set()
    for doc_id in ids:
        spans: dict[str, tuple[int, int]] = {}
        for line in (folder / f"{doc_id}.spans").read_text(encoding="utf-8").splitlines():
            fields = line.split("#")[0].split()
            if len(fields) >= 4:
                spans[fields[0]] = (int(fields[2]), int(fields[2]) + int(fields[3]))
        for line in (folder / f"{doc_id}.objects").read_text(encoding="utf-8").splitlines():
            fields = line.split("#")[0].split()
            if len(fields) >= 3 and fields[1] in GOLD_TYPES:
                parts = [spans[s] for s in fields[2:] if s in spans]
                if parts:
                    start = min(p[0] for p in parts)
                    end = max(p[1] for p in parts)
                    gold.add((doc_id, start, end, GOLD_TYPES[fields[1]]))
    return gold


def natasha_spans(folder: Path, ids: list[str]) -> set[Span]:
    from natasha import NewsEmbedding, NewsNERTagger

    tagger = NewsNERTagger(NewsEmbedding())
    out: set[Span] = set()
    for doc_id in ids:
        text = (folder / f"{doc_id}.txt").read_text(encoding="utf-8")
        for span in tagger(text).spans:
            if span.type in ("PER", "ORG"):
                out.add((doc_id, span.start, span.stop, span.type))
    return out


def kg_spans(folder: Path, ids: list[str], store: Path) -> tuple[set[Span], set[Span]]:
    """(all Person/Organization mentions, the same without title mentions)."""
    corpus = store.parent / "corpus"
    corpus.mkdir()
    for doc_id in ids:
        (corpus / f"{doc_id}.txt").write_bytes((folder / f"{doc_id}.txt").read_bytes())
    kg = [sys.executable, "-m", "kg", "--store", str(store)]
    subprocess.run([*kg, "build", str(corpus)], check=True, stdout=subprocess.DEVNULL)
    query = Path(__file__).with_name("mentions_with_via.rq")
    tsv = subprocess.run(
        [*kg, "query", str(query), "--format", "tsv"], check=True, capture_output=True, text=True
    ).stdout
    everything: set[Span] = set()
    names: set[Span] = set()
    for row in tsv.splitlines()[1:]:
        doc, type_, start, end, via = (_plain(v) for v in row.split("\t"))
        if type_ in KG_TYPES:
            span = (doc, int(start), int(end), KG_TYPES[type_])
            everything.add(span)
            if via != "title":
                names.add(span)
    return everything, names


def _plain(value: str) -> str:
    """A TSV cell of SPARQL results as a plain string ("\"5\"^^xsd:integer" → "5")."""
    if value.startswith('"'):
        return value[1 : value.index('"', 1)]
    return value


def score(found: set[Span], gold: set[Span], kind: str) -> tuple[float, float, float]:
    f = {s for s in found if s[3] == kind}
    g = {s for s in gold if s[3] == kind}
    tp = len(f & g)
    p = tp / len(f) if f else 0.0
    r = tp / len(g) if g else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    here = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=here.parent / "shared/devset/factRuEval-dev")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N documents")
    args = parser.parse_args()
    ids = sorted(p.stem for p in args.devset.glob("*.txt"))
    if args.limit:
        ids = ids[: args.limit]
    gold = read_gold(args.devset, ids)
    t0 = time.perf_counter()
    baseline = natasha_spans(args.devset, ids)
    t1 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        everything, names = kg_spans(args.devset, ids, Path(tmp) / "store")
    t2 = time.perf_counter()
    by_type = defaultdict(int)
    for s in gold:
        by_type[s[3]] += 1
    print(f"factRuEval dev: {len(ids)} documents, gold PER {by_type['PER']}, ORG {by_type['ORG']}")
    print(f"{'system':<28}{'type':<6}{'P':>7}{'R':>7}{'F1':>7}")
    for label, found in (("natasha NER", baseline), ("kg mentions", everything),
                         ("kg mentions without titles", names)):  # fmt: skip
        for kind in ("PER", "ORG"):
            p, r, f1 = score(found, gold, kind)
            print(f"{label:<28}{kind:<6}{p:>7.3f}{r:>7.3f}{f1:>7.3f}")
    print(f"time: natasha {t1 - t0:.1f} s, kg build+query {t2 - t1:.1f} s "
          f"(ratio {(t2 - t1) / max(t1 - t0, 1e-9):.1f}x)")  # fmt: skip


if __name__ == "__main__":
    main()
