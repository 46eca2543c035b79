"""Issue 11, item 2 (forty-fifth pass, h-jobs45): a `--jobs` build into a store without
documents gathers the persons' and office holdings' part of the derived graph as it writes
each document (`kg.holding_fold`), and the events' (`kg.event_fold`); its finish reads
what the entity graph gives as it ends (names, the persons' fallback offices) beside them
instead of the store's holdings and events; the store it leaves is the one `--jobs 1`
leaves, quad for quad."""

from __future__ import annotations

from pathlib import Path

import pytest
from kg_runs import dated_corpus, nquads, rebuilt_over_stored
from pyoxigraph import Literal, NamedNode, Quad

import kg.derived
from kg.build import run_build
from kg.event_fold import EventFold
from kg.event_rows import event_quads
from kg.holding_fold import HoldingFold
from kg.rdf import BRO, DERIVED_GRAPH, NS, PROV, RDF, RDFS, doc_graph
from kg.store import KgStore
from kg.table_rows import table_quads

# Own sentences: a person named in three documents (one entity), whose office a later one
# recounts as left and replaces; a holding two documents tell (two sources); two states'
# ministers met in one text; a person named once and by surname alone later.
TEXTS = [
    "Министр иностранных дел Чили Альберто ван Клаверен прибыл в Лиму, где встретился с "
    "президентом Перу Диной Болуарте.",
    "Ван Клаверен заявил, что Чили и Перу расширят торговлю. Болуарте поддержала это предложение.",
    "Бывший министр иностранных дел Чили Альберто ван Клаверен, ныне посол Чили в Перу, "
    "выступил в Лиме.",
    "Министр иностранных дел Эстонии Маргус Цахкна провёл переговоры с министром иностранных "
    "дел Латвии Байбой Браже в Риге.",
    "Маргус Цахкна и Байба Браже обсудили границу Эстонии и Латвии.",
    "Премьер-министр Эстонии Кристен Михал посетил Латвию. Цахкна сопровождал премьер-министра.",
]


def _corpus(tmp_path: Path, texts: list[str] = TEXTS) -> Path:
    return dated_corpus(tmp_path / "corpus", texts)


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, object] | None]:
    """The `holdings` and `events` each whole derivation was given (None: neither)."""
    given: list[tuple[object, object] | None] = []
    inner = kg.derived._derivation

    def spy(store: KgStore, *, split: bool, **folds: object) -> list[Quad]:
        folded = (folds.get("holdings"), folds.get("events"))
        given.append(None if folded == (None, None) else folded)
        return inner(store, split=split, **folds)  # type: ignore[arg-type]

    monkeypatch.setattr(kg.derived, "_derivation", spy)
    return given


def _person(name: str) -> NamedNode:
    return NamedNode(f"{NS}person/{name}")


@pytest.mark.parametrize("split", [True, False])
def test_a_folded_build_leaves_the_quads_of_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, split: bool
) -> None:
    corpus = _corpus(tmp_path)
    one, two = tmp_path / "one", tmp_path / "two"
    assert run_build([corpus], one, jobs=1).documents == len(TEXTS)
    # the two-process finish, as at scale; else one process reads the rest
    monkeypatch.setattr(kg.derived, "FLUSH_EVERY", 2 if split else 1000)
    given = _spy(monkeypatch)
    assert run_build([corpus], two, jobs=2).documents == len(TEXTS)
    # the folds stood for the store's holdings and events
    assert len(given) == 1 and given[0] is not None
    assert isinstance(given[0][0], HoldingFold) and isinstance(given[0][1], EventFold)
    assert nquads(one) == nquads(two)
    with KgStore.open_read(two) as built:  # and there was something to fold
        cells = {(q.subject, q.predicate): q.object for q in built.quads(None, None, None, None)}
        # one person over three documents: the latest office, not the one recounted as left
        assert cells[(_person("alberto-van-klaveren"), BRO.rowOffice)] == Literal("посол")
        assert cells[(_person("alberto-van-klaveren"), BRO.rowState)] == Literal("Чили")
        assert cells[(_person("margus-tsakhkna"), BRO.rowOffice)] == Literal(
            "министр иностранных дел"
        )
        assert cells[(_person("bayba-brazhe"), BRO.rowState)] == Literal("Латвия")
        sources = [q.object.value for q in built.quads(None, BRO.rowSources, None, None)]
        assert "d0; d2" in sources  # a holding two documents tell


def test_the_fold_of_a_store_s_graphs_is_its_select_derivation(tmp_path: Path) -> None:
    store = tmp_path / "store"
    run_build([_corpus(tmp_path)], store, jobs=1)
    with KgStore.open_read(store) as built:
        fold = HoldingFold()
        documents = built.document_hashes()
        for doc_id in documents:
            fold.add(doc_id, built.quads(None, None, None, doc_graph(doc_id)))
        assert fold.covers(documents)
        cells = fold.cell_quads(built.select, built.quads)
        assert cells and len(cells) == len(set(cells))
        assert set(cells) == set(table_quads(built.select))
        # a person's fallback, read from the entity graph as it ends
        assert any(q.subject == _person("kristen-mikhal") for q in cells)
        events = EventFold()
        for doc_id in documents:
            events.add(doc_id, built.quads(None, None, None, doc_graph(doc_id)))
        assert events.covers(documents)
        cells = events.cell_quads(built.quads)
        assert cells and len(cells) == len(set(cells))
        assert set(cells) == set(event_quads(built.select))
        assert any(q.predicate == BRO.rowParticipants for q in cells)


def test_the_names_are_the_entity_graph_s_as_it_ends() -> None:
    # a holder's label that a later document changed is read at the finish, not folded
    holding, person, post = (NamedNode(f"{NS}{k}") for k in ("office/x", "person/p", "post/a"))
    d = NamedNode(f"{NS}doc/d1")
    g = doc_graph("d1")
    fold = HoldingFold()
    fold.add(
        "d1",
        [
            Quad(holding, RDF.type, BRO.OfficeHolding, g),
            Quad(holding, BRO.holder, person, g),
            Quad(holding, BRO.post, post, g),
            Quad(holding, BRO.basis, Literal("text"), g),
            Quad(post, RDFS.label, Literal("посол", language="ru"), g),
            Quad(holding, PROV.wasDerivedFrom, d, g),
            Quad(d, BRO.docId, Literal("d1"), g),
        ],
    )
    for label in ("Первое имя", "Второе имя"):
        entity = [Quad(person, RDFS.label, Literal(label, language="ru"), g)]
        cells = fold.cell_quads(lambda _q: [], lambda *_a, entity=entity: entity)
        assert Quad(holding, BRO.rowName, Literal(label), DERIVED_GRAPH) in cells


def test_a_fold_that_cannot_stand_for_the_query_is_not_read() -> None:
    fold = HoldingFold()
    fold.add("a", [])
    fold.add("b", [])
    assert fold.covers(["a", "b"]) and not fold.covers(["a"]) and not fold.covers(["a", "c"])
    fold.add("a", [])  # written twice: the second write replaced the first
    assert not fold.covers(["a", "b"])
    # must not: a holding two documents give two holders (the query SAMPLEs one)
    holding, post = NamedNode(f"{NS}office/x"), NamedNode(f"{NS}post/a")
    fold = HoldingFold()
    for doc, person in (("a", "p"), ("b", "q")):
        g = doc_graph(doc)
        fold.add(
            doc,
            [
                Quad(holding, RDF.type, BRO.OfficeHolding, g),
                Quad(holding, BRO.holder, _person(person), g),
                Quad(holding, BRO.post, post, g),
                Quad(holding, BRO.basis, Literal("text"), g),
                Quad(post, RDFS.label, Literal("посол", language="ru"), g),
            ],
        )
    assert fold.documents == {"a", "b"} and not fold.covers(["a", "b"])


def test_a_build_into_a_store_with_documents_reads_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # must not: the documents stored before were never folded (three documents more)
    given, one, two = rebuilt_over_stored(tmp_path, TEXTS, monkeypatch, lambda: _spy(monkeypatch))
    assert given == [None, None]
    assert nquads(one) == nquads(two)
