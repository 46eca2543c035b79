"""Where the build's document step runs: here (`--jobs` processes) or on a Dask cluster.

An executor is started before the store is opened (an unreachable cluster then
fails before anything is written) and gives the build one function: documents
in, in corpus order, their `LocalExtraction` (or `Failure`) out, in the same
order, as a stream. What follows (the corpus step, the writes) is the same
whichever executor read the documents. Dask is imported only by the Dask
executor, so `kg --help` and local builds do not pay for it.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from typing import TYPE_CHECKING, Protocol, cast

from kg.errors import UnavailableError
from kg.model import Document, Entity, Extraction, Mention
from kg.steps import Failure, LocalExtraction, Reader, read_document, unload_models

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kg.workers import WorkerPool

Result = LocalExtraction | Failure
# a generator, so that closing it stops the workers at once
ReadAll = Callable[[Iterable[Document]], Generator[Result, None, None]]


class Executor(Protocol):
    def start(self, reader: Reader) -> AbstractContextManager[ReadAll]:
        """Readies the workers (a cluster connection, models loaded once per worker)."""
        ...


def read_or_fail(
    document: Document, reader: Reader, known: Mapping[str, Entity] | None = None
) -> Result:
    """The document step for one document; a failure is returned (with its traceback), not
    raised, so it costs one document and is reported by the corpus step in corpus order."""
    try:
        return read_document(document, reader, known)
    except Exception as exc:  # noqa: BLE001 - one document's failure is reported, not raised
        return Failure(document, f"{type(exc).__name__}: {exc}", traceback.format_exc())


READ_AHEAD_CHARS = 2_000_000  # text in flight to local workers beyond 2 documents a worker


def _text_size(document: Document) -> int:
    return len(document.text)


@dataclass(frozen=True)
class LocalExecutor:
    """`jobs` forked processes on this machine (1: in this process). `unload`: with more
    than one, the parent lets the models go once the workers have forked (`unload_models`),
    for a process that ends with the build: it reads no Doc itself (a document's facts are
    read again in the worker that kept its Doc), and its documents' phase peaked with the
    models' ~14 MB on top of the corpus's growth (172.9 against 158.5 MB at 400 NEREL
    documents, h-perf52). Should it need them again, `Reader.nlp` loads them again."""

    jobs: int = 1
    unload: bool = False

    @contextmanager
    def start(self, reader: Reader) -> Iterator[ReadAll]:
        if self.jobs == 1:  # the corpus step follows each document here: it reads the facts
            reader = replace(reader, facts=False)
        read = partial(read_or_fail, reader=reader)

        def read_all(documents: Iterable[Document]) -> Generator[Result, None, None]:
            if self.jobs > 1:
                # Loaded here, before the workers fork: they share the models (copy-on-write)
                # instead of each loading its own (~1.5 s CPU a worker). One process loads
                # them with its first document, without analysing a sentence for nothing.
                from kg.workers import WorkerPool  # multiprocessing: not for a build on one

                reader.warm_up()
                handler = KeptDocs(reader)
                with WorkerPool(handler, self.jobs, _text_size, READ_AHEAD_CHARS) as pool:
                    if self.unload:
                        unload_models()  # the workers hold their own (copy-on-write) pages
                    for seq, result in enumerate(pool.map(documents)):
                        if isinstance(result, LocalExtraction):
                            result.reread = partial(_ask_reread, pool, seq)
                            result.linked = pool.tell
                        yield result
            else:
                for document in documents:
                    # spaCy keeps every new word's lexeme and strings in the vocab: within a
                    # zone they go when the corpus step is done with the document (the
                    # generator resumes for the next one), so a long build's vocab stays small
                    with reader.nlp.memory_zone():
                        yield read(document)

        yield read_all


@dataclass
class KeptDocs:
    """A local worker's document step. The Doc stays in the worker (`Doc.to_bytes` cost
    ~3 ms a news document, and the parent needs a Doc for ~1 document in 7): when the
    corpus links a name differently, the parent asks this worker to read the facts again
    from the Doc it kept, until the parent is done with the document. The parent tells the
    workers each document's entities as the corpus linked them: a worker reads the facts
    with its documents' entities described as the corpus last did (`read_document`), which
    spares most of those second reads (on news, a person's office an earlier document gave)."""

    reader: Reader
    docs: dict[int, tuple[Document, Doc]] = field(default_factory=dict)
    known: dict[str, Entity] = field(default_factory=dict)  # as the corpus described them

    def read(self, seq: int, document: Document) -> Result:
        result = read_or_fail(document, self.reader, self.known)
        if isinstance(result, LocalExtraction) and result.doc is not None:
            self.docs[seq], result.doc = (document, result.doc), None
        return result

    def ask(self, seq: int, question: object) -> object:
        """The facts again, with the corpus's entities and mentions (`link_document`)."""
        from kg.analyze import extract

        names = cast("tuple[list[Entity], list[Mention]]", question)
        document, doc = self.docs[seq]
        try:
            return extract(document, doc, *names, self.reader.gazetteer)
        except Exception:  # noqa: BLE001 - raised again in the parent, as one document's failure
            return RereadError(traceback.format_exc())

    def forget(self, below: int) -> None:
        for seq in [s for s in self.docs if s < below]:
            del self.docs[seq]

    def learn(self, news: object) -> None:
        for entity in cast("list[Entity]", news):
            self.known[entity.key] = entity


class RereadError(Exception):
    """Reading a document's facts again failed in the worker that kept its Doc."""


def _ask_reread(
    pool: WorkerPool[Document, Result], seq: int, entities: list[Entity], mentions: list[Mention]
) -> Extraction:
    answer = pool.ask(seq, (entities, mentions))
    if isinstance(answer, RereadError):
        raise answer
    return answer  # type: ignore[return-value]


@dataclass(frozen=True)
class DaskExecutor:
    """The workers of a running Dask cluster, reached through its scheduler."""

    scheduler: str  # "tcp://host:8786"

    def start(self, reader: Reader) -> AbstractContextManager[ReadAll]:
        try:
            from kg.dask_executor import start  # dask loads only for a Dask build
        except ImportError as exc:
            raise UnavailableError(f"--executor dask needs `pip install kg[dask]`: {exc}") from None
        return start(self.scheduler, reader)
