"""The build's map and reduce give what reading every document in order in one process gives,
also when the corpus changes what a document's names stand for."""

from __future__ import annotations

import pickle
from dataclasses import replace

from kg.analyze import analyze
from kg.model import Document
from kg.resolve import Registry
from kg.steps import Reader, link_document, read_document, russian_vocab

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
