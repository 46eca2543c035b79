"""Mentions read with a gazetteer of test rows: what the linking tests compare."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kg.analyze import analyze
from kg.gazetteer import Gazetteer
from kg.model import Document, Entity, Mention
from kg.nlp.pipeline import build_pipeline
from kg.resolve import Registry, resolve


def mention_reader(
    folder: Path, rows: str, date: str = "2024-05-02"
) -> Callable[[str], list[tuple[Mention, Entity]]]:
    """A reader of a text's mentions with their entities, by a pipeline and registry built on
    `rows` (the gazetteer's TSV format) alone, for a document dated `date`."""
    path = folder / "gazetteer.tsv"
    path.write_text(rows, encoding="utf-8")
    gazetteer = Gazetteer.load([path])
    nlp = build_pipeline((str(path),))

    def read(text: str) -> list[tuple[Mention, Entity]]:
        ex = analyze(Document(id="t", text=text, date=date), nlp(text), Registry(gazetteer))
        entities = {e.key: e for e in ex.entities}
        return [(m, entities[m.entity]) for m in ex.mentions]

    return read


def named_mentions(
    folder: Path, rows: str, kind: str = "Organization"
) -> Callable[[str], list[tuple[str, str]]]:
    """A reader of a text's mentions of `kind` as (the text's words, the entity's name), in
    text order, read with a gazetteer of `rows`."""
    read = mention_reader(folder, rows)

    def go(text: str) -> list[tuple[str, str]]:
        return [(m.text, e.name) for m, e in read(text) if m.type == kind]

    return go


def organization_names(
    folder: Path, rows: str, texts: list[str]
) -> dict[str, list[tuple[str, str]]]:
    """Each text's organization mentions as (the text's words, the entity's name), read with
    a gazetteer of `rows`."""
    read = mention_reader(folder, rows)
    return {
        text: [(m.text, e.name) for m, e in read(text) if m.type == "Organization"]
        for text in texts
    }


def shipped_reader(date: str = "2024-05-01") -> Callable[[str], list[Mention]]:
    """A reader of a text's mentions by the shipped pipeline and gazetteer, for a document
    dated `date`."""
    nlp = build_pipeline()
    gazetteer = Gazetteer.load()

    def read(text: str) -> list[Mention]:
        document = Document(id="t", text=text, date=date)
        return resolve(nlp(text), document, Registry(gazetteer))[1]

    return read


def org_reader(folder: Path, rows: str) -> Callable[[str], dict[str, tuple[str, str]]]:
    """A reader of a text's organization mentions by `mention_reader`: each mention's text →
    (entity name, QID)."""
    read = mention_reader(folder, rows)

    def go(text: str) -> dict[str, tuple[str, str]]:
        return {m.text: (e.name, e.wikidata) for m, e in read(text) if m.type == "Organization"}

    return go


def shipped_org_names(date: str = "2025-03-17") -> Callable[[str], set[str]]:
    """A reader of the names of a text's organizations, by the shipped pipeline and
    gazetteer, for a document dated `date`."""
    nlp, gazetteer = build_pipeline(), Gazetteer.load()

    def read(text: str) -> set[str]:
        ex = analyze(Document(id="t", text=text, date=date), nlp(text), Registry(gazetteer))
        return {e.name for e in ex.entities if e.type == "Organization"}

    return read
