"""The record of what changed since the derived graph was last written, kept in the store.

The derived graph (`kg.derived`) depends on the whole corpus, but one changed document
changes only the cells of the nodes it touches. So while a store has a derived graph, each
document's write also records, in the same transaction, the nodes its old and new graphs
name (`document`) and the subjects of the entity-graph triples it added (`entity`); a
prune records the nodes of the graphs it drops and the entities it removes. The next
derivation recomputes only those nodes' cells and then drops the record, so a build killed
anywhere leaves a record that still covers every change not yet derived.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from pyoxigraph import Literal, NamedNode, Quad

from kg.rdf import BRO, PENDING_GRAPH

DOCUMENT, ENTITY, GRAPH = Literal("document"), Literal("entity"), Literal("graph")


@dataclass
class Pending:
    """The changes recorded: document graphs rewritten or dropped, and the nodes touched."""

    graphs: set[NamedNode] = field(default_factory=set)
    documents: set[NamedNode] = field(default_factory=set)  # named by a changed graph
    entities: set[NamedNode] = field(default_factory=set)  # whose entity triples changed

    def __bool__(self) -> bool:
        return bool(self.graphs or self.documents or self.entities)


def pending_quads(
    graph: NamedNode, graph_quads: Iterable[Quad], entities: Iterable[NamedNode] = ()
) -> list[Quad]:
    """The record of one document graph rewritten or dropped: `graph_quads` are its old and
    new quads, `entities` the subjects whose entity-graph triples changed."""
    nodes = {t for q in graph_quads for t in (q.subject, q.object) if isinstance(t, NamedNode)}
    out = [Quad(graph, BRO.pendingChange, GRAPH, PENDING_GRAPH)]
    out += [Quad(n, BRO.pendingChange, DOCUMENT, PENDING_GRAPH) for n in nodes]
    out += [Quad(n, BRO.pendingChange, ENTITY, PENDING_GRAPH) for n in set(entities)]
    return out


def read_pending(quads: Iterable[Quad]) -> Pending:
    """The record from the pending graph's quads."""
    pending = Pending()
    kinds = {GRAPH: pending.graphs, DOCUMENT: pending.documents, ENTITY: pending.entities}
    for q in quads:
        if isinstance(q.subject, NamedNode) and isinstance(q.object, Literal) and q.object in kinds:
            kinds[q.object].add(q.subject)
    return pending
