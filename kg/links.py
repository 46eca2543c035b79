"""Links between facts that only the whole corpus shows: claims that agree or conflict.

A claim node is shared by every document that states the same figure, but two
documents stating different figures for one metric and period are two nodes;
`link_claims` pairs them. The links depend on every document, so they live in
their own graph, recomputed from the store after a build (`kg.derived`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Collection, Iterable
from decimal import Decimal
from typing import cast

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, Triple

from kg.extract.claims import Claim, link_claims
from kg.extract.claims.fact import ClaimStatus, Comparator
from kg.extract.claims.rdf import period_of
from kg.mention_counts import restricted
from kg.rdf import BRO, DERIVED_GRAPH, NS, RDF, node

Term = NamedNode | BlankNode | Literal

# One row per distinct (claim, predicate, value). Matched inside `GRAPH ?g`: over the
# union of the graphs pyoxigraph yields a triple once per graph holding it, so a join of
# a claim's k-times-told triples had ~k⁶ rows; here a claim told k times costs k rows per
# triple, and DISTINCT folds them.
_CLAIMS = """
PREFIX bro: <https://w3id.org/kg-bilateral/ontology#>
SELECT DISTINCT ?claim ?p ?o
WHERE {
  __VALUES__
  VALUES ?p { bro:metric bro:value bro:unit bro:comparator bro:status bro:period
              bro:periodStart bro:periodEnd bro:concernsState }
  GRAPH ?g { ?claim a bro:NumericClaim ; ?p ?o }
}
"""
CLAIMS = restricted(_CLAIMS, "claim", None)
# The claims one document graph alone tells, with that graph: one row per such claim.
TOLD_ONCE = """
PREFIX bro: <https://w3id.org/kg-bilateral/ontology#>
SELECT ?claim (SAMPLE(?g) AS ?graph)
WHERE { GRAPH ?g { ?claim a bro:NumericClaim } }
GROUP BY ?claim
HAVING (COUNT(DISTINCT ?g) = 1)
"""
# Quads matching (subject, predicate, object, graph), None for any (`KgStore.quads`).
Quads = Callable[[NamedNode | None, NamedNode | None, Term | None, NamedNode | None], list[Quad]]
_TYPE = (RDF.type, BRO.NumericClaim)
PREDICATES = {"agrees": BRO.agreesWith, "conflicts": BRO.conflictsWith}
_REQUIRED = ("metric", "value", "unit", "comparator", "status")
_PERIOD = ("period", "periodStart", "periodEnd")
_FIELD = {getattr(BRO, n).value: n for n in (*_REQUIRED, *_PERIOD, "concernsState")}


def claims_from_rows(rows, once=()) -> list[Claim]:  # noqa: ANN001 - pyoxigraph solutions
    """Claims as stored: enough of each to compare it with the others. A claim lacking one
    of the required fields is left out; one with several values of a field (never written
    by kg) gives one claim per combination, as a join would. `once`: the rows of
    `TOLD_ONCE`, the one document a claim is told in (`Claim.told_once_in`)."""
    told_once = {r["claim"].value: r["graph"].value for r in once}
    values: dict[str, dict[str, set[str]]] = {}
    for row in rows:
        fields = values.setdefault(row["claim"].value, {})
        fields.setdefault(_FIELD[row["p"].value], set()).add(row["o"].value)
    out = []
    for iri, fields in values.items():
        states = sorted(s.removeprefix(NS) for s in fields.get("concernsState", ()))
        columns = [sorted(fields.get(name, ())) for name in _REQUIRED]
        for metric, value, unit, comparator, status in itertools.product(*columns):
            out.append(
                Claim(
                    key=iri.removeprefix(NS),
                    metric=metric,
                    value=Decimal(value),
                    unit=unit,
                    comparator=cast(Comparator, comparator),  # as kg wrote it
                    status=cast(ClaimStatus, status),
                    period=period_of(fields),
                    states=states,
                    told_once_in=told_once.get(iri, ""),
                )
            )
    return sorted(out, key=lambda c: c.key)


def claim_link_quads(claims: list[Claim], among: Collection[str] | None = None) -> list[Quad]:
    """Both directions of each link, so either claim finds the other (only the links of the
    claim keys `among`, when given)."""
    out = []
    for a, relation, b in link_claims(claims, among):
        predicate = PREDICATES[relation]
        out.append(Quad(node(a), predicate, node(b), DERIVED_GRAPH))
        out.append(Quad(node(b), predicate, node(a), DERIVED_GRAPH))
    return sorted(set(out), key=str)


def links_of(quads: Quads, nodes: Collection[NamedNode]) -> list[Quad]:
    """The links of the claims among `nodes`, both directions: each such claim compared with
    every claim of its metric (the only ones `link_claims` may link it with)."""
    rows, once = _claim_rows(quads, nodes)
    metrics = {r["o"] for r in rows if r["p"] == BRO.metric}
    peers = {
        s
        for m in metrics
        for q in quads(None, BRO.metric, m, None)
        if isinstance(s := q.subject, NamedNode)
    } - set(nodes)
    peer_rows, peers_once = _claim_rows(quads, peers)
    claims = claims_from_rows([*rows, *peer_rows], [*once, *peers_once])
    return claim_link_quads(claims, among={n.value.removeprefix(NS) for n in nodes})


def _claim_rows(
    quads: Quads, nodes: Iterable[NamedNode]
) -> tuple[list[dict[str, Term]], list[dict[str, Term]]]:
    """The rows `CLAIMS` and `TOLD_ONCE` give for these nodes, by index lookups: over a few
    claims a query with their VALUES still scanned every claim."""
    rows: list[dict[str, Term]] = []
    once: list[dict[str, Term]] = []
    for claim in nodes:
        found = quads(claim, None, None, None)
        graphs = {q.graph_name for q in found if (q.predicate, q.object) == _TYPE}
        named = [g for g in graphs if isinstance(g, NamedNode)]
        if len(graphs) == 1 and named:
            once.append({"claim": claim, "graph": named[0]})
        triples = {(q.predicate, q.object) for q in found if q.graph_name in graphs}
        rows += [
            {"claim": claim, "p": p, "o": o}
            for p, o in triples
            if p.value in _FIELD and not isinstance(o, Triple)
        ]
    return rows, once
