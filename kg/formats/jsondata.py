"""JSON from files people hand us: nesting bounded, lone surrogates made visible.

`json.loads` recurses once per nesting level, so a line of 100,000 `[` raises
RecursionError, and it turns `"\\ud800"` into a lone surrogate that no UTF-8
encoder (hashing, RDF, the terminal) accepts. Both are input errors, not bugs.
"""

from __future__ import annotations

import json
import re

_SURROGATE = re.compile(r"[\ud800-\udfff]")


class JsonError(ValueError):
    """Text that is not JSON kg can read: `msg` is the reason, str() adds where."""

    def __init__(self, message: str, msg: str) -> None:
        super().__init__(message)
        self.msg = msg


def parse_json(text: str) -> object:
    """`json.loads`, with too deep nesting reported as JsonError like any malformed JSON."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise JsonError(str(exc), exc.msg) from None
    except RecursionError:
        raise JsonError("nested too deeply", "nested too deeply") from None


def without_surrogates(text: str) -> tuple[str, int]:
    """`text` with each lone surrogate replaced by U+FFFD (one code point for one, so
    offsets into the text hold), and how many were replaced."""
    return _SURROGATE.subn("\ufffd", text)
