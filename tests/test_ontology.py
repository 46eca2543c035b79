"""The shipped ontology and shapes: parse, labels in both languages, SHACL verdicts."""

from __future__ import annotations

import pytest
from pyoxigraph import Dataset, Literal, NamedNode, Quad
from rdf_samples import all_quads, store
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib import Literal as RLiteral

from kg.rdf import BRO, DERIVED_GRAPH, NS, ONT, PREFIXES, node
from kg.resources import ONTOLOGY_DIR
from kg.validate import validate

EVENT_KINDS = [
    "StateVisit",
    "OfficialVisit",
    "WorkingVisit",
    "Visit",
    "Talks",
    "Meeting",
    "Forum",
    "Summit",
    "Ceremony",
    "Signing",
    "Publication",
    "Election",
    "PhoneCall",
    "Festival",
    "Initialling",
    "Evacuation",
    "AidDelivery",
    "Sanctions",
    "AirLinkOpened",
    "AirLinkSuspended",
    "Exhibition",
    "CourtRuling",
    "BorderClosure",
]
AGREEMENT_KINDS = ["Treaty", "Agreement", "Declaration", "Memorandum", "Protocol", "Programme"]


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "bilateral.ttl", format="turtle")


def _langs(g: Graph, term: URIRef, prop: URIRef) -> set[str | None]:
    return {o.language for o in g.objects(term, prop) if isinstance(o, RLiteral)}


def test_ontology_header(ontology: Graph) -> None:
    onto = URIRef("https://w3id.org/kg-bilateral/ontology")
    assert (onto, RDF.type, OWL.Ontology) in ontology
    assert str(ontology.value(onto, OWL.versionInfo)) == "0.24.0"
    assert {"ru", "en"} <= _langs(ontology, onto, URIRef(PREFIXES["skos"] + "changeNote"))
    assert Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")


def test_every_bro_term_has_russian_and_english_label_and_comment(ontology: Graph) -> None:
    terms = {s for s in ontology.subjects() if isinstance(s, URIRef) and str(s).startswith(ONT)}
    assert len(terms) > 60
    for term in terms:
        assert {"ru", "en"} <= _langs(ontology, term, RDFS.label), term
        assert {"ru", "en"} <= _langs(ontology, term, RDFS.comment), term


def test_every_term_the_mapping_uses_is_declared(ontology: Graph) -> None:
    quads = list(store())  # the documents, entities and the derived graph's table cells
    used = {q.predicate.value for q in quads}
    used |= {q.object.value for q in quads if q.predicate.value == str(RDF.type)}
    for iri in used - {str(RDF.type), str(RDFS.label)}:
        assert {"ru", "en"} <= _langs(ontology, URIRef(iri), RDFS.label), iri


def test_kinds_are_classes_with_codes(ontology: Graph) -> None:
    for kind in EVENT_KINDS + AGREEMENT_KINDS:
        assert (URIRef(ONT + kind), RDF.type, OWL.Class) in ontology, kind
    cameo = URIRef(ONT + "cameoCode")
    codes = {k: str(ontology.value(URIRef(ONT + k), cameo)) for k in EVENT_KINDS}
    assert codes["Signing"] == "057" and codes["Talks"] == "046" and codes["PhoneCall"] == "041"
    assert (
        URIRef(ONT + "State"),
        URIRef(PREFIXES["skos"] + "closeMatch"),
        URIRef(PREFIXES["wd"] + "Q6256"),
    ) in ontology


def test_sample_graph_conforms() -> None:
    ok, report = validate(store())
    assert ok, report
    assert report.startswith("Conforms")


def _without(pred: NamedNode, subject: NamedNode) -> list[Quad]:
    return [q for q in all_quads() if not (q.subject == subject and q.predicate == pred)]


def _replaced(pred: NamedNode, subject: NamedNode, value: Literal | NamedNode) -> list[Quad]:
    out = []
    for q in all_quads():
        if q.subject == subject and q.predicate == pred:
            q = Quad(q.subject, q.predicate, value, q.graph_name)
        out.append(q)
    return out


RDFS_LABEL = NamedNode(PREFIXES["rdfs"] + "label")
SELECTOR = NamedNode(PREFIXES["oa"] + "hasSelector")
START = NamedNode(PREFIXES["oa"] + "start")


@pytest.mark.parametrize(
    ("quads", "expected"),
    [
        (
            lambda: _without(RDFS_LABEL, node("person/Q15031")),
            "kgr:person/Q15031 rdfs:label: a person needs exactly one Russian label",
        ),
        (lambda: _without(BRO.value, node("claim/blr-chn-trade-2022")), "xsd:decimal value"),
        (lambda: _without(SELECTOR, node("quote/xi-friends")), "needs a text selector"),
        (
            lambda: _replaced(BRO.status, node("event/blr-chn-visit"), Literal("done")),
            "event status must be occurred, planned or cancelled (value: done)",
        ),
        (
            lambda: _replaced(BRO.wikidata, node("state/BLR"), NamedNode("http://example.org/Q1")),
            "wikidata must be one IRI",
        ),
        (
            lambda: _replaced(START, NamedNode(NS + "selector/docA/19-38"), Literal(40)),
            "less than oa:end",
        ),
        (
            lambda: _replaced(
                BRO.refersTo, NamedNode(NS + "mention/docA/19-38"), node("state/BLR")
            ),
            "a person mention must refer to a bro:Person",
        ),
        (lambda: _without(BRO.contentHash, NamedNode(NS + "doc/docA")), "bro:contentHash"),
        (
            lambda: [
                *store(),
                Quad(node("person/Q15031"), BRO.rowName, Literal(1), DERIVED_GRAPH),
            ],
            "the name a table shows must be one plain string",
        ),
        (
            lambda: [
                *store(),
                Quad(node("person/Q15031"), BRO.personRank, Literal("first"), DERIVED_GRAPH),
            ],
            "the rank of a person must be one integer",
        ),
    ],
)
def test_broken_graph_fails_with_readable_report(quads, expected: str) -> None:
    ok, report = validate(quads())
    assert not ok
    assert "SHACL violation" in report.splitlines()[0]
    assert expected in report, report


def test_validate_accepts_a_dataset() -> None:
    ok, _ = validate(Dataset(all_quads()))
    assert ok
