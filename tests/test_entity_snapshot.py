"""The entities kept beside the store (`kg.entity_snapshot`): after every build that wrote,
the entity graph's own entities; a build seeded from them writes what one seeded from the
entity graph writes; a write that may change the entity graph removes them first."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from kg_runs import graphs
from pyoxigraph import Literal, NamedNode, Quad

from kg import entity_snapshot
from kg.build import run_build
from kg.rdf import BRO, DERIVED_GRAPH, ENTITY_GRAPH, NS, RDFS, entities_from_quads
from kg.store import KgStore

pytestmark = pytest.mark.heavy  # long tests of few items: scheduled first (conftest)

TEXTS = {
    "a": "Президент Чили Габриэль Борич 5 мая 2024 года встретился в Сантьяго с президентом "
    "Аргентины Хавьером Милеем. Стороны подписали соглашение о сотрудничестве в энергетике.",
    "b": "Министр иностранных дел Перу провёл переговоры в Лиме с послом Кении. "
    "Товарооборот между странами вырос на 15%.",
    "c": "Премьер-министр Канады Джастин Трюдо посетил Мехико, где встретился с президентом "
    "Мексики Андресом Мануэлем Лопесом Обрадором.",
}
CHANGED_B = (
    "Министр иностранных дел Перу Хавьер Гонсалес-Олаэчеа провёл переговоры в Лиме с "
    "министром иностранных дел Кении Мусалией Мударади. Товарооборот вырос на 15%."
)


def kept(store: Path) -> list | None:
    with KgStore.open_read(store) as reader:
        digest = entity_snapshot.corpus_digest(reader.document_hashes())
    return entity_snapshot.read(store, digest)


def stored_entities(store: Path) -> list:
    with KgStore.open_read(store) as reader:
        return entities_from_quads(reader.entity_graph())


def test_kept_entities_follow_the_entity_graph_and_seed_the_same_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, store = tmp_path / "corpus", tmp_path / "store"
    corpus.mkdir()
    for name, text in TEXTS.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    run_build([corpus], store)
    assert kept(store) == stored_entities(store) != []

    (corpus / "b.txt").write_text(CHANGED_B, encoding="utf-8")
    without = shutil.copytree(store, tmp_path / "without")
    (without / entity_snapshot.SNAPSHOT).unlink()
    reads: list[int] = []
    real = KgStore.entity_graph
    monkeypatch.setattr(KgStore, "entity_graph", lambda s: reads.append(1) or real(s))
    run_build([corpus], store)  # seeded from the kept entities
    assert not reads
    run_build([corpus], without)  # seeded from the entity graph
    assert reads == [1]
    assert graphs(store) == graphs(without)
    assert kept(store) == stored_entities(store) == kept(without)
    assert {"Гонсалес-Олаэчеа" in e.name for e in kept(store) or []} == {True, False}

    # a build that only prunes read no entities to update: it keeps none, the next reads
    # the entity graph and keeps them again
    run_build([corpus / "a.txt", corpus / "c.txt"], store, prune=True)
    assert kept(store) is None
    (corpus / "a.txt").write_text(TEXTS["a"] + " Визит продлится два дня.", encoding="utf-8")
    run_build([corpus / "a.txt", corpus / "c.txt"], store)
    assert kept(store) == stored_entities(store)
    assert not any("Гонсалес-Олаэчеа" in e.name for e in kept(store) or [])


def digests(store: Path) -> tuple[str, str]:
    """The derived graph's corpus digest, and the digest of the hashes the store holds."""
    with KgStore.open_read(store) as reader:
        (derived,) = reader.quads(DERIVED_GRAPH, BRO.corpusDigest, None, DERIVED_GRAPH)
        return derived.object.value, entity_snapshot.corpus_digest(reader.document_hashes())


def test_a_build_reads_the_stored_hashes_again_only_when_it_cannot_tell_what_it_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After its writes a build needs the stored documents' hashes (the derived graph's and
    the kept entities' digest): those it read first, with the written documents' own."""
    corpus, store = tmp_path / "corpus", tmp_path / "store"
    corpus.mkdir()
    for name, text in TEXTS.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    run_build([corpus], store)
    reads: list[int] = []
    real = KgStore.document_hashes
    monkeypatch.setattr(KgStore, "document_hashes", lambda s: reads.append(1) or real(s))
    run_build([corpus], store)  # nothing changed
    (corpus / "b.txt").write_text(CHANGED_B, encoding="utf-8")
    run_build([corpus], store)  # one document
    assert len(reads) == 2
    derived, held = digests(store)
    assert derived == held and kept(store) == stored_entities(store)
    reads.clear()
    run_build([corpus / "a.txt", corpus / "b.txt"], store, prune=True)  # which went: read again
    (corpus / "a.txt").write_text(TEXTS["a"] + " Визит продлится два дня.", encoding="utf-8")
    # read to tell that it reads every stored document again (its registry then starts from
    # the gazetteers, reading none), and after the writes
    run_build([corpus / "a.txt", corpus / "b.txt"], store, rebuild=True)
    assert len(reads) == 4
    derived, held = digests(store)
    assert derived == held and kept(store) == stored_entities(store)


def test_a_write_that_may_change_the_entity_graph_removes_the_kept_entities(
    tmp_path: Path,
) -> None:
    corpus, store = tmp_path / "corpus", tmp_path / "store"
    corpus.mkdir()
    (corpus / "a.txt").write_text(TEXTS["a"], encoding="utf-8")
    run_build([corpus], store)
    assert kept(store)
    entity = NamedNode(NS + "person/test")
    label = Quad(entity, RDFS.label, Literal("Тест", language="ru"), ENTITY_GRAPH)
    with KgStore.open_write(store) as writer:
        writer.update(f"INSERT DATA {{ GRAPH {ENTITY_GRAPH} {{ {entity} {RDFS.label} "
                      f"{label.object} }} }}")  # fmt: skip
    assert not (store / entity_snapshot.SNAPSHOT).exists()
    # a kept file for other documents is not read
    entity_snapshot.write(store, "other", [])
    assert kept(store) is None and entity_snapshot.read(store, "other") == []
