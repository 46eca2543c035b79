"""The cells of the `events` table, gathered over every document that tells an event and
worked out once per build into the derived graph.

An event's row joins what each document says of it: its kind and the status the documents
rank highest, a label, the latest date, a place, its participants' names and the documents'
ids; over a span of days the date is an ISO 8601 interval of its first and last day
("2026-11-24/2026-11-26", the latest of each). Gathering that at query time walked every
event of every document and looked up each participant's label: ~0.4 s at a million quads,
most of a second through the CLI. Like the persons' and offices' cells (`kg.table_rows`),
the values depend on the whole corpus, so they are computed here, when the derived graph
is, by the query the table ran before, and `queries/events.rq` reads one value per cell
(`bro:row…`).
"""

from __future__ import annotations

from collections.abc import Collection

from pyoxigraph import NamedNode, Quad

from kg.fact_rows import fact_row_quads, sources_cell
from kg.mention_counts import Select, restricted
from kg.rdf import BRO

_FACT = ("event", "bro:Event")  # its variable and class
# The roles an event's row names entities by (its participants cell): a change of their
# labels changes the row (`kg.derived`).
NAMED_BY = (BRO.participant, BRO.visitor, BRO.host)


def _value(aggregate: str, column: str, predicate: str) -> str:
    """An optional column: `aggregate` of an event's `predicate` values over the documents
    that tell it (apart: an aggregate over a value some rows lack would be unbound)."""
    return (
        f"OPTIONAL {{ SELECT ?event ({aggregate}(STR(?v)) AS ?{column}) "
        f"WHERE {{ __VALUES__ GRAPH ?g {{ ?event a bro:Event ; {predicate} ?v }} }} "
        "GROUP BY ?event }"
    )


# Each sub-select restricted to the events of `__VALUES__` (`event_quads` for a few nodes).
_EVENT_ROWS = f"""
PREFIX bro: <https://w3id.org/kg-bilateral/ontology#>
PREFIX kgg: <https://w3id.org/kg-bilateral/id/graph/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>

SELECT ?event ?kind ?label ?date ?status ?location ?participants ?sources
WHERE {{
  {{
    SELECT ?event (MIN(STR(?k)) AS ?kind) (SUBSTR(MIN(?ranked), 2) AS ?status)
    WHERE {{
      __VALUES__
      GRAPH ?g {{ ?event a bro:Event ; bro:kind ?k ; bro:status ?s }}
      # Where documents disagree: occurred over cancelled over planned.
      BIND (CONCAT(IF(?s = "occurred", "1", IF(?s = "cancelled", "2", "3")), STR(?s)) AS ?ranked)
    }}
    GROUP BY ?event
  }}
  {_value("MIN", "label", "rdfs:label")}
  {_value("MAX", "start", "dcterms:date")}
  {_value("MAX", "end", "schema:endDate")}
  # over a span of days its first and last, as an ISO 8601 interval (h-events258)
  BIND (IF(BOUND(?end) && ?end > ?start, CONCAT(?start, "/", ?end), ?start) AS ?date)
  {_value("MIN", "location", "bro:location")}
  OPTIONAL {{
    SELECT ?event (GROUP_CONCAT(?n; separator="; ") AS ?participants)
    WHERE {{
      {{
        SELECT DISTINCT ?event ?n
        WHERE {{
          {{ SELECT ?g ?event WHERE {{ __VALUES__ GRAPH ?g {{ ?event a bro:Event }} }} }}
          # sub-selects joined on graph and node, by hash: one scan each
          {{
            SELECT ?g ?event ?x
            WHERE {{ __VALUES__ GRAPH ?g {{ ?event {"|".join(map(str, NAMED_BY))} ?x }} }}
          }}
          OPTIONAL {{ GRAPH kgg:entities {{ ?x rdfs:label ?lbl FILTER (LANG(?lbl) = "ru") }} }}
          BIND (COALESCE(STR(?lbl), STRAFTER(STR(?x), "/id/")) AS ?n)
        }}
        ORDER BY ?n
      }}
    }}
    GROUP BY ?event
  }}
  {sources_cell(*_FACT)}
}}
"""
EVENT_ROWS = restricted(_EVENT_ROWS, "event", None)
# column → the property that keeps it (`date` and `sources` as an office holding's)
CELLS = {
    "kind": BRO.rowKind,
    "label": BRO.rowLabel,
    "date": BRO.rowDate,
    "status": BRO.rowStatus,
    "location": BRO.rowLocation,
    "participants": BRO.rowParticipants,
    "sources": BRO.rowSources,
}


def event_quads(select: Select, nodes: Collection[NamedNode] | None = None) -> list[Quad]:
    """Every event's `bro:row…` cells, as the query above gives them (unbound: none); of
    the events among `nodes` only, unless None."""
    return fact_row_quads(select, _FACT, _EVENT_ROWS, CELLS, nodes)
