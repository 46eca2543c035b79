"""Where the shipped ontology, canned queries and gazetteers live.

In a wheel, `ontology/` and `queries/` are packed into the package as
`kg/ontology` and `kg/queries`; in a source checkout they sit beside `kg/`.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    inside = _PACKAGE / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


ONTOLOGY_DIR = _shipped("ontology")
QUERIES_DIR = _shipped("queries")
DATA_DIR = _PACKAGE / "data"
