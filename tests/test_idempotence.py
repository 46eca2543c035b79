"""`kg build` is idempotent: building again, or with --rebuild, gives the same quads as a
clean build; --prune removes a deleted document's graph, only it, and the entities
nobody mentions any more."""

from __future__ import annotations

from pathlib import Path

import pytest
from kg_runs import DOCS, build_here, copy_store, graphs

# Names no document of the shared corpus names: its entities live and die with it.
EXTRA = (
    "Встреча в Нью-Дели\n\n"
    "Президент Бразилии Луис Инасиу Лула да Силва провёл переговоры с премьер-министром "
    "Индии Нарендрой Моди.\n"
)


def corpus_of(references: dict[int, Path]) -> Path:
    return references[0].parent / f"corpus-{DOCS}-v0"


def test_building_again_and_rebuilding_give_the_same_quads(
    references: dict[int, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clean = graphs(references[0])
    store = copy_store(references[0], tmp_path / "s")
    again = build_here(store, [corpus_of(references)], capsys)
    assert again.startswith(f"built 0 documents ({DOCS} unchanged, 0 failed)")
    assert graphs(store) == clean
    rebuilt = build_here(store, [corpus_of(references)], capsys, "--rebuild")
    assert rebuilt.startswith(f"built {DOCS} documents (0 unchanged, 0 failed)")
    assert graphs(store) == clean


def test_prune_removes_the_deleted_document_and_its_entities_only(
    references: dict[int, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clean = graphs(references[0])
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for source in corpus_of(references).iterdir():
        (corpus / source.name).write_bytes(source.read_bytes())
    (corpus / "extra.txt").write_text(EXTRA, encoding="utf-8")
    store = copy_store(references[0], tmp_path / "s")
    build_here(store, [corpus], capsys)
    grown = graphs(store)
    assert "extra" in grown
    gained = {line.split(" ")[0] for line in grown[""] - clean[""]}
    assert {"<https://w3id.org/kg-bilateral/id/state/IND>"} <= gained
    assert any("modi" in iri for iri in gained), gained

    (corpus / "extra.txt").unlink()
    pruned = build_here(store, [corpus], capsys, "--prune")
    assert f"({DOCS} unchanged, 0 failed, 1 pruned)" in pruned
    after = graphs(store)
    assert "extra" not in after
    assert {k: v for k, v in after.items() if k} == {k: v for k, v in clean.items() if k}
    assert after[""] == clean[""]  # Modi, Lula, India and Brazil are gone, nobody else
