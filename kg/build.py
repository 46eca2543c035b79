"""`kg build`: documents in, one named graph per document out, entities fused across them.

The build is a map and a reduce (`kg.steps`). The map reads each document alone
(in `jobs` worker processes, or on a Dask cluster: `kg.executors`); the reduce,
here, links each document's names to the corpus one document at a time, in
corpus order, against a registry seeded from the store: that order makes a
resumed build resolve exactly as a clean one. Each document's graph and
content hash are written in one transaction, so a build killed at any point
leaves every graph old or new, never mixed, and the next build finishes the
work.
"""

from __future__ import annotations

import functools
import itertools
import time
import traceback
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kg.code_version import extraction_version
from kg.corpus import DEFAULT_MAX_BYTES, ReadWarning, iter_documents
from kg.derived import refresh_derived, track_changes
from kg.entity_records import record_quads
from kg.entity_snapshot import Seed
from kg.errors import KgError
from kg.executors import Executor, LocalExecutor, ReadAll, Result
from kg.file_records import FileRecords
from kg.graph_index import GraphIndex
from kg.memory import collect_less_often, frozen_imports, return_freed_memory
from kg.mention_rows import with_rows
from kg.model import Document
from kg.progress import BuildProgress
from kg.rdf import doc_graph, extraction_quads
from kg.steps import (
    Failure,
    LocalExtraction,
    Reader,
    link_document,
    russian_vocab,
    unload_models,
)
from kg.store import KgStore

if TYPE_CHECKING:
    from spacy.vocab import Vocab

    from kg.claim_fold import ClaimFold
    from kg.event_fold import EventFold
    from kg.holding_fold import HoldingFold
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
    executor: Executor | None = None,  # where the map runs; by default `jobs` local processes
    gazetteers: Sequence[Path] = (),
    wait: float = 0,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: BuildProgress | None = None,
    on_warning: Callable[[str], None] | None = None,
    release_models: bool = False,  # the process ends with the build (the CLI): see below
) -> BuildSummary:
    started = time.perf_counter()
    return_freed_memory()  # before the models' first arrays
    collect_less_often()
    summary = BuildSummary()
    progress = progress or BuildProgress(enabled=False)

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
    records = FileRecords(store_path, max_bytes)  # given the store's hashes once it is open
    documents = iter_documents(
        list(paths), read_warning, max_bytes=max_bytes, on_error=read_failed, records=records
    )
    first = next(documents, None)
    if gazetteers:  # a bad user file fails before any write; kg's own data waits for the models
        from kg.gazetteer import Gazetteer  # pymorphy3: not for a build with nothing to do

        Gazetteer.load(list(gazetteers))
    reader = Reader(tuple(str(p) for p in gazetteers))
    executor = executor or LocalExecutor(jobs, unload=release_models)
    progress.phase("opening the store")  # with --wait, perhaps waiting for another build
    # The executor starts first: a cluster that cannot be reached fails before any write.
    with executor.start(reader) as read_all, KgStore.open_write(store_path, wait=wait) as store:
        # --rebuild only ignores the stored hashes: each graph is still replaced in its own
        # transaction, so a stopped rebuild loses nothing and readers never see an empty store.
        rebuild, held = _read_again(store, progress, rebuild=rebuild)
        stored = {} if rebuild else held  # the documents that may be skipped
        records.built = stored  # a file recorded unchanged is read only if its graph differs
        track_changes(store, rebuild=rebuild)  # what the writes change, for the derived graph
        seen: set[str] = set()
        written: dict[str, str] = {}  # the hashes of the documents this build wrote
        # Every stored document is read again (or pruned): the registry starts from the
        # gazetteers, as a clean build's; a rebuild of some documents links them to the
        # entities of the others instead
        everything = rebuild and (prune or _covers(held, paths, max_bytes))

        # Models, the registry and the vocab (for the Docs of documents the reduce reads
        # again) wait for the first changed document: a build with nothing to do stops early.
        seed = Seed(gazetteers, store, held, fresh=everything)  # before any write
        registry = functools.cache(seed.registry)
        vocab = functools.cache(russian_vocab)
        # a --jobs build into a store without documents gathers the claims', persons',
        # holdings' and events' part of the derived graph as it writes, while the workers
        # read (`kg.claim_fold`, `kg.holding_fold`, `kg.event_fold`)
        claims, holdings, events = _folds() if jobs > 1 and not held else (None, None, None)

        def changed() -> Iterator[Document]:
            for document in itertools.chain([first] if first else [], documents):
                seen.add(document.id)
                if stored.get(document.id) == document.sha256:
                    summary.skipped += 1
                    progress.advance(document.id)
                    continue
                yield document

        # The map, by the executor (models load at its first document); the reduce, here, in
        # corpus order.
        local = _mapped(read_all, changed())
        progress.phase("loading the language models")  # the map loads them before its first result
        with progress.documents(paths) as advance, closing(local):  # closing stops the workers
            for result in local:
                document = result.document
                where = document.path or document.id
                try:
                    if isinstance(result, Failure):
                        failed(where, result.trace)
                    else:
                        _reduce(
                            result,
                            registry(),
                            vocab,
                            store,
                            again=not everything,
                            folds=(claims, holdings, events),
                        )
                        written[document.id] = document.sha256
                        summary.documents += 1
                except KgError:  # the store failed (full disk, damage): that stops the build
                    raise
                except Exception:  # noqa: BLE001 - one bad document must not stop a build
                    failed(where, traceback.format_exc())
                finally:
                    advance(document.id)
        _done_with_documents(registry, vocab, models=release_models)
        _record_version(store, partial=rebuild and not everything)
        records.save()  # every file listed by now, read or not
        if prune:
            summary.pruned = store.prune(seen)
        exact = not rebuild and not summary.failed and not summary.pruned
        hashes = _hashes_after_writes(store, stored, written, exact=exact)
        save_seed = seed.saving(hashes)  # the entities for the next build's registry
        # Always, so a build resumed after a crash also ends with the links of the whole corpus
        # (a build that changed nothing finds them, and the summary's counts, up to date).
        counts = refresh_derived(
            store,
            written=summary.documents,
            hashes=hashes,
            processes=jobs,
            claims=claims,
            holdings=holdings,
            events=events,
        )
        _compact_if_mostly_new(store, save_seed, written=summary.documents, stored=len(hashes))
    summary.entities, summary.facts, summary.triples = counts
    summary.seconds = time.perf_counter() - started
    return summary


def _read_again(
    store: KgStore, progress: BuildProgress, *, rebuild: bool
) -> tuple[bool, dict[str, str]]:
    """(Whether every document is read again, the stored documents' hashes, read once for
    the whole build). All are read again on --rebuild; in a store from before the entity
    records, once (its entity graph could not be recomputed from the documents); and in a
    store whose documents another version of kg's extraction read (or one that recorded
    none), said in one line: a build stopped before reading them all leaves that version
    recorded, so the next one reads them all."""
    held = store.document_hashes()
    rebuild = rebuild or store.lacks_entity_records()
    if rebuild or not held or store.extraction() == extraction_version():
        return rebuild, held
    progress.warn("kg: the store was built by another version of kg: reading every document again")
    return True, held


def _record_version(store: KgStore, *, partial: bool) -> None:
    """The store's documents were read by this kg, unless a build reading them again was
    given only some: those not given were read by another, and the next build reads all."""
    if not partial:
        store.extracted_by(extraction_version())


def _covers(held: dict[str, str], paths: Sequence[Path], max_bytes: int) -> bool:
    """Whether `paths` hold every document the store holds (`held`): read once more for
    their ids only (~0.2 ms a news document, against ~60 ms of reading it), quietly (the
    build's own reading warns)."""
    if not held:
        return True
    ids = {d.id for d in iter_documents(list(paths), lambda _: None, max_bytes=max_bytes,
                                        on_error=lambda _p, _e: None)}  # fmt: skip
    return held.keys() <= ids


def _hashes_after_writes(
    store: KgStore, stored: dict[str, str], written: dict[str, str], *, exact: bool
) -> dict[str, str]:
    """The stored documents' hashes as the writes left them: those read at the build's start
    with the written documents' own when they are all that changed (`exact`: the start's were
    read, no document failed, none was pruned), else read again (~5 ms CPU at 200 documents,
    more as the corpus grows)."""
    return {**stored, **written} if exact else store.document_hashes()


def _done_with_documents(*caches: functools._lru_cache_wrapper, models: bool) -> None:
    """Resolution is done: the registry and the vocab go before the steps that read the whole
    store, and so do the models (`unload_models`) when the process ends with the build."""
    for cached in caches:
        cached.cache_clear()
    if models:
        unload_models()


def _compact_if_mostly_new(
    store: KgStore, meanwhile: Callable[[], None], *, written: int, stored: int
) -> None:
    """RocksDB merged now after a build that wrote at least half the stored documents (a
    clean build, a --rebuild): the next build, which may change one document, does not pay
    for merging what this one wrote (`KgStore.compact`). RocksDB merges in its own threads,
    without the GIL: `meanwhile` (the kept entities' save, Python) runs beside it, on the
    core the merge leaves idle."""
    if not (stored and 2 * written >= stored):
        meanwhile()
        return
    with ThreadPoolExecutor(1, thread_name_prefix="kg-compact") as pool:
        merged = pool.submit(store.compact)
        meanwhile()
        merged.result()


def _mapped(read_all: ReadAll, todo: Iterator[Document]) -> Generator[Result, None, None]:
    """The map's results; with no document to read, no NLP imported, no worker started."""
    head = next(todo, None)
    if head is None:
        return _no_results()
    _import_nlp()
    return read_all(itertools.chain([head], todo))


def _import_nlp() -> None:
    """spaCy, the pipeline's components and every fact kind, imported once a document has
    changed and before `--jobs` workers fork: they share the modules instead of each
    importing them again."""
    from kg.nlp.spacy_import import import_spacy

    with frozen_imports("spacy"):
        import_spacy()  # before any module of kg imports it: without spaCy's command line
        import kg.nlp.pipeline  # noqa: F401 - imported for the workers
        from kg.extract.registry import fact_kinds

        fact_kinds()


def load_models(gazetteers: Sequence[Path] = ()) -> None:
    """spaCy, kg's NLP, the pipeline and the models loaded now, for a process that builds
    again later (`kg build --watch`): its next changed document then costs its own reading,
    not ~0.5 s CPU of loading first."""
    _import_nlp()
    Reader(tuple(str(p) for p in gazetteers)).warm_up()


def _no_results() -> Generator[Result, None, None]:
    yield from ()


def _folds() -> tuple[ClaimFold, HoldingFold, EventFold]:
    from kg.claim_fold import ClaimFold
    from kg.event_fold import EventFold
    from kg.holding_fold import HoldingFold

    return ClaimFold(), HoldingFold(), EventFold()


def _reduce(
    local: LocalExtraction,
    registry: Registry,
    vocab: Callable[[], Vocab],
    store: KgStore,
    *,
    again: bool,
    folds: tuple[ClaimFold | None, HoldingFold | None, EventFold | None] = (None, None, None),
) -> None:
    """The reduce for one document: linked to the corpus, written as its named graph.
    `again`: the registry was seeded from the store, so a document read again forgets what
    its old version said; a build reading every document again seeds none (`Seed.fresh`)
    and learns only what it reads, in corpus order, as a clean build does. `folds`: given
    the document's graph once it is written."""
    if again:
        _forget_old_version(local.document.id, registry, store)
    ex = link_document(local, registry, vocab)
    records = record_quads(doc_graph(local.document.id), ex.described)
    quads = with_rows(extraction_quads(ex))  # its `mentions` rows in the same write
    store.replace_document(local.document.id, [*quads, *records], ex.described)
    claims, *indexed = folds
    if claims is not None:
        claims.add(local.document.id, quads)
    if any(fold is not None for fold in indexed):
        graph = GraphIndex(quads)  # read once for the folds that share it
        for fold in indexed:
            if fold is not None:
                fold.add(local.document.id, graph)


def _forget_old_version(doc_id: str, registry: Registry, store: KgStore) -> None:
    """A document read again is linked as in a clean build: the registry, seeded from the
    entity graph, knows its entities as the other documents describe them, not as its old
    version did (an office only that version gave would come back)."""
    for key, entity in store.described_elsewhere(doc_id).items():
        registry.reset(key, entity)
