"""The devset's folders, wherever the shared data folder is (see `kg.data.shared`)."""

from __future__ import annotations

from pathlib import Path

from kg.data.shared import shared


def devset(name: str) -> Path:
    """`../shared/devset/<name>`: NEREL-train, NEREL-dev, factRuEval-dev or articles."""
    return shared("devset", name)
