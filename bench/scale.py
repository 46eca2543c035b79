"""How analysis time and memory grow with document length.

Runs the sample corpus, joined into one document, at 1×, 2×, 4×, 8× and 16×
its length through the spaCy pipeline and the extractors, and prints the time
per 10,000 characters as a ratio to the 1× baseline of the same run: a ratio
that grows with length means some stage is worse than linear. Peak resident
memory is printed last.

    python bench/scale.py [--max-factor 16]
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from kg.analyze import analyze
from kg.corpus import iter_documents
from kg.gazetteer import Gazetteer
from kg.model import Document
from kg.nlp.pipeline import build_pipeline
from kg.resolve import Registry

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-factor", type=int, default=16)
    args = parser.parse_args()
    base = "\n".join(d.text for d in iter_documents([ROOT / "corpus"], lambda w: None))
    nlp = build_pipeline()
    nlp(base)  # load the models outside the timing
    print(f"{'factor':>6}{'chars':>9}{'nlp s':>8}{'analyze s':>11}{'s/10k chars':>13}{'ratio':>7}")
    baseline = 0.0
    factor = 1
    while factor <= args.max_factor:
        text = base * factor
        t0 = time.perf_counter()
        doc = nlp(text)
        t1 = time.perf_counter()
        analyze(Document("scale", text, date="2024-01-01"), doc, Registry(Gazetteer.load()))
        t2 = time.perf_counter()
        per = (t2 - t0) / len(text) * 10_000
        baseline = baseline or per
        print(f"{factor:>6}{len(text):>9}{t1 - t0:>8.2f}{t2 - t1:>11.2f}{per:>13.3f}"
              f"{per / baseline:>7.2f}")  # fmt: skip
        factor *= 2
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
