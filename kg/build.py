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
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from kg.analyze import analyze
from kg.corpus import DEFAULT_MAX_BYTES, ReadWarning, iter_documents
from kg.errors import KgError
from kg.gazetteer import Gazetteer
from kg.links import CLAIMS, claim_link_quads, claims_from_rows
from kg.model import Document
from kg.nlp.chunking import analyse_text
from kg.nlp.pipeline import build_pipeline
from kg.rdf import DERIVED_GRAPH, entities_from_quads, entity_quads, extraction_quads
from kg.resolve import Registry
from kg.store import KgStore
from kg.workers import ordered_map

T = TypeVar("T")


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
    max_bytes: int = DEFAULT_MAX_BYTES,
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

    def failed(where: str, error: str) -> None:
        """A document lost to a bug in kg: a warning now, exit 70 after the summary."""
        summary.failed += 1
        summary.tracebacks.append(f"{where}:\n{error}")
        warn(f"{where}: not built: {error.strip().splitlines()[-1]}")

    def read_failed(path: Path, exc: Exception) -> None:
        failed(str(path), "".join(traceback.format_exception(exc)))

    # The first document is read before the store is touched: a missing path or a folder
    # without documents then fails without creating a store.
    documents = iter_documents(list(paths), read_warning, max_bytes=max_bytes, on_error=read_failed)
    first = next(documents, None)
    gazetteer = Gazetteer.load(list(gazetteers))  # a bad user file fails before any write
    nlp = build_pipeline(tuple(str(p) for p in gazetteers))
    with KgStore.open_write(store_path, wait=wait) as store:
        # --rebuild only ignores the stored hashes: each graph is still replaced in its own
        # transaction, so a stopped rebuild loses nothing and readers never see an empty store.
        stored = {} if rebuild else store.document_hashes()
        registry = Registry(gazetteer)
        for entity in entities_from_quads(store.entity_graph()):
            registry.add(entity)
        seen: set[str] = set()

        def changed() -> Iterator[Document]:
            for document in itertools.chain([first] if first else [], documents):
                seen.add(document.id)
                if stored.get(document.id) == document.sha256:
                    summary.skipped += 1
                    continue
                yield document

        analysed = _analysed(nlp, changed(), jobs, tuple(str(p) for p in gazetteers))
        with _progress(progress) as advance, closing(analysed):  # closing stops the workers
            for document, doc, error in analysed:
                where = document.path or document.id
                try:
                    if doc is None:
                        failed(where, error or "")
                        continue
                    ex = analyze(document, doc, registry)
                    store.replace_document(
                        document.id, extraction_quads(ex), entity_quads(ex.entities)
                    )
                    summary.documents += 1
                except KgError:  # the store failed (full disk, damage): that stops the build
                    raise
                except Exception:  # noqa: BLE001 - one bad document must not stop a build
                    failed(where, traceback.format_exc())
                finally:
                    advance(document.id)
        if prune:
            summary.pruned = store.prune(seen)
        # Always, so a build resumed after a crash also ends with the links of the whole corpus.
        store.replace_graph(DERIVED_GRAPH, claim_link_quads(claims_from_rows(store.select(CLAIMS))))
        counts = store.counts()
    summary.entities, summary.facts, summary.triples = counts
    summary.seconds = time.perf_counter() - started
    return summary


_worker_nlp: Language | None = None


def _analysed(
    nlp: Language, documents: Iterator[Document], jobs: int, gazetteers: tuple[str, ...]
) -> Generator[tuple[Document, Doc | None, str | None]]:
    """Each document with its spaCy analysis or the traceback that stopped it, in corpus
    order: a failure is returned, not raised, so it costs one document."""
    if jobs == 1:
        for document in documents:
            yield document, *_analyse(lambda text: analyse_text(nlp, text), document.text)
        return
    queue: deque[Document] = deque()

    def texts() -> Iterator[str]:
        for document in documents:
            queue.append(document)
            yield document.text

    for data, error in ordered_map(_worker_analyse, texts(), jobs, _worker_setup, (gazetteers,)):
        document = queue.popleft()
        if data is None:
            yield document, None, error
        else:  # the bytes of a Doc, as spaCy's own multiprocessing sends them
            yield document, *_analyse(lambda b: Doc(nlp.vocab).from_bytes(b), data)


def _analyse(work: Callable[[T], Any], value: T) -> tuple[Any, str | None]:
    """(work(value), None), or (None, the traceback): the document's boundary."""
    try:
        return work(value), None
    except Exception:  # noqa: BLE001 - one document's failure is reported, not raised
        return None, traceback.format_exc()


def _worker_setup(gazetteers: tuple[str, ...]) -> None:
    global _worker_nlp
    _worker_nlp = build_pipeline(gazetteers)


def _worker_analyse(text: str) -> tuple[bytes | None, str | None]:
    """In a worker process: the Doc as bytes, or the traceback."""
    nlp = _worker_nlp
    assert nlp is not None, "_worker_setup runs first"
    return _analyse(lambda t: analyse_text(nlp, t).to_bytes(), text)


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
