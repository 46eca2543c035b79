"""A relation level as RDF: a bro:RelationLevel between two states in a fixed order."""

from __future__ import annotations

from kg.extract.relations.fact import RelationLevel
from kg.rdf import BRO, DCT, RDF, FactWriter, date_literal, node, ru


def relation_quads(r: RelationLevel, w: FactWriter) -> None:
    s = node(r.key)
    first, second = sorted((r.state_a, r.state_b))
    w.add(s, RDF.type, BRO.RelationLevel)
    w.add(s, BRO.stateA, node(first))
    w.add(s, BRO.stateB, node(second))
    w.add(s, BRO.level, ru(r.level))
    w.opt(s, DCT.date, r.date, date_literal)
    if r.stated_by:
        w.add(s, BRO.statedBy, node(r.stated_by))
    w.evidence(s, r.evidence)
