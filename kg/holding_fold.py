"""The persons' and office holdings' cells of the derived graph (`kg.table_rows`) folded
document by document as a clean `--jobs` build writes them, instead of read back from the
store after the last one (as `kg.claim_fold` folds the claims').

What a holding's row and a person's latest office gather over the documents is each in the
document's own graph, which is written once: the holders, the least post label, the
greatest basis, the posts' states, the least start and end, the latest date, the sources;
for a person, each holding its text tells (date, rank, post label, the post's states). That
much is kept as each document is written, keyed by the nodes the graph names. What reads
the entity graph, which later documents change (a label or an office their tally elects
again), is left to the finish: the names of the holders and states, and the persons'
fallback offices (`kg.table_rows.PERSONS_KNOWN`, the same sub-select the full query runs).

The fold stands for the queries only when it saw every document graph the store holds,
each once (`covers`), and only what kg writes: a holding with two holders (the query's
`SAMPLE` would pick one) or a node that is not an IRI makes it stand for nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from pyoxigraph import BlankNode, Literal, NamedNode, Quad

from kg.claim_fold import Quads, entity_name
from kg.graph_index import DocumentFold, GraphIndex
from kg.mention_counts import Select
from kg.rdf import BRO, DCT, DERIVED_GRAPH, ENTITY_GRAPH, ORG, PROV, RDFS, SCHEMA
from kg.table_rows import CELLS, PERSONS_KNOWN

Term = NamedNode | BlankNode | Literal  # an object the fold keeps (a quoted triple: none)
_TEXT = Literal("text")
_TRUE = Literal(True)
_STATE = (BRO.ofState, ORG.postIn)  # `bro:ofState|org:postIn`
_HOLDING = frozenset(
    {
        BRO.holder,
        BRO.post,
        BRO.basis,
        BRO.past,
        BRO.namedAgain,
        SCHEMA.startDate,
        SCHEMA.endDate,
        DCT.date,
        PROV.wasDerivedFrom,
    }
)
_LINKED = (BRO.post, PROV.wasDerivedFrom)  # the nodes whose triples are read too: theirs
_LINKED_READ = (RDFS.label, BRO.docId, *_STATE)


class HoldingFold(DocumentFold):
    """What `kg.table_rows.table_quads` reads of the document graphs, gathered over the
    documents given to `add`."""

    def __init__(self) -> None:
        super().__init__()
        # per holding, over the graphs where its row's main join holds (holder, post with a
        # label, basis): the holders, the least post label, the greatest basis
        self._holders: dict[NamedNode, set[NamedNode]] = {}
        self._office: dict[NamedNode, str] = {}
        self._basis: dict[NamedNode, str] = {}
        # per holding, over the graphs that type it
        self._states: dict[NamedNode, set[NamedNode]] = {}
        self._start: dict[NamedNode, str] = {}
        self._end: dict[NamedNode, str] = {}
        self._date: dict[NamedNode, str] = {}
        self._sources: dict[NamedNode, set[str]] = {}
        # per person: "date|rank|label|" heads of its texts' holdings, each with the states
        # whose label ends it (`_person_offices`' `?latest` before its MAX)
        self._heads: dict[NamedNode, set[tuple[str, frozenset[NamedNode]]]] = {}

    def add(self, doc_id: str, quads: Iterable[Quad] | GraphIndex) -> None:
        """A document's graph as written (its quads, in any order, or their index)."""
        self.seen(doc_id)
        graph = quads if isinstance(quads, GraphIndex) else GraphIndex(quads)
        holdings = graph.of_class(BRO.OfficeHolding)
        if not holdings:
            return
        triples = graph.triples(set(holdings), _HOLDING)
        told = {
            o for values in triples.values() for p in _LINKED for o in values.get(p, ())
        }  # the holdings' posts and the nodes they were derived from
        triples |= graph.triples(told, _LINKED_READ)
        if graph.quoted:  # never kg's: the queries read the store
            self.valid = False
        for holding in holdings:
            if not isinstance(holding, NamedNode):
                self.valid = False
                continue
            self._holding(holding, triples.get(holding, {}), triples)

    def _holding(
        self,
        holding: NamedNode,
        values: dict[NamedNode, set[Term]],
        triples: dict[object, dict[NamedNode, set[Term]]],
    ) -> None:
        nodes = [*values.get(BRO.holder, ()), *values.get(BRO.post, ())]
        if not all(isinstance(n, NamedNode) for n in nodes):
            self.valid = False
            return
        holders: set[NamedNode] = values.get(BRO.holder, set())  # type: ignore[assignment]
        posts: set[NamedNode] = values.get(BRO.post, set())  # type: ignore[assignment]
        labels = {p: [str(o.value) for o in triples.get(p, {}).get(RDFS.label, ())] for p in posts}
        told_states = [(p, s) for p in posts for x in _STATE for s in triples.get(p, {}).get(x, ())]
        if not all(isinstance(s, NamedNode) for _, s in told_states):
            self.valid = False
            return
        states = {
            p: frozenset(s for q, s in told_states if q == p and isinstance(s, NamedNode))
            for p in posts
        }
        bases = values.get(BRO.basis, set())
        told = [label for p in posts for label in labels[p]]
        if holders and bases and told:  # the row's main join
            held = self._holders.setdefault(holding, set())
            held |= holders
            if len(held) > 1:  # SAMPLE(?p) picks one: left to the query
                self.valid = False
            office = self.kept(min(told))
            self._office[holding] = min(office, self._office.get(holding, office))
            basis = self.kept(max(str(o.value) for o in bases))
            self._basis[holding] = max(basis, self._basis.get(holding, basis))
        served = {s for p in posts for s in states[p]}
        if served:
            self._states.setdefault(holding, set()).update(served)
        for p, kept, pick in (
            (SCHEMA.startDate, self._start, min),
            (SCHEMA.endDate, self._end, min),
            (DCT.date, self._date, max),
        ):
            if p in values:
                value = self.kept(pick(str(o.value) for o in values[p]))
                kept[holding] = pick(value, kept.get(holding, value))
        ids = {
            self.kept(str(i.value))
            for d in values.get(PROV.wasDerivedFrom, ())
            for i in triples.get(d, {}).get(BRO.docId, ())
        }
        if ids:
            self._sources.setdefault(holding, set()).update(ids)
        # a person's latest office: its text's holdings not recounted as left
        if _TEXT not in bases or _TRUE in values.get(BRO.past, ()) or not holders:
            return
        rank = "0" if _TRUE in values.get(BRO.namedAgain, ()) else "1"
        dates = [str(o.value) for o in values.get(DCT.date, ())] or ["0"]
        heads = {
            (self.kept(f"{date}|{rank}|{label}|"), states[p])
            for p in posts
            for label in labels[p]
            for date in dates
        }
        for person in holders:
            self._heads.setdefault(person, set()).update(heads)

    def cell_quads(self, select: Select, quads: Quads) -> list[Quad]:
        """The quads `kg.table_rows.table_quads` gives, what they read of the entity graph
        read as it is now: the persons' fallbacks by `select`, names by `quads`."""
        names: dict[NamedNode, str] = {}
        labels: dict[NamedNode, list[str]] = {}

        def name(x: NamedNode) -> str:
            if x not in names:
                names[x] = entity_name(x, quads)
            return names[x]

        def ru_labels(x: NamedNode) -> list[str]:
            if x not in labels:
                labels[x] = [
                    q.object.value
                    for q in quads(x, RDFS.label, None, ENTITY_GRAPH)
                    if isinstance(q.object, Literal) and q.object.language == "ru"
                ]
            return labels[x]

        out: list[Quad] = []
        for row in select(PERSONS_KNOWN):
            person = row["person"]
            known, serves = _value(row["known"]), _value(row["serves"])
            heads = self._heads.get(person) if isinstance(person, NamedNode) else None
            if heads:
                latest = max(
                    head + label
                    for head, states in heads
                    for label in [x for s in states for x in ru_labels(s)] or [""]
                )
                given = _after(_after(latest))
                office: str | None = _before(given)
                state = _after(given) or serves
            else:
                office, state = known, serves
            for column, value in (("office", office), ("state", state)):
                if value is not None:
                    out.append(Quad(person, CELLS[column], Literal(value), DERIVED_GRAPH))  # type: ignore[arg-type]
        for holding, holders in self._holders.items():
            sources = self._sources.get(holding)
            if not sources:  # the row's sources are not optional
                continue
            (person,) = holders
            served = self._states.get(holding)
            cells = {
                "name": name(person),
                "office": self._office[holding],
                "state": min(map(name, served)) if served else None,
                "start": self._start.get(holding),
                "end": self._end.get(holding),
                "date": self._date.get(holding),
                "basis": self._basis[holding],
                "sources": "; ".join(sorted(sources)),
            }
            out.append(Quad(holding, BRO.holder, person, DERIVED_GRAPH))
            out += [
                Quad(holding, CELLS[column], Literal(value), DERIVED_GRAPH)
                for column, value in cells.items()
                if value is not None
            ]
        return out


def _value(term: Term | None) -> str | None:
    return None if term is None else str(term.value)  # type: ignore[union-attr]


def _after(s: str) -> str:
    """SPARQL's STRAFTER(s, "|"): "" when there is none."""
    return s.partition("|")[2]


def _before(s: str) -> str:
    """SPARQL's STRBEFORE(s, "|"): "" when there is none."""
    return s.partition("|")[0] if "|" in s else ""
