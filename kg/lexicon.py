"""The one loader of kg's word lists and tables (natasha's `natasha/data` is the model).

The rule: a list of more than a handful of words lives in a data file beside the code
that reads it, not inline, so a linguist can extend it without reading Python. Each
file starts with a `#` comment saying what it holds and why; after that, one entry a
line, columns separated by tabs, `#` lines are comments. The reading module keeps the
file's path as a constant and asks one of the functions below, which read each file
once per process. Grammar that is not a vocabulary (case endings, regular expressions
over stems) stays in code.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


def _entries(path: Path) -> list[str]:
    """A data file's lines that hold an entry: not blank, not a `#` comment."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and line[0] != "#"]


@cache
def load_rows(path: Path) -> tuple[tuple[str, ...], ...]:
    """Every entry of a data file, split on tabs, in file order."""
    return tuple(tuple(line.split("\t")) for line in _entries(path))


@cache
def load_list(path: Path) -> frozenset[str]:
    """The first column: a set of words or lemmas. Cut from each line, not from
    `load_rows`, which would keep every row as a tuple besides."""
    return frozenset(line.split("\t", 1)[0].strip() for line in _entries(path))


class SortedWords:
    """A word list sorted one word a line, kept as its file's bytes and searched by
    bisection: natasha's 180,000 surnames (`kg.resolve.names`) are one 3 MB object, where a
    set of them made the peak memory of any build that read it ~36 MB higher."""

    def __init__(self, path: Path) -> None:
        self._data = path.read_bytes()

    def __contains__(self, word: str) -> bool:
        key, data = word.encode(), self._data
        low, high = 0, len(data)  # both at the start of a line (or the end)
        while low < high:
            start = data.rfind(b"\n", 0, (low + high) // 2) + 1
            end = data.find(b"\n", start)
            end = len(data) if end < 0 else end
            line = data[start:end]
            if line == key:
                return True
            low, high = (end + 1, high) if line < key else (low, start)
        return False


@cache
def load_sorted(path: Path) -> SortedWords:
    """A sorted word list (`SortedWords`), read once per process."""
    return SortedWords(path)


@cache
def load_dict(path: Path) -> dict[str, str]:
    """First column → second column, in file order."""
    return {row[0]: row[1] for row in load_rows(path)}


@cache
def load_groups(path: Path) -> dict[str, frozenset[str]]:
    """Second column (a group's name) → the words of the first column in that group, so a
    module's several short lists can share one file."""
    groups: dict[str, set[str]] = {}
    for row in load_rows(path):
        groups.setdefault(row[1], set()).add(row[0])
    return {name: frozenset(words) for name, words in groups.items()}
