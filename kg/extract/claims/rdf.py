"""A numeric claim as RDF: a bro:NumericClaim with its value as a plain xsd:decimal."""

from __future__ import annotations

from pyoxigraph import Literal

from kg.extract.claims.fact import Claim
from kg.rdf import BRO, RDF, FactWriter, date_literal, decimal_literal, node, ru


def claim_quads(c: Claim, w: FactWriter) -> None:
    s = node(c.key)
    w.add(s, RDF.type, BRO.NumericClaim)
    w.add(s, BRO.metric, ru(c.metric))
    w.add(s, BRO.value, decimal_literal(c.value))
    w.add(s, BRO.unit, Literal(c.unit))
    w.add(s, BRO.comparator, Literal(c.comparator))
    w.add(s, BRO.status, Literal(c.status))
    w.opt(s, BRO.period, c.period, date_literal)
    if c.speaker:
        w.add(s, BRO.speaker, node(c.speaker))
    for key in c.states:
        w.add(s, BRO.concernsState, node(key))
    w.opt(s, BRO.sentence, c.quote, Literal)
    w.evidence(s, c.evidence)
