"""The NEREL folders the benchmarks read, as one command-line option each.

Every benchmark that scores NEREL takes the same folders under the same names and
defaults, so a run of one can be repeated with another on the same texts.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kg.data.shared import shared


def add_nerel_train(parser: argparse.ArgumentParser) -> None:
    """`--nerel-train`: the NEREL-train texts and .ann files, the tuning side."""
    _add_folder(parser, "NEREL-train", "the tuning sample")


def add_nerel_dev(parser: argparse.ArgumentParser) -> None:
    """`--nerel-dev`: the NEREL-dev texts and .ann files, validation only."""
    _add_folder(parser, "NEREL-dev", "validation, never tuned on")


def _add_folder(parser: argparse.ArgumentParser, folder: str, use: str) -> None:
    """An option named after a devset folder ("NEREL-dev": `--nerel-dev`), that folder
    under the shared data by default."""
    parser.add_argument(
        f"--{folder.lower()}",
        type=Path,
        default=shared("devset", folder),
        help=f"{folder} texts and .ann files ({use})",
    )
