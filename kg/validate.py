"""SHACL validation of the graph against the shipped shapes.

Shapes see the union of all named graphs, because a mention in a document's
graph must refer to an entity typed in the entity graph. pyshacl needs rdflib,
so the quads are handed over as N-Triples: off the hot path, and faster than
building rdflib terms one by one.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyshacl
from pyoxigraph import Dataset, Quad, RdfFormat, Store, Triple, serialize
from rdflib import Graph, Namespace
from rdflib.term import Node

from kg.rdf import PREFIXES
from kg.resources import ONTOLOGY_DIR

SH = Namespace("http://www.w3.org/ns/shacl#")


def _union_graph(data: Store | Dataset | Iterable[Quad]) -> Graph:
    """All triples of all graphs, as one rdflib graph."""
    quads = data.quads_for_pattern(None, None, None, None) if isinstance(data, Store) else data
    triples = (Triple(q.subject, q.predicate, q.object) for q in quads)
    graph = Graph()
    graph.parse(data=serialize(triples, format=RdfFormat.N_TRIPLES), format="nt")
    return graph


def _shipped(name: str) -> Graph:
    return Graph().parse(ONTOLOGY_DIR / name, format="turtle")


def _short(term: Node | None) -> str:
    """A term as a reader writes it: prefixed name for IRIs, the text for literals."""
    if term is None:
        return "-"
    text = str(term)
    for prefix, base in PREFIXES.items():
        if text.startswith(base) and len(text) > len(base):
            return f"{prefix}:{text[len(base) :]}"
    return text


def _report(results: Graph) -> list[str]:
    """One line per violation: severity, focus node, path, message (value)."""
    lines = []
    for result in results.subjects(SH.resultSeverity, None):
        severity = _short(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1]
        focus = _short(results.value(result, SH.focusNode))
        path = _short(results.value(result, SH.resultPath))
        message = str(results.value(result, SH.resultMessage) or "")
        value = results.value(result, SH.value)
        shown = f" (value: {_short(value)})" if value is not None else ""
        lines.append(f"{severity}: {focus} {path}: {message}{shown}")
    return sorted(set(lines))


def validate(data: Store | Dataset | Iterable[Quad]) -> tuple[bool, str]:
    """Validates a store, dataset or quads; returns (conforms, readable report)."""
    graph = _union_graph(data)
    checked = len(graph)
    conforms, results, _ = pyshacl.validate(
        graph,
        shacl_graph=_shipped("shapes.ttl"),
        ont_graph=_shipped("bilateral.ttl"),
        inference="none",
        inplace=True,
    )
    if conforms:
        return True, f"Conforms: {checked} triples checked against the shipped shapes."
    lines = _report(results)
    return False, "\n".join([f"{len(lines)} SHACL violation(s):", *lines])
