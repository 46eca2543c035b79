"""Issue 10, item 6: a clean build validates. Every entity a fact or an entity points to is
described in the entity graph, also when the text never names it (the state of a president
called only by name), and an office in an organization is not a state's."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from kg_runs import ROOT, shared_references

from kg.build import run_build
from kg.data.shared import shared
from kg.rdf import ENTITY_GRAPH
from kg.store import KgStore
from kg.validate import validate

pytestmark = pytest.mark.heavy  # long tests: scheduled first (conftest)

ARTICLES = shared("devset", "articles")


def conforms(store: Path) -> tuple[bool, str]:
    with KgStore.open_read(store) as reader:
        return validate(list(reader.db))


def described(store: Path) -> set[str]:
    with KgStore.open_read(store) as reader:
        return {
            q.subject.value for q in reader.db.quads_for_pattern(None, None, None, ENTITY_GRAPH)
        }


def test_a_state_only_a_named_leader_implies_is_in_the_entity_graph(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Эрдоган встретился с президентом Бразилии в Анкаре. Стороны обсудили торговлю.\n"
        "Урсула фон дер Ляйен прибыла в Осло на переговоры с премьер-министром Норвегии.\n",
        encoding="utf-8",
    )
    run_build([corpus], tmp_path / "s")
    ok, report = conforms(tmp_path / "s")
    assert ok, report
    nodes = described(tmp_path / "s")
    assert any(n.endswith("/state/TUR") for n in nodes)  # never named, served by Erdoğan
    assert any(n.endswith("/org/eu") for n in nodes)  # the office's organization


@pytest.mark.parametrize("corpus", ["sample", "articles", "generated"])
def test_clean_builds_validate(
    corpus: str, tmp_path_factory: pytest.TempPathFactory, clean_build: Callable[[Path], Path]
) -> None:
    if corpus == "generated":
        store = shared_references(tmp_path_factory)[0]  # built by the real command
    else:
        folder = ROOT / "corpus" if corpus == "sample" else ARTICLES
        if not folder.is_dir():
            pytest.skip(f"{folder} is not here")
        store = clean_build(folder)
    ok, report = conforms(store)
    assert ok, report
