"""Regular expressions compiled once per install, not once per process.

Python compiles a pattern in Python (`re._parser` parses it, `re._compiler` turns it into
the matcher's code), and kg's modules, spaCy and its libraries compile ~360 at import:
~0.08 s CPU of a build that changes one document (~0.75 s in all). The code a pattern
compiles to depends only on the pattern, its flags and the interpreter, so while
`compiled_once()` is active (the whole of a `kg` command: `kg.entry`) each pattern's code
is read from the cache folder (`kg.tablecache`), kept under the interpreter's version and
its matcher's format (`_sre.MAGIC`), and only a pattern the file lacks is parsed; the
interpreter's own `_sre.compile` still builds (and checks) every pattern object from that
code, so a pattern behaves exactly as one compiled the usual way. The file is written
again when a pattern was missing. Like every table of the cache it is only a speed-up: a
file that cannot be read is an empty one.
"""

from __future__ import annotations

import _sre
import contextlib
import marshal
import re
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kg.tablecache import cache_path, digest, write_atomically

# One pattern's arguments to `_sre.compile` after the pattern itself: its flags with those
# written inside it, its code, the number of groups, and the group names both ways.
Compiled = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
Key = tuple[str | bytes, int]  # the pattern as written and the flags it was compiled with

KEEP = 4000  # patterns the file holds at most (kg's commands compile ~400 between them)
_compiler: Any = getattr(re, "_compiler", None)  # the module `re.compile` calls


class _Recorder:
    """`_sre` as `re._compiler` sees it while a pattern is compiled the usual way: its
    `compile` keeps the arguments it was given; everything else is `_sre`'s."""

    def __init__(self) -> None:
        self.last: tuple[Any, ...] = ()

    def compile(self, *args: Any) -> re.Pattern[Any]:  # noqa: ANN401 - _sre's own arguments
        self.last = args
        return _sre.compile(*args)

    def __getattr__(self, name: str) -> Any:  # noqa: ANN401 - whatever _sre holds
        return getattr(_sre, name)


@contextlib.contextmanager
def compiled_once() -> Iterator[None]:
    """Inside: every pattern compiled from a string reads its code from the cache, and the
    cache is written at the end when it lacked one (nested, or on an interpreter without
    `re._compiler`, it does nothing). `--jobs` workers forked inside compile the same way
    and write nothing."""
    if _compiler is None or getattr(_compiler.compile, "from_cache", False):
        yield
        return
    path = cache_path("patterns", ".marshal", digest([sys.version, str(_sre.MAGIC)]))
    known = _read(path)
    used: dict[Key, Compiled] = {}
    compile_usually = _compiler.compile
    recorder = _Recorder()
    lock = threading.Lock()  # one pattern at a time through the recorder

    def compile(p: Any, flags: int = 0) -> re.Pattern[Any]:  # noqa: ANN401 - re's own
        if type(p) not in (str, bytes) or flags & re.DEBUG:  # a subclass is not marshalled
            return compile_usually(p, flags)
        key = (p, int(flags))
        if key in known:
            try:
                pattern = _sre.compile(p, *known[key])
            except Exception:  # noqa: BLE001 - any code `_sre` rejects (OverflowError too): parsed
                del known[key]
            else:
                used[key] = known[key]
                return pattern
        with lock:
            pattern = compile_usually(p, flags)
            used[key] = _plain(*recorder.last[1:])
        return pattern

    compile.from_cache = True  # type: ignore[attr-defined]
    _compiler.compile, _compiler._sre = compile, recorder
    try:
        yield
    finally:
        _compiler.compile, _compiler._sre = compile_usually, _sre
        if used.keys() - known.keys():
            # another command's patterns kept too, unless they grew past a bound (patterns
            # made from data, or from code since changed): then this run's alone
            kept = {**known, **used} if len(known) + len(used) <= KEEP else used
            data = marshal.dumps(kept)
            with contextlib.suppress(OSError):  # a read-only home: parsed again next time
                write_atomically(path, lambda temp: Path(temp).write_bytes(data))


def _plain(
    flags: int, code: list[int], groups: int, index: dict[str, int], names: tuple[str | None, ...]
) -> Compiled:
    """`_sre.compile`'s arguments as `marshal` writes them: the code's opcodes are named
    constants (an int subclass), plain ints here."""
    return int(flags), [int(c) for c in code], int(groups), dict(index), tuple(names)


def _read(path: Path) -> dict[Key, Compiled]:
    """The patterns' code the cache holds, or none (no file, or one that is not a table)."""
    try:
        table = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return table if isinstance(table, dict) else {}
