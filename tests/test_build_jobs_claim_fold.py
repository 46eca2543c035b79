"""Issue 11, item 2 (forty-fourth pass, h-jobs44): a `--jobs` build into a store without
documents gathers the claims' part of the derived graph (their links and table cells) as
it writes each document (`kg.claim_fold`), and its finish reads that instead of the
store's claims; the store it leaves is the one `--jobs 1` leaves, quad for quad."""

from __future__ import annotations

from pathlib import Path

import pytest
from kg_runs import dated_corpus, nquads, rebuilt_over_stored

import kg.derived
from kg.build import run_build
from kg.claim_fold import CLAIM_FIELDS, ClaimFold
from kg.claim_rows import claim_quads
from kg.links import _FIELD, CLAIMS, TOLD_ONCE, claim_link_quads, claims_from_rows
from kg.rdf import BRO, doc_graph
from kg.store import KgStore, NQuads

# Own sentences: one figure told twice (one node, two sources), a conflicting one, two that
# agree over an interval period, speakers named by persons, and texts without any figure.
TEXTS = [
    "Товарооборот между Чили и Перу в 2023 году составил 4,2 млрд долларов, сообщил министр "
    "иностранных дел Чили Альберто ван Клаверен.",
    "Товарооборот между Чили и Перу в 2023 году составил 4,2 млрд долларов.",
    "Товарооборот между Чили и Перу в 2023 году составил 5 млрд долларов, заявил президент "
    "Перу Дина Болуарте.",
    "За 2019–2021 годы товарооборот Эстонии и Латвии составил 3 млрд евро.",
    "За 2019–2021 годы товарооборот Эстонии и Латвии составил 3,1 млрд евро.",
    "Объём торговли Египта и Турции в 2022 году вырос на 12% до 8 млрд долларов.",
    "Президент Египта Абдель Фаттах ас-Сиси встретился с президентом Турции в Каире.",
    "Канада и Мексика подписали соглашение о сотрудничестве в области энергетики.",
    # two figures one document alone tells: never linked (`Claim.told_once_in`)
    "Товарооборот Канады и Мексики в 2022 году составил 40 млрд долларов. По другим данным, "
    "товарооборот Канады и Мексики в 2022 году составил 55 млрд долларов.",
]


def _corpus(tmp_path: Path, texts: list[str] = TEXTS) -> Path:
    return dated_corpus(tmp_path / "corpus", texts)


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[ClaimFold | None]:
    """The `claims` each whole derivation was given."""
    given: list[ClaimFold | None] = []
    inner = kg.derived._derivation

    def spy(
        store: KgStore, *, split: bool, claims: ClaimFold | None = None, **folds: object
    ) -> NQuads:
        given.append(claims)
        return inner(store, split=split, claims=claims, **folds)  # type: ignore[arg-type]

    monkeypatch.setattr(kg.derived, "_derivation", spy)
    return given


def test_the_fold_reads_the_fields_the_links_query_reads() -> None:
    assert {p.value for p in CLAIM_FIELDS} == set(_FIELD)


def test_a_folded_build_leaves_the_quads_of_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path)
    one, two = tmp_path / "one", tmp_path / "two"
    assert run_build([corpus], one, jobs=1).documents == len(TEXTS)
    monkeypatch.setattr(kg.derived, "FLUSH_EVERY", 2)  # the two-process finish, as at scale
    given = _spy(monkeypatch)
    assert run_build([corpus], two, jobs=2).documents == len(TEXTS)
    assert len(given) == 1 and given[0] is not None  # the fold stood for the store's claims
    assert nquads(one) == nquads(two)
    with KgStore.open_read(two) as built:  # and there was something to fold
        for predicate in (BRO.rowSources, BRO.rowSpeaker, BRO.rowPeriod, BRO.rowQuote):
            assert built.quads(None, predicate, None, None), predicate
        assert built.quads(None, BRO.conflictsWith, None, None)
        assert built.quads(None, BRO.agreesWith, None, None)
        assert any("; " in q.object.value for q in built.quads(None, BRO.rowSources, None, None))


def test_the_fold_of_a_store_s_graphs_is_its_select_derivation(tmp_path: Path) -> None:
    store = tmp_path / "store"
    run_build([_corpus(tmp_path)], store, jobs=1)
    with KgStore.open_read(store) as built:
        fold = ClaimFold()
        documents = built.document_hashes()
        for doc_id in documents:
            fold.add(doc_id, built.quads(None, None, None, doc_graph(doc_id)))
        assert fold.covers(documents)
        cells = fold.cell_quads(built.quads)
        assert cells and len(cells) == len(set(cells))
        assert set(cells) == set(claim_quads(built.select))
        once = built.select(TOLD_ONCE)
        assert {(r["claim"], r["graph"]) for r in fold.once()} == {
            (r["claim"], r["graph"]) for r in once
        }
        links = claim_link_quads(claims_from_rows(fold.rows(), fold.once()))
        assert links and links == claim_link_quads(claims_from_rows(built.select(CLAIMS), once))


def test_a_fold_that_did_not_see_every_stored_document_once_is_not_read() -> None:
    fold = ClaimFold()
    fold.add("a", [])
    fold.add("b", [])
    assert fold.covers(["a", "b"]) and not fold.covers(["a"]) and not fold.covers(["a", "c"])
    fold.add("a", [])  # written twice: the second write replaced the first
    assert not fold.covers(["a", "b"])


def test_a_build_into_a_store_with_documents_reads_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # must not: the documents stored before were never folded (five documents more)
    given, one, two = rebuilt_over_stored(tmp_path, TEXTS, monkeypatch, lambda: _spy(monkeypatch))
    assert given == [None, None]
    assert nquads(one) == nquads(two)
