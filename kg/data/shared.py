"""Where the project's shared data folder is (`shared/`: the devset and the fact sources).

The gazetteer generators, the tests and the benches read it; `kg` itself never does. It
lies beside the checkout as CI lays it out (`../shared`), or beside a folder that holds the
checkout (a git worktree); `KG_SHARED` names it anywhere else. The checkout is found from
the working directory (tests and benches run in it, and CI installs `kg` into a virtual
environment, away from the checkout) and from this file (an editable install).
"""

from __future__ import annotations

import os
from pathlib import Path


def shared(*parts: str) -> Path:
    """`parts` inside the shared folder: under `KG_SHARED` when set, else under the
    nearest `shared/` that holds them above the working directory or this file, else
    beside the working directory."""
    if env := os.environ.get("KG_SHARED"):
        return Path(env).joinpath(*parts)
    here = Path.cwd().resolve()
    for start in (here, Path(__file__).resolve()):
        for parent in start.parents:
            candidate = parent.joinpath("shared", *parts)
            if candidate.exists():
                return candidate
    return here.parent.joinpath("shared", *parts)
