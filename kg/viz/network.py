"""The visualisers' graph as a networkx MultiDiGraph with flat attributes (strings and
integers only), the common ground of GraphML, GEXF and Cytoscape tables.

Dated nodes and edges carry `start`/`end`: the first and last day their date covers
(a relation level holds from its date on, so it has no `end`). networkx's GEXF writer
turns these into the element attributes Gephi's timeline plays; elsewhere they are
ordinary columns. Empty values are left out rather than written as "".
"""

from __future__ import annotations

import re

import networkx as nx

from kg.viz.model import ENTITY_TYPES, Evidence, VizEdge, VizGraph, VizNode, date_span

LIST_SEPARATOR = "; "
# Characters XML 1.0 cannot carry (C0 controls other than tab and newlines, U+FFFE/U+FFFF):
# a form feed in a source sentence would make the GraphML and GEXF unreadable.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def to_networkx(graph: VizGraph) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(name="kg")
    for node in graph.nodes:
        g.add_node(node.id, **node_attributes(node))
    for edge in graph.edges:
        g.add_edge(edge.source, edge.target, key=edge.id, **edge_attributes(edge))
    return g


def node_attributes(node: VizNode) -> dict[str, str | int]:
    attrs: dict[str, str | int] = {
        "label": node.label,
        "type": node.type,
        "kind": node.kind,
        "label_en": node.label_en,
        "iri": node.iri,
        "wikidata": node.wikidata,
        "office": node.office,
        "date": node.date,
        "status": node.status,
        "location": node.location,
        "text": node.text,
        "mentions": node.mentions if node.type in ENTITY_TYPES else "",
        "documents": len(node.sources),
        "sources": LIST_SEPARATOR.join(node.sources),
        "aliases": LIST_SEPARATOR.join(node.aliases),
        "evidence": sentences(node.evidence),
    }
    return _dated(attrs, node.date, open_end=False)


def edge_attributes(edge: VizEdge) -> dict[str, str | int]:
    attrs: dict[str, str | int] = {
        "id": edge.id,
        "kind": edge.kind,
        "label": edge.label,
        "date": edge.date,
        "documents": len(edge.sources),
        # Gephi's weight: how many documents support the edge (1 for entity-graph facts
        # no document names)
        "weight": max(1, len(edge.sources)),
        "sources": LIST_SEPARATOR.join(edge.sources),
        "fact": edge.fact,
        "stated_by": LIST_SEPARATOR.join(edge.stated_by),
        "evidence": sentences(edge.evidence),
    }
    return _dated(attrs, edge.date, open_end=edge.open_end)


def node_size(attrs: dict, degree: int) -> float:
    """Entities grow with their mentions, facts with their documents and links."""
    weight = (
        attrs.get("mentions", 0) if attrs["type"] in ENTITY_TYPES else attrs["documents"] + degree
    )
    return round(min(60.0, 12.0 + 6.0 * (weight**0.5)), 1)


def sentences(evidence: list[Evidence]) -> str:
    """The source sentences as one table cell: a "doc [start–end] sentence" line each."""
    return "\n".join(f"{e.doc} [{e.start}–{e.end}] {e.text}" for e in evidence)


def _dated(attrs: dict[str, str | int], date: str, open_end: bool) -> dict[str, str | int]:
    span = date_span(date)
    if span is not None:
        attrs["start"] = span[0]
        if not open_end:
            attrs["end"] = span[1]
    return {k: _NOT_XML.sub("\ufffd", v) if isinstance(v, str) else v
            for k, v in attrs.items() if v != ""}  # fmt: skip
