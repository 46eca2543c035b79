"""Links between facts that only the whole corpus shows: claims that agree or conflict.

A claim node is shared by every document that states the same figure, but two
documents stating different figures for one metric and period are two nodes;
`link_claims` pairs them. The links depend on every document, so they live in
their own graph, recomputed from the store after each build.
"""

from __future__ import annotations

from decimal import Decimal

from pyoxigraph import Quad

from kg.extract.claims import Claim, link_claims
from kg.rdf import BRO, DERIVED_GRAPH, NS, node

CLAIMS = """
PREFIX bro: <https://w3id.org/kg-bilateral/ontology#>
SELECT ?claim ?metric ?value ?unit ?comparator ?status
       (SAMPLE(?p) AS ?period) (GROUP_CONCAT(DISTINCT STR(?state); separator=" ") AS ?states)
WHERE {
  ?claim a bro:NumericClaim ; bro:metric ?metric ; bro:value ?value ; bro:unit ?unit ;
         bro:comparator ?comparator ; bro:status ?status .
  OPTIONAL { ?claim bro:period ?p }
  OPTIONAL { ?claim bro:concernsState ?state }
}
GROUP BY ?claim ?metric ?value ?unit ?comparator ?status
"""
PREDICATES = {"agrees": BRO.agreesWith, "conflicts": BRO.conflictsWith}


def claims_from_rows(rows) -> list[Claim]:  # noqa: ANN001 - pyoxigraph solutions
    """Claims as stored: enough of each to compare it with the others."""
    out = []
    for row in rows:
        states = row["states"].value.split() if row["states"] is not None else []
        out.append(
            Claim(
                key=row["claim"].value.removeprefix(NS),
                metric=row["metric"].value,
                value=Decimal(row["value"].value),
                unit=row["unit"].value,
                comparator=row["comparator"].value,
                status=row["status"].value,
                period=row["period"].value if row["period"] is not None else "",
                states=sorted(s.removeprefix(NS) for s in states),
            )
        )
    return sorted(out, key=lambda c: c.key)


def claim_link_quads(claims: list[Claim]) -> list[Quad]:
    """Both directions of each link, so either claim finds the other."""
    out = []
    for a, relation, b in link_claims(claims):
        predicate = PREDICATES[relation]
        out.append(Quad(node(a), predicate, node(b), DERIVED_GRAPH))
        out.append(Quad(node(b), predicate, node(a), DERIVED_GRAPH))
    return sorted(set(out), key=str)
