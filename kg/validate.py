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
import json
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path
from urllib.parse import unquote

from pyoxigraph import BlankNode, Dataset, Literal, NamedNode, Quad, Store, Triple
from rdflib import BNode, Graph, Namespace, URIRef
from rdflib import Literal as RLiteral
from rdflib.term import Node

from kg.rdf import CONTENT_HASH, DERIVED_GRAPH, ENTITY_GRAPH, PREFIXES
from kg.resources import ONTOLOGY_DIR

SH = Namespace("http://www.w3.org/ns/shacl#")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDF_TYPE = NamedNode(_RDF_TYPE)
_Subject = NamedNode | BlankNode | Triple  # a pyoxigraph quad's subject
_Term = _Subject | Literal  # and its object
_NO_STAR = "a quoted triple (RDF-star) in the store: kg writes none, rdflib cannot check one"
_SHIPPED = ("shapes.ttl", "bilateral.ttl")
_SHARED = (ENTITY_GRAPH.value, DERIVED_GRAPH.value)  # graphs of no one document
CACHE = "kg-validated.json"  # in the store directory: hashes of units found conforming
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

    def __call__(self, term: _Term) -> Node:
        known = self._seen.get(term)
        if known is None:
            known = self._seen[term] = _convert(term)
        return known


def _convert(term: _Term) -> Node:
    if isinstance(term, NamedNode):
        return URIRef(term.value)
    if isinstance(term, BlankNode):
        return BNode(term.value)
    if isinstance(term, Triple):
        raise ValueError(_NO_STAR)
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
    """Validates a store, dataset or quads; returns (conforms, readable report)."""
    return prepare(data, cache=cache, full=full).run()


def prepare(
    data: Store | Dataset | Iterable[Quad], *, cache: Path | None = None, full: bool = False
) -> _Plan:
    """Reads what the validation needs (so a reader lock can be released before it runs).
    With a `cache` file, nodes it shows unchanged and conforming are skipped unless `full`."""
    if not isinstance(data, Store):
        store = Store()
        store.extend(data)  # a Dataset iterates its quads too
        data = store
    return _Plan(data, cache, full)


class _Plan:
    """Which nodes to check and their units (own triples over all graphs, neighbours' types).

    A node is checked again when its document graph's content hash changed (and so is a node
    pointing to a node typed in that graph: the types may have changed), when its triples in
    the entity or derived graph changed (a build rewrites them in part), when an entity it
    points to changed type, or when it failed last time; after a graph was removed every node
    is (a fact it shared keeps the rest of its triples elsewhere). With nothing changed no
    node is read, and pyshacl is neither imported nor run."""

    def __init__(self, db: Store, cache: Path | None, full: bool) -> None:
        self.cache = cache
        self.version = _digest("".join((ONTOLOGY_DIR / n).read_text("utf-8") for n in _SHIPPED))
        before = _load(cache, self.version) if cache and not full else _State()
        local = before.local or _local_shapes(self.shapes)  # a cache of these shapes knows
        if not local:
            before = _State()  # a verdict may depend on more than a unit: check everything
        self.state = _State(
            _graph_states(db), _entity_types(db), subjects=_shared_subjects(db), local=local
        )
        self.units = _Units(db, self._candidates(db, before))
        self.known = before.units

    def _candidates(self, db: Store, before: _State) -> set[_Subject]:
        """The nodes whose unit may have changed (class docstring)."""
        if set(before.graphs) - set(self.state.graphs) or not before.graphs:
            return {q.subject for q in db}
        candidates: set[_Subject] = set()
        for graph, state in self.state.graphs.items():
            if graph not in _SHARED and (state is None or before.graphs.get(graph) != state):
                named = NamedNode(graph)
                candidates.update(q.subject for q in db.quads_for_pattern(None, None, None, named))
                typed = {q.subject for q in db.quads_for_pattern(None, RDF_TYPE, None, named)}
                candidates.update(  # nodes pointing to those typed here: their types may differ
                    q.subject for s in typed for q in db.quads_for_pattern(None, None, s)
                )
        for subject in set(before.subjects) | set(self.state.subjects):
            if before.subjects.get(subject) != self.state.subjects.get(subject):
                candidates.add(_term(subject))
        for entity in set(before.types) | set(self.state.types):
            if before.types.get(entity) != self.state.types.get(entity):
                found = db.quads_for_pattern(None, None, NamedNode(entity), None)
                candidates.update(q.subject for q in found)
        candidates.update(_term(t) for t in before.failing)
        return candidates

    @cached_property
    def shapes(self) -> Graph:
        return _shipped(_SHIPPED[0])

    def run(self) -> tuple[bool, str]:
        todo = {s for s, key in self.units.keys.items() if key not in self.known}
        lines, failing = self._check(todo) if todo else ([], set())
        if self.cache is not None:
            bad = {str(node) for node in failing}  # an rdflib node's str is pyoxigraph's value
            ok = {key for s, key in self.units.keys.items() if s.value not in bad}
            self.state.units = self.known | ok  # a unit found conforming conforms for good
            failing_now = (s.value for s in self.units.keys if s.value in bad)
            self.state.failing = sorted(failing_now)
            _save(self.cache, self.version, self.state)
        if not lines:
            triples = sum(len(self.units.triples_of[s]) for s in todo)
            skipped = len(self.units.keys) - len(todo)
            note = (
                f" ({skipped} nodes unchanged since a run found them conforming)" if skipped else ""
            )
            if not self.units.keys and self.known:
                note = " (every node unchanged since a run found them conforming)"
            return True, f"Conforms: {triples} triples checked against the shipped shapes{note}."
        return False, "\n".join([f"{len(lines)} SHACL violation(s):", *lines])

    def _check(self, todo: set[NamedNode | BlankNode]) -> tuple[list[str], set[Node]]:
        """pyshacl on the units of `todo`: its report lines and the nodes that failed."""
        import pyshacl  # slow to import: only when something is checked

        _, results, _ = pyshacl.validate(
            self.units.graph(todo), shacl_graph=self.shapes, ont_graph=_shipped(_SHIPPED[1]),
            inference="none", inplace=True,
        )  # fmt: skip
        return _report(results, {self.units.rdflib_node(s) for s in todo})


class _Units:
    """Each subject's triples over all graphs, its unit's hash, and its neighbours' types."""

    def __init__(self, db: Store, subjects: Iterable[_Subject]) -> None:
        self.triples_of: dict[NamedNode | BlankNode, set[tuple[NamedNode, _Term]]] = {}
        self.types: dict[_Term, set[_Term]] = {}
        for s in subjects:
            if isinstance(s, Triple):
                raise ValueError(_NO_STAR)
            triples = {(q.predicate, q.object) for q in db.quads_for_pattern(s, None, None, None)}
            self.triples_of[s] = triples
            for _, o in triples:
                if o not in self.types and not isinstance(o, Literal):
                    self.types[o] = {q.object for q in db.quads_for_pattern(o, RDF_TYPE, None)}
        self.keys = {s: self._key(s, t) for s, t in self.triples_of.items()}
        self._convert = _Converter()

    def _key(self, subject: NamedNode | BlankNode, triples: set[tuple[NamedNode, _Term]]) -> str:
        lines = sorted(f"{p} {o}" for p, o in triples)
        lines += sorted(f"{o} a {t}" for _, o in triples for t in self.types.get(o, ()))
        return _digest(f"{subject}\n" + "\n".join(lines))

    def rdflib_node(self, term: _Term) -> Node:
        return self._convert(term)

    def graph(self, subjects: set[NamedNode | BlankNode]) -> Graph:
        """The units of `subjects`: their triples and their neighbours' types."""
        graph = Graph()
        add, convert, rdf_type = graph.add, self._convert, URIRef(_RDF_TYPE)
        for s in subjects:
            for p, o in self.triples_of[s]:
                add((convert(s), convert(p), convert(o)))
                for t in self.types.get(o, ()):
                    add((convert(o), rdf_type, convert(t)))
        return graph


@dataclass
class _State:
    """What a run found, kept in the cache file for the next one."""

    graphs: dict[str, str | None] = field(default_factory=dict)  # graph → content hash
    types: dict[str, str] = field(default_factory=dict)  # entity → its types
    units: set[str] = field(default_factory=set)  # hashes of units found conforming
    failing: list[str] = field(default_factory=list)  # nodes that did not conform
    # entity and derived graph subjects → digest of their triples there (both change by parts)
    subjects: dict[str, str] = field(default_factory=dict)
    local: bool = False  # the shapes keep a verdict inside a unit (`_local_shapes`)


def _graph_states(db: Store) -> dict[str, str | None]:
    """Every named graph; a document graph with its content hash, the others None."""
    out: dict[str, str | None] = {g.value: None for g in db.named_graphs()}  # type: ignore[union-attr]
    for q in db.quads_for_pattern(None, CONTENT_HASH, None, None):
        out[q.graph_name.value] = q.object.value  # type: ignore[union-attr]
    return out


def _shared_subjects(db: Store) -> dict[str, str]:
    """A digest of each subject's triples in the entity and derived graphs, which every build
    rewrites in part: a subject whose digest changed is checked again, no other."""
    lines: dict[str, list[str]] = {}
    for graph in _SHARED:
        for q in db.quads_for_pattern(None, None, None, NamedNode(graph)):
            line = f"{graph} {q.predicate} {q.object}"
            lines.setdefault(q.subject.value, []).append(line)  # type: ignore[union-attr]
    return {s: _digest("\n".join(sorted(found))) for s, found in lines.items()}


def _entity_types(db: Store) -> dict[str, str]:
    types: dict[str, list[str]] = {}
    for q in db.quads_for_pattern(None, RDF_TYPE, None, ENTITY_GRAPH):
        types.setdefault(q.subject.value, []).append(q.object.value)  # type: ignore[union-attr]
    return {e: " ".join(sorted(t)) for e, t in types.items()}


def _term(value: str) -> NamedNode | BlankNode:
    return (
        BlankNode(value) if not value.startswith(("http:", "https:", "urn:")) else NamedNode(value)
    )


def _local_shapes(shapes: Graph) -> bool:
    """Whether the shapes only use what keeps a node's verdict inside its unit."""
    used = {str(t)[len(str(SH)) :] for triple in shapes for t in triple if str(t).startswith(SH)}
    paths_are_predicates = all(isinstance(p, URIRef) for p in shapes.objects(None, SH.path))
    return used <= _LOCAL and paths_are_predicates


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=12).hexdigest()


def _load(cache: Path, version: str) -> _State:
    try:
        data = json.loads(cache.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return _State()
    if not isinstance(data, dict) or data.get("version") != version:
        return _State()
    return _State(
        data["graphs"], data["types"], set(data["units"]), data["failing"],
        data.get("subjects", {}), data.get("local", False),
    )  # fmt: skip


def _save(cache: Path, version: str, state: _State) -> None:
    """Written aside and renamed: a reader never sees half a file."""
    partial = cache.with_name(f".{cache.name}.{os.getpid()}")
    data = {"version": version, **asdict(state), "units": sorted(state.units)}
    try:
        partial.write_text(json.dumps(data), encoding="utf-8")
        partial.replace(cache)
    except OSError:
        partial.unlink(missing_ok=True)  # a read-only store: validated, just not remembered
