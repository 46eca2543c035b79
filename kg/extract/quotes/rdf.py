"""A quote as RDF: a bro:Quote with its speaker and text."""

from __future__ import annotations

from pyoxigraph import Literal

from kg.extract.quotes.fact import Quote
from kg.rdf import BRO, RDF, FactWriter, node


def quote_quads(q: Quote, w: FactWriter) -> None:
    s = node(q.key)
    w.add(s, RDF.type, BRO.Quote)
    w.add(s, BRO.speaker, node(q.speaker))
    w.add(s, BRO.text, Literal(q.text))
    w.evidence(s, q.evidence)
