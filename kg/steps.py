"""The build's two steps: a map over documents and a reduce over the corpus.

The document step (`read_document`) is a pure function of one document and the
pipeline's configuration (the gazetteer files): NLP, the names the text writes,
and the facts read with those names linked as if no other document existed.
Its result is a picklable `LocalExtraction`, so it runs anywhere: in this
process, in `--jobs` workers, on a cluster.

The corpus step (`link_document`) runs in corpus order in one place, against
the `Registry` of everything built before: it links the names to the corpus
(a surname alone to the person an earlier document introduced, the first
description of an entity wins). When that changes nothing the extractors read,
the facts of the document step stand; when it does, they are read again from
the document's Doc with the corpus's entities. Either way the result equals a
build that reads every document in order in one process.

spaCy, the models and the extractors are imported by the functions that use them, not
here: a build that finds every document unchanged imports this module and never them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.memory import trim
from kg.model import Document, Entity, Extraction, Mention

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from kg.gazetteer import Gazetteer
    from kg.resolve import NameReading, Registry


@dataclass
class LocalExtraction:
    """What one document says alone. Pickled, the Doc travels as bytes (`Doc.to_bytes`)."""

    document: Document
    names: NameReading
    # names linked within the document only; None when the reader left the facts to the
    # corpus step (`Reader.facts`)
    extraction: Extraction | None
    doc: Doc | None = field(default=None, repr=False)
    doc_bytes: bytes = field(default=b"", repr=False)
    # The entities as linked within the document only, when the facts read others: those a
    # worker expected the corpus to give them (`read_document`'s `known`)
    alone: list[Entity] | None = None
    # Where the Doc stayed in a local worker: reads the facts again there, given the
    # corpus's entities and mentions (`kg.executors.KeptDocs`)
    reread: Callable[[list[Entity], list[Mention]], Extraction] | None = field(
        default=None, repr=False, compare=False
    )
    # Told the document's entities as the corpus linked them, for the workers' next guesses
    linked: Callable[[list[Entity]], None] | None = field(default=None, repr=False, compare=False)

    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        state["reread"] = state["linked"] = None
        if self.doc is not None:
            _msgpack_plugins_once()
            # the sentence index's hooks (`kg.sentences`) stay behind: a reader installs them
            doc_bytes = self.doc.to_bytes(exclude=["tensor", "user_hooks"])
            state["doc"], state["doc_bytes"] = None, doc_bytes
        return state

    def spacy_doc(self, vocab: Vocab) -> Doc:
        if self.doc is None:
            from spacy.tokens import Doc

            _msgpack_plugins_once()
            self.doc = Doc(vocab).from_bytes(self.doc_bytes)
        return self.doc


@cache
def _msgpack_plugins_once() -> None:
    """srsly (which packs a Doc's bytes) looks for msgpack plug-ins in every installed
    package's metadata on each pack and unpack: 0.4 ms, half of a news Doc's `to_bytes`,
    paid for every document a worker sends. The plug-ins cannot change while kg runs: they
    are registered once, and the search switched off."""
    from srsly.msgpack import msgpack_decoders, msgpack_encoders

    for registry in (msgpack_encoders, msgpack_decoders):
        for name, func in registry.get_entry_points().items():
            registry.register(name, func=func)
        registry.entry_points = False


@dataclass(frozen=True)
class Failure:
    """A document the document step could not read: kg's bug, reported, never fatal."""

    document: Document
    error: str  # "ValueError: …"
    trace: str


@dataclass(frozen=True)
class Reader:
    """The document step's configuration, and what it loads once per process."""

    gazetteers: tuple[str, ...] = ()
    # Whether the document step reads the facts. Where both steps run in one process
    # (`--jobs 1`) it does not: the corpus step reads them once, with the corpus's names,
    # instead of reading them here with the document's and again there whenever the corpus
    # links a name differently (~1 document in 7 on news); the result is the same.
    facts: bool = True

    @property
    def nlp(self) -> Language:
        if len(_pipeline(self.gazetteers).vocab.strings) > VOCAB_STRINGS:
            _pipeline.cache_clear()  # a new vocab (the models stay loaded)
            trim()  # the old vocab's memory, gone before the new one grows into the heap
        return _pipeline(self.gazetteers)

    @property
    def gazetteer(self) -> Gazetteer:
        from kg.gazetteer import Gazetteer  # pymorphy3: not for a build with nothing to do

        return Gazetteer.load([Path(p) for p in self.gazetteers])

    def warm_up(self) -> None:
        """Loads every model now (before local workers fork, or in a Dask worker as it
        joins): once per process, as the pipeline is cached per configuration. A whole
        document step, not only the pipeline: the extractors' lazily built tables (~0.1 s
        CPU) are then built once, before a fork, not once in every worker."""
        read_document(Document(id="warm-up", text=_WARM_UP), self)


# Names, a date, an agreement, a quote and a number: each extractor's tables are built.
_WARM_UP = (
    "Президент Франции Эмманюэль Макрон 3 апреля 2019 года встретился в Париже с министром "
    "иностранных дел Бразилии. Стороны подписали соглашение о сотрудничестве. "
    "«Мы договорились», — сказал Макрон. Товарооборот вырос на 12% до 4 млрд евро."
)


# Strings the pipeline's vocab holds before the pipeline is built again (~2 a lexeme: a word
# and its lemma). spaCy keeps every word of every text it reads in its vocab, ~85 new ones a
# news document, ~0.5 kB each with their strings: the memory of a build grew with the corpus
# (~7 MB per 100 documents). Building the pipeline again costs ~0.02 s CPU, once per ~110
# documents. At 40,000 strings the vocab alone held ~10 MB at its largest, which a build of
# 400 documents reached and one of 10 did not: the peak of the larger build was ~4 MB higher.
# A one-process build reads each document in a memory zone instead (`kg.executors`), which
# lets its words go; this limit is for workers, which keep several Docs at once. Strings, not
# lexemes: spaCy's count of lexemes (`len(vocab)`) keeps those a memory zone let go.
VOCAB_STRINGS = 20_000


@cache
def _pipeline(gazetteers: tuple[str, ...]) -> Language:
    from kg.nlp.pipeline import build_pipeline

    return build_pipeline(gazetteers)


def unload_models() -> None:
    """Lets the pipeline and its models go, with their memory: the build's corpus-level
    steps read the whole store after the last document, and with the models still loaded
    their memory came on top of the documents' (most of a build's peak growth with the
    corpus). Loading them again costs ~1.5 s CPU, so only a process done with documents
    calls this."""
    if not _pipeline.cache_info().currsize:
        return  # nothing loaded (a build that read nothing, or read on a cluster)
    from kg.nlp import models  # numpy and slovnet: never imported by a build that reads nothing

    _pipeline.cache_clear()
    models.unload()  # what holds most memory goes by reference counting, no `gc.collect`
    trim()


def read_document(
    document: Document, reader: Reader, known: Mapping[str, Entity] | None = None
) -> LocalExtraction:
    """The document step: a pure function of the document, the reader's configuration and
    `known`, entities as the corpus described them when the caller last heard. The facts are
    read with the document's entities described as `known` does (`as_known`): then the
    corpus step keeps them for most documents the corpus describes otherwise than they do
    alone (a person whose office an earlier document gave), instead of reading them again."""
    from kg.analyze import extract
    from kg.nlp.chunking import analyse_text
    from kg.nlp.embedding import document_read
    from kg.resolve import Registry, link_names, read_names
    from kg.resolve.registry import as_known

    doc = analyse_text(reader.nlp, document.text)
    document_read()  # the embedding's pages it touched, let go every few documents
    gazetteer = reader.gazetteer
    names = read_names(doc, document, gazetteer)
    if not reader.facts:
        return LocalExtraction(document, names, None, doc)
    alone, mentions = link_names(names, document, Registry(gazetteer))
    entities = [as_known(e, known) for e in alone] if known else alone
    ex = extract(document, doc, entities, mentions, gazetteer, names.given_read)
    return LocalExtraction(document, names, ex, doc, alone=alone if entities != alone else None)


def russian_vocab() -> Vocab:
    """A vocab to read a pickled Doc into: Russian's lexical attributes (`like_num` …), as
    the pipeline's, without building a pipeline (`spacy.blank`'s tokenizer costs ~0.5 s)."""
    from spacy.lang.ru import Russian
    from spacy.vocab import create_vocab

    from kg.nlp.spacy_import import fast_russian_numbers, read_attributes_only

    fast_russian_numbers()
    return read_attributes_only(create_vocab("ru", Russian.Defaults))


def link_document(
    local: LocalExtraction, registry: Registry, vocab: Callable[[], Vocab]
) -> Extraction:
    """The corpus step for one document; documents must come in corpus order. `vocab` is
    called only for a Doc that travelled as bytes and must be read again (a blank
    pipeline's vocab costs ~0.7 s CPU to make)."""
    from kg.analyze import extract, with_referenced
    from kg.resolve import link_names

    entities, mentions = link_names(local.names, local.document, registry)
    # linked as alone when the corpus told the document nothing (`Registry.heard`)
    alone = local.alone if local.alone is not None or registry.heard else entities
    if local.linked is not None:
        local.linked(entities)
    ex = local.extraction
    if ex is not None and mentions == ex.mentions and _same_read(ex, entities):
        ex = replace(ex, entities=entities)  # the corpus changed nothing the facts read
    elif local.reread is not None:
        ex = local.reread(entities, mentions)
    else:
        doc = local.doc if local.doc is not None else local.spacy_doc(vocab())
        gazetteer = registry.gazetteer
        ex = extract(local.document, doc, entities, mentions, gazetteer, local.names.given_read)
    ex.entities = with_referenced(ex, registry)
    ex.described = _described(local, ex, registry, alone)
    return ex


def _same_read(ex: Extraction, entities: list[Entity]) -> bool:
    """Whether the facts of `ex` read the same entities from `entities` as from its own:
    `extract` is a pure function, and its fact kinds read entities only by key
    (`Context.entity`), so other descriptions of entities they never looked up (a person's
    office that an earlier document gives, ~1 in 5 of what the corpus links otherwise on
    news) leave every fact as it is."""
    if entities == ex.entities:
        return True
    own, corpus = {e.key: e for e in ex.entities}, {e.key: e for e in entities}
    return all(own.get(key) == corpus.get(key) for key in ex.looked_up)


def _described(
    local: LocalExtraction, ex: Extraction, registry: Registry, alone: list[Entity] | None
) -> list[Entity]:
    """What the document alone says of each entity it names or its facts point to: as
    linked within the document only (`alone`, where known already). A person it names only
    by what an earlier document said (a surname) keeps no office or state: those are that
    document's to say. The states the descriptions name are described too (each node the
    entity graph points to has its own description); not those of what the registry adds
    (`with_referenced`), which other documents said."""
    from kg.analyze import fact_references
    from kg.resolve import Registry, link_names

    if alone is None and local.extraction is not None:
        alone = local.extraction.entities
    if alone is None:
        alone, _ = link_names(local.names, local.document, Registry(registry.gazetteer))
    own = {e.key: e for e in alone}
    keys = {m.entity for m in ex.mentions} | set(fact_references(ex))
    out: dict[str, Entity] = {}
    for e in ex.entities:
        if e.key in keys:
            stripped = replace(e, office="", state="", aliases=[]) if e.type == "Person" else e
            out[e.key] = own.get(e.key) or stripped
    todo = [e.state for e in out.values()]
    while todo:
        key = todo.pop()
        if key and key not in out and (entity := registry.known(key)) is not None:
            out[key] = entity
            todo.append(entity.state)
    return sorted(out.values(), key=lambda e: e.key)
