"""The derived row of a fact table (events, claims, quotes): the cells a fact told by many
documents gathers over them, worked out once per build into the derived graph as the
persons' and offices' cells are (`kg.table_rows`). Each fact's module (`kg.event_rows`,
`kg.claim_rows`, `kg.quote_rows`) writes the query of its row; the shared parts, its
sources cell and how its rows become quads, are here.
"""

from __future__ import annotations

from collections.abc import Collection

from pyoxigraph import Literal, NamedNode, Quad

from kg.mention_counts import Select, restricted
from kg.rdf import DERIVED_GRAPH


def sources_cell(variable: str, cls: str) -> str:
    """A fact's `sources` cell: the ids of the documents that tell it (of `__VALUES__`),
    sorted and joined by "; "."""
    return f"""{{
    SELECT ?{variable} (GROUP_CONCAT(?src; separator="; ") AS ?sources)
    WHERE {{
      {{
        SELECT DISTINCT ?{variable} ?src
        WHERE {{
          __VALUES__
          GRAPH ?g {{ ?{variable} a {cls} ; prov:wasDerivedFrom ?d . ?d bro:docId ?id }}
          BIND (STR(?id) AS ?src)
        }}
        ORDER BY ?src
      }}
    }}
    GROUP BY ?{variable}
  }}"""


def _members(variable: str, cls: str) -> str:
    """The facts of class `cls` among the nodes of `__VALUES__`."""
    return (
        "PREFIX bro: <https://w3id.org/kg-bilateral/ontology#>\n"
        f"SELECT DISTINCT ?{variable} WHERE {{ __VALUES__ GRAPH ?g {{ ?{variable} a {cls} }} }}"
    )


def fact_row_quads(
    select: Select,
    fact: tuple[str, str],
    rows: str,
    cells: dict[str, NamedNode],
    nodes: Collection[NamedNode] | None = None,
) -> list[Quad]:
    """The `cells` of every fact of `fact` (its variable and class: events, claims, quotes) as the
    query `rows` gives them, restricted by its `__VALUES__` (unbound: none); of the facts
    among `nodes` only, unless None."""
    variable, cls = fact
    query = restricted(rows, variable, None)
    if nodes is not None:
        facts = [r[variable] for r in select(restricted(_members(variable, cls), variable, nodes))]
        if not facts:
            return []
        query = restricted(rows, variable, facts)
    return [
        Quad(row[variable], predicate, Literal(row[column].value), DERIVED_GRAPH)
        for row in select(query)
        for column, predicate in cells.items()
        if row[column] is not None
    ]
