"""The cells of the `persons` and `offices` tables that gather values over many documents,
worked out once per build into the derived graph.

A person's office in the `persons` table is the one the latest-dated document gives, and
an `offices` row joins an office holding told by every document that tells it (its post's
label, the state served, the term, the latest date, the sources). At query time that
walked every holding of every document: most of a second at a million quads, for a few
hundred rows. Like the mention counts (`kg.mention_counts`), the values depend on the
whole corpus, so they are computed here, when the derived graph is, by the very queries
the tables ran before, and the canned queries read one value per cell (`bro:row…`).
"""

from __future__ import annotations

from collections.abc import Collection

from pyoxigraph import Literal, NamedNode, Quad, QuerySolution

from kg.mention_counts import Select, restricted
from kg.rdf import BRO, DERIVED_GRAPH

_PREFIXES = """
PREFIX bro: <https://w3id.org/kg-bilateral/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX kgg: <https://w3id.org/kg-bilateral/id/graph/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
"""


def _holding(few: bool) -> str:
    """The office holdings (of `__HOLDINGS__`), each in the graph that tells it."""
    if few:
        return "{ __HOLDINGS__ GRAPH ?g { ?holding a bro:OfficeHolding } }"
    return _in_graph("?holding", "?holding a bro:OfficeHolding", few)


def _in_graph(variables: str, pattern: str, few: bool) -> str:
    """One triple pattern in one graph, joined on the graph and its nodes with the others.
    For every holding (`few` false) a sub-select: Oxigraph joins it by hash (one scan each)
    instead of looking every triple up for every holding in every graph, 2-3 times less
    time at a million quads; a holding's triple restricted to the holdings of
    `__HOLDINGS__`. For a few holdings a plain pattern, after the holdings' VALUES:
    Oxigraph looks their triples up instead of scanning every post's and document's
    (~5 times less time for one changed document of 200)."""
    if few:
        return f"{{ GRAPH ?g {{ {pattern} }} }}"
    values = "__HOLDINGS__ " if pattern.startswith("?holding ") else ""
    return f"{{ SELECT ?g {variables} WHERE {{ {values}GRAPH ?g {{ {pattern} }} }} }}"


def _holding_value(aggregate: str, column: str, predicate: str, few: bool) -> str:
    """An optional column of a holding: `aggregate` of its `predicate` values over the
    documents that tell it."""
    values = _in_graph("?holding ?v", f"?holding {predicate} ?v", few)
    return (
        f"OPTIONAL {{ SELECT ?holding ({aggregate}(STR(?v)) AS ?{column}) "
        f"WHERE {{ {_holding(few)} {values} }} GROUP BY ?holding }}"
    )


# A person's office: the one the latest-dated document gives ("date|rank|office|state", an
# undated one as "0", before any dated one), not one it recounts as left (`bro:past`:
# "бывший президент"), else the gazetteer's (the entity graph's). Of one date, a title
# (rank 1) before a profession the text names the person by again (`bro:namedAgain`, rank
# 0): "нападающий «Барселоны» X … по словам футболиста" keeps нападающий.
# Every person with the office and state the entity graph alone gives (the gazetteer's, or
# the one its documents' tally elected): what a person's cells fall back on.
_KNOWN = """{
    SELECT ?person (SAMPLE(?o) AS ?known) (SAMPLE(?s) AS ?serves)
    WHERE {
      GRAPH kgg:entities {
        __PERSONS__
        ?person a bro:Person .
        OPTIONAL {
          ?person bro:holdsPost ?post .
          ?post rdfs:label ?ol FILTER (LANG(?ol) = "ru")
          OPTIONAL { ?post bro:ofState ?ps . ?ps rdfs:label ?psl FILTER (LANG(?psl) = "ru") }
        }
        OPTIONAL { ?person bro:ofState ?os . ?os rdfs:label ?osl FILTER (LANG(?osl) = "ru") }
        BIND (COALESCE(?osl, ?psl) AS ?sl)
      }
      BIND (STR(?ol) AS ?o)
      BIND (STR(?sl) AS ?s)
    }
    GROUP BY ?person
  }"""


def _person_offices(few: bool) -> str:
    return (
        _PREFIXES
        + f"""
SELECT ?person ?office ?state
WHERE {{
  {_KNOWN}
  OPTIONAL {{
    SELECT ?person
           (MAX(CONCAT(COALESCE(STR(?hd), "0"), "|", ?rank, "|", STR(?hol), "|",
                       COALESCE(STR(?hsl), ""))) AS ?latest)
    WHERE {{
      {_holding(few)}
      {_in_graph("?holding ?person", "?holding bro:holder ?person", few)}
      {_in_graph("?holding", '?holding bro:basis "text"', few)}
      FILTER NOT EXISTS {{ GRAPH ?g {{ ?holding bro:past true }} }}
      BIND (IF(EXISTS {{ GRAPH ?g {{ ?holding bro:namedAgain true }} }}, "0", "1") AS ?rank)
      {_in_graph("?holding ?hp", "?holding bro:post ?hp", few)}
      {_in_graph("?hp ?hol", "?hp rdfs:label ?hol", few)}
      OPTIONAL {_in_graph("?holding ?hd", "?holding dcterms:date ?hd", few)}
      OPTIONAL {{
        GRAPH ?g {{ ?hp bro:ofState|org:postIn ?hs }}
        GRAPH kgg:entities {{ ?hs rdfs:label ?hsl FILTER (LANG(?hsl) = "ru") }}
      }}
    }}
    GROUP BY ?person
  }}
  BIND (STRAFTER(STRAFTER(?latest, "|"), "|") AS ?given)
  BIND (COALESCE(STRBEFORE(?given, "|"), ?known) AS ?office)
  BIND (IF(BOUND(?given), STRAFTER(?given, "|"), "") AS ?givenState)
  BIND (IF(?givenState != "", ?givenState, ?serves) AS ?state)
}}
"""
    )


# One row per office holding, its values gathered over the documents that tell it.
def _office_rows(few: bool) -> str:
    return (
        _PREFIXES
        + f"""
SELECT ?holding ?person ?name ?office ?state ?start ?end ?sources ?date ?basis
WHERE {{
  {{
    SELECT ?holding (SAMPLE(?p) AS ?person) (MIN(?n) AS ?name) (MIN(STR(?ol)) AS ?office)
           (MAX(STR(?how)) AS ?basis)
    WHERE {{
      {_holding(few)}
      {_in_graph("?holding ?p", "?holding bro:holder ?p", few)}
      {_in_graph("?holding ?post", "?holding bro:post ?post", few)}
      {_in_graph("?holding ?how", "?holding bro:basis ?how", few)}
      {_in_graph("?post ?ol", "?post rdfs:label ?ol", few)}
      OPTIONAL {{ GRAPH kgg:entities {{ ?p rdfs:label ?pl FILTER (LANG(?pl) = "ru") }} }}
      BIND (COALESCE(STR(?pl), STRAFTER(STR(?p), "/id/")) AS ?n)
    }}
    GROUP BY ?holding
  }}
  # Each optional value apart: an aggregate over a value some rows lack would be unbound.
  OPTIONAL {{
    SELECT ?holding (MIN(?s) AS ?state)
    WHERE {{
      {_holding(few)}
      {_in_graph("?holding ?post", "?holding bro:post ?post", few)}
      {_in_graph("?post ?w", "?post bro:ofState|org:postIn ?w", few)}
      OPTIONAL {{ GRAPH kgg:entities {{ ?w rdfs:label ?wl FILTER (LANG(?wl) = "ru") }} }}
      BIND (COALESCE(STR(?wl), STRAFTER(STR(?w), "/id/")) AS ?s)
    }}
    GROUP BY ?holding
  }}
  {_holding_value("MIN", "start", "schema:startDate", few)}
  {_holding_value("MIN", "end", "schema:endDate", few)}
  {_holding_value("MAX", "date", "dcterms:date", few)}
  {{
    SELECT ?holding (GROUP_CONCAT(?src; separator="; ") AS ?sources)
    WHERE {{
      {{
        SELECT DISTINCT ?holding ?src
        WHERE {{
          {_holding(few)}
          {_in_graph("?holding ?d", "?holding prov:wasDerivedFrom ?d", few)}
          {_in_graph("?d ?id", "?d bro:docId ?id", few)}
          BIND (STR(?id) AS ?src)
        }}
        ORDER BY ?src
      }}
    }}
    GROUP BY ?holding
  }}
}}
"""
    )


# The office holdings of some persons.
_HELD = """
PREFIX bro: <https://w3id.org/kg-bilateral/ontology#>
SELECT DISTINCT ?holding WHERE { __VALUES__ GRAPH ?g { ?holding bro:holder ?person } }
"""
# The persons' fallbacks alone (`kg.holding_fold` folds the documents' part).
PERSONS_KNOWN = f"{_PREFIXES}SELECT ?person ?known ?serves WHERE {{ {_KNOWN} }}".replace(
    "__PERSONS__", ""
)
PERSON_OFFICES = _person_offices(few=False).replace("__PERSONS__", "").replace("__HOLDINGS__", "")
OFFICE_ROWS = _office_rows(few=False).replace("__HOLDINGS__", "")
_FEW_PERSON_OFFICES, _FEW_OFFICE_ROWS = _person_offices(few=True), _office_rows(few=True)
# column → the property that keeps it (a person's office and state use the same two)
CELLS = {
    "name": BRO.rowName,
    "office": BRO.rowOffice,
    "state": BRO.rowState,
    "start": BRO.rowStart,
    "end": BRO.rowEnd,
    "date": BRO.rowDate,
    "basis": BRO.rowBasis,
    "sources": BRO.rowSources,
}


def table_quads(select: Select, nodes: Collection[NamedNode] | None = None) -> list[Quad]:
    """Every person's `bro:rowOffice` and `bro:rowState`, and every office holding's
    `bro:holder` and `bro:row…` cells, as the queries above give them (unbound: none); of
    the persons and holdings among `nodes` only, unless None."""
    persons, offices = PERSON_OFFICES, OFFICE_ROWS
    if nodes is not None:  # each query for these persons, or holdings, and their holdings'
        held = [r["holding"] for r in select(restricted(_HELD, "person", nodes))]
        persons = _values(_values(_FEW_PERSON_OFFICES, "person", nodes), "holding", held)
        offices = _values(_FEW_OFFICE_ROWS, "holding", nodes)
    out: list[Quad] = []
    for row in select(persons):
        out += _cells(row["person"], row, ("office", "state"))
    for row in select(offices):
        out.append(Quad(row["holding"], BRO.holder, row["person"], DERIVED_GRAPH))
        out += _cells(row["holding"], row, tuple(CELLS))
    return out


def _cells(subject: NamedNode, row: QuerySolution, columns: tuple[str, ...]) -> list[Quad]:
    return [
        Quad(subject, CELLS[c], Literal(row[c].value), DERIVED_GRAPH)
        for c in columns
        if row[c] is not None
    ]


def _values(query: str, variable: str, nodes: Collection[NamedNode]) -> str:
    """`query` with its `__PERSONS__` or `__HOLDINGS__` placeholders made VALUES clauses."""
    placeholder = f"__{variable.upper()}S__"
    return restricted(query.replace(placeholder, "__VALUES__"), variable, nodes)
