"""The claims' part of the derived graph folded document by document as a clean `--jobs`
build writes them, instead of read back from the store after the last one.

A claim's row (`kg.claim_rows`) and its links (`kg.links`) gather what every document
says of it, and each document's say is in its own graph: the least of its five required
values over the graphs that give all five, the latest period, the least sentence, the
documents' ids, and, for the links, every value of each field it is compared by. All of
that is known once the document is written, and the parent of a `--jobs` build writes
each document while its workers read the next ones; so it is gathered here then, and the
finish, which nothing else runs beside, only compares the claims and looks up their
speakers' labels (the one cell that reads the entity graph, which later documents change).

The fold stands for the queries only when it saw every document graph the store holds:
a build into a store without documents (`covers`); any other build reads the store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, Triple

from kg.claim_rows import CELLS
from kg.graph_index import DocumentFold
from kg.rdf import BRO, DERIVED_GRAPH, ENTITY_GRAPH, PROV, RDF, RDFS, doc_iri

Term = NamedNode | BlankNode | Literal  # an object the fold keeps (a quoted triple: none)
Node = NamedNode | BlankNode | Triple  # a subject
# (subject, predicate, object, graph): `KgStore.quads`
Quads = Callable[[NamedNode | None, NamedNode | None, None, NamedNode | None], list[Quad]]
# The fields a claim is compared by (`kg.links.CLAIMS`: its VALUES ?p).
CLAIM_FIELDS = tuple(
    getattr(BRO, name)
    for name in (*("metric", "value", "unit", "comparator", "status"),
                 *("period", "periodStart", "periodEnd", "concernsState"))
)  # fmt: skip
# The five values every claim's row has, from the graphs that give all five (`_CLAIM_ROWS`).
_REQUIRED = ("metric", "value", "unit", "comparator", "status")
_REQUIRED_BY = tuple(getattr(BRO, name) for name in _REQUIRED)
# Every predicate the fold reads of a document's graph.
_READ = frozenset(
    {RDF.type, *CLAIM_FIELDS, BRO.speaker, BRO.sentence, PROV.wasDerivedFrom, BRO.docId}
)


class ClaimFold(DocumentFold):
    """What the claims' rows and links read, gathered over the documents given to `add`."""

    def __init__(self) -> None:
        super().__init__()
        # kept as tuples of strings (a set, or a term object, costs more memory: ~0.4 MB more
        # at 100 NEREL documents): what `claims_from_rows` reads. Each value is kept once
        # (`kept`): the same metrics, units, states and document ids recur over the claims,
        # each read as a new string (11,762 strings, 2,544 distinct, at 400 NEREL documents)
        self._fields: dict[NamedNode, dict[NamedNode, tuple[str, ...]]] = {}
        self._least: dict[NamedNode, list[str]] = {}  # the five required values' least
        self._period: dict[NamedNode, str] = {}
        self._speakers: dict[NamedNode, set[Term]] = {}
        self._quote: dict[NamedNode, str] = {}
        self._sources: dict[NamedNode, set[str]] = {}
        # the one document graph a claim is typed in ("" when several): `kg.links.TOLD_ONCE`
        self._told_in: dict[NamedNode, str] = {}

    def add(self, doc_id: str, quads: Iterable[Quad]) -> None:
        """A document's graph as written (its quads, in any order)."""
        self.seen(doc_id)
        # two lean passes over the graph (one costs ~6 ms over the 40,000 quads of 100 NEREL
        # documents): its claims, then their triples and the document node's
        quads = quads if isinstance(quads, list) else list(quads)
        typed = [q for q in quads if q.object == BRO.NumericClaim]
        claims = {q.subject for q in typed}
        if not claims:
            return
        for q in typed:
            if q.predicate == RDF.type and isinstance(q.subject, NamedNode):
                graph = self.kept(q.graph_name.value) if isinstance(q.graph_name, NamedNode) else ""
                told = self._told_in.setdefault(q.subject, graph)
                if told != graph:
                    self._told_in[q.subject] = ""  # told in several graphs
        wanted = claims | {doc_iri(doc_id)}
        triples: dict[Node | Term, dict[NamedNode, set[Term]]] = {}
        for q in quads:
            if (s := q.subject) in wanted and (p := q.predicate) in _READ:
                if isinstance(o := q.object, Triple):  # never kg's: the queries read the store
                    self.valid = False
                    continue
                triples.setdefault(s, {}).setdefault(p, set()).add(o)
        for claim in claims:
            values = triples.get(claim, {})
            if isinstance(claim, NamedNode) and BRO.NumericClaim in values.get(RDF.type, ()):
                if not values.get(PROV.wasDerivedFrom, set()) <= wanted:
                    self.valid = False  # derived from a node that is not its document: not
                    # kg's writing, and its ids were not gathered
                self._claim(claim, values, triples)

    def _claim(
        self,
        claim: NamedNode,
        values: dict[NamedNode, set[Term]],
        triples: dict[Node | Term, dict[NamedNode, set[Term]]],
    ) -> None:
        fields = self._fields.setdefault(claim, {})
        for p in CLAIM_FIELDS:
            if p in values:
                had = fields.get(p, ())
                fields[p] = (*had, *{self.kept(o.value) for o in values[p]}.difference(had))
        if all(p in values for p in _REQUIRED_BY):
            least = [self.kept(min(o.value for o in values[p])) for p in _REQUIRED_BY]
            held = self._least.get(claim)
            self._least[claim] = least if held is None else list(map(min, held, least))
        periods = {o.value for o in values.get(BRO.period, ())}
        periods |= {
            f"{a.value}/{b.value}"
            for a in values.get(BRO.periodStart, ())
            for b in values.get(BRO.periodEnd, ())
        }
        if periods:
            self._period[claim] = self.kept(max(periods | {self._period.get(claim, "")}))
        if BRO.speaker in values:
            self._speakers.setdefault(claim, set()).update(values[BRO.speaker])
        if BRO.sentence in values:
            quote = min(o.value for o in values[BRO.sentence])
            self._quote[claim] = min(quote, self._quote.get(claim, quote))
        ids = {
            self.kept(i.value)
            for d in values.get(PROV.wasDerivedFrom, ())
            for i in triples.get(d, {}).get(BRO.docId, ())
        }
        if ids:
            self._sources.setdefault(claim, set()).update(ids)

    def rows(self) -> list[dict[str, Term]]:
        """The rows `kg.links.CLAIMS` gives, as `kg.links.claims_from_rows` reads them (by
        their values: each object a plain literal of its value)."""
        return [
            {"claim": claim, "p": p, "o": Literal(o)}
            for claim, fields in self._fields.items()
            for p, objects in fields.items()
            for o in objects
        ]

    def once(self) -> list[dict[str, Term]]:
        """The rows `kg.links.TOLD_ONCE` gives: each claim typed in one document graph
        alone, with that graph."""
        return [
            {"claim": claim, "graph": NamedNode(graph)}
            for claim, graph in self._told_in.items()
            if graph
        ]

    def cell_quads(self, quads: Quads) -> list[Quad]:
        """The quads `kg.claim_rows.claim_quads` gives, the speakers' labels read by
        `quads` from the entity graph as it is now."""
        names: dict[Term, str] = {}
        out = []
        for claim, least in self._least.items():
            sources = self._sources.get(claim)
            if not sources:  # the row's sources are not optional
                continue
            cells = dict(zip(_REQUIRED, least, strict=True))
            cells["sources"] = "; ".join(sorted(sources))
            if (period := self._period.get(claim)) is not None:
                cells["period"] = period
            if (quote := self._quote.get(claim)) is not None:
                cells["quote"] = quote
            if speakers := self._speakers.get(claim):
                for x in speakers - names.keys():
                    names[x] = entity_name(x, quads)
                cells["speaker"] = min(names[x] for x in speakers)
            out += [
                Quad(claim, predicate, Literal(cells[column]), DERIVED_GRAPH)
                for column, predicate in CELLS.items()
                if column in cells
            ]
        return out


def entity_name(x: Term, quads: Quads) -> str:
    """A speaker's name as the claims' row gives it: its least Russian label, else its
    IRI past "/id/" (`COALESCE(STR(?lbl), STRAFTER(STR(?x), "/id/"))`)."""
    labels = [
        q.object.value
        for q in (quads(x, RDFS.label, None, ENTITY_GRAPH) if isinstance(x, NamedNode) else [])
        if isinstance(q.object, Literal) and q.object.language == "ru"
    ]
    return min(labels) if labels else x.value.partition("/id/")[2]
