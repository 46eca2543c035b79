"""The rich display of `kg.progress`, imported only when a build shows it."""

from __future__ import annotations

from typing import IO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Column
from rich.text import Text


def phase_bar(stream: IO[str]) -> Progress:
    """The phase line: what the build does, and for how long."""
    console = Console(file=stream, highlight=False, markup=False, emoji=False)
    # stdout is not redirected: the rich console would send it to stderr.
    return Progress(
        SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
        console=console, transient=True, redirect_stdout=False,
    )  # fmt: skip


def document_columns() -> tuple[ProgressColumn, ...]:
    """The document bar's columns: done/total, docs/s, time left and the current id."""
    current = TextColumn("{task.fields[doc]}", table_column=Column(no_wrap=True))
    return (
        TextColumn("building"), BarColumn(bar_width=24), MofNCompleteColumn(), _Rate(),
        TimeRemainingColumn(compact=True), current,
    )  # fmt: skip


class _Rate(ProgressColumn):
    """Documents per second, once there is a measured speed."""

    def render(self, task: Task) -> Text:
        speed = task.speed
        return Text(f"{speed:.1f} docs/s" if speed else "", style="progress.data.speed")
