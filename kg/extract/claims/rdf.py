"""A numeric claim as RDF: a bro:NumericClaim with its value as a plain xsd:decimal."""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode

from kg.extract.claims.fact import Claim
from kg.rdf import BRO, RDF, FactWriter, date_literal, decimal_literal, node, ru

# An ISO 8601 interval period ("1960/1975") is two ends: bro:period holds one date only.
_ENDS = (BRO.periodStart, BRO.periodEnd)


def claim_quads(c: Claim, w: FactWriter) -> None:
    s = node(c.key)
    w.add(s, RDF.type, BRO.NumericClaim)
    w.add(s, BRO.metric, ru(c.metric))
    w.add(s, BRO.value, decimal_literal(c.value))
    w.add(s, BRO.unit, Literal(c.unit))
    w.add(s, BRO.comparator, Literal(c.comparator))
    w.add(s, BRO.status, Literal(c.status))
    period_quads(s, c.period, w)
    if c.speaker:
        w.add(s, BRO.speaker, node(c.speaker))
    for key in c.states:
        w.add(s, BRO.concernsState, node(key))
    w.opt(s, BRO.sentence, c.quote, Literal)
    w.evidence(s, c.evidence)


def period_quads(s: NamedNode, period: str, w: FactWriter) -> None:
    """A date as bro:period; an interval "1960/1975" as bro:periodStart and bro:periodEnd,
    each typed by its precision (ontology/shapes.ttl)."""
    if "/" not in period:
        w.opt(s, BRO.period, period, date_literal)
        return
    for p, end in zip(_ENDS, period.split("/"), strict=True):
        w.add(s, p, date_literal(end))


def period_of(fields: dict[str, set[str]]) -> str:
    """The period `period_quads` wrote, read back from a claim's stored values by field
    name ("period", "periodStart", "periodEnd"): "" when none."""
    if fields.get("periodStart") and fields.get("periodEnd"):
        return f"{min(fields['periodStart'])}/{min(fields['periodEnd'])}"
    return min(fields.get("period", ()), default="")
