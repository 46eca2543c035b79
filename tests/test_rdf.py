"""The RDF mapping: deterministic IRIs, typed literals, graphs, provenance."""

from __future__ import annotations

from decimal import Decimal

import pytest
import rdflib
from pyoxigraph import BlankNode, NamedNode, RdfFormat, Triple, parse, serialize
from rdf_samples import ENTITIES, SHARED, all_quads, doc_a, doc_b

from kg.extract.events.rdf import event_kinds
from kg.model import Document, Entity, Extraction
from kg.rdf import (
    BRO,
    CONTENT_HASH,
    ENTITY_GRAPH,
    NS,
    PREFIXES,
    XSD,
    date_literal,
    decimal_literal,
    doc_graph,
    doc_iri,
    entity_quads,
    extraction_quads,
    node,
)


def test_doc_ids_are_percent_encoded_deterministically() -> None:
    assert doc_iri("a b/ц").value == NS + "doc/a%20b%2F%D1%86"
    assert doc_graph("a b/ц").value == NS + "graph/doc/a%20b%2F%D1%86"
    assert doc_graph("000_1914cf37").value == NS + "graph/doc/000_1914cf37"
    assert doc_graph("entities") != ENTITY_GRAPH
    assert node("person/narendra-modi").value == NS + "person/narendra-modi"


@pytest.mark.parametrize(
    ("text", "datatype"),
    [("2022-11-28", "date"), ("2022-11", "gYearMonth"), ("1992", "gYear"), ("2022-13", "string")],
)
def test_dates_are_typed_by_precision(text: str, datatype: str) -> None:
    lit = date_literal(text)
    assert lit.value == text
    assert lit.datatype == getattr(XSD, datatype)


@pytest.mark.parametrize(
    ("value", "text"),
    [(Decimal("3.1E+9"), "3100000000"), (Decimal("24.50"), "24.5"), (Decimal("100"), "100")],
)
def test_decimals_are_plain(value: Decimal, text: str) -> None:
    assert decimal_literal(value).value == text


def test_extraction_is_deterministic_and_in_its_graph() -> None:
    first, second = extraction_quads(doc_a()), extraction_quads(doc_a())
    assert first == second
    assert len(first) == len(set(first))
    assert {q.graph_name for q in first} == {doc_graph("docA")}
    terms = [t for q in first for t in (q.subject, q.object)]
    assert not any(isinstance(t, BlankNode) for t in terms)


def test_document_metadata_and_hash_live_in_the_document_graph() -> None:
    quads = extraction_quads(doc_a())
    d = doc_iri("docA")
    found = {q.predicate: q.object for q in quads if q.subject == d}
    assert found[CONTENT_HASH].value == "a" * 64
    assert found[BRO.docId].value == "docA"
    assert found[NamedNode(PREFIXES["dcterms"] + "date")].datatype == XSD.date


def test_mentions_and_facts_carry_selectors() -> None:
    quads = extraction_quads(doc_a())
    mention = NamedNode(NS + "mention/docA/19-38")
    sel = NamedNode(NS + "selector/docA/19-38")
    assert any(q.subject == mention and q.object == sel for q in quads)
    sel_props = {
        q.predicate.value.rsplit("#", 1)[-1]: q.object.value for q in quads if q.subject == sel
    }
    assert sel_props["start"] == "19" and sel_props["end"] == "38"
    assert sel_props["exact"] == "Александр Лукашенко"
    claim = node("claim/blr-chn-trade-2022")
    preds = {q.predicate.value.rsplit("#", 1)[-1] for q in quads if q.subject == claim}
    assert {"wasDerivedFrom", "hasSelector", "value", "unit", "comparator"} <= preds


def test_event_nodes_carry_cameo_and_plover_codes() -> None:
    quads = extraction_quads(doc_a())
    event = node("event/blr-chn-visit")
    found = {q.predicate: q.object.value for q in quads if q.subject == event}
    assert found[BRO.cameoCode] == "042"
    assert found[BRO.ploverCode] == "CONSULT"
    assert event_kinds()["Signing"] == ("057", "AGREE")


def test_relation_states_are_ordered_by_key() -> None:
    quads = extraction_quads(doc_a())
    rel = node("relation/blr-chn")
    found = {q.predicate: q.object for q in quads if q.subject == rel}
    assert found[BRO.stateA] == node("state/BLR")
    assert found[BRO.stateB] == node("state/CHN")


def test_shared_fact_is_one_iri_in_two_graphs() -> None:
    graphs = {q.graph_name for q in all_quads() if q.subject == node(SHARED)}
    assert graphs == {doc_graph("docA"), doc_graph("docB")}


def test_entities_are_merged_into_the_entity_graph() -> None:
    extra = Entity("person/Q15031", "Person", "", aliases=["Председатель Си"])
    quads = entity_quads([*ENTITIES, extra, ENTITIES[0]])
    assert {q.graph_name for q in quads} == {ENTITY_GRAPH}
    assert quads == entity_quads([*ENTITIES, extra])
    xi = node("person/Q15031")
    labels = [q.object for q in quads if q.subject == xi and q.predicate.value.endswith("label")]
    assert sorted((lit.value, lit.language) for lit in labels) == [
        ("Xi Jinping", "en"),
        ("Си Цзиньпин", "ru"),
    ]
    wd = [q.object for q in quads if q.predicate == BRO.wikidata]
    assert NamedNode("http://www.wikidata.org/entity/Q15031") in wd
    mirziyoyev = node("person/shavkat-mirziyoyev")
    assert not any(q.subject == mirziyoyev and q.predicate == BRO.wikidata for q in quads)


def test_unknown_event_kind_keeps_its_string_without_inventing_a_class() -> None:
    ex = doc_a()
    ex.facts["events"][0].kind = "Negotiation"
    quads = extraction_quads(ex)
    types = {
        q.object
        for q in quads
        if q.subject == node("event/blr-chn-visit") and q.predicate.value.endswith("#type")
    }
    assert types == {BRO.Event}


def test_minimal_document_maps() -> None:
    quads = extraction_quads(Extraction(Document("x", "")))
    assert len(quads) == 2


@pytest.mark.parametrize("fmt", [RdfFormat.TURTLE, RdfFormat.TRIG])
def test_turtle_and_trig_round_trip_with_prefixes(fmt: RdfFormat) -> None:
    quads = all_quads() + extraction_quads(Extraction(Document("a b/ц", "", sha256="c" * 64)))
    items = (
        quads
        if fmt == RdfFormat.TRIG
        else {Triple(q.subject, q.predicate, q.object) for q in quads}
    )
    data = serialize(items, format=fmt, prefixes=PREFIXES)
    assert b"@prefix bro:" in data and b"@prefix kgr:" in data
    assert len(set(parse(data, format=fmt))) == len(set(items))
    if fmt == RdfFormat.TURTLE:
        assert len(rdflib.Graph().parse(data=data.decode(), format="turtle")) == len(items)


def test_doc_b_has_no_blank_values() -> None:
    quads = extraction_quads(doc_b())
    assert all(q.object.value != "" for q in quads)


def test_entities_read_back_from_the_entity_graph() -> None:
    from kg.rdf import entities_from_quads

    entities = [
        Entity("person/narendra-modi", "Person", "Нарендра Моди", office="премьер-министр",
               state="state/IND", aliases=["Моди"]),
        Entity("state/IND", "State", "Индия", "India", "Q668"),
        Entity("org/minsk group", "Organization", "Минская группа"),
    ]  # fmt: skip
    assert entities_from_quads(entity_quads(entities)) == sorted(entities, key=lambda e: e.key)


# What the entity graph keeps of an entity, and what it loses: `stored_entities` must agree.
KEPT_AND_LOST = [
    ENTITIES,
    [  # one key twice: merged; the aliases without the name, sorted, once each
        Entity("person/a", "Person", "Ли Вэй", aliases=["Ли", "Ли Вэй", "Ли"]),
        Entity("person/a", "Person", "", "Li Wei", "Q42", aliases=["Вэй"]),
    ],
    [  # one post however cased: the first holder by key spells it
        Entity("person/b", "Person", "Б", office="Посол", state="state/VNM"),
        Entity("person/a", "Person", "А", office="посол", state="state/VNM"),
        Entity("person/c", "Person", "В", office="ПОСОЛ", state="state/LAO"),
    ],
    [  # an organization's state kept only through an office; a malformed Wikidata id dropped
        Entity("person/d", "Person", "Г", office="генсек", state="org/un"),
        Entity("org/asean", "Organization", "АСЕАН", wikidata="Q7768x", state="org/un"),
        Entity("person/e", "Person", "Д", wikidata="http://www.wikidata.org/entity/Q5"),
        Entity("person/f", "Person", "Е", office="посол"),
    ],
]


@pytest.mark.parametrize("entities", KEPT_AND_LOST)
def test_stored_entities_are_the_entity_graph_read_back(entities: list[Entity]) -> None:
    from kg.rdf import entities_from_quads, stored_entities

    assert stored_entities(entities) == entities_from_quads(entity_quads(entities))
