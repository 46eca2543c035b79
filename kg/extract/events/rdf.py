"""An event as RDF: a bro:Event of its ontology subclass, with CAMEO and PLOVER codes,
and the bro:signingEvent link from each agreement a signing signs."""

from __future__ import annotations

from functools import cache

from pyoxigraph import Literal, NamedNode, RdfFormat, parse

from kg.extract.events.fact import Event
from kg.rdf import BRO, DCT, ONT, RDF, RDFS, SCHEMA, FactWriter, date_literal, node, ru
from kg.resources import ONTOLOGY_DIR


@cache
def event_kinds() -> dict[str, tuple[str, str]]:
    """Event kinds declared in the ontology → (CAMEO, PLOVER) codes; "" where none."""
    triples = list(parse(path=str(ONTOLOGY_DIR / "bilateral.ttl"), format=RdfFormat.TURTLE))
    parents = {
        t.subject: t.object
        for t in triples
        if t.predicate == RDFS.subClassOf and t.object.value.startswith(ONT)
    }
    codes: dict[tuple[NamedNode, NamedNode], str] = {
        (t.subject, t.predicate): t.object.value
        for t in triples
        if t.predicate in (BRO.cameoCode, BRO.ploverCode)
    }
    kinds = {}
    for cls in parents:
        up = cls
        while up in parents and up != BRO.Event:
            up = parents[up]
        if up == BRO.Event and cls != BRO.Event:
            name = cls.value.removeprefix(ONT)
            kinds[name] = (
                codes.get((cls, BRO.cameoCode), ""),
                codes.get((cls, BRO.ploverCode), ""),
            )
    return kinds


def event_quads(e: Event, w: FactWriter) -> None:
    kinds = event_kinds()
    s = node(e.key)
    w.add(s, RDF.type, BRO.Event)
    cameo, plover = kinds.get(e.kind, ("", ""))
    if e.kind in kinds:
        w.add(s, RDF.type, getattr(BRO, e.kind))
    w.add(s, BRO.kind, Literal(e.kind))
    w.opt(s, BRO.cameoCode, cameo, Literal)
    w.opt(s, BRO.ploverCode, plover, Literal)
    w.add(s, BRO.status, Literal(e.status))
    w.opt(s, RDFS.label, e.label, ru)
    w.opt(s, DCT.date, e.date, date_literal)
    w.opt(s, SCHEMA.endDate, e.end, date_literal)  # the last of a span of days
    w.opt(s, BRO.location, e.location, ru)
    for key in e.participants:
        w.add(s, BRO.participant, node(key))
    for key in [e.visitor, *e.fellows] if e.visitor else []:
        w.add(s, BRO.visitor, node(key))
    if e.host:
        w.add(s, BRO.host, node(e.host))
    for key in e.signs:
        w.add(node(key), BRO.signingEvent, s)
    w.evidence(s, e.evidence)
