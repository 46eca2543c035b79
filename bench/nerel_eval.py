"""`kg eval` on the NEREL gold sets, tuning and validation side by side, lenient and strict.

Each gold file's documents are copied from ../shared/devset/NEREL-train into a
throw-away folder, built into a throw-away store, and scored twice: lenient
(a fact is found when its identity matches) and strict (only when every
attribute the gold gives is right too, so a wrong row counts as a miss and a
spurious fact).

    python bench/nerel_eval.py [--devset ../shared/devset/NEREL-train]

tests/gold/validation.json is held out (never tune on it); tests/gold/tuning.json is
for finding failures. See tests/gold/README.md.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from kg.build import run_build
from kg.data.shared import shared
from kg.evaluate import Report, evaluate, fact_kinds, load_gold, read_store

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
SETS = {"tuning": GOLD / "tuning.json", "validation": GOLD / "validation.json"}


def reports(gold_path: Path, devset: Path) -> tuple[Report, Report]:
    """(lenient, strict) reports of a store built from the gold's documents."""
    gold = load_gold(gold_path)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for doc in gold.documents:
            (corpus / f"{doc}.txt").write_bytes((devset / f"{doc}.txt").read_bytes())
        run_build([corpus], Path(tmp) / "store")
        system = read_store(Path(tmp) / "store", list(gold.facts))
    return evaluate(gold, system), evaluate(gold, system, strict=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=shared("devset", "NEREL-train"))
    args = parser.parse_args()
    results = {name: reports(path, args.devset) for name, path in SETS.items() if path.exists()}
    print(f"{'kind':<12}" + "".join(f"{f'{n} lenient':>22}{f'{n} strict':>22}" for n in results))
    print(f"{'':<12}" + "".join(f"{'P    R    F1':>22}" * 2 for _ in results))
    for kind in fact_kinds():
        cells = ""
        for lenient, strict in results.values():
            for report in (lenient, strict):
                s = next(s for s in report.scores if s.kind == kind)
                cells += f"{s.precision:>12.2f}{s.recall:>5.2f}{s.f1:>5.2f}"
        print(f"{kind:<12}{cells}")
    for label, pick in (("micro F1", lambda r: r.micro()[2]), ("macro F1", Report.macro)):
        cells = "".join(f"{pick(r):>22.3f}" for pair in results.values() for r in pair)
        print(f"{label:<12}{cells}")
    for name, (lenient, _) in results.items():
        counts = ", ".join(f"{s.kind} {s.gold}" for s in lenient.scores if s.kind in fact_kinds())
        print(f"{name}: gold facts {counts}")


if __name__ == "__main__":
    main()
