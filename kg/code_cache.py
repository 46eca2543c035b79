"""Python code that the standard library writes as text at import, compiled once per install.

`dataclasses` writes each dataclass's `__init__`, `__repr__`, `__eq__`, … as source text and
`exec`s it, `collections.namedtuple` `eval`s its `__new__`, and `typing.ForwardRef` compiles
each annotation written as a string (spaCy's, thinc's and pydantic's): ~500, ~50 and ~1,000
compilations in a build that reads a document, ~9 % of the instructions of one that changes
one document of 200 (callgrind), every time, for text that depends only on the classes'
fields. While `generated_once()` is active (the whole of a `kg` command, `kg.entry`, with
`kg.pattern_cache.compiled_once`), those three modules find their `exec`, `eval` and
`compile` here (a module's own global shadows the builtin of that name): the code object
for a text is read from the cache folder (`kg.tablecache`, kept under the interpreter's
version and bytecode magic), compiled only when the file lacks it, and then run by the
builtin as before. A text is compiled exactly as the builtin would have compiled it there:
the same file name ("<string>"), mode and optimisation, and no `__future__` features (none
of the three modules imports any: `exec` and `eval` of a text inherit the calling module's,
`compile` the caller's, so this module's own are never passed on). The file is written again
when a text was missing; one that cannot be read is an empty one.
"""

from __future__ import annotations
import __future__

import builtins
import contextlib
import hashlib
import marshal
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import CodeType, ModuleType
from typing import Any

from kg.tablecache import cache_path, digest, write_atomically

Key = tuple[str, str]  # the source text and the mode it was compiled in ("exec", "eval")

KEEP = 8000  # texts the file holds at most (a build compiles ~1,600)
_FILE = "<string>"  # the file name `exec` and `eval` give a text, and ForwardRef too
# The modules whose generated code is read from the cache, and the builtins they call for it.
HOOKS = (("dataclasses", "exec"), ("collections", "eval"), ("typing", "compile"))
_MISSING = object()
_SUM = 32  # bytes of the file's checksum, before the table


class _Codes:
    """The code objects known from the file and those this process compiled or used."""

    def __init__(self, known: dict[Key, CodeType]) -> None:
        self.known = known
        self.used: dict[Key, CodeType] = {}

    def code(self, source: str, mode: str) -> CodeType:
        """The code `compile(source, "<string>", mode)` gives in a module without
        `__future__` imports; a text that does not compile raises as the builtin does."""
        key = (source, mode)
        code = self.known.get(key) or self.used.get(key)
        if code is None:
            code = builtins.compile(source, _FILE, mode, dont_inherit=True)
        self.used[key] = code
        return code


def _runner(codes: _Codes, mode: str) -> Any:  # noqa: ANN401 - the builtin's stand-in
    """The stand-in for the builtin named `mode` (`exec`, `eval`): a text is run as its
    cached code, compiled in that mode."""

    def run_(source: Any, /, *args: Any, **kwargs: Any) -> Any:  # noqa: ANN401 - the builtin's own
        if type(source) is str:
            source = codes.code(source, mode)
        return getattr(builtins, mode)(source, *args, **kwargs)

    return run_


def _compile(codes: _Codes) -> Any:  # noqa: ANN401 - the builtin's stand-in
    def compile_(source: Any, filename: Any, mode: str, *args: Any, **kwargs: Any) -> Any:  # noqa: ANN401
        if (
            type(source) is str
            and filename == _FILE
            and mode in ("exec", "eval")
            and not (args or kwargs)
        ):
            return codes.code(source, mode)
        return builtins.compile(source, filename, mode, *args, **kwargs)

    return compile_


_MAKERS: dict[str, Callable[[_Codes], Any]] = {
    "exec": lambda codes: _runner(codes, "exec"),
    "eval": lambda codes: _runner(codes, "eval"),
    "compile": _compile,
}


@contextlib.contextmanager
def generated_once() -> Iterator[None]:
    """Inside: `dataclasses`, `collections` and `typing` compile the code they generate
    from the cache; the file is written at the end when it lacked a text (nested, it does
    nothing). `--jobs` workers forked inside read the same way and write nothing."""
    modules = [(sys.modules.get(name) or _import(name), builtin) for name, builtin in HOOKS]
    # a module with `__future__` features would have its texts compiled with them: left alone
    modules = [(module, builtin) for module, builtin in modules if not _has_features(module)]
    if any(getattr(module, "__kg_code_cache__", False) for module, _ in modules):
        yield
        return
    path = cache_path("generated-code", ".marshal", _key())
    codes = _Codes(_read(path))
    saved = [
        (module, builtin, module.__dict__.get(builtin, _MISSING)) for module, builtin in modules
    ]
    for module, builtin in modules:
        setattr(module, builtin, _MAKERS[builtin](codes))
        module.__kg_code_cache__ = True  # type: ignore[attr-defined]
    try:
        yield
    finally:
        for module, builtin, before in saved:
            if before is _MISSING:
                delattr(module, builtin)
            else:
                setattr(module, builtin, before)
            del module.__kg_code_cache__  # type: ignore[attr-defined]
        if codes.used.keys() - codes.known.keys():
            # another command's texts kept too, unless they grew past a bound
            merged = {**codes.known, **codes.used}
            kept = merged if len(merged) <= KEEP else codes.used
            data = marshal.dumps(kept)
            data = hashlib.sha256(data).digest() + data
            with contextlib.suppress(OSError):  # a read-only home: compiled again next time
                write_atomically(path, lambda temp: Path(temp).write_bytes(data))


def _has_features(module: ModuleType) -> bool:
    """Whether `module` imports a `__future__` feature (each one binds its name there)."""
    return any(isinstance(value, __future__._Feature) for value in vars(module).values())


def _import(name: str) -> ModuleType:
    return __import__(name)


def _key() -> str:
    """The digest the file is kept under: what a code object's format depends on."""
    return digest([sys.version, sys.implementation.cache_tag or "", str(marshal.version)])


def _read(path: Path) -> dict[Key, CodeType]:
    """The code objects the cache holds, or none (no file, one whose checksum fails, or one
    that is not a table). Code is not checked as `_sre` checks a pattern's: a file damaged
    on disk could hold code that crashes the interpreter, so the file carries the SHA-256 of
    what follows it."""
    try:
        data = path.read_bytes()
        if hashlib.sha256(data[_SUM:]).digest() != data[:_SUM]:
            return {}
        table = marshal.loads(data[_SUM:])
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(table, dict):
        return {}
    return {
        key: code
        for key, code in table.items()
        if isinstance(key, tuple) and len(key) == 2 and isinstance(code, CodeType)
    }
