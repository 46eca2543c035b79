"""The graph a visualiser sees, as plain dataclasses: what `kg.viz.query` reads from the
store and every writer renders. Ids are the store's keys ("person/Q7747", "event/…"),
short and stable across builds."""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date

# Node types, in the order --include names them and the page lists them.
NODE_TYPES: dict[str, str] = {
    "person": "Person",
    "state": "State",
    "organization": "Organization",
    "agreement": "Agreement",
    "event": "Event",
    "claim": "Claim",
    "quote": "Quote",
}
ENTITY_TYPES = frozenset({"Person", "State", "Organization"})
# type → (Russian name, colour, cytoscape.js shape): the page and the GEXF colours agree
TYPE_STYLE: dict[str, tuple[str, str, str]] = {
    "Person": ("Персоны", "#2f80ed", "ellipse"),
    "State": ("Государства", "#d35400", "round-hexagon"),
    "Organization": ("Организации", "#27ae60", "round-rectangle"),
    "Agreement": ("Соглашения", "#8e44ad", "round-tag"),
    "Event": ("События", "#e2a300", "diamond"),
    "Claim": ("Цифры", "#16a085", "round-triangle"),
    "Quote": ("Цитаты", "#7f8c8d", "round-rectangle"),
}
_ISO = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@dataclass(frozen=True)
class Evidence:
    """A sentence a fact was read from: document id and character offsets into its text."""

    doc: str
    start: int
    end: int
    text: str


@dataclass
class VizNode:
    id: str
    type: str  # a value of NODE_TYPES
    label: str  # Russian
    iri: str
    kind: str = ""  # StateVisit, Treaty, …; "" for entities
    label_en: str = ""
    wikidata: str = ""  # full Wikidata IRI
    office: str = ""  # persons
    date: str = ""  # ISO at the text's precision
    status: str = ""
    location: str = ""
    text: str = ""  # a quote's words, a claim's sentence
    mentions: int = 0  # spans of text naming an entity
    sources: list[str] = field(default_factory=list)  # document ids, sorted
    aliases: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class VizEdge:
    id: str
    source: str
    target: str
    kind: str  # participant, visitor, host, party, signatory, … (EDGE_LABELS)
    label: str  # Russian: the role, the office, or the level of relations
    date: str = ""
    sources: list[str] = field(default_factory=list)  # documents that support the edge
    fact: str = ""  # the node whose evidence supports the edge ("" for relation levels)
    evidence: list[Evidence] = field(default_factory=list)  # relation levels only
    stated_by: list[str] = field(default_factory=list)  # relation levels: who said it
    open_end: bool = False  # a relation level holds from its date on


@dataclass
class VizGraph:
    nodes: list[VizNode]
    edges: list[VizEdge]


def date_span(value: str) -> tuple[str, str] | None:
    """The first and last day an ISO date of any precision covers: "2022-11" →
    ("2022-11-01", "2022-11-30"). Timelines need days; a month is not guessed to a day."""
    if not _ISO.fullmatch(value):
        return None
    first = (value + "-01-01")[:10]
    try:
        day = date.fromisoformat(first)
    except ValueError:
        return None
    if len(value) == 4:
        last = day.replace(month=12, day=31)
    elif len(value) == 7:
        last = day.replace(day=monthrange(day.year, day.month)[1])
    else:
        last = day
    return first, last.isoformat()
