"""The cells of the `quotes` table, gathered over every document that tells a quote and
worked out once per build into the derived graph.

A quote retold by many documents is one node (its key is its speaker and text), and its
row joins what each says: the least speaker's name and text, the documents' ids. Gathering
that at query time walked every quote of every document and looked up each speaker's
label: ~0.3 s of CPU at a million quads, most of a second through the CLI. Like the claims'
cells (`kg.claim_rows`), the values depend on the whole corpus, so they are computed here,
when the derived graph is, by the query the table ran before, and `queries/quotes.rq`
reads one value per cell (`bro:row…`).
"""

from __future__ import annotations

from collections.abc import Collection

from pyoxigraph import NamedNode, Quad

from kg.fact_rows import fact_row_quads, sources_cell
from kg.mention_counts import Select, restricted
from kg.rdf import BRO

_FACT = ("quote", "bro:Quote")  # its variable and class
# The role a quote's row names an entity by (its speaker cell), as `kg.event_rows.NAMED_BY`.
NAMED_BY = (BRO.speaker,)

# Each sub-select restricted to the quotes of `__VALUES__` (`quote_quads` for a few nodes);
# a quote's speaker and text in one graph, as the table always joined them.
_QUOTE_ROWS = f"""
PREFIX bro: <https://w3id.org/kg-bilateral/ontology#>
PREFIX kgg: <https://w3id.org/kg-bilateral/id/graph/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>

SELECT ?quote ?speaker ?text ?sources
WHERE {{
  {{
    SELECT ?quote (MIN(?n) AS ?speaker) (MIN(STR(?t)) AS ?text)
    WHERE {{
      __VALUES__
      GRAPH ?g {{ ?quote a bro:Quote ; {NAMED_BY[0]} ?x ; bro:text ?t }}
      OPTIONAL {{ GRAPH kgg:entities {{ ?x rdfs:label ?lbl FILTER (LANG(?lbl) = "ru") }} }}
      BIND (COALESCE(STR(?lbl), STRAFTER(STR(?x), "/id/")) AS ?n)
    }}
    GROUP BY ?quote
  }}
  {sources_cell(*_FACT)}
}}
"""
QUOTE_ROWS = restricted(_QUOTE_ROWS, "quote", None)
# column → the property that keeps it (`speaker` and `sources` as a claim's)
CELLS = {"speaker": BRO.rowSpeaker, "text": BRO.rowText, "sources": BRO.rowSources}


def quote_quads(select: Select, nodes: Collection[NamedNode] | None = None) -> list[Quad]:
    """Every quote's `bro:row…` cells, as the query above gives them (unbound: none); of
    the quotes among `nodes` only, unless None."""
    return fact_row_quads(select, _FACT, _QUOTE_ROWS, CELLS, nodes)
