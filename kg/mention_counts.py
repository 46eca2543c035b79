"""How often each entity is mentioned, counted once per build into the derived graph.

The entity queries (`states`, `persons`, `organizations`) rank entities by mentions;
counting them at query time walks every mention in the store (about a third of a
second per query at a million quads), while reading a stored count takes a lookup.
The count is over the whole corpus, so it lives beside the claim links in the
derived graph and is rewritten with them at the end of every build.
"""

from __future__ import annotations

from pyoxigraph import Quad

from kg.rdf import BRO, DERIVED_GRAPH

# Inside `GRAPH ?g`: one row per mention triple, never one per graph and triple pair.
MENTION_COUNTS = """
PREFIX bro: <https://w3id.org/kg-bilateral/ontology#>
SELECT ?entity (COUNT(DISTINCT ?m) AS ?n)
WHERE { GRAPH ?g { ?m bro:refersTo ?entity } }
GROUP BY ?entity
"""


def mention_count_quads(rows) -> list[Quad]:  # noqa: ANN001 - pyoxigraph solutions
    """`entity bro:mentionCount n` (an xsd:integer, as COUNT gives it) for every entity
    some mention refers to, from the solutions of MENTION_COUNTS."""
    return [Quad(row["entity"], BRO.mentionCount, row["n"], DERIVED_GRAPH) for row in rows]
