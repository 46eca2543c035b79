"""The self-contained HTML page: cytoscape.js (vendored from npm with its licence), the
page's own CSS and script, and the graph as JSON, all inlined, so the file works offline
and from any directory.

The graph goes in a `<script type="application/json">` element and is read with
JSON.parse; `<`, `>` and `&` are written as JSON escapes, so no text in the data (a
`</script>` in a quote, say) can end the element or open markup.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import networkx as nx

from kg.viz.layout import positions
from kg.viz.model import ENTITY_TYPES, TYPE_STYLE, Evidence, VizEdge, VizGraph, VizNode
from kg.viz.network import edge_attributes, node_size, to_networkx

_HERE = Path(__file__).resolve().parent
ASSETS = _HERE / "assets"
VENDOR = _HERE / "vendor"


def render(graph: VizGraph, title: str = "kg — граф отношений") -> str:
    g = to_networkx(graph)
    where = positions(g)
    present = {n.type for n in graph.nodes}
    data = {
        "title": title,
        "types": [
            {"type": t, "label": label, "color": color, "shape": shape}
            for t, (label, color, shape) in TYPE_STYLE.items()
            if t in present
        ],
        "nodes": [_node(n, where[n.id], g) for n in graph.nodes],
        "edges": [_edge(e) for e in graph.edges],
    }
    page = (ASSETS / "page.html").read_text(encoding="utf-8")
    parts = {
        "__TITLE__": html.escape(title),
        "__CSS__": (ASSETS / "page.css").read_text(encoding="utf-8"),
        "__DATA__": script_json(data),
        "__CYTOSCAPE__": _script_source(VENDOR / "cytoscape.min.js"),
        "__APP__": _script_source(ASSETS / "page.js"),
    }
    for marker, text in parts.items():
        page = page.replace(marker, text)
    return page


def script_json(data: object) -> str:
    """JSON that cannot end its <script> element or be read as markup."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):  # fmt: skip
        text = text.replace(char, escape)
    return text


def _script_source(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if "</script" in text.lower():
        raise ValueError(f"{path} contains '</script' and cannot be inlined")
    return text


def _evidence(evidence: list[Evidence]) -> list[list[str | int]]:
    return [[e.doc, e.start, e.end, e.text] for e in evidence]


def _node(node: VizNode, xy: tuple[float, float], g: nx.MultiDiGraph) -> dict:
    attrs = g.nodes[node.id]
    data = {
        **attrs,
        "id": node.id,
        "fact": node.type not in ENTITY_TYPES,
        "sources": node.sources,
        "aliases": node.aliases,
        "evidence": _evidence(node.evidence),
        "size": node_size(attrs, g.degree(node.id)),
    }
    return {"data": data, "position": {"x": xy[0], "y": xy[1]}}


def _edge(edge: VizEdge) -> dict:
    data = {
        **edge_attributes(edge),
        "source": edge.source,
        "target": edge.target,
        "sources": edge.sources,
        "stated_by": edge.stated_by,
        "evidence": _evidence(edge.evidence),
    }
    return {"data": data}
