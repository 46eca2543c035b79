"""`kg build`: documents in, one named graph per document out, entities fused across them.

Documents stream from the reader through the spaCy pipeline (in `jobs`
processes) and are resolved one at a time, in corpus order, against a
registry seeded from the store: that order makes a resumed build resolve
exactly as a clean one. Each document's graph and content hash are written
in one transaction, so a build killed at any point leaves every graph old
or new, never mixed, and the next build finishes the work.
"""

from __future__ import annotations

import functools
import itertools
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kg.corpus import ReadWarning, iter_documents
from kg.derived import refresh_derived
from kg.gazetteer import Gazetteer
from kg.model import Document
from kg.rdf import entities_from_quads, entity_quads, extraction_quads
from kg.store import KgStore

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from kg.model import Extraction
    from kg.resolve import Registry


@dataclass
class BuildSummary:
    documents: int = 0  # built in this run
    skipped: int = 0  # unchanged since the last build
    failed: int = 0
    pruned: int = 0
    entities: int = 0  # in the store after the build
    facts: int = 0
    triples: int = 0
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)
    tracebacks: list[str] = field(default_factory=list)  # of documents that failed: kg's bugs


def run_build(
    paths: Sequence[Path],
    store_path: Path,
    *,
    rebuild: bool = False,
    prune: bool = False,
    jobs: int = 1,
    gazetteers: Sequence[Path] = (),
    wait: float = 0,
    progress: bool = False,
    on_warning: Callable[[str], None] | None = None,
) -> BuildSummary:
    started = time.perf_counter()
    summary = BuildSummary()

    def warn(message: str) -> None:
        summary.warnings.append(message)
        if on_warning is not None:
            on_warning(message)

    def read_warning(w: ReadWarning) -> None:
        warn(str(w))

    # The first document is read before the store is touched: a missing path or a folder
    # without documents then fails without creating a store, and `--rebuild` does not
    # clear the store before knowing there is something to build.
    documents = iter_documents(list(paths), read_warning)
    first = next(documents, None)
    gazetteer = Gazetteer.load(list(gazetteers))  # a bad user file fails before any write
    with KgStore.open_write(store_path, wait=wait) as store:
        if rebuild:
            store.clear()
        stored = store.document_hashes()
        seen: set[str] = set()

        # Importing spaCy, loading the models and seeding the registry are most of a build
        # that has nothing to do, so they wait for the first changed document.
        @functools.cache
        def nlp() -> Language:
            from kg.nlp.pipeline import build_pipeline

            return build_pipeline(tuple(str(p) for p in gazetteers))

        @functools.cache
        def registry() -> Registry:
            from kg.resolve import Registry

            seeded = Registry(gazetteer)
            for entity in entities_from_quads(store.entity_graph()):
                seeded.add(entity)
            return seeded

        def changed() -> Iterator[tuple[str, Document]]:
            for document in itertools.chain([first] if first else [], documents):
                seen.add(document.id)
                if stored.get(document.id) == document.sha256:
                    summary.skipped += 1
                    continue
                if len(document.text) > nlp().max_length:  # spaCy would raise inside pipe()
                    where = document.path or document.id
                    warn(
                        f"{where}: too long to analyse ({len(document.text):,} characters, "
                        f"limit {nlp().max_length:,}), skipped"
                    )
                    continue
                yield document.text, document

        todo = changed()
        head = next(todo, None)  # hashes are checked before the NLP stack loads
        docs = (
            nlp().pipe(itertools.chain([head], todo), as_tuples=True, n_process=max(1, jobs),
                       batch_size=8)
            if head is not None
            else ()
        )  # fmt: skip
        with _progress(progress) as advance:
            for doc, document in docs:
                try:
                    ex = analyze(document, doc, registry())
                    store.replace_document(
                        document.id, extraction_quads(ex), entity_quads(ex.entities)
                    )
                    summary.documents += 1
                except Exception as exc:  # noqa: BLE001 - one bad document must not stop a build
                    summary.failed += 1
                    summary.tracebacks.append(f"{document.id}:\n{traceback.format_exc()}")
                    warn(f"{document.path or document.id}: not built: {type(exc).__name__}: {exc}")
                advance(document.id)
        if prune:
            summary.pruned = store.prune(seen)
        # Always, so a build resumed after a crash also ends with the links of the whole corpus
        # (a build that changed nothing finds them up to date).
        refresh_derived(store)
        counts = store.counts()
    summary.entities, summary.facts, summary.triples = counts
    summary.seconds = time.perf_counter() - started
    return summary


def analyze(document: Document, doc: Doc, registry: Registry) -> Extraction:
    """`kg.analyze.analyze`, imported only once a document changed: it imports spaCy."""
    from kg.analyze import analyze as analyse_document

    return analyse_document(document, doc, registry)


class _progress:
    """A rich progress line on a terminal; nothing in a pipe."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __enter__(self) -> Callable[[str], None]:
        if not self.enabled:
            return lambda _doc_id: None
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.bar = Progress(
            SpinnerColumn(), TextColumn("{task.completed} documents {task.description}"),
            TimeElapsedColumn(), transient=True,
        )  # fmt: skip
        self.bar.start()
        task = self.bar.add_task("", total=None)
        return lambda doc_id: self.bar.update(task, advance=1, description=doc_id)

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            self.bar.stop()
