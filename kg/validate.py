"""SHACL validation of the graph against the shipped shapes.

Shapes see the union of all named graphs, because a mention in a document's
graph must refer to an entity typed in the entity graph. pyshacl needs rdflib,
so terms are converted once each (off the hot path; about twice as fast as
round-tripping through N-Triples).
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import unquote

import pyshacl
from pyoxigraph import BlankNode, Dataset, Literal, NamedNode, Quad, Store
from rdflib import BNode, Graph, Namespace, URIRef
from rdflib import Literal as RLiteral
from rdflib.term import Node

from kg.rdf import PREFIXES
from kg.resources import ONTOLOGY_DIR

SH = Namespace("http://www.w3.org/ns/shacl#")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _union_graph(data: Store | Dataset | Iterable[Quad]) -> Graph:
    """All triples of all graphs, as one rdflib graph."""
    quads = data.quads_for_pattern(None, None, None, None) if isinstance(data, Store) else data
    graph = Graph()
    add = graph.add
    convert = _Converter()
    for q in quads:
        add((convert(q.subject), convert(q.predicate), convert(q.object)))
    return graph


class _Converter:
    """pyoxigraph → rdflib terms, each distinct term built once: graphs repeat terms a lot."""

    def __init__(self) -> None:
        self._seen: dict[object, Node] = {}

    def __call__(self, term: NamedNode | BlankNode | Literal) -> Node:
        known = self._seen.get(term)
        if known is None:
            known = self._seen[term] = _convert(term)
        return known


def _convert(term: NamedNode | BlankNode | Literal) -> Node:
    if isinstance(term, NamedNode):
        return URIRef(term.value)
    if isinstance(term, BlankNode):
        return BNode(term.value)
    if term.language:
        return RLiteral(term.value, lang=term.language)
    if term.datatype.value == _XSD_STRING:  # rdflib spells xsd:string as no datatype
        return RLiteral(term.value)
    return RLiteral(term.value, datatype=URIRef(term.datatype.value))


def _shipped(name: str) -> Graph:
    return Graph().parse(ONTOLOGY_DIR / name, format="turtle")


def _short(term: Node | None) -> str:
    """A term as a reader writes it: prefixed, percent-decoded IRIs; the text of literals."""
    if term is None:
        return "-"
    text = unquote(str(term)) if isinstance(term, URIRef) else str(term)
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
