"""Where ../shared/devset is: beside the checkout, or beside a folder that holds it (a worktree)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def devset(name: str) -> Path:
    """`name` in the nearest ancestor's shared/devset (else where a plain checkout has it)."""
    for parent in ROOT.parents:
        folder = parent / "shared" / "devset" / name
        if folder.is_dir():
            return folder
    return ROOT.parent / "shared" / "devset" / name
