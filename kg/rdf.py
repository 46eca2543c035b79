"""Maps extracted facts to RDF quads: one named graph per document.

Every IRI is minted from keys, document ids and offsets, never at random, so
rebuilding a document yields the identical set of quads and the store can
replace its graph wholesale. Only pyoxigraph terms are built here: this is
the hot path of `kg build`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import lru_cache
from urllib.parse import quote, unquote

from pyoxigraph import Literal, NamedNode, Quad, Triple

from kg.extract.registry import fact_kinds
from kg.memory import CACHE_ENTRIES
from kg.model import Document, Entity, EntityType, Extraction, Span

NS = "https://w3id.org/kg-bilateral/id/"
ONT = "https://w3id.org/kg-bilateral/ontology#"
WD = "http://www.wikidata.org/entity/"

PREFIXES: dict[str, str] = {
    "bro": ONT,
    "kgr": NS,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "org": "http://www.w3.org/ns/org#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "wd": WD,
}


class _Vocab:
    """Attribute access mints an IRI of one namespace, cached after first use."""

    def __init__(self, base: str) -> None:
        self._base = base

    def __getattr__(self, name: str) -> NamedNode:
        iri = NamedNode(self._base + name)
        setattr(self, name, iri)
        return iri


BRO = _Vocab(ONT)
RDF = _Vocab(PREFIXES["rdf"])
RDFS = _Vocab(PREFIXES["rdfs"])
XSD = _Vocab(PREFIXES["xsd"])
OA = _Vocab(PREFIXES["oa"])
PROV = _Vocab(PREFIXES["prov"])
DCT = _Vocab(PREFIXES["dcterms"])
SCHEMA = _Vocab(PREFIXES["schema"])
SKOS = _Vocab(PREFIXES["skos"])
ORG = _Vocab(PREFIXES["org"])

ENTITY_GRAPH = NamedNode(NS + "graph/entities")
# Facts computed over the whole corpus (links between claims), rewritten after each build.
DERIVED_GRAPH = NamedNode(NS + "graph/derived")
# What changed since the derived graph was written (`kg.pending`): empty after every build.
PENDING_GRAPH = NamedNode(NS + "graph/pending")
CONTENT_HASH = BRO.contentHash

_DATE_TYPES = (
    (re.compile(r"\d{4}-\d{2}-\d{2}"), "date"),
    (re.compile(r"\d{4}-\d{2}"), "gYearMonth"),
    (re.compile(r"\d{4}"), "gYear"),
)
_QID = re.compile(r"Q[1-9][0-9]*")
_MENTION_CLASS = {
    "Person": "PersonMention",
    "State": "StateMention",
    "Organization": "OrganizationMention",
}

_Add = Callable[[NamedNode, NamedNode, NamedNode | Literal], None]


# A document's id is encoded for each of its mentions and selectors, an entity's key for
# each mention of it: `quote` and the term's construction, cached, were ~40 % of the mapping.
@lru_cache(maxsize=64)
def _encode(text: str) -> str:
    """Percent-encodes everything but unreserved characters: one spelling per id."""
    return quote(text, safe="-._~")


@lru_cache(maxsize=CACHE_ENTRIES)
def node(key: str) -> NamedNode:
    """The IRI of an entity or fact key ("state/KAZ", "agreement/…")."""
    return NamedNode(NS + quote(key, safe="/-._~"))


@lru_cache(maxsize=64)
def doc_iri(doc_id: str) -> NamedNode:
    return NamedNode(f"{NS}doc/{_encode(doc_id)}")


def doc_graph(doc_id: str) -> NamedNode:
    return NamedNode(f"{NS}graph/doc/{_encode(doc_id)}")


def date_literal(value: str) -> Literal:
    """Types an ISO date by its precision; a malformed one stays a plain string for SHACL."""
    for pattern, name in _DATE_TYPES:
        if pattern.fullmatch(value):
            padded = (value + "-01-01")[:10]
            try:
                date.fromisoformat(padded)
            except ValueError:
                break
            return Literal(value, datatype=getattr(XSD, name))
    return Literal(value)


def decimal_literal(value: Decimal) -> Literal:
    """A plain xsd:decimal lexical form: 3.1E+9 becomes "3100000000"."""
    text = format(value.normalize(), "f")
    return Literal(text, datatype=XSD.decimal)


def ru(text: str) -> Literal:
    return Literal(text, language="ru")


class FactWriter:
    """What a fact kind's RDF mapping writes with: triples into the document's graph,
    optional values, and the provenance every fact carries."""

    def __init__(self, add: _Add, document: Document) -> None:
        self.add = add
        self.document = document

    def opt(self, s: NamedNode, p: NamedNode, value: str, make: Callable[[str], Literal]) -> None:
        """A triple only when `value` is not empty."""
        if value:
            self.add(s, p, make(value))

    def evidence(self, fact: NamedNode, spans: list[Span]) -> None:
        """Links a fact to its document and to one selector per span it was read from."""
        doc = self.document
        self.add(fact, PROV.wasDerivedFrom, doc_iri(doc.id))
        for span in spans:
            selector = _selector(self.add, doc.id, *raw_span(doc, span.start, span.end, span.text))
            self.add(fact, OA.hasSelector, selector)


def raw_span(document: Document, start: int, end: int, text: str) -> tuple[int, int, str]:
    """A span of `document.text` (HTML entities decoded) as offsets and text of the text
    as decoded from the file's bytes, which the contract's offsets point into."""
    entities = document.entities
    if not entities.written:
        return start, end, text
    raw_text = entities.raw_slice(document.text, start, end)
    return entities.raw_start(start), entities.raw_end(end), raw_text


def _selector(add: _Add, doc_id: str, start: int, end: int, text: str) -> NamedNode:
    """One node that is both the position and the quote selector of a span."""
    sel = NamedNode(f"{NS}selector/{_encode(doc_id)}/{start}-{end}")
    add(sel, RDF.type, OA.TextPositionSelector)
    add(sel, RDF.type, OA.TextQuoteSelector)
    add(sel, OA.start, Literal(str(start), datatype=XSD.integer))
    add(sel, OA.end, Literal(str(end), datatype=XSD.integer))
    add(sel, OA.exact, Literal(text))
    add(sel, PROV.wasDerivedFrom, doc_iri(doc_id))
    return sel


def extraction_quads(ex: Extraction) -> list[Quad]:
    """Everything read from one document, in that document's graph, in a fixed order."""
    doc = ex.document
    graph = doc_graph(doc.id)
    out: list[Quad] = []

    def add(s: NamedNode, p: NamedNode, o: NamedNode | Literal) -> None:
        out.append(Quad(s, p, o, graph))

    writer = FactWriter(add, doc)
    opt = writer.opt
    d = doc_iri(doc.id)
    add(d, RDF.type, BRO.Document)
    add(d, BRO.docId, Literal(doc.id))
    opt(d, DCT.title, doc.title, Literal)
    opt(d, DCT.date, doc.date, date_literal)
    opt(d, SCHEMA.url, doc.url, lambda u: Literal(u, datatype=XSD.anyURI))
    opt(d, DCT.publisher, doc.publisher, Literal)
    opt(d, BRO.contentHash, doc.sha256, Literal)

    for m in ex.mentions:
        start, end, text = raw_span(doc, m.start, m.end, m.text)
        mention = NamedNode(f"{NS}mention/{_encode(doc.id)}/{start}-{end}")
        add(mention, RDF.type, BRO.Mention)
        add(mention, RDF.type, getattr(BRO, _MENTION_CLASS[m.type]))
        add(mention, BRO.refersTo, node(m.entity))
        add(mention, BRO.via, Literal(m.via))
        add(mention, PROV.wasDerivedFrom, d)
        add(mention, OA.hasSelector, _selector(add, doc.id, start, end, text))

    for kind in fact_kinds():
        for fact in ex.facts.get(kind.name, ()):
            kind.quads(fact, writer)

    return list(dict.fromkeys(out))


def _merge(entities: Iterable[Entity]) -> list[Entity]:
    """One entity per key: the first non-empty value of each field, all aliases."""
    merged: dict[str, Entity] = {}
    for ent in entities:
        seen = merged.get(ent.key)
        if seen is None:
            merged[ent.key] = replace(ent, aliases=list(ent.aliases))
            continue
        for name in ("name", "name_en", "wikidata", "office", "state"):
            if not getattr(seen, name):
                setattr(seen, name, getattr(ent, name))
        seen.aliases.extend(ent.aliases)
    return [merged[key] for key in sorted(merged)]


def _qid(text: str) -> str:
    """The QID of "Q7747" or of its full Wikidata IRI; "" when malformed."""
    local = text.removeprefix(WD)
    return local if _QID.fullmatch(local) else ""


def wikidata_iri(qid: str) -> NamedNode | None:
    """The full Wikidata IRI of "Q7747" (or of that IRI itself); None when malformed."""
    local = _qid(qid)
    return NamedNode(WD + local) if local else None


def entity_quads(entities: Iterable[Entity]) -> list[Quad]:
    """Corpus-level entity nodes in ENTITY_GRAPH; entities sharing a key are merged."""
    return _described(_merge(entities))


def one_entity_quads(entity: Entity) -> list[Quad]:
    """`entity_quads([entity])` without the merge's copy of the entity and its aliases: a
    write computes this twice for each entity it changes."""
    return _described([entity])


def _described(entities: Iterable[Entity]) -> list[Quad]:
    """The entity-graph quads of entities with distinct keys."""
    out: list[Quad] = []

    def add(s: NamedNode, p: NamedNode, o: NamedNode | Literal) -> None:
        out.append(Quad(s, p, o, ENTITY_GRAPH))

    for ent in entities:
        _describe(ent, add)
    return list(dict.fromkeys(out))


def _describe(ent: Entity, add: _Add) -> None:
    """An entity's node in the entity graph, and its post's, written with `add`."""
    s = node(ent.key)
    add(s, RDF.type, getattr(BRO, ent.type))
    if ent.name:
        add(s, RDFS.label, ru(ent.name))
    if ent.name_en:
        add(s, RDFS.label, Literal(ent.name_en, language="en"))
    for alias in sorted(set(ent.aliases) - {ent.name}):
        add(s, SKOS.altLabel, ru(alias))
    wd = wikidata_iri(ent.wikidata) if ent.wikidata else None
    if wd is not None:
        add(s, BRO.wikidata, wd)
    if ent.type == "State":
        add(s, BRO.isoCode, Literal(ent.key.removeprefix("state/")))
    # bro:ofState points to states only; an office in an organization (the UN's
    # secretary-general) is org:postIn that organization, and its holder serves no state
    of_state = ent.state.startswith("state/")
    if of_state:
        add(s, BRO.ofState, node(ent.state))
    if ent.office:
        add(s, BRO.holdsPost, post_quads(ent.office, ent.state, add))


def post_quads(office: str, state: str, add: _Add) -> NamedNode:
    """An office is shared by everyone who holds it in one state: "post/KAZ/президент".
    Writes its description with `add` and returns its node."""
    post = NamedNode(f"{NS}post/{_post_path(office, state)}")
    add(post, RDF.type, BRO.Post)
    add(post, RDFS.label, ru(office))
    if state:
        add(post, BRO.ofState if state.startswith("state/") else ORG.postIn, node(state))
    return post


def _post_path(office: str, state: str) -> str:
    """A post's IRI after "post/": one post however the office is cased."""
    where = f"{_encode(state.removeprefix('state/'))}/" if state else ""
    return f"{where}{_encode(office.lower())}"


def stored_entities(entities: Iterable[Entity]) -> list[Entity]:
    """`entities_from_quads(entity_quads(entities))` without the quads (a build's kept
    entities: ~8 times less CPU): merged by key, the aliases without the name,
    a malformed Wikidata id dropped, a state kept when it is a state or an office's, and an
    office spelled as the first entity (by key) holding its post spells it."""
    offices: dict[str, str] = {}  # a post's path: its label
    merged = _merge(entities)  # copies, changed here
    for ent in merged:
        ent.wikidata = _qid(ent.wikidata)
        if not (ent.state.startswith("state/") or ent.office):
            ent.state = ""
        if ent.office:
            ent.office = offices.setdefault(_post_path(ent.office, ent.state), ent.office)
        ent.aliases = sorted(set(ent.aliases) - {ent.name})
    return merged


def entities_from_quads(quads: Iterable[Quad]) -> list[Entity]:
    """The inverse of `entity_quads`: the stored entity graph back as Entities, so an
    incremental build resolves names against what earlier builds found."""
    by_node: dict[str, dict[str, list]] = {}
    posts: dict[str, dict[str, list]] = {}
    for q in quads:
        if isinstance(q.subject, Triple):  # kg writes no RDF-star: not an entity
            continue
        s = q.subject.value
        slot = posts if s.startswith(NS + "post/") else by_node
        slot.setdefault(s, {}).setdefault(q.predicate.value, []).append(q.object)
    types: dict[str, EntityType] = {
        BRO.Person.value: "Person",
        BRO.State.value: "State",
        BRO.Organization.value: "Organization",
    }
    out = []
    for iri, props in by_node.items():
        kind = next(
            (types[t.value] for t in props.get(RDF.type.value, []) if t.value in types), None
        )
        if kind is None:
            continue
        labels = props.get(RDFS.label.value, [])
        post = (
            posts.get(props[BRO.holdsPost.value][0].value, {})
            if BRO.holdsPost.value in props
            else {}
        )
        out.append(
            Entity(
                key=unquote(iri.removeprefix(NS)),
                type=kind,
                name=next((lit.value for lit in labels if lit.language == "ru"), ""),
                name_en=next((lit.value for lit in labels if lit.language == "en"), ""),
                wikidata=next(
                    (w.value.removeprefix(WD) for w in props.get(BRO.wikidata.value, [])), ""
                ),
                office=next((lit.value for lit in post.get(RDFS.label.value, [])), ""),
                state=next(
                    (
                        unquote(s.value.removeprefix(NS))
                        for s in props.get(BRO.ofState.value, []) + post.get(ORG.postIn.value, [])
                    ),
                    "",
                ),
                aliases=sorted(lit.value for lit in props.get(SKOS.altLabel.value, [])),
            )
        )
    return sorted(out, key=lambda e: e.key)
