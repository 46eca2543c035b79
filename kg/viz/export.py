"""`kg viz`: the store's graph in one of four formats, as bytes."""

from __future__ import annotations

import io
from pathlib import Path

from kg.errors import UsageError
from kg.store import KgStore
from kg.viz import DEFAULT_INCLUDE, page, writers
from kg.viz.model import NODE_TYPES, VizGraph
from kg.viz.network import to_networkx
from kg.viz.query import read_graph


def parse_include(text: str) -> tuple[str, ...]:
    """Node kinds from "person,state" (plurals and "all" too), in NODE_TYPES order."""
    wanted = set()
    for word in (w.strip().lower() for w in text.split(",")):
        if word == "all":
            wanted |= set(NODE_TYPES)
        elif word in NODE_TYPES or word.removesuffix("s") in NODE_TYPES:
            wanted.add(word if word in NODE_TYPES else word.removesuffix("s"))
        elif word:
            raise UsageError(
                f"unknown kind {word!r} in --include; choose from {', '.join(NODE_TYPES)} or all"
            )
    if not wanted:
        raise UsageError("--include names no kind of node")
    return tuple(k for k in NODE_TYPES if k in wanted)


def load(
    store: Path, include: tuple[str, ...] = DEFAULT_INCLUDE, doc: str | None = None
) -> VizGraph:
    """The graph, read in one go so the store is released before the slower rendering."""
    with KgStore.open_read(store) as kg:
        return read_graph(kg.db, include, doc)


def render(graph: VizGraph, fmt: str) -> bytes:
    if fmt == "html":
        return page.render(graph).encode("utf-8")
    write = {
        "graphml": writers.write_graphml,
        "gexf": writers.write_gexf,
        "cytoscape": writers.write_cytoscape,
    }[fmt]
    out = io.BytesIO()
    write(to_networkx(graph), out)
    return out.getvalue()
