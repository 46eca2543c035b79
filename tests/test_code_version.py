"""The version of kg's extraction (`kg.code_version`): what a store's documents were read by.
It must change with whatever a document's graph is computed from, and only with that: a
change elsewhere would make every build after it read the whole corpus again."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg import code_version
from kg.resources import ONTOLOGY_DIR


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each call computes the version again, with its own cache folder."""
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    code_version.extraction_version.cache_clear()
    yield
    code_version.extraction_version.cache_clear()


def _hashed() -> set[str]:
    return {code_version._name(p) for p in code_version._files()}


def test_the_extraction_code_and_its_data_are_hashed() -> None:
    hashed = _hashed()
    for name in ("build.py", "steps.py", "extract/events/visits.py", "resolve/names.py",
                 "nlp/mass_nouns.txt", "data/persons.tsv", "data/orgs.tsv"):  # fmt: skip
        assert name in hashed, name


def test_what_no_graph_is_computed_by_is_not() -> None:
    hashed = _hashed()
    for name in ("cli.py", "export.py", "validate.py", "sparql.py", "watch.py", "derived.py",
                 "data/build_states.py", "data/README.md", "serve/__init__.py"):  # fmt: skip
        assert name not in hashed, name
    assert not any(name.endswith(".pyc") for name in hashed)


def test_the_ontology_the_events_are_read_from_changes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: None
) -> None:
    ontology = tmp_path / "ontology"
    ontology.mkdir()
    shutil.copy(ONTOLOGY_DIR / "bilateral.ttl", ontology / "bilateral.ttl")
    monkeypatch.setattr(code_version, "ONTOLOGY_DIR", ontology)
    before = code_version.extraction_version()
    code_version.extraction_version.cache_clear()
    assert code_version.extraction_version() == before  # the cached digest, the same
    with (ontology / "bilateral.ttl").open("a", encoding="utf-8") as ttl:
        ttl.write("\n# another event kind\n")
    code_version.extraction_version.cache_clear()
    assert code_version.extraction_version() != before


def test_another_version_of_a_models_package_changes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: None
) -> None:
    """The version an import finds first counts: a copy further down the path is shadowed
    (a test process and a `kg` it starts may list extra folders after the same packages)."""
    assert any(name.startswith("spacy-") for name in code_version._model_packages())
    before = code_version.extraction_version()
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "slovnet-9.9.9.dist-info").mkdir()
    (tmp_path / "site" / "requests-2.0.0.dist-info").mkdir()  # no model: not read
    monkeypatch.setattr(sys, "path", [*sys.path, str(tmp_path / "site")])
    assert "slovnet-9.9.9.dist-info" not in code_version._model_packages()
    code_version.extraction_version.cache_clear()
    assert code_version.extraction_version() == before
    monkeypatch.setattr(sys, "path", [str(tmp_path / "site"), *sys.path])
    assert "slovnet-9.9.9.dist-info" in code_version._model_packages()
    assert not any(n.startswith("requests") for n in code_version._model_packages())
    code_version.extraction_version.cache_clear()
    assert code_version.extraction_version() != before


def test_a_source_checkout_and_a_wheel_name_the_ontology_alike() -> None:
    """A wheel packs the ontology inside the package; the digest names it the same."""
    assert code_version._name(ONTOLOGY_DIR / "bilateral.ttl") == "ontology/bilateral.ttl"
