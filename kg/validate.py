"""SHACL validation of the graph against the shipped shapes, of only what changed.

Shapes see the union of all named graphs, because a mention in a document's
graph must refer to an entity typed in the entity graph. pyshacl needs rdflib,
so terms are converted once each (off the hot path; about twice as fast as
round-tripping through N-Triples).

Incremental: every shipped shape checks a focus node through its own triples
(predicate paths only) and, through `sh:class`, the types of the nodes they point
to; nothing else (no inverse or sequence paths, no `sh:node` into a neighbour's
properties, no SPARQL constraints: `_local_shapes` checks this and validates
everything otherwise). So whether a node conforms depends only on its triples
(over all graphs) and its neighbours' types: a node whose unit (those two, hashed)
was found conforming before, under the same shapes and ontology, conforms still.
`kg validate` keeps those hashes beside the store and validates only the other
nodes: the ones a build added or changed, and the ones that failed. pyrudof (Rust)
reported the same violations as pyshacl on the same data but was only about 1.5×
faster at 55,000 quads, and words some reports its own way instead of `sh:message`,
so pyshacl stays (README, Performance).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path
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
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_SHIPPED = ("shapes.ttl", "bilateral.ttl")
CACHE = "kg-validated.txt"  # in the store directory: hashes of units found conforming
# What a shape may use for a node's verdict to depend only on its unit (module docstring).
_LOCAL = {
    *("NodeShape", "PropertyShape", "targetClass", "property", "path", "message", "class"),
    *("datatype", "nodeKind", "IRI", "minCount", "maxCount", "in", "pattern", "languageIn"),
    *("lessThan", "or", "minInclusive", "qualifiedValueShape", "qualifiedMinCount"),
    "qualifiedMaxCount",
}


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


def _report(results: Graph, focus: set[Node]) -> tuple[list[str], set[Node]]:
    """One line per violation of a node among `focus` (severity, focus node, path,
    message (value)), and those nodes; other nodes were only there for their types."""
    lines, failing = [], set()
    for result in results.subjects(SH.resultSeverity, None):
        node = results.value(result, SH.focusNode)
        if node not in focus:
            continue
        failing.add(node)
        severity = _short(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1]
        path = _short(results.value(result, SH.resultPath))
        message = str(results.value(result, SH.resultMessage) or "")
        value = results.value(result, SH.value)
        shown = f" (value: {_short(value)})" if value is not None else ""
        lines.append(f"{severity}: {_short(node)} {path}: {message}{shown}")
    return sorted(set(lines)), failing


def validate(
    data: Store | Dataset | Iterable[Quad], *, cache: Path | None = None, full: bool = False
) -> tuple[bool, str]:
    """Validates a store, dataset or quads; returns (conforms, readable report). With a
    `cache` file, nodes whose unit it lists as conforming are skipped (unless `full`),
    and the file is rewritten with what conforms now."""
    quads = data.quads_for_pattern(None, None, None, None) if isinstance(data, Store) else data
    units = _Units(quads)
    shapes, ontology = (_shipped(name) for name in _SHIPPED)
    version = _digest("".join((ONTOLOGY_DIR / n).read_text("utf-8") for n in _SHIPPED))
    known = set() if full or cache is None or not _local_shapes(shapes) else _load(cache, version)
    todo = {s for s, key in units.keys.items() if key not in known}
    graph = units.graph(todo)
    conforms, results, _ = pyshacl.validate(
        graph, shacl_graph=shapes, ont_graph=ontology, inference="none", inplace=True
    )
    lines, failing = _report(results, {units.rdflib_node(s) for s in todo})
    if cache is not None:
        bad = {str(node) for node in failing}  # an rdflib node's str is the pyoxigraph value
        kept = {key for s, key in units.keys.items() if s.value not in bad}  # type: ignore[attr-defined]
        _save(cache, version, kept)
    if not lines:
        skipped = len(units.keys) - len(todo)
        note = f" ({skipped} unchanged nodes not checked again)" if skipped else ""
        return True, f"Conforms: {units.triples} triples checked against the shipped shapes{note}."
    return False, "\n".join([f"{len(lines)} SHACL violation(s):", *lines])


class _Units:
    """Each subject's triples over all graphs, its unit's hash, and its neighbours' types."""

    def __init__(self, quads: Iterable[Quad]) -> None:
        self.triples_of: dict[object, set[tuple[object, object]]] = {}
        self.types: dict[object, set[object]] = {}
        for q in quads:
            self.triples_of.setdefault(q.subject, set()).add((q.predicate, q.object))
            if q.predicate.value == _RDF_TYPE:
                self.types.setdefault(q.subject, set()).add(q.object)
        self.triples = sum(len(t) for t in self.triples_of.values())
        self.keys = {s: self._key(s, t) for s, t in self.triples_of.items()}
        self._convert = _Converter()

    def _key(self, subject: object, triples: set[tuple[object, object]]) -> str:
        lines = sorted(f"{p} {o}" for p, o in triples)
        lines += sorted(f"{o} a {t}" for _, o in triples for t in self.types.get(o, ()))
        return _digest(f"{subject}\n" + "\n".join(lines))

    def rdflib_node(self, term: object) -> Node:
        return self._convert(term)  # type: ignore[arg-type]

    def graph(self, subjects: set[object]) -> Graph:
        """The units of `subjects`: their triples and their neighbours' types."""
        graph = Graph()
        add, convert, rdf_type = graph.add, self._convert, URIRef(_RDF_TYPE)
        for s in subjects:
            for p, o in self.triples_of[s]:
                add((convert(s), convert(p), convert(o)))
                for t in self.types.get(o, ()):
                    add((convert(o), rdf_type, convert(t)))
        return graph


def _local_shapes(shapes: Graph) -> bool:
    """Whether the shapes only use what keeps a node's verdict inside its unit."""
    used = {str(t)[len(str(SH)) :] for triple in shapes for t in triple if str(t).startswith(SH)}
    paths_are_predicates = all(isinstance(p, URIRef) for p in shapes.objects(None, SH.path))
    return used <= _LOCAL and paths_are_predicates


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=12).hexdigest()


def _load(cache: Path, version: str) -> set[str]:
    try:
        first, *keys = cache.read_text(encoding="ascii").split("\n")
    except (OSError, UnicodeDecodeError):
        return set()
    return set(keys) if first == version else set()


def _save(cache: Path, version: str, keys: set[str]) -> None:
    """Written aside and renamed: a reader never sees half a file."""
    partial = cache.with_name(f".{cache.name}.{os.getpid()}")
    try:
        partial.write_text("\n".join([version, *sorted(keys)]), encoding="ascii")
        partial.replace(cache)
    except OSError:
        partial.unlink(missing_ok=True)  # a read-only store: validated, just not remembered
