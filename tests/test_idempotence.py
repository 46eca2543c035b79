"""`kg build` is idempotent: building again, or with --rebuild, gives the same quads as a
clean build; --prune removes a deleted document's graph, only it, and the entities
nobody mentions any more."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from kg_runs import DOCS, build_here, copy_store, graphs

pytestmark = pytest.mark.heavy  # long tests of few items: scheduled first (conftest)

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


# A person the user's gazetteer knows in one office; an earlier document names him in
# another office, a later one in the gazetteer's. A clean build reads the earlier document
# knowing only the gazetteer, so the mayor's post takes the person's state; a rebuild must
# read it the same way, not with the later document's office that the store holds.
GAZETTEER = {
    "persons": [
        {
            "name": "Хорхе Сантос",
            "first": "Хорхе",
            "last": "Сантос",
            "name_en": "Jorge Santos",
            "terms": [{"office": "министр иностранных дел", "state": "ESP", "start": "2020-01-01"}],
        }
    ]
}
EARLIER_AND_LATER = {
    "a1.txt": "Выборы в Испании\n\nНа муниципальных выборах мэр Барселоны Хорхе Сантос набрал "
    "больше голосов, чем его соперник.\n",
    "b2.txt": "Визит в Мадрид\n\nМинистр иностранных дел Испании Хорхе Сантос принял в "
    "Мадриде коллегу из Португалии.\n",
}


def test_a_rebuild_reads_an_earlier_document_as_a_clean_build_did(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in EARLIER_AND_LATER.items():
        (corpus / name).write_text(text, encoding="utf-8")
    gazetteer = tmp_path / "people.json"
    gazetteer.write_text(json.dumps(GAZETTEER, ensure_ascii=False), encoding="utf-8")
    store = tmp_path / "s"
    build_here(store, [corpus], capsys, "--gazetteer", str(gazetteer))
    clean = graphs(store)
    assert any("post/ESP/%D0%BC%D1%8D%D1%80" in q for q in clean["a1"]), clean["a1"]
    build_here(store, [corpus], capsys, "--gazetteer", str(gazetteer), "--rebuild")
    assert graphs(store) == clean
