"""A build's writer keeps only as many changed entities' keys as the kept entities need
(forty-first pass, h-perf82): `Seed.saving` updates the kept entities by key only while at
most half the seeded ones changed, else keeps them all; a clean build, seeded with none,
needs at most one key. The set of every key a clean build wrote held ~0.3 MB at 400 NEREL
documents, where its memory peaks."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_entity_snapshot import CHANGED_B, TEXTS, kept, stored_entities

from kg import entity_snapshot
from kg.build import run_build


def test_keys_kept_are_those_the_kept_entities_need(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, store = tmp_path / "corpus", tmp_path / "store"
    corpus.mkdir()
    for name, text in TEXTS.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    seen: list[tuple[int, int | None, int]] = []
    real = entity_snapshot.Seed.saving

    def saving(seed: entity_snapshot.Seed, hashes: dict[str, str]):  # noqa: ANN202
        store_ = seed.store
        seeded = len(seed.entities or [])
        seen.append((len(store_.changed_entities), store_.changed_wanted, seeded))
        return real(seed, hashes)

    monkeypatch.setattr(entity_snapshot.Seed, "saving", saving)
    run_build([corpus], store)  # clean: entities from a dozen names, at most one key kept
    (held, wanted, seeded) = seen[-1]
    assert held <= 1 and wanted is not None and wanted <= 1
    assert kept(store) == stored_entities(store) != []

    (corpus / "b.txt").write_text(CHANGED_B, encoding="utf-8")
    run_build([corpus], store)  # one changed document: the keys of what it changed, all
    (held, wanted, seeded) = seen[-1]
    assert seeded > 0 and wanted == seeded // 2 + 1
    assert 0 < held < wanted  # fewer than half changed: every key, updated by key
    assert kept(store) == stored_entities(store)
    assert any("Гонсалес-Олаэчеа" in e.name for e in kept(store) or [])
