"""Patterns compiled from the cache folder's code match as those compiled the usual way, and a
second run parses none of them again."""

from __future__ import annotations

import marshal
import re
from pathlib import Path
from typing import Any

import pytest

from kg import pattern_cache
from kg.pattern_cache import compiled_once

# (pattern, flags, texts to match): named and numbered groups, inline and given flags, a
# look-behind, bytes
PATTERNS: list[tuple[Any, int, list[Any]]] = [
    (
        r"(?P<day>\d{1,2})\s+(?P<month>января|февраля)\s+(?P<year>\d{4})",
        0,
        ["визит 12 февраля 2031 года", "12 марта 2031", "1 января 1999"],
    ),  # fmt: skip
    (
        r"(?<![а-яё])канцлер(?:а|ом|у)?(?![а-яё])",
        re.IGNORECASE,
        ["КАНЦЛЕРА Австрии", "вице-канцлер", "подканцлеру"],
    ),  # fmt: skip
    (r"(?i)премьер(-министр)?\s+(\w+)", 0, ["Премьер-министр Норвегии", "премьер Чили"]),
    (r"^(\w+)\s+и\s+(\w+)$", re.MULTILINE, ["Чили и Перу\nНорвегия и Швеция", "Бразилия"]),
    (rb"(?P<code>[A-Z]{3})-(\d+)", 0, [b"NOR-42", b"chl-7"]),
]


def _usual(pattern: Any, flags: int) -> re.Pattern[Any]:  # noqa: ANN401 - str or bytes
    return re._compiler.compile(pattern, flags)  # type: ignore[attr-defined]


def _same(compiled: re.Pattern[Any], pattern: Any, flags: int, texts: list[Any]) -> None:  # noqa: ANN401
    usual = _usual(pattern, flags)
    assert (compiled.pattern, compiled.flags, compiled.groups) == (
        usual.pattern,
        usual.flags,
        usual.groups,
    )
    assert dict(compiled.groupindex) == dict(usual.groupindex)
    for text in texts:
        found = [(m.span(), m.groups(), m.groupdict()) for m in compiled.finditer(text)]
        assert found == [(m.span(), m.groups(), m.groupdict()) for m in usual.finditer(text)]


def _compile_all(cache: Path) -> list[Any]:
    """Each pattern compiled inside `compiled_once` with `cache` as the cache folder, re's own
    cache emptied first; the patterns `re._parser` parsed meanwhile."""
    parsed: list[Any] = []
    parse = re._parser.parse  # type: ignore[attr-defined]
    ours = {pattern for pattern, _, _ in PATTERNS}  # not the cache's own glob

    def counting(p: Any, flags: int = 0, state: Any = None) -> Any:  # noqa: ANN401
        if p in ours:
            parsed.append(p)
        return parse(p, flags, state)

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KG_CACHE_DIR", str(cache))
        patch.setattr(re._parser, "parse", counting)  # type: ignore[attr-defined]
        re.purge()
        with compiled_once():
            compiled = [re.compile(pattern, flags) for pattern, flags, _ in PATTERNS]
    for one, (pattern, flags, texts) in zip(compiled, PATTERNS, strict=True):
        _same(one, pattern, flags, texts)
    return parsed


def _table(cache: Path) -> Path:
    """The cache's file of patterns after a first run."""
    assert len(_compile_all(cache)) == len(PATTERNS)  # the first run parses each
    (table,) = cache.glob("patterns-*.marshal")
    return table


def test_patterns_read_from_the_cache_match_as_compiled_ones(tmp_path: Path) -> None:
    _table(tmp_path)
    assert _compile_all(tmp_path) == []  # the second reads them all


def test_a_damaged_pattern_file_is_an_empty_one(tmp_path: Path) -> None:
    table = _table(tmp_path)
    for damaged in (table.read_bytes()[:100], b"\x00\x01", b"N"):  # cut short, garbage, None
        table.write_bytes(damaged)
        assert len(_compile_all(tmp_path)) == len(PATTERNS)  # parsed, and written again
    assert _compile_all(tmp_path) == []


def test_code_the_matcher_refuses_is_parsed_again(tmp_path: Path) -> None:
    table = _table(tmp_path)
    codes = pattern_cache._read(table)
    table.write_bytes(marshal.dumps({k: (v[0], [999_999], *v[2:]) for k, v in codes.items()}))
    assert len(_compile_all(tmp_path)) == len(PATTERNS)
    assert _compile_all(tmp_path) == []


def test_code_out_of_the_matchers_range_is_parsed_again(tmp_path: Path) -> None:
    """A value `_sre` cannot hold raises OverflowError, not ValueError (review32): every
    command died on it until the file was removed."""
    table = _table(tmp_path)
    codes = pattern_cache._read(table)
    table.write_bytes(marshal.dumps({k: (v[0], [2**40], *v[2:]) for k, v in codes.items()}))
    assert len(_compile_all(tmp_path)) == len(PATTERNS)
    assert _compile_all(tmp_path) == []
