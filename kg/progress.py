"""What a running build is doing, shown on stderr when stderr is a terminal.

A person watching a build wants to know whether it is loading or working, how far it
is, how fast it goes, when it will end and which document it is on: a phase line while
the models load, then a bar with done/total documents, documents per second, the time
left and the current document id. Nothing at all when stderr is not a terminal, so logs
and pipes get only the warnings and the summary. Stdout is left alone either way.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING

from kg.corpus import JSONL_SUFFIXES, discover
from kg.table import visible

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID


class BuildProgress:
    """A context manager for the whole build; `phase`, `documents` and `advance` do nothing
    when it is not shown. rich is imported only to show it (`kg.progress_bar`): a build
    whose stderr is no terminal, as one that finds nothing to do in a script, skips it."""

    def __init__(self, stream: IO[str] | None = None, *, enabled: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self._bar: Progress | None = None
        self._task: TaskID | None = None
        self._total: int | None = None  # documents expected, from the listing
        self._bar_shown = False

    def __enter__(self) -> BuildProgress:
        if self.enabled:
            from kg.progress_bar import phase_bar

            self._bar = phase_bar(self.stream)
            self._bar.start()
            self._task = self._bar.add_task("reading the inputs", total=None)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def warn(self, line: str) -> None:
        """A line for stderr: above the bar while it shows (written past it, it would be torn
        by the next redraw)."""
        if self._bar is not None:
            from rich.text import Text

            self._bar.console.print(Text(visible(line)), soft_wrap=True)
        else:
            print(visible(line), file=self.stream, flush=True)

    def phase(self, text: str) -> None:
        """What the build does before documents flow ("loading the language models")."""
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, description=text)

    @contextmanager
    def documents(self, paths: Sequence[Path]) -> Iterator[Callable[[str], None]]:
        """Documents from `paths` are about to flow; yields `advance`. The bar, its total
        counted from the listing, replaces the phase line at the first document done (the
        phase line stays while the models load)."""
        if self.enabled:
            self._total = expected_documents(paths)
        yield self.advance

    def _start(self, total: int | None) -> None:
        """Shows the document bar in place of the phase line."""
        if self._bar is None or self._task is None:
            return
        from kg.progress_bar import document_columns

        self._bar.columns = document_columns()
        self._bar.remove_task(self._task)  # a new task: the time spent loading is not a rate
        self._task = self._bar.add_task("building", total=total, doc="")

    def advance(self, doc_id: str) -> None:
        """One more document done (built, unchanged or failed); `doc_id` is shown."""
        if self._bar is None or self._task is None:
            return
        if not self._bar_shown:
            self._start(self._total)
            self._bar_shown = True
        self._bar.update(self._task, advance=1, doc=visible(doc_id))


def expected_documents(paths: Sequence[Path]) -> int | None:
    """How many documents `paths` hold, counted cheaply before reading them: one per file,
    one per non-blank line of a JSONL file. None when the inputs cannot be listed."""
    try:
        files = discover(list(paths), lambda _warning: None)
        return sum(_jsonl_lines(f) if f.suffix.lower() in JSONL_SUFFIXES else 1 for f in files)
    except (OSError, ValueError):
        return None


def _jsonl_lines(path: Path) -> int:
    try:
        with path.open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 1  # the reader will warn about it
