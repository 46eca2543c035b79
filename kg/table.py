"""Tables for people and for pipes, never carrying the data's control characters to a terminal.

On a terminal: a rich table that fits the window at any width (cells wrap at spaces, a
word longer than its column is folded), coloured unless NO_COLOR is set. In a pipe: plain
columns aligned by display width, one line per row, for `grep`, `cut` and `column`.
Both show control characters as escapes: a quote read from a web page could otherwise
move the cursor, retitle the window or hide the lines above it (`\\x1b]0;…`, `\\x1b[2J`).
"""

from __future__ import annotations

import re
import sys
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

# C0 and C1 controls, DEL, line/paragraph separators, bidi overrides and isolates (which
# reorder what a reader sees), and lone surrogates (which no terminal encoding can write)
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}
_MIN_CELL = 6  # display cells a column needs to stay readable
_GAP = 3  # between columns of a drawn table


def visible(text: str, keep: str = "") -> str:
    """`text` with every control character shown as an escape (`\\n`, `\\x1b`, `\\u202e`),
    except those in `keep` (e.g. the newlines of a multi-line report)."""

    def escape(match: re.Match[str]) -> str:
        char = match.group()
        if char in keep:
            return char
        code = ord(char)
        return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")

    return _UNSAFE.sub(escape, text)


def write_table(columns: list[str], rows: list[list[str]], stream: IO[str] | None = None) -> None:
    """A table of strings: drawn to fit on a terminal, plain aligned columns in a pipe."""
    stream = stream or sys.stdout
    header = [visible(c) for c in columns]
    body = [_visible_row(row) for row in rows]
    if stream.isatty():
        _draw(header, body, stream)
    else:
        _plain(header, body, stream)


def _visible_row(row: list[str]) -> list[str]:
    """`visible` of each cell, the row itself when none holds a control character (nearly
    every row): one search of the row instead of a substitution per cell."""
    return [visible(v) for v in row] if _UNSAFE.search("".join(row)) else row


def _draw(header: list[str], body: list[list[str]], stream: IO[str]) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    # Console reads the window size from the terminal (or COLUMNS) and NO_COLOR itself.
    console = Console(file=stream, highlight=False, markup=False, emoji=False)
    if _needed_width(header, body) > console.width:
        _draw_records(header, body, console)
        return
    table = Table(
        box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False,
        header_style="bold cyan", border_style="dim",
    )  # fmt: skip
    for name in header:
        table.add_column(Text(name), overflow="fold")
    for row in body:
        table.add_row(*(Text(v) for v in row))  # Text: a value is never read as markup
    console.print(table)


def _needed_width(header: list[str], body: list[list[str]]) -> int:
    """Columns narrower than a short word, or their header, make a table unreadable."""
    from rich.cells import cell_len

    widths = [
        min(max(cell_len(line[i]) for line in [header, *body]), max(cell_len(name), _MIN_CELL))
        for i, name in enumerate(header)
    ]
    return sum(widths) + _GAP * (len(header) - 1)


def _draw_records(header: list[str], body: list[list[str]], console: Console) -> None:
    """A window too narrow for the table: one record at a time, a `column  value` line each
    (psql's expanded display), values wrapped to the window; in a window narrower than a
    column name and a short word, the name on a line of its own above the value."""
    from rich.cells import cell_len
    from rich.rule import Rule
    from rich.table import Table
    from rich.text import Text

    label_width = max(map(cell_len, header), default=0)
    side_by_side = label_width + 1 + _MIN_CELL <= console.width
    for number, row in enumerate(body, start=1):
        console.print(Rule(Text(f"{number}"), style="dim", align="left"))
        grid = Table.grid(padding=(0, 1))
        if side_by_side:
            grid.add_column(width=label_width, no_wrap=True)
        grid.add_column(overflow="fold")
        for name, value in zip(header, row, strict=True):
            label = Text(name, style="bold cyan")
            if side_by_side:
                grid.add_row(label, Text(value))
            else:
                grid.add_row(label)
                grid.add_row(Text(value))
        console.print(grid)


def _plain(header: list[str], body: list[list[str]], stream: IO[str]) -> None:
    # display width: CJK counts two, combining marks zero (rich is imported only to draw a
    # table: `kg query --format csv` and the rest of kg's start-up need not load it)
    from rich.cells import cell_len

    lines = [header, *body]
    sizes = [[cell_len(v) for v in line] for line in lines]  # each cell measured once
    widths = [max(column) for column in zip(*sizes, strict=True)]
    for line, sized in zip(lines, sizes, strict=True):
        cells = [v + " " * (w - n) for v, n, w in zip(line, sized, widths, strict=True)]
        stream.write("  ".join(cells).rstrip() + "\n")
