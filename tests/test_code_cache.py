"""Code the standard library generates, read from the cache folder, behaves as code compiled
the usual way; a second run compiles none of it again; the builtins are back afterwards."""

from __future__ import annotations

import builtins
import collections
import dataclasses
import marshal
import sys
import types
import typing
from collections.abc import Callable
from pathlib import Path
from types import CodeType
from typing import Any

import pytest

from kg import code_cache
from kg.code_cache import generated_once


def _made() -> dict[str, Any]:
    """A dataclass (frozen, ordered, with defaults and a factory), a namedtuple and forward
    references, made anew: what the hooked modules generate code for."""

    @dataclasses.dataclass(frozen=True, order=True)
    class Visit:
        host: str
        guest: str = "Перу"
        days: int = 2
        talks: list[str] = dataclasses.field(default_factory=list, compare=False)

    Border = collections.namedtuple("Border", ["left", "right", "km"], defaults=[0])
    return {
        "Visit": Visit,
        "Border": Border,
        "ref": typing.ForwardRef("dict[str, list[int]]"),
        "hints": typing.get_type_hints(_Annotated, globalns=globals()),
    }


class _Annotated:
    state: str
    neighbours: list[str]


def _behaves(made: dict[str, Any]) -> None:
    visit = made["Visit"]("Чили", talks=["граница"])
    assert visit == made["Visit"]("Чили", "Перу", 2, [])
    assert visit < made["Visit"]("Эстония")
    assert repr(visit).endswith("Visit(host='Чили', guest='Перу', days=2, talks=['граница'])")
    with pytest.raises(dataclasses.FrozenInstanceError):
        visit.host = "Латвия"  # type: ignore[misc]
    assert hash(visit) == hash(made["Visit"]("Чили"))
    # no `from __future__ import annotations` passed on: `__init__`'s annotations are the
    # fields' types ("int", as this module writes them), not the names dataclasses gives
    # them in its text ("_type_days")
    days = next(f for f in dataclasses.fields(made["Visit"]) if f.name == "days")
    assert made["Visit"].__init__.__annotations__["days"] is days.type
    border = made["Border"]("Египет", "Турция")
    assert border == ("Египет", "Турция", 0) and border.km == 0
    assert made["ref"]._evaluate(globals(), None, frozenset()) == dict[str, list[int]]
    assert made["hints"] == {"state": str, "neighbours": list[str]}


def _run(cache: Path) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """`_made()` inside `generated_once` with `cache` as the cache folder; the texts
    compiled meanwhile."""
    compiled: list[tuple[str, str]] = []
    compile_usually = builtins.compile

    def counting(source: Any, filename: Any, mode: str, *args: Any, **kwargs: Any) -> Any:  # noqa: ANN401
        compiled.append((source, mode))
        return compile_usually(source, filename, mode, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KG_CACHE_DIR", str(cache))
        patch.setattr(builtins, "compile", counting)
        with generated_once():
            made = _made()
    return made, compiled


def test_generated_code_read_from_the_cache_behaves_as_compiled_code(tmp_path: Path) -> None:
    _behaves(_made())  # the usual way
    made, compiled = _run(tmp_path)
    _behaves(made)
    assert len(compiled) >= 5  # __init__, __repr__, __eq__, the orders, …, namedtuple, refs
    (table,) = tmp_path.glob("generated-code-*.marshal")
    made, compiled = _run(tmp_path)
    _behaves(made)
    assert compiled == []  # the second run reads every text


def test_the_code_read_is_the_code_the_builtins_compile(tmp_path: Path) -> None:
    _run(tmp_path)
    (table,) = tmp_path.glob("generated-code-*.marshal")
    codes = code_cache._read(table)
    assert codes
    for (source, mode), code in codes.items():
        usual = compile(source, "<string>", mode, dont_inherit=True)
        assert marshal.dumps(code) == marshal.dumps(usual)


def test_the_builtins_are_the_modules_own_again_afterwards(tmp_path: Path) -> None:
    before = {name: dict(vars(__import__(name))) for name, _ in code_cache.HOOKS}
    _run(tmp_path)
    for name, builtin in code_cache.HOOKS:
        module = __import__(name)
        assert builtin not in vars(module)
        assert not hasattr(module, "__kg_code_cache__")
        assert vars(module).keys() == before[name].keys()


def test_nested_it_does_nothing_and_a_text_that_does_not_compile_raises(tmp_path: Path) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KG_CACHE_DIR", str(tmp_path))
        with generated_once():
            hooked = dataclasses.exec  # type: ignore[attr-defined]
            with generated_once():
                assert dataclasses.exec is hooked  # type: ignore[attr-defined]
            with pytest.raises(SyntaxError):
                typing.ForwardRef("Чили +")
    assert len(list(tmp_path.glob("generated-code-*.marshal"))) <= 1


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:100],  # cut short
        lambda data: b"\x00\x01",  # garbage
        lambda data: data[:32] + marshal.dumps(None),  # a checksum for other data
        lambda data: data[:40] + bytes([data[40] ^ 0xFF]) + data[41:],  # one byte changed
    ],
)
def test_a_damaged_file_is_an_empty_one(tmp_path: Path, damage: Callable[[bytes], bytes]) -> None:
    _run(tmp_path)
    (table,) = tmp_path.glob("generated-code-*.marshal")
    table.write_bytes(damage(table.read_bytes()))
    assert code_cache._read(table) == {}
    made, compiled = _run(tmp_path)  # compiled, and written again
    _behaves(made)
    assert compiled
    assert _run(tmp_path)[1] == []


def test_only_code_objects_are_taken_from_the_file(tmp_path: Path) -> None:
    _run(tmp_path)
    (table,) = tmp_path.glob("generated-code-*.marshal")
    codes: dict[Any, Any] = dict(code_cache._read(table))
    key = next(iter(codes))
    codes[key] = "not code"
    codes["not a key"] = next(iter(codes.values()))
    data = marshal.dumps(codes)
    table.write_bytes(code_cache.hashlib.sha256(data).digest() + data)
    read = code_cache._read(table)
    assert key not in read and "not a key" not in read
    assert all(isinstance(code, CodeType) for code in read.values())


def test_a_module_with_future_features_is_left_alone(tmp_path: Path) -> None:
    """Its texts would compile with its features (`annotations`), which the cache's do not
    carry: such a module keeps the builtin."""
    module = types.ModuleType("kg_test_future_module")
    exec("from __future__ import annotations", vars(module))  # noqa: S102 - a test module
    hooks = (*code_cache.HOOKS, (module.__name__, "exec"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KG_CACHE_DIR", str(tmp_path))
        patch.setitem(sys.modules, module.__name__, module)
        patch.setattr(code_cache, "HOOKS", hooks)
        with generated_once():
            assert "exec" not in vars(module)
            assert "exec" in vars(dataclasses)
