"""Reads the visualisers' graph out of the store with a few SPARQL SELECTs.

Facts are fused across documents the way the canned queries fuse them (the furthest
status, the latest date, the first label), so the picture and `kg query` agree. An edge
joins an entity to a fact it takes part in; its `sources` are the documents whose graph
states that link, so an edge's weight is how many documents support it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from urllib.parse import unquote

from pyoxigraph import QuerySolutions, Store

from kg.errors import UsageError
from kg.rdf import ENTITY_GRAPH, NS, PREFIXES, doc_graph
from kg.viz.model import NODE_TYPES, Evidence, VizEdge, VizGraph, VizNode

_PREFIXES = "".join(
    f"PREFIX {p}: <{iri}>\n" for p, iri in {**PREFIXES, "kgg": f"{NS}graph/"}.items()
)
_BRO = PREFIXES["bro"]
_ENTITY_CLASSES = {"Person": "Person", "State": "State", "Organization": "Organization"}
_FACT_CLASSES = {"Event": "Event", "Agreement": "Agreement", "NumericClaim": "Claim",
                 "Quote": "Quote", "RelationLevel": "RelationLevel"}  # fmt: skip
# Where documents disagree, the status first in this list wins, as in the canned queries.
_STATUS_RANK = ["signed", "occurred", "negotiating", "cancelled", "planned", "mentioned"]
_COMPARATORS = {"eq": "", "gt": "> ", "ge": "≥ ", "lt": "< ", "le": "≤ ", "approx": "≈ "}

# bro: property of a fact → (edge kind, Russian label, does the edge run entity → fact?)
_LINKS = {
    "participant": ("participant", "участник", True),
    "visitor": ("visitor", "гость визита", True),
    "host": ("host", "принимающая сторона", True),
    "party": ("party", "сторона", True),
    "signatory": ("signatory", "подписант", True),
    "speaker": ("speaker", "автор высказывания", True),
    "concernsState": ("concerns", "касается", False),
    "signingEvent": ("signed_at", "подписано на", False),
}
# A visitor or host of an event is also listed among its participants: the pair gets one
# edge, with the most specific role any document gives it.
_ROLE_RANK = ["visitor", "host", "participant"]
# Edges from the entity graph; an office edge is labelled with the office itself.
_SERVES = "представляет"
_OF_STATE = "относится к"


_ENTITY_VALUES = " ".join(f"bro:{c}" for c in _ENTITY_CLASSES)
_FACT_VALUES = " ".join(f"bro:{c}" for c in _FACT_CLASSES)
# "#where" is replaced by a FILTER on ?g: every document graph, or one.
_ENTITIES = f"""
SELECT ?e ?cls ?ru ?en ?wd ?office WHERE {{
  GRAPH kgg:entities {{
    ?e a ?cls . VALUES ?cls {{ {_ENTITY_VALUES} }}
    OPTIONAL {{ ?e rdfs:label ?ru FILTER (LANG(?ru) = "ru") }}
    OPTIONAL {{ ?e rdfs:label ?en FILTER (LANG(?en) = "en") }}
    OPTIONAL {{ ?e bro:wikidata ?wd }}
    OPTIONAL {{ ?e bro:holdsPost/rdfs:label ?office }}
  }}
}}"""
_ALIASES = "SELECT ?e ?alias WHERE { GRAPH kgg:entities { ?e skos:altLabel ?alias } }"
_ALLEGIANCES = """
SELECT ?e ?state ?office WHERE {
  GRAPH kgg:entities {
    ?e a ?cls VALUES ?cls { bro:Person bro:Organization }
    { ?e bro:holdsPost ?post . ?post rdfs:label ?office ; bro:ofState ?state }
    UNION { ?e bro:ofState ?state }
  }
}"""
_MENTIONS = """
SELECT ?e ?doc (COUNT(DISTINCT ?m) AS ?n) WHERE {
  GRAPH ?g { ?m bro:refersTo ?e ; prov:wasDerivedFrom ?d . ?d bro:docId ?doc }
  #where
} GROUP BY ?e ?doc"""
_FACTS = f"""
SELECT ?f ?cls ?doc ?p ?o WHERE {{
  GRAPH ?g {{
    ?f a ?cls ; prov:wasDerivedFrom ?d ; ?p ?o . ?d bro:docId ?doc .
    FILTER (?p NOT IN (rdf:type, oa:hasSelector, prov:wasDerivedFrom))
  }}
  VALUES ?cls {{ {_FACT_VALUES} }}
  #where
}}"""
_EVIDENCE = f"""
SELECT ?f ?doc ?start ?end ?text WHERE {{
  GRAPH ?g {{
    ?f a ?cls ; oa:hasSelector ?s .
    ?s oa:start ?start ; oa:end ?end ; oa:exact ?text ; prov:wasDerivedFrom ?d .
    ?d bro:docId ?doc .
  }}
  VALUES ?cls {{ {_FACT_VALUES} }}
  #where
}}"""


def key_of(iri: str) -> str:
    """The store key of a minted IRI: …/id/person/Q7747 → "person/Q7747"."""
    return unquote(iri.removeprefix(NS))


def _rows(db: Store, sparql: str) -> Iterator[dict[str, str]]:
    """Solutions as {variable: lexical value}; unbound variables are left out."""
    results = db.query(_PREFIXES + sparql)
    if not isinstance(results, QuerySolutions):
        raise TypeError("viz queries are SELECT queries")
    names = [v.value for v in results.variables]
    for solution in results:
        yield {n: t.value for n, t in zip(names, solution, strict=True) if t is not None}


@dataclass
class _Fact:
    """One fact's statements, gathered over the documents that make them."""

    iri: str
    type: str
    values: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    links: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    sources: set[str] = field(default_factory=set)

    def first(self, prop: str) -> str:
        return min(self.values.get(prop, ()), default="")

    def last(self, prop: str) -> str:
        return max(self.values.get(prop, ()), default="")

    def status(self) -> str:
        found = self.values.get("status", set())
        return min(found, key=lambda s: (_rank(s), s), default="")


def _rank(status: str) -> int:
    return _STATUS_RANK.index(status) if status in _STATUS_RANK else len(_STATUS_RANK)


def read_graph(db: Store, include: Iterable[str], doc: str | None = None) -> VizGraph:
    """The graph of the node types in `include` (keys of NODE_TYPES); with `doc`, only what
    that document's graph states and the entities it names."""
    types = {NODE_TYPES[name] for name in include}
    if doc is None:
        where = f"FILTER (?g != {ENTITY_GRAPH})"
    else:
        graph = doc_graph(doc)
        if not db.contains_named_graph(graph):
            raise UsageError(f"no document {doc!r} in the store")
        where = f"FILTER (?g = {graph})"
    mentions = _mentions(db, where)
    facts = _facts(db, where)
    evidence = _evidence(db, where)
    entities = _entities(db)
    named = {key for key, _ in mentions} | {
        key_of(iri) for fact in facts.values() for _, iri in fact.links
    }

    nodes: dict[str, VizNode] = {}
    for key, node in entities.items():
        if node.type in types and (doc is None or key in named):
            docs = {d for (e, d) in mentions if e == key}
            node.mentions = sum(n for (e, _), n in mentions.items() if e == key)
            node.sources = sorted(docs)
            nodes[key] = node
    for fact in facts.values():
        if fact.type in types:
            node = _fact_node(fact)
            node.evidence = evidence.get(fact.iri, [])
            nodes[node.id] = node

    edges = _fact_edges(facts.values(), nodes)
    edges += _entity_edges(db, nodes)
    edges += _relation_edges(facts.values(), evidence, nodes)
    order = list(NODE_TYPES.values())
    return VizGraph(
        nodes=sorted(nodes.values(), key=lambda n: (order.index(n.type), n.label, n.id)),
        edges=sorted(edges, key=lambda e: e.id),
    )


def _entities(db: Store) -> dict[str, VizNode]:
    """Persons, states and organizations of the entity graph, with names and offices."""
    out: dict[str, VizNode] = {}
    for row in _rows(db, _ENTITIES):
        key = key_of(row["e"])
        cls = _ENTITY_CLASSES[row["cls"].removeprefix(_BRO)]
        node = out.setdefault(key, VizNode(id=key, type=cls, label="", iri=row["e"]))
        node.label = _least(node.label, row.get("ru", ""))
        node.label_en = _least(node.label_en, row.get("en", ""))
        node.wikidata = _least(node.wikidata, row.get("wd", ""))
        node.office = _least(node.office, row.get("office", ""))
    for row in _rows(db, _ALIASES):
        aliased = out.get(key_of(row["e"]))
        if aliased is not None:
            aliased.aliases.append(row["alias"])
    for node in out.values():
        node.label = node.label or node.label_en or node.id
        node.aliases = sorted(set(node.aliases) - {node.label})
    return out


def _least(current: str, new: str) -> str:
    """The smaller non-empty value: one deterministic choice among several."""
    return min(v for v in (current, new) if v) if current or new else ""


def _mentions(db: Store, where: str) -> dict[tuple[str, str], int]:
    """(entity key, document id) → spans of that document naming the entity."""
    return {
        (key_of(row["e"]), row["doc"]): int(row["n"])
        for row in _rows(db, _MENTIONS.replace("#where", where))
    }


def _facts(db: Store, where: str) -> dict[str, _Fact]:
    """Every fact's statements per document: plain values by local property name, links to
    other nodes with the documents that state them."""
    out: dict[str, _Fact] = {}
    for row in _rows(db, _FACTS.replace("#where", where)):
        cls = _FACT_CLASSES[row["cls"].removeprefix(_BRO)]
        fact = out.setdefault(row["f"], _Fact(row["f"], cls))
        fact.sources.add(row["doc"])
        prop = row["p"].rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        if prop in _LINKS or prop in ("stateA", "stateB", "statedBy"):
            fact.links[(prop, row["o"])].add(row["doc"])
        else:
            fact.values[prop].add(row["o"])
    return out


def _evidence(db: Store, where: str) -> dict[str, list[Evidence]]:
    """Fact IRI → the sentences it was read from, by document and offset."""
    out: dict[str, set[Evidence]] = defaultdict(set)
    for row in _rows(db, _EVIDENCE.replace("#where", where)):
        ev = Evidence(row["doc"], int(row["start"]), int(row["end"]), row["text"].strip())
        out[row["f"]].add(ev)
    return {f: sorted(found, key=lambda e: (e.doc, e.start)) for f, found in out.items()}


def _fact_node(fact: _Fact) -> VizNode:
    node = VizNode(
        id=key_of(fact.iri),
        type=fact.type,
        label=fact.first("label"),
        iri=fact.iri,
        kind=fact.first("kind"),
        date=fact.last("date"),
        status=fact.status(),
        location=fact.first("location"),
        sources=sorted(fact.sources),
    )
    if fact.type == "Claim":
        node.label = _claim_label(fact)
        node.date = fact.last("period") or fact.last("periodStart")  # an interval's start
        node.text = fact.first("sentence")
    elif fact.type == "Quote":
        node.text = fact.first("text")
        node.label = node.text if len(node.text) <= 60 else node.text[:59].rstrip() + "…"
    node.label = node.label or node.kind or node.id
    return node


def _claim_label(fact: _Fact) -> str:
    """A claim as a reader says it: "товарооборот: ≈ 3 100 000 000 USD"."""
    value = fact.first("value")
    with suppress(InvalidOperation):
        value = f"{Decimal(value):,f}".replace(",", "\u00a0")
    comparator = _COMPARATORS.get(fact.first("comparator"), "")
    return f"{fact.first('metric')}: {comparator}{value} {fact.first('unit')}".strip()


def _fact_edges(facts: Iterable[_Fact], nodes: dict[str, VizNode]) -> list[VizEdge]:
    """Entity ↔ fact edges, one per pair and kind (one per pair for the roles in a visit)."""
    edges = []
    for fact in facts:
        fact_key = key_of(fact.iri)
        if fact_key not in nodes:
            continue
        roles: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for (prop, iri), docs in fact.links.items():
            if prop in _LINKS:
                roles[key_of(iri)][prop] |= docs
        for other, found in roles.items():
            if other not in nodes:
                continue
            props = sorted(found, key=lambda p: _ROLE_RANK.index(p) if p in _ROLE_RANK else -1)
            if props[0] in _ROLE_RANK:  # the event roles collapse into one edge
                props = [props[0]]
                found = {props[0]: set().union(*found.values())}
            for prop in props:
                kind, label, inward = _LINKS[prop]
                ends = (other, fact_key) if inward else (fact_key, other)
                edge = _link(kind, label, *ends, sorted(found[prop]))
                edge.date, edge.fact = nodes[fact_key].date, fact_key
                edges.append(edge)
    return edges


def _link(kind: str, label: str, source: str, target: str, sources: list[str]) -> VizEdge:
    """An edge of one kind between two nodes: at most one per kind and pair."""
    return VizEdge(f"{kind}|{source}|{target}", source, target, kind, label, sources=sources)


def _entity_edges(db: Store, nodes: dict[str, VizNode]) -> list[VizEdge]:
    """Offices and allegiances from the entity graph: a person holds an office in a state
    (labelled with the office) or serves it; an organization belongs to a state. The entity
    graph records no document per statement: such an edge cites the documents naming its
    person or organization."""
    offices: dict[tuple[str, str], str] = {}
    for row in _rows(db, _ALLEGIANCES):
        pair = (key_of(row["e"]), key_of(row["state"]))
        offices[pair] = _least(offices.get(pair, ""), row.get("office", ""))
    edges = []
    for (source, target), office in sorted(offices.items()):
        if source not in nodes or target not in nodes:
            continue
        if office:
            kind, label = "holds_office", office
        elif nodes[source].type == "Person":
            kind, label = "serves", _SERVES
        else:
            kind, label = "of_state", _OF_STATE
        edges.append(_link(kind, label, source, target, list(nodes[source].sources)))
    return edges


def _relation_edges(
    facts: Iterable[_Fact], evidence: dict[str, list[Evidence]], nodes: dict[str, VizNode]
) -> list[VizEdge]:
    """A stated level of relations: an edge between the two states, labelled with the level."""
    edges = []
    for fact in facts:
        if fact.type != "RelationLevel":
            continue
        ends = {prop: key_of(iri) for (prop, iri) in fact.links if prop in ("stateA", "stateB")}
        source, target = ends.get("stateA", ""), ends.get("stateB", "")
        if source not in nodes or target not in nodes:
            continue
        speakers = {key_of(iri) for (prop, iri) in fact.links if prop == "statedBy"}
        edges.append(
            VizEdge(
                id=key_of(fact.iri),
                source=source,
                target=target,
                kind="relation",
                label=fact.first("level"),
                date=fact.last("date"),
                sources=sorted(fact.sources),
                evidence=evidence.get(fact.iri, []),
                stated_by=sorted(nodes[k].label if k in nodes else k for k in speakers),
                open_end=True,
            )
        )
    return edges
