"""How often each entity is mentioned, its name and its place in the entity tables, worked
out once per build into the derived graph.

The entity queries (`states`, `persons`, `organizations`) list entities most mentioned
first, then by name. Counting at query time walks every mention in the store, and
ordering thousands of rows by name makes Oxigraph decode two stored strings per
comparison: together most of a second at a million quads. Both depend on the whole
corpus, so they live beside the claim links in the derived graph, rewritten with them at
the end of every build; the queries read a count and sort on an integer. The name the
ranking sorts by is kept too: `persons` and `organizations` list thousands of entities, and
read it with their other cells from the derived graph in one hash join instead of grouping
every entity's labels (`bro:rowName`, one predicate for every class: `mentions` looks the
names of its entities up in one scan). Each class has its own count and rank predicates
(`CELLS`), the rank its place in its own table: a table's query starts from its class's
ranks and reads its class's counts only, not those of every entity (a person's query read
the ~5,000 organizations' too).
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode, Quad, QuerySolution

from kg.rdf import BRO, DERIVED_GRAPH, XSD


@dataclass(frozen=True)
class Cells:
    """The predicates of one class's count and rank cells in the derived graph."""

    count: NamedNode
    rank: NamedNode


# The classes the entity tables list, each with predicates of its own.
CELLS = {
    BRO.Person: Cells(BRO.personMentionCount, BRO.personRank),
    BRO.Organization: Cells(BRO.organizationMentionCount, BRO.organizationRank),
    BRO.State: Cells(BRO.stateMentionCount, BRO.stateRank),
}
RANKS = frozenset(c.rank for c in CELLS.values())
# Inside `GRAPH ?g`: one row per mention triple, never one per graph and triple pair.
_MENTION_COUNTS = """
PREFIX bro: <https://w3id.org/kg-bilateral/ontology#>
SELECT ?entity (COUNT(DISTINCT ?m) AS ?n)
WHERE { __VALUES__ GRAPH ?g { ?m bro:refersTo ?entity } }
GROUP BY ?entity
"""
# The `name` column of the entity queries.
_ENTITY_NAMES = """
PREFIX bro: <https://w3id.org/kg-bilateral/ontology#>
PREFIX kgg: <https://w3id.org/kg-bilateral/id/graph/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?entity ?class (MIN(STR(?l)) AS ?name)
WHERE {
  VALUES ?class { __CLASSES__ }
  GRAPH kgg:entities {
    __VALUES__
    ?entity a ?class
    OPTIONAL { ?entity rdfs:label ?l FILTER (LANG(?l) = "ru") }
  }
}
GROUP BY ?entity ?class
""".replace("__CLASSES__", " ".join(map(str, CELLS)))
MENTION_COUNTS = _MENTION_COUNTS.replace("__VALUES__", "")
ENTITY_NAMES = _ENTITY_NAMES.replace("__VALUES__", "")
Select = Callable[[str], Iterable[QuerySolution]]
Counts = dict[NamedNode, Literal]
Names = dict[NamedNode, Literal | None]
Classes = dict[NamedNode, NamedNode]


def restricted(query: str, variable: str, nodes: Iterable[NamedNode] | None) -> str:
    """`query` for the nodes `nodes` of `variable` only (None: for all): its `__VALUES__`
    placeholder made a VALUES clause."""
    values = "" if nodes is None else f"VALUES ?{variable} {{ {' '.join(map(str, nodes))} }}"
    return query.replace("__VALUES__", values)


def mention_quads(select: Select) -> list[Quad]:
    """The mention count (an xsd:integer, as COUNT gives it) of every listed entity a
    mention refers to, the rank of every listed entity: its place in its class's order
    `DESC(?mentions) ?name ?entity` the entity queries used to sort by, and the name of
    every named one (`bro:rowName`): that name, its least Russian label; the count and rank
    by its class's predicates."""
    counts, names, classes = counts_and_names(select)
    return [*cell_quads(counts, names, classes), *rank_quads(counts, names, classes)]


def counts_and_names(
    select: Select, nodes: Iterable[NamedNode] | None = None
) -> tuple[Counts, Names, Classes]:
    """The mention counts, names and classes of the entities among `nodes` (None: of all):
    the names and classes of every entity of a class the tables list (`CELLS`), None for
    a name without a label."""
    nodes = None if nodes is None else list(nodes)
    counts = {r["entity"]: r["n"] for r in select(restricted(_MENTION_COUNTS, "entity", nodes))}
    names: Names = {}
    classes: Classes = {}
    for r in select(restricted(_ENTITY_NAMES, "entity", nodes)):
        names[r["entity"]], classes[r["entity"]] = r["name"], r["class"]
    return counts, names, classes


def cell_quads(counts: Counts, names: Names, classes: Classes) -> list[Quad]:
    """The count and name cells of these entities, the counts by their classes' predicates."""
    out = []
    for entity, cls in classes.items():
        if (count := counts.get(entity)) is not None:
            out.append(Quad(entity, CELLS[cls].count, count, DERIVED_GRAPH))
        if (name := names.get(entity)) is not None:
            out.append(Quad(entity, BRO.rowName, name, DERIVED_GRAPH))
    return out


Key = tuple[int, bool, str, str]


def order_key(entity: NamedNode, count: Literal | None, name: Literal | None) -> Key:
    """An entity's place in the tables' order, `DESC(?mentions) ?name ?entity`: SPARQL sorts
    an unbound name first; strings and IRIs by code point, as Python does."""
    return (
        -int(count.value if count else 0),
        name is not None,
        name.value if name else "",
        entity.value,
    )


def rank_quads(counts: Counts, names: Names, classes: Classes) -> list[Quad]:
    """Every listed entity's rank in its class's table."""
    out = []
    for cls, cells in CELLS.items():
        ranked = sorted(
            (e for e, c in classes.items() if c == cls),
            key=lambda e: order_key(e, counts.get(e), names.get(e)),
        )
        out += [_rank(e, cells.rank, i) for i, e in enumerate(ranked)]
    return out


def rank_changes(
    rank: NamedNode,
    old: dict[NamedNode, int],
    moved: dict[NamedNode, Key | None],
    key_of: Callable[[NamedNode], Key],
) -> tuple[list[Quad], list[Quad]]:
    """The quads of the predicate `rank` gone and added when the entities of `moved` take
    their new keys (None: ranked no more) and every other keeps its key: the stored ranking
    `old`, without them, with each put back at its place found by bisection (`key_of` reads
    an unmoved entity's key, for the few places probed) instead of every entity sorted
    again."""
    keys = functools.cache(key_of)
    order = [e for e in sorted(old, key=old.__getitem__) if e not in moved]
    for entity, key in sorted(
        ((e, k) for e, k in moved.items() if k is not None), key=lambda p: p[1]
    ):
        at = bisect.bisect_left(order, key, key=lambda e: moved.get(e) or keys(e))
        order.insert(at, entity)
    new = {e: i for i, e in enumerate(order)}
    gone = [_rank(e, rank, i) for e, i in old.items() if new.get(e) != i]
    return gone, [_rank(e, rank, i) for e, i in new.items() if old.get(e) != i]


def _rank(entity: NamedNode, rank: NamedNode, place: int) -> Quad:
    return Quad(entity, rank, Literal(str(place), datatype=XSD.integer), DERIVED_GRAPH)
