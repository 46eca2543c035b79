"""The build's map and reduce give what reading every document in order in one process gives,
also when the corpus changes what a document's names stand for."""

from __future__ import annotations

import pickle
from dataclasses import replace
from functools import partial

from kg.analyze import analyze, extract
from kg.model import Document, Entity, Extraction, Mention
from kg.resolve import NameReading, Registry
from kg.steps import LocalExtraction, Reader, link_document, read_document, russian_vocab

DOCS = [
    Document(
        id="a",
        date="2024-03-01",
        text="Министр иностранных дел Молдавии Ион Попеску прибыл в Бухарест. "
        "Попеску встретился с коллегой.",
    ),
    Document(
        id="b",
        date="2024-03-02",
        text="Как заявил Попеску, Молдавия и Румыния подпишут соглашение о торговле.",
    ),
]


def test_map_then_reduce_equals_reading_in_order() -> None:
    reader = Reader()
    in_order = Registry(reader.gazetteer)
    expected = [analyze(d, reader.nlp(d.text), in_order) for d in DOCS]
    # The map's results travel pickled, as from a worker: the Doc as bytes.
    local = [pickle.loads(pickle.dumps(read_document(d, reader))) for d in DOCS]
    assert all(x.doc is None and x.doc_bytes for x in local)
    registry = Registry(reader.gazetteer)
    linked = [link_document(x, registry, russian_vocab) for x in local]
    assert [replace(x, described=[]) for x in linked] == expected
    # What the second document alone says of the minister it names by surname: no office
    # (`kg.entity_records`), though the corpus's entity carries the first one's.
    (own,) = [e for e in linked[1].described if e.key == "person/ion-popesku"]
    (corpus,) = [e for e in linked[1].entities if e.key == "person/ion-popesku"]
    assert (own.office, corpus.office) == ("", "министр иностранных дел")
    # Alone, "Попеску" of the second document is nobody known; the corpus links it to the
    # minister of the first, so the reduce read its facts again.
    alone = {m.entity for m in local[1].extraction.mentions if m.type == "Person"}
    linked = {m.entity for m in expected[1].mentions if m.type == "Person"}
    assert linked == {"person/ion-popesku"} != alone


def test_facts_left_to_the_corpus_step_give_the_same() -> None:
    """`--jobs 1` reads the facts once, in the corpus step: the same as reading them in the
    document step and again when the corpus links a name differently."""
    both = Reader()
    once = Reader(facts=False)
    local = [read_document(d, once) for d in DOCS]
    assert all(x.extraction is None for x in local)
    registry, in_order = Registry(once.gazetteer), Registry(both.gazetteer)
    expected = [analyze(d, both.nlp(d.text), in_order) for d in DOCS]
    linked = [link_document(x, registry, russian_vocab) for x in local]
    assert [replace(x, described=[]) for x in linked] == expected


def test_facts_stand_unless_they_read_an_entity_the_corpus_describes_otherwise() -> None:
    """The corpus gives the minister of the first document his office in the other two. The
    facts of a visit look him up (`Context.entity`), so the worker that kept the Doc reads
    them again; a quote whose speaker is only named reads no entity, so its facts stand. Both
    as reading in order gives."""
    docs = [
        DOCS[0],
        Document(id="visit", date="2024-03-02", text="Ион Попеску прибыл в Кишинёв."),
        Document(
            id="quote",
            date="2024-03-03",
            text="«Мы готовы к переговорам», — заявил Ион Попеску журналистам в Кишинёве.",
        ),
    ]
    reader = Reader()
    in_order = Registry(reader.gazetteer)
    expected = [analyze(d, reader.nlp(d.text), in_order) for d in docs]
    local = [read_document(d, reader) for d in docs]
    asked = []

    def reread(x: LocalExtraction, entities: list[Entity], mentions: list[Mention]) -> Extraction:
        asked.append(x.document.id)
        return extract(x.document, x.doc, entities, mentions, reader.gazetteer)

    for x in local:
        x.reread = partial(reread, x)
    registry = Registry(reader.gazetteer)
    linked = [link_document(x, registry, russian_vocab) for x in local]
    assert [replace(x, described=[]) for x in linked] == expected
    assert asked == ["visit"]
    quote = (local[2].extraction, linked[2])  # alone, and as the corpus describes it
    offices = [{e.office for e in x.entities if e.type == "Person"} for x in quote]
    assert offices == [{""}, {"министр иностранных дел"}]


def test_a_worker_told_the_corpus_entities_keeps_facts_it_would_read_again() -> None:
    """The visit of the test above, read by a worker told what the corpus linked before it
    (`read_document`'s `known`): its facts read the minister with the first document's
    office, so they stand without a second read, the graph is the one reading in order
    gives, and what the visit alone says of him (its entity record) has no office."""
    docs = [DOCS[0], Document(id="visit", date="2024-03-02", text="Ион Попеску прибыл в Кишинёв.")]
    reader = Reader()
    in_order = Registry(reader.gazetteer)
    expected = [analyze(d, reader.nlp(d.text), in_order) for d in docs]
    registry = Registry(reader.gazetteer)
    told: dict[str, Entity] = {}

    def never(entities: list[Entity], mentions: list[Mention]) -> Extraction:
        raise AssertionError("read again")

    linked = []
    for d in docs:
        local = pickle.loads(pickle.dumps(read_document(d, reader, told)))  # as from a worker
        local.reread = never
        local.linked = lambda entities: told.update((e.key, replace(e)) for e in entities)
        linked.append(link_document(local, registry, russian_vocab))
    assert [replace(x, described=[]) for x in linked] == expected
    (own,) = [e for e in linked[1].described if e.key == "person/ion-popesku"]
    assert own.office == "" != told["person/ion-popesku"].office


def test_the_persons_plan_made_by_a_worker_travels_and_links_the_same() -> None:
    """A reading's persons plan (`kg.resolve.person_plans.person_plan`) is made by the
    worker's own linking and sent with the reading: the parent's linking uses it and links
    as one without it."""
    from kg.resolve import link_names

    reader = Reader()
    local = pickle.loads(pickle.dumps(read_document(DOCS[0], reader)))
    assert local.names.person_plan is not None
    assert local.names.person_plan.known  # the gazetteer asked of its persons, once
    afresh = replace(local.names, person_plan=None)
    kept = link_names(local.names, DOCS[0], Registry(reader.gazetteer))
    assert link_names(afresh, DOCS[0], Registry(reader.gazetteer)) == kept
    assert afresh.person_plan == local.names.person_plan


# (the earlier document, the later one, whether linking the later one reads what the earlier
# one said: `Registry.heard`)
HEARD = [
    # nothing in common
    ("Президент Чили Габриэль Борич прибыл в Лиму.", "Перу и Боливия обсудили границу.", False),
    # a state both name: the gazetteer's entity, the same in either
    ("Президент Чили Габриэль Борич прибыл в Лиму.", "Чили и Боливия обсудили границу.", False),
    # one person both name in full, the later with no office: the corpus keeps the earlier's
    (
        "Министр обороны Эквадора Хосе Кальдерон прибыл в Лиму.",
        "Хосе Кальдерон провёл переговоры в Лиме.",
        True,
    ),
    # a surname alone: the person the earlier document named in full
    (
        "Министр обороны Эквадора Хосе Кальдерон прибыл в Лиму.",
        "Как заявил Кальдерон, Эквадор и Перу расширят сотрудничество.",
        True,
    ),
]


def test_a_document_the_corpus_told_nothing_is_linked_once() -> None:
    """The corpus step describes each document's entities as it alone says them
    (`kg.steps._described`): where linking it to the corpus read nothing an earlier document
    said, that linking is the document's own, not linked again against an empty registry;
    where it read any, linked again. Either way the descriptions those give where the
    document step linked it alone (`Reader.facts`, the `--jobs` workers)."""
    import kg.resolve

    once, both = Reader(facts=False), Reader()
    calls: list[str] = []
    link_names = kg.resolve.link_names

    def counted(
        reading: NameReading, document: Document, registry: Registry
    ) -> tuple[list[Entity], list[Mention]]:
        calls.append(document.id)
        return link_names(reading, document, registry)

    for first, later, heard in HEARD:
        docs = [Document(id="a", text=first), Document(id="b", text=later)]
        described = []
        for reader in (once, both):
            registry = Registry(reader.gazetteer)
            local = [read_document(d, reader) for d in docs]
            link_document(local[0], registry, russian_vocab)
            calls.clear()
            kg.resolve.link_names = counted
            try:
                described.append(link_document(local[1], registry, russian_vocab).described)
            finally:
                kg.resolve.link_names = link_names
            if reader is once:
                assert (registry.heard, calls) == (heard, ["b", "b"] if heard else ["b"]), later
        assert described[0] == described[1], later
