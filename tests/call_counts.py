"""A function counted for one test: for the tests that a rule asks a cheaper reader (the
Doc's text kept once, not spaCy's joined anew) or asks a costly one less often."""

from __future__ import annotations

from typing import Any

import pytest


class Calls:
    """How many times the counted function was called so far."""

    n = 0


def count_calls(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> Calls:
    """`owner.name` replaced, for the test, by the same function counting its calls (a module's
    global: what the functions of that module call by that name)."""
    calls = Calls()
    real = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.n += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls
