"""`kg build`: documents in, one named graph per document out, entities fused across them.

Documents stream from the reader through the spaCy pipeline (in `jobs`
processes) and are resolved one at a time, in corpus order, against a
registry seeded from the store: that order makes a resumed build resolve
exactly as a clean one. Each document's graph and content hash are written
in one transaction, so a build killed at any point leaves every graph old
or new, never mixed, and the next build finishes the work.
"""

from __future__ import annotations

import itertools
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.analyze import analyze
from kg.corpus import ReadWarning, iter_documents
from kg.gazetteer import Gazetteer
from kg.links import CLAIMS, claim_link_quads, claims_from_rows
from kg.model import Document
from kg.nlp.pipeline import build_pipeline
from kg.progress import BuildProgress
from kg.rdf import DERIVED_GRAPH, entities_from_quads, entity_quads, extraction_quads
from kg.resolve import Registry
from kg.store import KgStore


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
    progress: BuildProgress | None = None,
    on_warning: Callable[[str], None] | None = None,
) -> BuildSummary:
    started = time.perf_counter()
    summary = BuildSummary()
    progress = progress or BuildProgress(enabled=False)

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
    progress.phase("loading the language models")
    nlp = build_pipeline(tuple(str(p) for p in gazetteers))
    progress.phase("opening the store")  # with --wait, perhaps waiting for another build
    with KgStore.open_write(store_path, wait=wait) as store:
        if rebuild:
            store.clear()
        stored = store.document_hashes()
        registry = Registry(gazetteer)
        for entity in entities_from_quads(store.entity_graph()):
            registry.add(entity)
        seen: set[str] = set()

        def changed() -> Iterator[tuple[str, Document]]:
            for document in itertools.chain([first] if first else [], documents):
                seen.add(document.id)
                if stored.get(document.id) == document.sha256:
                    summary.skipped += 1
                    progress.advance(document.id)
                    continue
                if len(document.text) > nlp.max_length:  # spaCy would raise inside pipe()
                    where = document.path or document.id
                    warn(
                        f"{where}: too long to analyse ({len(document.text):,} characters, "
                        f"limit {nlp.max_length:,}), skipped"
                    )
                    progress.advance(document.id)
                    continue
                yield document.text, document

        docs = nlp.pipe(changed(), as_tuples=True, n_process=max(1, jobs), batch_size=8)
        with progress.documents(paths) as advance:
            for doc, document in docs:
                try:
                    ex = analyze(document, doc, registry)
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
        # Always, so a build resumed after a crash also ends with the links of the whole corpus.
        store.replace_graph(DERIVED_GRAPH, claim_link_quads(claims_from_rows(store.select(CLAIMS))))
        counts = store.counts()
    summary.entities, summary.facts, summary.triples = counts
    summary.seconds = time.perf_counter() - started
    return summary
