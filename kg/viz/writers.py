"""GraphML, GEXF and Cytoscape.js JSON, each written by networkx.

GEXF is 1.3 (networkx ≥ 3.6 writes and reads it). Two touches on the element tree
networkx builds, before networkx serialises it: each edge gets the 1.3 `kind` attribute
(its label), without which Gephi merges parallel edges such as two levels of relations
between the same states; and the XML Schema instance namespace, which networkx spells
`http://w3.org/…` for 1.3, gets its real IRI.
"""

from __future__ import annotations

import json
from typing import IO

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from kg.viz.model import TYPE_STYLE
from kg.viz.network import node_size

_XSI = "http://www.w3.org/2001/XMLSchema-instance"


def write_graphml(g: nx.MultiDiGraph, out: IO[bytes]) -> None:
    nx.write_graphml(g, out, encoding="utf-8", prettyprint=True)


def write_gexf(g: nx.MultiDiGraph, out: IO[bytes]) -> None:
    """Nodes coloured by type and sized as on the HTML page (viz:color, viz:size)."""
    g = g.copy()
    for node, attrs in g.nodes(data=True):
        colour = TYPE_STYLE[attrs["type"]][1]
        r, gr, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
        attrs["viz"] = {
            "color": {"r": r, "g": gr, "b": b},
            "size": node_size(attrs, g.degree(node)),
        }
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.3")
    writer.add_graph(g)
    writer.xml.set("xmlns:xsi", _XSI)
    labels = {str(key): data.get("label", "") for _, _, key, data in g.edges(keys=True, data=True)}
    for element in writer.xml.iter("edge"):
        kind = labels.get(element.get("id", ""), "")
        if kind:
            element.set("kind", kind)
    writer.write(out)


def cytoscape_json(g: nx.MultiDiGraph) -> dict:
    """`{"data": {…}, "elements": {"nodes": [{"data": …}], "edges": [{"data": …}]}}`: what
    cytoscape.js takes as `elements` and Cytoscape desktop imports as a .cyjs network."""
    data = nx.cytoscape_data(g, name="label")
    # networkx lists the graph's attributes as pairs; both Cytoscapes read an object
    data["data"] = dict(g.graph)
    for edge in data["elements"]["edges"]:
        edge["data"]["interaction"] = edge["data"]["kind"]  # Cytoscape desktop's edge type
    return data


def write_cytoscape(g: nx.MultiDiGraph, out: IO[bytes]) -> None:
    out.write(json.dumps(cytoscape_json(g), ensure_ascii=False, indent=1).encode("utf-8"))
