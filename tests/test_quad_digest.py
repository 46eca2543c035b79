"""The quads built from the sample corpus and the dev articles do not change by accident.

A refactor keeps them byte-identical. If a change is meant, refresh the recorded digests
with `PYTHONPATH=$PWD python tests/quad_digests.py` and say why in the commit.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from quad_digests import DIGESTS, SETS, store_digest


@pytest.mark.parametrize("name", sorted(SETS))
def test_quads_unchanged(name: str, clean_build: Callable[[Path], Path]) -> None:
    if not SETS[name].is_dir():
        pytest.skip(f"{SETS[name]} is absent")
    recorded = json.loads(DIGESTS.read_text(encoding="utf-8"))
    assert name in recorded, "no digest recorded: run tests/quad_digests.py"
    assert store_digest(clean_build(SETS[name])) == recorded[name], (
        "the quads changed; if that is meant, refresh with tests/quad_digests.py"
    )
