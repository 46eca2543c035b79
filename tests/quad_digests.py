"""Digests of the quads `kg build` makes of the sample corpus and the dev articles.

A refactor must leave them identical; `tests/test_quad_digest.py` rebuilds both and
compares. When a change of the quads is meant (a new rule, a fixed bug), refresh the
digests and say so in the commit message:

    PYTHONPATH=$PWD python tests/quad_digests.py

which rebuilds both sets and rewrites `tests/quad_digests.json`. The dev articles are
found by `kg.data.shared` (../shared beside the clone or beside a folder above it;
KG_SHARED names it anywhere else).
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from pathlib import Path

from kg.data.shared import shared

ROOT = Path(__file__).resolve().parents[1]
DIGESTS = Path(__file__).with_name("quad_digests.json")

SETS = {
    "corpus": ROOT / "corpus",
    "devset-articles": shared("devset", "articles"),
}


def digest(source: Path) -> dict[str, object]:
    """Builds `source` into a fresh store: the number of quads and the sha256 of their
    sorted N-Quads lines (every IRI is minted from content, so the lines are stable)."""
    from kg.build import run_build

    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "store"
        run_build([source], store)
        return store_digest(store)


def store_digest(store: Path) -> dict[str, object]:
    """A built store's number of quads and the sha256 of their sorted N-Quads lines."""
    from kg.store import KgStore

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "all.nq"
        with KgStore.open_read(store) as kg:
            kg.export(str(out), "nquads")
        lines = sorted(line for line in out.read_text("utf-8").splitlines() if line.strip())
    text = "\n".join(lines) + "\n"
    return {"quads": len(lines), "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()}


def refresh() -> dict[str, dict[str, object]]:
    found = {name: digest(path) for name, path in SETS.items() if path.is_dir()}
    DIGESTS.write_text(json.dumps(found, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return found


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    from kg.entry import one_blas_thread

    one_blas_thread()  # before the build loads numpy, as `kg` and the tests' conftest do
    json.dump(refresh(), sys.stdout, indent=2)
    print()
