"""The derived graph updated from the record of what changed (`kg.pending`) equals the one
derived from scratch, whatever the builds changed: a document rewritten, documents added,
pruned, several changed at once, a build killed before the derived graph. And the whole
store after any sequence of builds equals a clean build of the same corpus, quad for quad
(the entity graph is a function of the current documents: `kg.entity_records`)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from kg_runs import copy_store, document_text, graphs, write_corpus
from pyoxigraph import Quad

from kg import build, derived
from kg.build import run_build
from kg.derived import refresh_derived
from kg.entity_records import RECORD
from kg.rdf import BRO, DERIVED_GRAPH, ENTITY_GRAPH, PENDING_GRAPH
from kg.store import KgStore

pytestmark = pytest.mark.heavy  # long tests: scheduled first (conftest)


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
    tmp_path: Path, updates: list[int], clean_build: Callable[[Path], Path]
) -> None:
    corpus = write_corpus(tmp_path / "corpus", 6)
    store = tmp_path / "store"
    run_build([corpus], store)
    for name, change in STEPS:
        change(corpus)
        before = len(updates)
        summary = run_build([corpus], store, prune=True)
        assert summary.documents or summary.pruned, name
        assert len(updates) == before + 1, f"{name}: derived in full, not updated"
        updated = _derived(store)
        # a clean build derives its graph from scratch (a new store has no derivation)
        clean = clean_build(corpus)
        assert updated == _derived(clean), name
        assert any(q.predicate == BRO.rowParticipants for q in updated), name  # events' rows
        with KgStore.open_read(store) as kg:
            assert not list(kg.db.quads_for_pattern(None, None, None, PENDING_GRAPH)), name
            assert (summary.entities, summary.facts, summary.triples) == kg.counts(), name
        assert graphs(store) == graphs(clean), name  # documents, entities, derived graph


def test_a_build_killed_before_the_derived_graph_leaves_the_record(
    tmp_path: Path, clean_build: Callable[[Path], Path]
) -> None:
    """Documents written with their record, the derived graph not yet: the next build (which
    changes nothing more) updates it from the record."""
    corpus = write_corpus(tmp_path / "corpus", 4)
    store = tmp_path / "store"
    run_build([corpus], store)
    _rewrite(corpus, "doc01", document_text(2).replace("4 млрд", "8 млрд"))
    died = copy_store(store, tmp_path / "died")
    shutil.rmtree(store)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("kg.build.refresh_derived", lambda *args, **kwargs: (0, 0, 0))
        run_build([corpus], died)
    with KgStore.open_read(died) as kg:
        assert list(kg.db.quads_for_pattern(None, None, None, PENDING_GRAPH))
    assert run_build([corpus], died).documents == 0
    assert _derived(died) == _from_scratch(died, tmp_path / "scratch")
    assert graphs(died) == graphs(clean_build(corpus))


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


@pytest.mark.parametrize("order", [(2, 0, 1), (1, 2, 0)])
def test_documents_added_in_any_order_give_a_clean_builds_store(
    tmp_path: Path, order: tuple[int, ...], clean_build: Callable[[Path], Path]
) -> None:
    """Documents arriving one build at a time, in another order than the corpus's, then a
    --rebuild and a build on two processes: the store is a clean build's each time (the
    orders end on the same corpora, so their clean builds are built once)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    store = tmp_path / "store"
    for i in order:
        _rewrite(corpus, f"doc0{i}", document_text(i))
        run_build([corpus], store)
    assert graphs(store) == graphs(clean_build(corpus))
    _rewrite(corpus, "doc01", document_text(4))
    run_build([corpus], store, rebuild=True, jobs=2)
    assert graphs(store) == graphs(clean_build(corpus))


# A person whose office only the first document gives; the second names them alone.
_TOLD = (
    "1 марта 2023 года министр иностранных дел Чили Хуан Карлос Мартинес посетил Буэнос-Айрес.\n"
)
_UNTOLD = "1 марта 2023 года Хуан Карлос Мартинес посетил Буэнос-Айрес.\n"
_OTHER = "2 марта 2023 года Хуан Карлос Мартинес сообщил журналистам в Сантьяго о переговорах.\n"


def _posts(store: Path) -> set[Quad]:
    with KgStore.open_read(store) as kg:
        return set(kg.db.quads_for_pattern(None, BRO.holdsPost, None, ENTITY_GRAPH))


@pytest.mark.parametrize("prune", [False, True])
def test_an_office_only_a_changed_document_gave_is_gone(
    tmp_path: Path, prune: bool, clean_build: Callable[[Path], Path]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _rewrite(corpus, "a", _TOLD)
    _rewrite(corpus, "b", _OTHER)
    store = tmp_path / "store"
    run_build([corpus], store)
    assert len(_posts(store)) == 1  # the minister's post, which only a.txt gives
    if prune:
        (corpus / "a.txt").unlink()
    else:
        _rewrite(corpus, "a", _UNTOLD)
    run_build([corpus], store, prune=prune)
    assert _posts(store) == set()
    assert graphs(store) == graphs(clean_build(corpus))


def test_a_store_without_entity_records_is_built_again_whole(
    tmp_path: Path, clean_build: Callable[[Path], Path]
) -> None:
    """A store an older kg wrote (an entity graph, no records) cannot recompute its entity
    graph: the next build reads every document again, once."""
    corpus = write_corpus(tmp_path / "corpus", 2)
    store = tmp_path / "store"
    run_build([corpus], store)
    with KgStore.open_write(store) as kg:
        kg.update(f"DELETE WHERE {{ GRAPH ?g {{ ?e <{RECORD.value}> ?r }} }}")
    assert run_build([corpus], store).documents == 2
    assert run_build([corpus], store).documents == 0
    assert graphs(store) == graphs(clean_build(corpus))


OTHER_KG = "kg: the store was built by another version of kg: reading every document again"


def _stored_by_another_kg(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The store says another version of kg's extraction read its documents."""
    with KgStore.open_write(store) as kg:
        kg.extracted_by("0" * 64)


def _run_by_another_kg(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """This process runs another version of kg's extraction (kg upgraded, a lexicon edited)."""
    monkeypatch.setattr(build, "extraction_version", lambda: "1" * 64)


@pytest.mark.parametrize("other_kg", [_stored_by_another_kg, _run_by_another_kg])
def test_a_store_built_by_another_kg_is_read_again_whole(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    clean_build: Callable[[Path], Path],
    other_kg: Callable[[Path, pytest.MonkeyPatch], None],
) -> None:
    """Unchanged documents are read again, once, when another kg read them: the store is
    brought up to the kg that runs, and says so in one line; a new store says nothing."""
    corpus = write_corpus(tmp_path / "corpus", 2)
    store = tmp_path / "store"
    run_build([corpus], store)
    assert OTHER_KG not in capsys.readouterr().err
    other_kg(store, monkeypatch)
    assert run_build([corpus], store).documents == 2
    assert capsys.readouterr().err.count(OTHER_KG) == 1
    assert run_build([corpus], store).documents == 0  # the same version reads none
    assert OTHER_KG not in capsys.readouterr().err
    assert graphs(store) == graphs(clean_build(corpus))


def test_a_build_by_another_kg_stopped_halfway_reads_all_again_next_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = write_corpus(tmp_path / "corpus", 2)
    store = tmp_path / "store"
    run_build([corpus], store)
    _stored_by_another_kg(store, monkeypatch)
    reduce = build._reduce

    def stopped_at_the_second(local, *rest, **options):  # type: ignore[no-untyped-def]
        if local.document.id == "doc01":
            raise KeyboardInterrupt
        reduce(local, *rest, **options)

    monkeypatch.setattr(build, "_reduce", stopped_at_the_second)
    with pytest.raises(KeyboardInterrupt):
        run_build([corpus], store)  # doc00 read again by this kg, doc01 not
    monkeypatch.setattr(build, "_reduce", reduce)
    assert run_build([corpus], store).documents == 2
    assert run_build([corpus], store).documents == 0


def test_a_build_by_another_kg_of_some_documents_leaves_the_others_to_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After an upgrade, a build given one file reads it, but the store does not take the
    new version: the documents it was not given were read by the other kg."""
    corpus = write_corpus(tmp_path / "corpus", 2)
    store = tmp_path / "store"
    run_build([corpus], store)
    _stored_by_another_kg(store, monkeypatch)
    assert run_build([corpus / "doc00.txt"], store).documents == 1
    assert run_build([corpus], store).documents == 2
    assert run_build([corpus], store).documents == 0


# A person named in full by one document and by surname alone in the other.
FULL_AND_SURNAME = {
    "a.txt": "Визит в Того\n\nМинистр торговли Ганы Кофи Обенг посетил Ломе.\n",
    "b.txt": "Поставки\n\nОбенг заявил о росте торговли. «Мы расширим поставки», — сказал Обенг.\n",
}


def test_a_rebuild_of_one_document_links_it_to_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--rebuild FILE` reads that document as the corpus knows the others: a surname the
    other document named in full is still that person."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in FULL_AND_SURNAME.items():
        (corpus / name).write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    run_build([corpus], store)
    clean = graphs(store)
    assert any("kofi-obeng" in q for q in clean["b"]), clean["b"]
    assert run_build([corpus / "b.txt"], store, rebuild=True).documents == 1
    assert graphs(store) == clean
