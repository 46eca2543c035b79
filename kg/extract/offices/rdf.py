"""An office holding as RDF: a bro:OfficeHolding linking a person to a bro:Post, dated."""

from __future__ import annotations

from pyoxigraph import Literal

from kg.extract.offices.fact import OfficeHolding
from kg.rdf import BRO, DCT, RDF, SCHEMA, FactWriter, date_literal, node, post_quads


def holding_quads(h: OfficeHolding, w: FactWriter) -> None:
    s = node(h.key)
    w.add(s, RDF.type, BRO.OfficeHolding)
    w.add(s, BRO.holder, node(h.person))
    w.add(s, BRO.post, post_quads(h.office, h.state, w.add))
    w.add(s, BRO.basis, Literal(h.basis))
    if h.past:  # no longer held: never the person's office in `persons`
        w.add(s, BRO.past, Literal(True))
    if h.again:  # a trade told again: below the title it repeats in `persons`
        w.add(s, BRO.namedAgain, Literal(True))
    w.opt(s, SCHEMA.startDate, h.start, date_literal)
    w.opt(s, SCHEMA.endDate, h.end, date_literal)
    w.opt(s, DCT.date, h.date, date_literal)
    w.evidence(s, h.evidence)
