"""`kg validate` refuses a text selector that runs backwards (oa:start not below oa:end,
`sh:lessThan` in the shapes) with one readable line, and passes the bundled corpus's store
(fifty-eighth pass, h-perf59)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from kg_runs import copy_store

from kg.cli import run
from kg.store import KgStore

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
_OA = "PREFIX oa: <http://www.w3.org/ns/oa#> "
# one selector of the store (the first by IRI), its offsets swapped: it then runs backwards
_SWAP = _OA + (
    "DELETE {{ GRAPH ?g {{ ?s oa:start ?a ; oa:end ?b }} }} "
    "INSERT {{ GRAPH ?g {{ ?s oa:start {start} ; oa:end {end} }} }} "
    "WHERE {{ {{ SELECT ?s {{ GRAPH ?h {{ ?s a oa:TextPositionSelector }} }} "
    "ORDER BY ?s LIMIT 1 }} "
    "GRAPH ?g {{ ?s oa:start ?a ; oa:end ?b }} }}"
)


@pytest.fixture(scope="module")
def built(clean_build: Callable[[Path], Path]) -> Path:
    return clean_build(CORPUS)


@pytest.mark.parametrize(
    ("start", "end", "fails"),
    [
        ("?b", "?a", True),  # backwards
        ("?a", "?a", True),  # empty: no text
        ("?a", "?b", False),  # must not: as written
    ],
)
def test_a_backwards_selector_fails_validation_in_one_line(
    built: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], start: str, end: str,
    fails: bool,
) -> None:  # fmt: skip
    store = copy_store(built, tmp_path / "store")
    with KgStore.open_write(store) as kg:
        kg.update(_SWAP.format(start=start, end=end))
    capsys.readouterr()
    assert run(["--store", str(store), "validate", "--full"]) == (1 if fails else 0)
    report = capsys.readouterr().out
    lines = [line for line in report.splitlines() if "less than oa:end" in line]
    if fails:
        assert "1 SHACL violation" in report.splitlines()[0], report
        assert len(lines) == 1 and "oa:start" in lines[0], report
    else:
        assert report.startswith("Conforms") and not lines, report
