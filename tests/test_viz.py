"""`kg viz` without a browser: the graph read from a store, and the files networkx writes
(read back by networkx), on the hand-built sample store of `rdf_samples`."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from pyoxigraph import Store
from rdf_samples import store

from kg.errors import UsageError
from kg.viz import DEFAULT_INCLUDE
from kg.viz.export import parse_include, render
from kg.viz.layout import positions
from kg.viz.model import NODE_TYPES, VizGraph, VizNode, date_span
from kg.viz.network import to_networkx
from kg.viz.page import script_json
from kg.viz.query import read_graph

ALL = tuple(NODE_TYPES)
PREFIXES = """
PREFIX bro: <https://w3id.org/kg-bilateral/ontology#>
PREFIX kgg: <https://w3id.org/kg-bilateral/id/graph/>
"""
GEXF = "{http://gexf.net/1.3}"


@pytest.fixture(scope="module")
def sample() -> Store:
    return store()


@pytest.fixture(scope="module")
def graph(sample: Store) -> VizGraph:
    return read_graph(sample, ALL)


def count(db: Store, where: str) -> int:
    query = f"{PREFIXES} SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"
    return int(next(iter(db.query(query)))["n"].value)


def store_counts(db: Store) -> tuple[int, int]:
    """Nodes and edges of the whole graph, counted straight from the store: every entity
    and fact; one edge per entity and event (whatever its roles), per other link, per
    stated level of relations, per person or organization and the state it serves."""
    nodes = count(db, """
        { SELECT DISTINCT ?x WHERE { GRAPH kgg:entities {
            ?x a ?c VALUES ?c { bro:Person bro:State bro:Organization } } } }
        UNION { SELECT DISTINCT ?x WHERE { GRAPH ?g {
            ?x a ?c VALUES ?c { bro:Event bro:Agreement bro:NumericClaim bro:Quote } } } }
    """)  # fmt: skip
    edges = count(db, """
        { SELECT DISTINCT ?f ?x WHERE { GRAPH ?g { ?f bro:participant|bro:visitor|bro:host ?x } } }
        UNION { SELECT DISTINCT ?f ?p ?x WHERE { GRAPH ?g { ?f ?p ?x VALUES ?p {
            bro:party bro:signatory bro:speaker bro:concernsState bro:signingEvent } } } }
        UNION { SELECT DISTINCT ?f WHERE { GRAPH ?g { ?f a bro:RelationLevel } } }
        UNION { SELECT DISTINCT ?e ?s WHERE { GRAPH kgg:entities { ?e a bro:Person
            { ?e bro:holdsPost/bro:ofState ?s } UNION { ?e bro:ofState ?s } } } }
        UNION { SELECT DISTINCT ?e ?s WHERE { GRAPH kgg:entities {
            ?e a bro:Organization ; bro:ofState ?s } } }
    """)  # fmt: skip
    return nodes, edges


def edge(graph: VizGraph, kind: str, source: str, target: str):
    found = [e for e in graph.edges if (e.kind, e.source, e.target) == (kind, source, target)]
    assert len(found) == 1, (kind, source, target, [e.id for e in graph.edges])
    return found[0]


def test_every_entity_and_fact_is_a_node_and_every_link_an_edge(sample: Store, graph: VizGraph):
    assert (len(graph.nodes), len(graph.edges)) == store_counts(sample)
    assert len({n.id for n in graph.nodes}) == len(graph.nodes)
    assert len({e.id for e in graph.edges}) == len(graph.edges)
    ids = {n.id for n in graph.nodes}
    assert all(e.source in ids and e.target in ids for e in graph.edges)


def test_nodes_carry_label_type_wikidata_mentions_and_sources(graph: VizGraph):
    nodes = {n.id: n for n in graph.nodes}
    xi = nodes["person/Q15031"]
    assert (xi.label, xi.type, xi.office) == ("Си Цзиньпин", "Person", "председатель КНР")
    assert xi.wikidata == "http://www.wikidata.org/entity/Q15031"
    assert (xi.mentions, xi.sources, xi.label_en) == (1, ["docA"], "Xi Jinping")
    # one fact read from two documents is one node with two sources
    programme = nodes["agreement/trade-programme"]
    assert programme.sources == ["docA", "docB"]
    assert programme.status == "signed"  # docB's "signed" over docA's "planned"
    assert {e.doc for e in programme.evidence} == {"docA", "docB"}
    visit = nodes["event/blr-chn-visit"]
    assert (visit.kind, visit.date, visit.location) == ("StateVisit", "2023-03-01", "Пекин")
    assert [e.text for e in visit.evidence] == ["прибыл в Китай с государственным визитом"]
    assert nodes["claim/blr-chn-trade-2022"].label.startswith("товарооборот: ≈ 3\u00a0100")


def test_edges_are_typed_labelled_and_counted_in_documents(graph: VizGraph):
    # the visitor is also among the participants: one edge, the specific role
    visit = "event/blr-chn-visit"
    assert edge(graph, "visitor", "person/aleksandr-lukashenko", visit).date == "2023-03-01"
    assert not [e for e in graph.edges if e.source == "person/aleksandr-lukashenko"
                and e.target == visit and e.kind == "participant"]  # fmt: skip
    assert edge(graph, "host", "state/CHN", visit).label == "принимающая сторона"
    assert edge(graph, "participant", "person/Q15031", visit).fact == visit
    assert edge(graph, "signatory", "person/Q39259", "agreement/tur-uzb-treaty").sources == ["docB"]
    party = edge(graph, "party", "state/TUR", "agreement/trade-programme")
    assert party.sources == ["docB"]
    assert edge(graph, "speaker", "person/Q15031", "quote/xi-friends").label
    office = edge(graph, "holds_office", "person/aleksandr-lukashenko", "state/BLR")
    assert office.label == "президент"
    assert edge(graph, "of_state", "org/belaz", "state/BLR").label == "относится к"
    relation = edge(graph, "relation", "state/BLR", "state/CHN")
    assert relation.label == "всепогодное всеобъемлющее стратегическое партнерство"
    assert (relation.date, relation.sources) == ("2023-03", ["docA"])
    assert relation.evidence[0].text == "всепогодного всеобъемлющего стратегического партнерства"


def test_include_and_one_document(sample: Store):
    default = read_graph(sample, DEFAULT_INCLUDE)
    assert {n.type for n in default.nodes} == {"Person", "State", "Organization", "Agreement",
                                               "Event"}  # fmt: skip
    assert not [e for e in default.edges if e.kind in ("speaker", "concerns")]
    persons = read_graph(sample, ["person"])
    assert [n.type for n in persons.nodes] == ["Person"] * 4 and persons.edges == []
    one = read_graph(sample, ALL, doc="docB")
    assert {n.id for n in one.nodes if n.type == "State"} == {"state/TUR", "state/UZB"}
    assert all(n.sources == ["docB"] for n in one.nodes)
    with pytest.raises(UsageError, match="no document 'docC'"):
        read_graph(sample, ALL, doc="docC")


def test_parse_include():
    assert parse_include("quotes, Person,person") == ("person", "quote")
    assert parse_include("all") == ALL
    for bad in ("persons,nobody", ", ,"):
        with pytest.raises(UsageError):
            parse_include(bad)


def test_date_span():
    assert date_span("2024-02") == ("2024-02-01", "2024-02-29")
    assert date_span("1992") == ("1992-01-01", "1992-12-31")
    assert date_span("2022-11-28") == ("2022-11-28", "2022-11-28")
    assert [date_span(v) for v in ("", "2022-13", "22-11", "2022-02-30")] == [None] * 4


def test_graphml_reads_back_with_typed_keys(graph: VizGraph):
    data = render(graph, "graphml")
    assert data.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    keys = ET.fromstring(data).findall("{http://graphml.graphdrawing.org/xmlns}key")
    assert len({k.get("id") for k in keys}) == len(keys)
    types = {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in keys}
    assert types[("node", "mentions")] == "long" and types[("edge", "weight")] == "long"
    assert types[("node", "label")] == "string"
    back = nx.read_graphml(io.BytesIO(data))
    assert (back.number_of_nodes(), back.number_of_edges()) == (len(graph.nodes), len(graph.edges))
    assert back.nodes["person/Q15031"]["label"] == "Си Цзиньпин"
    assert back.nodes["person/Q15031"]["mentions"] == 1
    assert "mentions" not in back.nodes["event/blr-chn-visit"]  # facts are not mentioned


def test_gexf_1_3_is_dynamic_and_keeps_parallel_edges_apart(graph: VizGraph):
    data = render(graph, "gexf")
    root = ET.fromstring(data)
    assert root.tag == f"{GEXF}gexf" and root.get("version") == "1.3"
    g = root.find(f"{GEXF}graph")
    assert (g.get("mode"), g.get("timeformat")) == ("dynamic", "date")
    nodes = {n.get("id"): n for n in g.iter(f"{GEXF}node")}
    assert (nodes["event/blr-chn-visit"].get("start"), nodes["event/blr-chn-visit"].get("end")) == (
        "2023-03-01", "2023-03-01")  # fmt: skip
    treaty = nodes["agreement/tur-uzb-treaty"]
    assert (treaty.get("start"), treaty.get("end")) == ("1992-01-01", "1992-12-31")
    assert nodes["state/BLR"].get("start") is None
    colour = nodes["state/BLR"].find("{http://gexf.net/1.3/viz}color")
    assert "#{:02x}{:02x}{:02x}".format(*(int(colour.get(c)) for c in "rgb")) == "#d35400"
    edges = list(g.iter(f"{GEXF}edge"))
    assert all(e.get("kind") == e.get("label") for e in edges)
    relation = next(e for e in edges if e.get("id") == "relation/blr-chn")
    assert (relation.get("start"), relation.get("end")) == ("2023-03-01", None)
    back = nx.read_gexf(io.BytesIO(data))
    assert (back.number_of_nodes(), back.number_of_edges()) == (len(graph.nodes), len(graph.edges))


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_control_characters_of_a_text_do_not_break_the_xml(fmt: str):
    text = "Визит\x0cв\x01Минск\x0b\ufffe"
    node = VizNode("event/x", "Event", text, "https://example.org/x", location="Минск\x1f")
    data = render(VizGraph([node], []), fmt)
    back = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(io.BytesIO(data))
    assert back.nodes["event/x"]["label"] == "Визит\ufffdв\ufffdМинск\ufffd\ufffd"


def test_cytoscape_json_shape(graph: VizGraph):
    data = json.loads(render(graph, "cytoscape"))
    assert isinstance(data["data"], dict)
    nodes, edges = data["elements"]["nodes"], data["elements"]["edges"]
    assert len(nodes) == len(graph.nodes) and len(edges) == len(graph.edges)
    ids = {n["data"]["id"] for n in nodes}
    assert all({"label", "type"} <= n["data"].keys() for n in nodes)
    assert all(e["data"]["source"] in ids and e["data"]["target"] in ids for e in edges)
    assert len({e["data"]["id"] for e in edges}) == len(edges)
    assert all(e["data"]["interaction"] == e["data"]["kind"] for e in edges)


def test_layout_places_every_node_apart_and_the_same_every_time(graph: VizGraph):
    g = to_networkx(graph)
    first = positions(g)
    assert first == positions(g) and first.keys() == set(g)
    assert len(set(first.values())) == len(first)
    big = nx.MultiDiGraph()
    for i in range(1200):  # above the hubs' spring layout: the spirals and the packing
        big.add_node(f"f{i}", type="Event")
        big.add_edge(f"e{i % 40}", f"f{i}")
        big.add_edge(f"e{(i * 7) % 40}", f"f{i}")
        big.add_node(f"e{i % 40}", type="Person")
    big.add_nodes_from(f"alone{i}" for i in range(50))
    placed = positions(big)
    assert placed.keys() == set(big) and len(set(placed.values())) == len(placed)


def test_data_in_the_page_cannot_close_its_script_element():
    hostile = "</script><script>alert(1)</script> & \u2028 <!--"
    text = script_json({"label": hostile})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"label": hostile}
    node = VizNode("person/x", "Person", hostile, "https://example.org/x")
    page = render(VizGraph([node], []), "html").decode()
    assert page.count("</script>") == 3  # the data, the library, the page's script
