"""Issue 11, item 4 (forty-sixth pass, h-jobs46): a whole derivation after many writes, in
one process (a `--jobs` build whose persons' and holdings' cells were folded, or a `--jobs 1`
build), lets the writer's database go once it has read the store, and the folds what they
gathered, before the derived graph is written: RocksDB's caches from the whole store's reads
and the folds' rows are not held while the derived graph is loaded (the `--jobs 2` parent's
peak at 400 NEREL documents, 183 against 173 MB). The store it leaves is the one the
derivation that keeps them leaves, quad for quad, with `--jobs 1` and `--jobs 2`."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from kg_runs import dated_corpus, nquads

import kg.derived
from kg.build import run_build
from kg.claim_fold import ClaimFold
from kg.event_fold import EventFold
from kg.holding_fold import HoldingFold
from kg.rdf import doc_graph
from kg.store import KgStore

# Own sentences: two pairs of states, their ministers, a meeting, an agreement, a quote and
# a figure, so that every fold has rows.
TEXTS = [
    "Министр иностранных дел Египта Бадр Абдель Аты прибыл в Анкару, где встретился с "
    "министром иностранных дел Турции Хаканом Фиданом.",
    "Египет и Турция подписали соглашение о торговле. «Мы откроем новые маршруты», — сказал Фидан.",
    "Товарооборот Египта и Турции в 2023 году вырос на 12% до 7 млрд долларов.",
    "Премьер-министр Канады Марк Карни провёл переговоры с президентом Мексики Клаудией "
    "Шейнбаум в Мехико.",
    "Карни и Шейнбаум обсудили торговлю Канады и Мексики. Шейнбаум поддержала предложение.",
]


def _calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The writer's reads of the whole store, its releases and the derived graph's write, in
    the order they came."""
    calls: list[str] = []
    for name in ("select", "release", "replace_graph"):
        inner = getattr(KgStore, name)

        def spy(self: KgStore, *args: object, _name: str = name, _inner=inner, **kw: object):  # type: ignore[no-untyped-def]
            calls.append(_name)
            return _inner(self, *args, **kw)

        monkeypatch.setattr(KgStore, name, spy)
    return calls


def _folds(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The folds each whole derivation was given."""
    given: list[object] = []
    inner = kg.derived._derivation

    def spy(store: KgStore, **options: object) -> object:
        given.extend(f for f in (options.get(k) for k in ("claims", "holdings", "events")) if f)
        return inner(store, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(kg.derived, "_derivation", spy)
    return given


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_finish_apart_from_the_writer_leaves_the_same_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    corpus = dated_corpus(tmp_path / "corpus", TEXTS)
    through, apart = tmp_path / "through-the-writer", tmp_path / "apart"
    # few writes: the derivation reads through the writer
    monkeypatch.setattr(kg.derived, "FLUSH_EVERY", 1000)
    assert run_build([corpus], through, jobs=jobs).documents == len(TEXTS)
    # many writes (as at scale): on a read-only view of its own
    monkeypatch.setattr(kg.derived, "FLUSH_EVERY", 2)
    calls = _calls(monkeypatch)
    given = _folds(monkeypatch)
    assert run_build([corpus], apart, jobs=jobs).documents == len(TEXTS)
    # the writer let its database (and caches) go after the last read, before the write
    write = calls.index("replace_graph")
    last_read = max(i for i, c in enumerate(calls[:write]) if c == "select")
    assert "release" in calls[last_read:write]
    assert nquads(through) == nquads(apart)
    if jobs == 2:  # the folds stood for the store's cells, and were let go after
        kinds = {type(f) for f in given}
        assert kinds == {ClaimFold, HoldingFold, EventFold}
        for fold in given:
            assert not fold.valid  # type: ignore[attr-defined]
            assert not any(v for v in vars(fold).values() if isinstance(v, dict | set))


def test_a_fold_let_go_stands_for_nothing(tmp_path: Path) -> None:
    store = tmp_path / "store"
    run_build([dated_corpus(tmp_path / "corpus", TEXTS[:2])], store, jobs=1)
    with KgStore.open_read(store) as built:
        fold = HoldingFold()
        documents = built.document_hashes()
        for doc_id in documents:
            fold.add(doc_id, built.quads(None, None, None, doc_graph(doc_id)))
        assert fold.covers(documents)
        fold.let_go()
        assert not fold.covers(documents)  # the finish reads the store instead
        assert not any(v for v in vars(fold).values() if isinstance(v, dict | set))


def test_the_folds_keep_each_value_once_in_a_table_of_their_own(tmp_path: Path) -> None:
    """Fifty-second pass (h-perf52): the values the folds keep recur over their rows, one
    string object each, in the fold's own table, let go with it: not in the interpreter's
    table of interned strings, which never shrinks (a 400-document build resized it)."""
    store = tmp_path / "store"
    run_build([dated_corpus(tmp_path / "corpus", TEXTS)], store, jobs=1)
    folds = (ClaimFold(), HoldingFold(), EventFold())
    with KgStore.open_read(store) as built:
        documents = built.document_hashes()
        for doc_id in documents:
            quads = built.quads(None, None, None, doc_graph(doc_id))
            for fold in folds:
                fold.add(doc_id, quads)
    for fold in folds:
        assert fold.covers(documents)
        sources = [s for ids in fold._sources.values() for s in ids]  # type: ignore[attr-defined]
        assert sources and set(sources) <= set(documents)  # every fold has rows
        for doc_id in sources:
            assert fold.kept(doc_id) is doc_id  # one object per value
            assert sys.intern("".join(doc_id)) is not doc_id  # none of the interpreter's
        fold.let_go()
        assert not fold._strings  # type: ignore[attr-defined]
