"""Node positions for the HTML page, computed once here so the browser only draws.

Measured in headless Chromium (2 shared cores): cytoscape.js's force layout ('cose')
takes ~2 s at 250 nodes and ~50 s at 1,000, and networkx's spring layout needs scipy
above 500 nodes and minutes at 5,000, while drawing 5,000 preset positions takes ~2 s.

So each connected component is laid out on its own and the components are packed in
rows, largest first. Within a component, the spring layout runs on its best-connected
nodes only (the states and people the facts hang on, at most `HUBS`); every other node
goes on a sunflower spiral around the nodes it is linked to, which also keeps the many
facts that share the same participants from piling up on one point.
"""

from __future__ import annotations

import math
from collections import defaultdict
from itertools import combinations

import networkx as nx

from kg.viz.model import ENTITY_TYPES

HUBS = 150
SPACING = 40.0  # pixels between neighbouring nodes
LABEL_WIDTH = 150.0  # room for the label of a lone node
_GOLDEN = math.pi * (3 - math.sqrt(5))

Point = tuple[float, float]


def positions(g: nx.MultiDiGraph, seed: int = 7) -> dict[str, Point]:
    """Pixel positions for every node of `g`, the same on every run."""
    simple = nx.Graph()
    simple.add_nodes_from((n, {"type": g.nodes[n].get("type")}) for n in sorted(g))
    simple.add_edges_from((u, v) for u, v in g.edges() if u != v)
    parts = sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(c)))
    return _pack([_component(simple.subgraph(c), seed) for c in parts])


def _component(g: nx.Graph, seed: int) -> dict[str, Point]:
    if len(g) == 1:
        return {next(iter(g)): (0.0, 0.0)}
    hubs = _hubs(g)
    skeleton = _skeleton(g, hubs)
    pos = nx.spring_layout(skeleton, seed=seed, iterations=200, weight=None)
    # spread the hubs over a disc whose area leaves the spirals around them room
    room = SPACING * 1.6 * math.sqrt(len(g))
    placed = {n: (x * room, y * room) for n, (x, y) in _even(pos).items()}
    _place_around(g, placed)
    return placed


def _even(pos: dict) -> dict[str, Point]:
    """The same directions from the centre, with distances spread evenly over the unit
    disc by rank: a few weakly tied hubs flung far out no longer squeeze the rest."""
    if len(pos) < 3:
        return {n: (float(x), float(y)) for n, (x, y) in pos.items()}
    cx = sum(float(x) for x, _ in pos.values()) / len(pos)
    cy = sum(float(y) for _, y in pos.values()) / len(pos)
    ranked = sorted(pos, key=lambda n: (math.hypot(pos[n][0] - cx, pos[n][1] - cy), n))
    out = {}
    for i, node in enumerate(ranked):
        angle = math.atan2(pos[node][1] - cy, pos[node][0] - cx)
        r = math.sqrt((i + 0.5) / len(ranked))
        out[node] = (r * math.cos(angle), r * math.sin(angle))
    return out


def _hubs(g: nx.Graph) -> set[str]:
    """The best-connected entities (persons, states, organizations); the best-connected
    nodes of a component without any."""
    ranked = sorted(g, key=lambda n: (-g.degree(n), n))
    entities = [n for n in ranked if g.nodes[n].get("type") in ENTITY_TYPES]
    return set((entities or ranked)[:HUBS])


def _skeleton(g: nx.Graph, hubs: set[str]) -> nx.Graph:
    """The hubs, tied by direct edges and by every node they share."""
    out = nx.Graph()
    out.add_nodes_from(sorted(hubs))
    for node in sorted(g):
        near = sorted(m for m in g[node] if m in hubs)
        pairs = [(node, m) for m in near] if node in hubs else list(combinations(near, 2))
        for a, b in pairs:
            weight = out.get_edge_data(a, b, {"weight": 0})["weight"]
            out.add_edge(a, b, weight=weight + 1)
    return out


def _place_around(g: nx.Graph, placed: dict[str, Point]) -> None:
    """Breadth first from the placed nodes: each node goes on a spiral around the mean of
    its placed neighbours; nodes sharing those neighbours share the spiral."""
    frontier = sorted(placed)
    turns: dict[tuple[int, int], int] = defaultdict(int)
    while frontier:
        waiting = sorted({m for n in frontier for m in g[n] if m not in placed})
        for node in waiting:
            near = [placed[m] for m in g[node] if m in placed]
            cx = sum(x for x, _ in near) / len(near)
            cy = sum(y for _, y in near) / len(near)
            centre = (round(cx), round(cy))
            turns[centre] += 1
            i = turns[centre] + (1 if len(near) == 1 else 0)  # not on top of its one hub
            r = SPACING * 0.75 * math.sqrt(i)
            placed[node] = (cx + r * math.cos(i * _GOLDEN), cy + r * math.sin(i * _GOLDEN))
        frontier = waiting


def _pack(parts: list[dict[str, Point]]) -> dict[str, Point]:
    """Components side by side in rows about as wide as the largest one (or the square
    root of the total area), biggest first."""
    boxes = []
    for part in parts:
        xs = [x for x, _ in part.values()]
        ys = [y for _, y in part.values()]
        # a lone node's box leaves room for its label
        width = max(max(xs) - min(xs) + SPACING, LABEL_WIDTH)
        boxes.append((min(xs), min(ys), width, max(ys) - min(ys) + SPACING))
    area = sum(w * h for _, _, w, h in boxes)
    width = max(max((w for *_, w, _ in boxes), default=0.0), math.sqrt(area) * 1.3)
    out: dict[str, Point] = {}
    x = y = row = 0.0
    for part, (left, top, w, h) in zip(parts, boxes, strict=True):
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row, 0.0
        for node, (px, py) in part.items():
            out[node] = (round(px - left + x, 1), round(py - top + y, 1))
        x += w
        row = max(row, h)
    return out
