"""`kg eval` on the NEREL gold sets, tuning and both validations side by side, lenient and strict.

Each gold file's documents are copied from ../shared/devset/NEREL-train (tuning,
validation) or ../shared/devset/NEREL-dev (validation_dev) into a throw-away
folder, built into a throw-away store, and scored twice: lenient (a fact is found
when its identity matches) and strict (only when every attribute the gold gives is
right too, so a wrong row counts as a miss and a spurious fact).

    python bench/nerel_eval.py [--devset ../shared/devset/NEREL-train]
                               [--nerel-dev ../shared/devset/NEREL-dev] [--tuning-only]

tests/gold/validation.json and tests/gold/validation_dev.json are held out (never tune
on them); tests/gold/tuning.json is for finding failures. See tests/gold/README.md.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from devsets import add_nerel_dev  # bench/, the script's folder
from ner import copy_documents

from kg.build import run_build
from kg.data.shared import shared
from kg.evaluate import Report, evaluate, fact_kinds, load_gold, read_store

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
# name: (gold file, the folder of texts it annotates: "train" NEREL-train, "dev" NEREL-dev)
SETS = {
    "tuning": (GOLD / "tuning.json", "train"),
    "validation": (GOLD / "validation.json", "train"),
    "validation (NEREL-dev)": (GOLD / "validation_dev.json", "dev"),
}
WIDTH = max(22, *(len(name) + 9 for name in SETS))


def reports(gold_path: Path, devset: Path) -> tuple[Report, Report]:
    """(lenient, strict) reports of a store built from the gold's documents."""
    gold = load_gold(gold_path)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        copy_documents(devset, list(gold.documents), corpus)
        run_build([corpus], Path(tmp) / "store")
        system = read_store(Path(tmp) / "store", list(gold.facts))
    return evaluate(gold, system), evaluate(gold, system, strict=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--devset",
        type=Path,
        default=shared("devset", "NEREL-train"),
        help="NEREL-train texts, which tuning.json and validation.json annotate",
    )
    add_nerel_dev(parser)  # its texts, which validation_dev.json annotates
    parser.add_argument(
        "--tuning-only",
        action="store_true",
        help="build and print the tuning set only: whoever fixes failures never sees the held-out"
        " figures (and the run takes a third of the time)",
    )
    args = parser.parse_args()
    texts = {"train": args.devset, "dev": args.nerel_dev}
    chosen = {n: s for n, s in SETS.items() if n == "tuning" or not args.tuning_only}
    results = {n: reports(path, texts[f]) for n, (path, f) in chosen.items() if path.exists()}
    heads = (f"{f'{n} lenient':>{WIDTH}}{f'{n} strict':>{WIDTH}}" for n in results)
    print(f"{'kind':<12}" + "".join(heads))
    print(f"{'':<12}" + "".join(f"{'P    R    F1':>{WIDTH}}" * 2 for _ in results))
    for kind in fact_kinds():
        cells = ""
        for lenient, strict in results.values():
            for report in (lenient, strict):
                s = next(s for s in report.scores if s.kind == kind)
                cells += f"{s.precision:>{WIDTH - 10}.2f}{s.recall:>5.2f}{s.f1:>5.2f}"
        print(f"{kind:<12}{cells}")
    for label, pick in (("micro F1", lambda r: r.micro()[2]), ("macro F1", Report.macro)):
        cells = "".join(f"{pick(r):>{WIDTH}.3f}" for pair in results.values() for r in pair)
        print(f"{label:<12}{cells}")
    for name, (lenient, _) in results.items():
        counts = ", ".join(f"{s.kind} {s.gold}" for s in lenient.scores if s.kind in fact_kinds())
        print(f"{name}: gold facts {counts}")


if __name__ == "__main__":
    main()
