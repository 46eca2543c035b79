"""Issue 11, item 4 (forty-seventh pass, h-jobs47): a whole derivation after many writes, in
one process, lets the writer's database go between its reads too: once the claims' and the
folded cells' reads are done, before the mention counts' scan of every mention. RocksDB's
block cache, which each whole-store read fills, is then not held through the reads that
follow (the `--jobs 2` parent's peak at 400 NEREL documents was in these reads). The store it
leaves is the one the derivation through the writer leaves, quad for quad."""

from __future__ import annotations

from pathlib import Path

import pytest
from kg_runs import dated_corpus, nquads

import kg.derived
from kg.build import run_build
from kg.mention_counts import MENTION_COUNTS
from kg.store import KgStore

# Own sentences: two other pairs of states, their ministers, a visit, an agreement, a quote,
# a figure, so that the claims', events', holdings' and mention counts' reads all have rows.
TEXTS = [
    "Министр иностранных дел Чили Альберто ван Клаверен прибыл в Лиму, где встретился с "
    "министром иностранных дел Перу Эльмером Скиалабой.",
    "Чили и Перу подписали соглашение о торговле. «Мы откроем новые рынки», — сказал Скиалаба.",
    "Товарооборот Чили и Перу в 2023 году вырос на 8% до 4 млрд долларов.",
    "Премьер-министр Эстонии Кристен Михал провёл переговоры с премьер-министром Латвии "
    "Эвикой Силиней в Риге.",
    "Михал и Силиня обсудили энергетику Эстонии и Латвии. Силиня поддержала предложение.",
]


def _calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The writer's reads ("select", "mentions" for the mention counts' query, "quads"), its
    releases and the derived graph's write, in the order they came."""
    calls: list[str] = []
    for name in ("select", "quads", "release", "replace_graph"):
        inner = getattr(KgStore, name)

        def spy(self: KgStore, *args: object, _name: str = name, _inner=inner, **kw: object):  # type: ignore[no-untyped-def]
            mentions = _name == "select" and args and args[0] == MENTION_COUNTS
            calls.append("mentions" if mentions else _name)
            return _inner(self, *args, **kw)

        monkeypatch.setattr(KgStore, name, spy)
    return calls


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_mention_counts_are_read_after_the_writer_let_go(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    corpus = dated_corpus(tmp_path / "corpus", TEXTS)
    through, apart = tmp_path / "through-the-writer", tmp_path / "apart"
    monkeypatch.setattr(kg.derived, "FLUSH_EVERY", 1000)  # few writes: no release at all
    assert run_build([corpus], through, jobs=jobs).documents == len(TEXTS)
    monkeypatch.setattr(kg.derived, "FLUSH_EVERY", 2)  # many writes, as at scale
    calls = _calls(monkeypatch)
    assert run_build([corpus], apart, jobs=jobs).documents == len(TEXTS)
    derivation = calls[: calls.index("replace_graph")]
    counts = derivation.index("mentions")
    before = [c for c in derivation[:counts] if c != "release"]
    assert before[-1] in ("select", "quads")  # the derivation's earlier reads …
    assert derivation[counts - 1] == "release"  # … whose caches went before the scan
    assert "release" in derivation[counts:]  # and the writer's again before the write
    assert nquads(through) == nquads(apart)


def test_few_writes_read_through_the_writer_without_a_release(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Must not: after few writes (a one-change build) RocksDB is not closed and opened
    again between the reads (each opening costs more than the caches it frees)."""
    corpus = dated_corpus(tmp_path / "corpus", TEXTS[:2])
    monkeypatch.setattr(kg.derived, "FLUSH_EVERY", 1000)
    calls = _calls(monkeypatch)
    assert run_build([corpus], tmp_path / "store", jobs=1).documents == 2
    derivation = calls[: calls.index("replace_graph")]
    assert "mentions" in derivation
    assert "release" not in derivation
