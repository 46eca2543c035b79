"""Where the project's shared data folder is (`shared/`: the devset and the fact sources).

The gazetteer generators, the tests and the benches read it; the built package never
does. It lies beside the checkout as CI lays it out (`../shared`), or beside a folder
that holds the checkout (a git worktree); `KG_SHARED` names it anywhere else.
"""

from __future__ import annotations

import os
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[2]


def shared(*parts: str) -> Path:
    """`parts` inside the shared folder: under `KG_SHARED` when set, else under the
    nearest ancestor's `shared/` that holds them, else where a plain checkout has them."""
    if env := os.environ.get("KG_SHARED"):
        return Path(env).joinpath(*parts)
    for parent in CHECKOUT.parents:
        candidate = parent.joinpath("shared", *parts)
        if candidate.exists():
            return candidate
    return CHECKOUT.parent.joinpath("shared", *parts)
