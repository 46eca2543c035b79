"""bench/phases.py's `--time`: a function named on the command line is timed where its
callers find it, and its option is not passed on to `kg build`."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import phases  # noqa: E402


def test_time_options_are_the_bench_s_and_the_rest_kg_builds() -> None:
    specs, rest = phases.own_options(
        ["news/", "--time", "a.b:f", "--store", "s", "--time=c:K.m", "--jobs", "2"]
    )
    assert specs == ["a.b:f", "c:K.m"]
    assert rest == ["news/", "--store", "s", "--jobs", "2"]


@pytest.fixture
def modules(monkeypatch: pytest.MonkeyPatch) -> tuple[types.ModuleType, types.ModuleType]:
    """A module with a function and a class, and another that imported the function by name."""
    home, user = types.ModuleType("kg_bench_home"), types.ModuleType("kg_bench_user")

    def work() -> int:
        return sum(range(1000))

    class Reader:
        def read(self) -> int:
            return work()

    home.work, home.Reader = work, Reader  # type: ignore[attr-defined]
    user.work = work  # type: ignore[attr-defined] # `from kg_bench_home import work`
    monkeypatch.setitem(sys.modules, home.__name__, home)
    monkeypatch.setitem(sys.modules, user.__name__, user)
    monkeypatch.setattr(phases, "SPENT", {})
    return home, user


def test_a_function_is_timed_in_the_modules_that_imported_it(
    modules: tuple[types.ModuleType, types.ModuleType],
) -> None:
    home, user = modules
    phases.timed_everywhere("kg_bench_home:work")
    assert user.work() == home.work() == 499500  # type: ignore[attr-defined]
    assert list(phases.SPENT) == [("work",)]


def test_a_method_is_timed_on_its_class(
    modules: tuple[types.ModuleType, types.ModuleType],
) -> None:
    home, _ = modules
    phases.timed_everywhere("kg_bench_home:Reader.read")
    assert home.Reader().read() == 499500  # type: ignore[attr-defined]
    assert list(phases.SPENT) == [("Reader.read",)]
