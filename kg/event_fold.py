"""The events' cells of the derived graph (`kg.event_rows`) folded document by document as a
clean `--jobs` build writes them, instead of read back from the store after the last one
(as `kg.claim_fold` and `kg.holding_fold` fold theirs).

An event's row gathers over the document graphs that type it: the least kind and the
status the documents rank highest (from the graphs that give both), the least label and
place, the latest date, its participants and the documents' ids. All of that is in each
document's own graph, written once; only the participants' names read the entity graph,
which later documents change, so the finish looks them up. The fold stands for the query
only when it saw every document graph the store holds, each once (`covers`), and only
what kg writes (an event or participant that is not an IRI, a status that is not a plain
string: it stands for nothing).
"""

from __future__ import annotations

from collections.abc import Iterable

from pyoxigraph import BlankNode, Literal, NamedNode, Quad

from kg.claim_fold import Quads
from kg.event_rows import CELLS, NAMED_BY
from kg.graph_index import DocumentFold, GraphIndex
from kg.rdf import BRO, DCT, DERIVED_GRAPH, ENTITY_GRAPH, PROV, RDFS, SCHEMA, XSD

Term = NamedNode | BlankNode | Literal  # an object the fold keeps (a quoted triple: none)
# the order `kg.event_rows` ranks a status by where documents disagree
_RANK = {"occurred": "1", "cancelled": "2"}
_READ = (
    BRO.kind,
    BRO.status,
    RDFS.label,
    DCT.date,
    SCHEMA.endDate,
    BRO.location,
    *NAMED_BY,
    PROV.wasDerivedFrom,
)


class EventFold(DocumentFold):
    """What `kg.event_rows.event_quads` reads of the document graphs, gathered over the
    documents given to `add`."""

    def __init__(self) -> None:
        super().__init__()
        self._kind: dict[NamedNode, str] = {}
        self._status: dict[NamedNode, str] = {}  # the least ranked status, its rank first
        self._label: dict[NamedNode, str] = {}
        self._date: dict[NamedNode, str] = {}
        self._end: dict[NamedNode, str] = {}  # the last day of a span of days
        self._location: dict[NamedNode, str] = {}
        self._participants: dict[NamedNode, set[NamedNode | Literal]] = {}
        self._sources: dict[NamedNode, set[str]] = {}

    def add(self, doc_id: str, quads: Iterable[Quad] | GraphIndex) -> None:
        """A document's graph as written (its quads, in any order, or their index)."""
        self.seen(doc_id)
        graph = quads if isinstance(quads, GraphIndex) else GraphIndex(quads)
        events = graph.of_class(BRO.Event)
        if not events:
            return
        triples = graph.triples(set(events), _READ)
        derived = {o for values in triples.values() for o in values.get(PROV.wasDerivedFrom, ())}
        triples |= graph.triples(derived, (BRO.docId,))
        if graph.quoted:  # never kg's: the queries read the store
            self.valid = False
        for event in events:
            if not isinstance(event, NamedNode):
                self.valid = False
                continue
            self._event(event, triples.get(event, {}), triples)

    def _event(
        self,
        event: NamedNode,
        values: dict[NamedNode, set[Term]],
        triples: dict[object, dict[NamedNode, set[Term]]],
    ) -> None:
        kinds, statuses = values.get(BRO.kind, ()), values.get(BRO.status, ())
        if not all(_plain(s) for s in statuses):  # the query's `?s = "occurred"`
            self.valid = False
            return
        if kinds and statuses:
            kind = self.kept(min(str(k.value) for k in kinds))  # type: ignore[union-attr]
            self._kind[event] = min(kind, self._kind.get(event, kind))
            ranked = self.kept(min(_RANK.get(str(s.value), "3") + str(s.value) for s in statuses))  # type: ignore[union-attr]
            self._status[event] = min(ranked, self._status.get(event, ranked))
        for p, kept, pick in (
            (RDFS.label, self._label, min),
            (DCT.date, self._date, max),
            (SCHEMA.endDate, self._end, max),
            (BRO.location, self._location, min),
        ):
            if p in values:
                value = self.kept(pick(str(o.value) for o in values[p]))  # type: ignore[union-attr]
                kept[event] = pick(value, kept.get(event, value))
        named = [x for p in NAMED_BY for x in values.get(p, ())]
        if named:
            if not all(isinstance(x, NamedNode | Literal) for x in named):
                self.valid = False
                return
            self._participants.setdefault(event, set()).update(named)  # type: ignore[arg-type]
        ids = {
            self.kept(str(i.value))
            for d in values.get(PROV.wasDerivedFrom, ())
            for i in triples.get(d, {}).get(BRO.docId, ())
        }
        if ids:
            self._sources.setdefault(event, set()).update(ids)

    def cell_quads(self, quads: Quads) -> list[Quad]:
        """The quads `kg.event_rows.event_quads` gives, the participants' names read by
        `quads` from the entity graph as it is now."""
        names: dict[NamedNode | Literal, list[str]] = {}

        def named(x: NamedNode | Literal) -> list[str]:
            """Each Russian label of `x`, else its IRI past "/id/"."""
            if x not in names:
                labels = [
                    q.object.value
                    for q in (
                        quads(x, RDFS.label, None, ENTITY_GRAPH) if isinstance(x, NamedNode) else []
                    )
                    if isinstance(q.object, Literal) and q.object.language == "ru"
                ]
                names[x] = labels or [x.value.partition("/id/")[2]]
            return names[x]

        out: list[Quad] = []
        for event, status in self._status.items():
            sources = self._sources.get(event)
            if not sources:  # the row's sources are not optional
                continue
            participants = self._participants.get(event)
            cells = {
                "kind": self._kind[event],
                "label": self._label.get(event),
                "date": _interval(self._date.get(event), self._end.get(event)),
                "status": status[1:],
                "location": self._location.get(event),
                "participants": (
                    "; ".join(sorted({n for x in participants for n in named(x)}))
                    if participants
                    else None
                ),
                "sources": "; ".join(sorted(sources)),
            }
            out += [
                Quad(event, CELLS[column], Literal(value), DERIVED_GRAPH)
                for column, value in cells.items()
                if value is not None
            ]
        return out


def _plain(term: Term) -> bool:
    return isinstance(term, Literal) and term.language is None and term.datatype == XSD.string


def _interval(start: str | None, end: str | None) -> str | None:
    """The date cell: an event's date, or over a span of days the ISO 8601 interval of its
    first and last day, as `kg.event_rows` writes it."""
    return f"{start}/{end}" if start is not None and end is not None and end > start else start
