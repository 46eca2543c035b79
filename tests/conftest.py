"""Fixtures shared by the extractor tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.context import Context
from kg.gazetteer import Gazetteer
from kg.model import Document
from kg.nlp.pipeline import build_pipeline
from kg.resolve import Registry, resolve


@pytest.fixture(scope="session")
def analyse() -> Callable[..., Context]:
    """Document → Context: the pipeline and entity resolution every extractor reads."""
    nlp = build_pipeline()
    gazetteer = Gazetteer.load()

    def make(document: Document, registry: Registry | None = None) -> Context:
        doc = nlp(document.text)
        entities, mentions = resolve(doc, document, registry or Registry(gazetteer))
        return Context(doc, document, mentions, {e.key: e for e in entities})

    return make
