"""An agreement as RDF: a bro:Agreement, of its subclass when its kind has one."""

from __future__ import annotations

from typing import get_args

from pyoxigraph import Literal

from kg.extract.agreements.fact import Agreement, AgreementKind
from kg.rdf import BRO, DCT, RDF, RDFS, FactWriter, date_literal, node, ru

_SUBCLASSES = frozenset(get_args(AgreementKind)) - {"Agreement"}


def agreement_quads(a: Agreement, w: FactWriter) -> None:
    s = node(a.key)
    w.add(s, RDF.type, BRO.Agreement)
    if a.kind in _SUBCLASSES:
        w.add(s, RDF.type, getattr(BRO, a.kind))
    w.add(s, BRO.kind, Literal(a.kind))
    w.add(s, BRO.status, Literal(a.status))
    w.opt(s, RDFS.label, a.title, ru)
    w.opt(s, DCT.date, a.date, date_literal)
    w.opt(s, BRO.location, a.place, ru)
    for key in a.parties:
        w.add(s, BRO.party, node(key))
    for key in a.signatories:
        w.add(s, BRO.signatory, node(key))
    w.evidence(s, a.evidence)
