"""The cells of the `claims` table, gathered over every document that tells a figure and
worked out once per build into the derived graph.

A retold figure is one node told by many documents (`kg.links`), and its row joins what
each says: the least metric, value, unit, comparator and status, the latest period, the
least speaker's name and sentence, the documents' ids. Gathering that at query time walked
every claim of every document: ~0.45 s of CPU at a million quads, most of a second through
the CLI. Like the events' cells (`kg.event_rows`), the values depend on the whole corpus,
so they are computed here, when the derived graph is, by the query the table ran before,
and `queries/claims.rq` reads one value per cell (`bro:row…`).
"""

from __future__ import annotations

from collections.abc import Collection

from pyoxigraph import NamedNode, Quad

from kg.fact_rows import fact_row_quads, sources_cell
from kg.mention_counts import Select, restricted
from kg.rdf import BRO

_FACT = ("claim", "bro:NumericClaim")  # its variable and class
# The role a claim's row names an entity by (its speaker cell), as `kg.event_rows.NAMED_BY`.
NAMED_BY = (BRO.speaker,)


def _cell(variable: str, predicate: str) -> str:
    """One triple pattern of a claim in a sub-select, joined with the others on graph and
    node: Oxigraph joins them by hash, one scan each."""
    return (
        f"{{ SELECT ?g ?claim {variable} "
        f"WHERE {{ __VALUES__ GRAPH ?g {{ ?claim {predicate} {variable} }} }} }}"
    )


# Each sub-select restricted to the claims of `__VALUES__` (`claim_quads` for a few nodes).
_CLAIM_ROWS = f"""
PREFIX bro: <https://w3id.org/kg-bilateral/ontology#>
PREFIX kgg: <https://w3id.org/kg-bilateral/id/graph/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>

SELECT ?claim ?metric ?value ?unit ?comparator ?period ?status ?speaker ?quote ?sources
WHERE {{
  {{
    SELECT ?claim (MIN(STR(?m)) AS ?metric) (MIN(STR(?v)) AS ?value) (MIN(STR(?u)) AS ?unit)
           (MIN(STR(?c)) AS ?comparator) (MIN(STR(?s)) AS ?status)
    WHERE {{
      {_cell("", "a bro:NumericClaim")}
      {_cell("?m", "bro:metric")}
      {_cell("?v", "bro:value")}
      {_cell("?u", "bro:unit")}
      {_cell("?c", "bro:comparator")}
      {_cell("?s", "bro:status")}
    }}
    GROUP BY ?claim
  }}
  OPTIONAL {{
    SELECT ?claim (MAX(?p) AS ?period)
    WHERE {{
      __VALUES__
      # one date, or an interval's two ends as ISO 8601 "1960/1975"
      {{ GRAPH ?g {{ ?claim a bro:NumericClaim ; bro:period ?v }} BIND (STR(?v) AS ?p) }}
      UNION
      {{
        GRAPH ?g {{ ?claim a bro:NumericClaim ; bro:periodStart ?a ; bro:periodEnd ?b }}
        BIND (CONCAT(STR(?a), "/", STR(?b)) AS ?p)
      }}
    }}
    GROUP BY ?claim
  }}
  OPTIONAL {{
    SELECT ?claim (MIN(?n) AS ?speaker)
    WHERE {{
      __VALUES__
      GRAPH ?g {{ ?claim a bro:NumericClaim ; {NAMED_BY[0]} ?x }}
      OPTIONAL {{ GRAPH kgg:entities {{ ?x rdfs:label ?lbl FILTER (LANG(?lbl) = "ru") }} }}
      BIND (COALESCE(STR(?lbl), STRAFTER(STR(?x), "/id/")) AS ?n)
    }}
    GROUP BY ?claim
  }}
  OPTIONAL {{
    SELECT ?claim (MIN(STR(?v)) AS ?quote)
    WHERE {{ __VALUES__ GRAPH ?g {{ ?claim a bro:NumericClaim ; bro:sentence ?v }} }}
    GROUP BY ?claim
  }}
  {sources_cell(*_FACT)}
}}
"""
CLAIM_ROWS = restricted(_CLAIM_ROWS, "claim", None)
# column → the property that keeps it (`status` and `sources` as an event's)
CELLS = {
    "metric": BRO.rowMetric,
    "value": BRO.rowValue,
    "unit": BRO.rowUnit,
    "comparator": BRO.rowComparator,
    "period": BRO.rowPeriod,
    "status": BRO.rowStatus,
    "speaker": BRO.rowSpeaker,
    "quote": BRO.rowQuote,
    "sources": BRO.rowSources,
}


def claim_quads(select: Select, nodes: Collection[NamedNode] | None = None) -> list[Quad]:
    """Every claim's `bro:row…` cells, as the query above gives them (unbound: none); of
    the claims among `nodes` only, unless None."""
    return fact_row_quads(select, _FACT, _CLAIM_ROWS, CELLS, nodes)
