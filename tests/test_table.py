"""kg.table in-process: drawn tables fit every window width, pipes align by display width,
control characters become visible escapes."""

from __future__ import annotations

import io
import re

import pytest
from rich.cells import cell_len

from kg.table import visible, write_table

COLUMNS = ["person", "name", "office", "state", "wikidata", "mentions"]
ROWS = [
    ["kgr:person/kassym-jomart-tokayev", "Касым-Жомарт Токаев", "президент", "Казахстан", "", "44"],
    ["x" * 300, "中文名字" * 10, "e\u0301" * 20, "", "", "\x1b[31mred"],
]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("width", [1, 2, 5, 9, 17, 33, 60, 61, 80, 119, 250])
def test_a_drawn_table_fits_the_window(width: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    screen = Terminal()
    write_table(COLUMNS, ROWS, screen)
    lines = re.sub(r"\x1b\[[0-9;]*m", "", screen.getvalue()).splitlines()
    assert max(cell_len(line) for line in lines) <= width
    assert "\x1b[31m" not in screen.getvalue()
    text = "".join(lines)
    assert "".join(text.split()).count("x") >= 300  # folded, not cut


def test_a_pipe_gets_columns_aligned_by_display_width() -> None:
    out = io.StringIO()
    write_table(["name", "n"], [["中文", "1"], ["Мир", "22"], ["e\u0301e\u0301e\u0301", "3"]], out)
    lines = out.getvalue().splitlines()
    assert lines == ["name  n", "中文  1", "Мир   22", "e\u0301e\u0301e\u0301   3"]


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("a\x1b[2Jb", "a\\x1b[2Jb"),
        ("title\x1b]0;x\x07", "title\\x1b]0;x\\x07"),
        ("line\nnext\ttab\r", "line\\nnext\\ttab\\r"),
        ("c1\x9b31m del\x7f", "c1\\x9b31m del\\x7f"),
        ("bidi \u202eevil\u2066", "bidi \\u202eevil\\u2066"),
        ("lone \ud800 surrogate", "lone \\ud800 surrogate"),
        ("Касым-Жомарт «Токаев» — 中文 e\u0301", "Касым-Жомарт «Токаев» — 中文 e\u0301"),
    ],
)
def test_control_characters_become_escapes(raw: str, shown: str) -> None:
    assert visible(raw) == shown
    assert visible("a\nb\tc", keep="\n") == "a\nb\\tc"
