"""The derived graph updated from the record of what changed (`kg.pending`) equals the one
derived from scratch, whatever the builds changed: a document rewritten, documents added,
pruned, several changed at once, a build killed before the derived graph."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from kg_runs import copy_store, document_text, graphs, write_corpus
from pyoxigraph import Quad

from kg import derived
from kg.build import run_build
from kg.derived import refresh_derived
from kg.rdf import DERIVED_GRAPH, PENDING_GRAPH
from kg.store import KgStore


def _rewrite(corpus: Path, name: str, text: str) -> None:
    (corpus / f"{name}.txt").write_text(text, encoding="utf-8")


# Each step changes the corpus, then a build (pruning or not) brings the store up to date.
STEPS = [
    # doc02 now tells doc00's visit with another trade figure: its claim conflicts with doc00's
    ("rewritten", lambda c: _rewrite(c, "doc02", document_text(0).replace("2 млрд", "7 млрд"))),
    ("added", lambda c: [_rewrite(c, f"doc0{i}", document_text(i)) for i in (6, 7)]),
    ("removed", lambda c: (c / "doc01.txt").unlink()),
    (
        "several",
        lambda c: [
            _rewrite(c, "doc03", document_text(3, version=1)),
            _rewrite(c, "doc04", document_text(5).replace("7 млрд", "9 млрд")),
            _rewrite(c, "doc00", document_text(6)),
        ],
    ),
]


def _derived(store: Path) -> set[Quad]:
    with KgStore.open_read(store) as kg:
        return set(kg.db.quads_for_pattern(None, None, None, DERIVED_GRAPH))


def _from_scratch(store: Path, copy: Path) -> set[Quad]:
    """The derived graph of a copy of `store`, derived again in full."""
    copy_store(store, copy)
    with KgStore.open_write(copy) as kg:
        kg.forget_derivation()
        refresh_derived(kg)
    return _derived(copy)


@pytest.fixture
def updates(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One item per derivation that updated the derived graph rather than derive it whole."""
    calls: list[int] = []
    update = derived._update
    monkeypatch.setattr(derived, "_update", lambda *a: calls.append(1) or update(*a))
    return calls


def test_updated_derived_graph_equals_one_derived_from_scratch(
    tmp_path: Path, updates: list[int]
) -> None:
    corpus = write_corpus(tmp_path / "corpus", 6)
    store = tmp_path / "store"
    run_build([corpus], store)
    for i, (name, change) in enumerate(STEPS):
        change(corpus)
        before = len(updates)
        summary = run_build([corpus], store, prune=True)
        assert summary.documents or summary.pruned, name
        assert len(updates) == before + 1, f"{name}: derived in full, not updated"
        assert _derived(store) == _from_scratch(store, tmp_path / f"scratch{i}"), name
        with KgStore.open_read(store) as kg:
            assert not list(kg.db.quads_for_pattern(None, None, None, PENDING_GRAPH)), name
            assert (summary.entities, summary.facts, summary.triples) == kg.counts(), name
    clean = tmp_path / "clean"
    run_build([corpus], clean)
    # The document graphs equal a clean build's. The entity graph keeps what removed and
    # rewritten documents once said of entities still mentioned (a post held), as it did
    # before the derived graph was updated in place, and the derived graph reads it.
    assert _documents(store) == _documents(clean)


def _documents(store: Path) -> dict[str, frozenset[str]]:
    return {k: v for k, v in graphs(store).items() if k not in ("", "None")}


def test_a_build_killed_before_the_derived_graph_leaves_the_record(tmp_path: Path) -> None:
    """Documents written with their record, the derived graph not yet: the next build (which
    changes nothing more) updates it from the record."""
    corpus = write_corpus(tmp_path / "corpus", 4)
    store = tmp_path / "store"
    run_build([corpus], store)
    _rewrite(corpus, "doc01", document_text(2).replace("4 млрд", "8 млрд"))
    died = copy_store(store, tmp_path / "died")
    shutil.rmtree(store)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("kg.build.refresh_derived", lambda store, written=0: (0, 0, 0))
        run_build([corpus], died)
    with KgStore.open_read(died) as kg:
        assert list(kg.db.quads_for_pattern(None, None, None, PENDING_GRAPH))
    assert run_build([corpus], died).documents == 0
    assert _derived(died) == _from_scratch(died, tmp_path / "scratch")
    clean = tmp_path / "clean"
    run_build([corpus], clean)
    assert _documents(died) == _documents(clean)


def test_a_rebuild_and_a_users_update_derive_everything_again(
    tmp_path: Path, updates: list[int]
) -> None:
    """Neither records what it changes: a --rebuild writes no record and derives in full, and
    after a user's update the next build derives in full, counting what the update left."""
    corpus = write_corpus(tmp_path / "corpus", 3)
    store = tmp_path / "store"
    run_build([corpus], store)
    _rewrite(corpus, "doc01", document_text(1, version=1))
    assert run_build([corpus], store, rebuild=True).documents == 3
    assert not updates
    with KgStore.open_write(store) as kg:
        kg.update(
            "PREFIX bro: <https://w3id.org/kg-bilateral/ontology#> "
            "DELETE { GRAPH ?g { ?m bro:refersTo ?e } } WHERE { GRAPH ?g { ?m bro:refersTo ?e } "
            'FILTER (CONTAINS(STR(?g), "doc00")) }'
        )
    assert run_build([corpus], store).documents == 0
    assert not updates
    assert _derived(store) == _from_scratch(store, tmp_path / "scratch")
