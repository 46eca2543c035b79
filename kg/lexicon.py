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

import os
import weakref
from bisect import bisect_right
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
    """A word list sorted one word a line, searched on disk: the first word of each block of
    about `block` bytes is kept, and a look-up reads the one block that can hold the word.
    natasha's 180,000 surnames (`kg.resolve.names`) are ~750 words in memory, where the file's
    bytes held whole were 3 MB of a build's peak memory that a build meeting no listed first
    name never loads (the peak's growth with the corpus; a set of them was ~36 MB).
    `unsorted`: a list not sorted on disk (natasha's 7,658 first names) is sorted once and its
    bytes kept, ~0.1 MB searched the same way, where a set of its words was ~1.1 MB of the
    peak of a build that meets a listed first name (one of 400 documents, not one of 10)."""

    def __init__(self, path: Path, block: int = 4096, *, unsorted: bool = False) -> None:
        data = path.read_bytes()
        # kept when sorted here; else each look-up reads its block from the file
        self._data = (
            b"".join(sorted({w + b"\n" for w in data.split(b"\n") if w})) if unsorted else None
        )
        data = self._data or data
        self._size = len(data)
        self._starts = [0]  # each block's start, a line's
        while (cut := data.find(b"\n", self._starts[-1] + block)) >= 0 and cut + 1 < len(data):
            self._starts.append(cut + 1)
        self._firsts = [data[s : _line_end(data, s)] for s in self._starts]
        if self._data is None:
            self._fd = os.open(path, os.O_RDONLY)  # pread: no shared offset, forked workers too
            weakref.finalize(self, os.close, self._fd)

    def __contains__(self, word: str) -> bool:
        key = word.encode()
        i = bisect_right(self._firsts, key) - 1
        if i < 0:
            return False
        end = self._starts[i + 1] if i + 1 < len(self._starts) else self._size
        start = self._starts[i]
        if self._data is not None:
            lines = self._data[start:end]
        else:
            lines = os.pread(self._fd, end - start, start)
        return b"\n" + key + b"\n" in b"\n" + lines + (b"" if lines.endswith(b"\n") else b"\n")


def _line_end(data: bytes, start: int) -> int:
    end = data.find(b"\n", start)
    return len(data) if end < 0 else end


@cache
def load_sorted(path: Path, *, unsorted: bool = False) -> SortedWords:
    """A word list searched as sorted (`SortedWords`), read once per process."""
    return SortedWords(path, unsorted=unsorted)


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
