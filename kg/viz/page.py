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
from kg.viz.model import ENTITY_TYPES, Evidence, VizEdge, VizGraph, VizNode
from kg.viz.network import edge_attributes, to_networkx

_HERE = Path(__file__).resolve().parent
ASSETS = _HERE / "assets"
VENDOR = _HERE / "vendor"

# type → (Russian label of the filter, colour, cytoscape shape)
_TYPE_STYLE = {
    "Person": ("Персоны", "#2f80ed", "ellipse"),
    "State": ("Государства", "#d35400", "round-hexagon"),
    "Organization": ("Организации", "#27ae60", "round-rectangle"),
    "Agreement": ("Соглашения", "#8e44ad", "round-tag"),
    "Event": ("События", "#e2a300", "diamond"),
    "Claim": ("Цифры", "#16a085", "round-triangle"),
    "Quote": ("Цитаты", "#7f8c8d", "round-rectangle"),
}


def render(graph: VizGraph, title: str = "kg — граф отношений") -> str:
    g = to_networkx(graph)
    where = positions(g)
    present = {n.type for n in graph.nodes}
    data = {
        "title": title,
        "types": [
            {"type": t, "label": label, "color": color, "shape": shape}
            for t, (label, color, shape) in _TYPE_STYLE.items()
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
        "size": _size(node, g.degree(node.id)),
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


def _size(node: VizNode, degree: int) -> float:
    """Entities grow with their mentions, facts with their documents and links."""
    weight = node.mentions if node.type in ENTITY_TYPES else len(node.sources) + degree
    return round(min(60.0, 12.0 + 6.0 * (weight**0.5)), 1)
