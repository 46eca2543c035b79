"""A copy of the `kg` package whose NEREL gazetteer leaves some training documents out.

The shipped gazetteer comes from links annotated on every NEREL-train document, so the
tuning column of `bench/ner.py` (a NEREL-train sample) finds its own links in it and its
linking recall says little. `package_without` rebuilds the links table from the `.ann`
files without the documents to be measured, runs `kg.data.build_links` and
`kg.data.build_surnames` on it and lays out a copy of the package that loads the result:
linking recall measured there is honest.

Curated QIDs that `build_links` filled in from the table are emptied first (it fills them
again from what is left); the ones the README cites other sources for are kept.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import kg

# QIDs of curated rows confirmed by sources other than the NEREL table (kg/data/README.md).
OTHER_SOURCES = {
    "person": {"Q7747", "Q23530", "Q34453", "Q30487", "Q76", "Q6279", "Q22686", "Q3052772",
               "Q567", "Q15031", "Q3099982", "Q3874799", "Q39259", "Q1058", "Q61053", "Q180589",
               "Q57641", "Q7035479", "Q76658", "Q37181", "Q10304982", "Q3099714", "Q57792"},
    "org": {"Q1065", "Q7779", "Q318693", "Q485207", "Q81299", "Q596850", "Q188822", "Q47543",
            "Q7809", "Q7817", "Q8475", "Q7184", "Q458", "Q29552", "Q9630"},
}  # fmt: skip
WIKIDATA_COLUMN = {"person": 7, "org": 5}  # counting the kind


def links_table(folder: Path, skip: set[str]) -> list[list[str]]:
    """The rows of `nerel_wikidata_links.tsv` (qid, type, canonical name, documents, forms
    most frequent first) from the `N` lines of every `.ann` file not in `skip`."""
    names: dict[tuple, Counter] = defaultdict(Counter)
    forms: dict[tuple, Counter] = defaultdict(Counter)
    docs: dict[tuple, set[str]] = defaultdict(set)
    for ann in sorted(folder.glob("*.ann")):
        if ann.stem in skip:
            continue
        entities: dict[str, tuple[str, str]] = {}  # T id → type, text
        refs: list[tuple[str, str, str]] = []
        for line in ann.read_text(encoding="utf-8").splitlines():
            cells = line.split("\t")
            if line.startswith("T") and len(cells) >= 3:
                entities[cells[0]] = (cells[1].split()[0], cells[2].strip())
            elif line.startswith("N") and len(cells) >= 2:
                _, target, ref = cells[1].split()
                refs.append((target, ref.removeprefix("Wikidata:"), "".join(cells[2:3])))
        for target, qid, name in refs:
            if target in entities and qid.startswith("Q"):
                key = (qid, entities[target][0])
                names[key][name.strip()] += 1
                forms[key][entities[target][1]] += 1
                docs[key].add(ann.stem)
    return [
        [qid, kind, names[(qid, kind)].most_common(1)[0][0], str(len(docs[(qid, kind)])),
         " | ".join(f for f, _ in forms[(qid, kind)].most_common())]
        for qid, kind in forms
    ]  # fmt: skip


def _drop_table_qids(path: Path) -> None:
    """Empties the wikidata cells of a curated file that only the NEREL table confirms."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        cells = line.rstrip("\n").split("\t")
        column = WIKIDATA_COLUMN.get(cells[0])
        if column and len(cells) > column and cells[column] not in OTHER_SOURCES[cells[0]]:
            cells[column] = ""
            line = "\t".join(cells) + "\n"
        out.append(line)
    path.write_text("".join(out), encoding="utf-8")


def package_without(folder: Path, skip: set[str], dest: Path) -> Path:
    """Lays out `dest/kg` with a gazetteer built without the documents `skip`; returns the
    folder to put on PYTHONPATH."""
    package = Path(kg.__file__).parent
    shutil.copytree(package, dest / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("ontology", "queries"):  # beside the package in a checkout (kg.resources)
        if (package.parent / name).is_dir():
            (dest / name).symlink_to(package.parent / name)
    data = dest / "kg" / "data"
    for name in ("persons.tsv", "orgs.tsv"):
        _drop_table_qids(data / name)
    table = dest / "links.tsv"
    rows = [["qid", "type", "canonical_name", "docs", "surface_forms"], *links_table(folder, skip)]
    table.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    for generator in ("kg.data.build_links", "kg.data.build_surnames"):
        # the surnames two persons share, of the table left: no tuning document's namesakes
        subprocess.run(
            [sys.executable, "-m", generator, "--source", str(table), "--out", str(data)],
            check=True,
            cwd=dest,
            env={**os.environ, "PYTHONPATH": str(dest)},
            stdout=subprocess.DEVNULL,
        )
    return dest
