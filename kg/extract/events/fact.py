"""An event between states (visit, talks, signing…), as read from one document."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from kg.model import Span

EventStatus = Literal["occurred", "planned", "cancelled"]


@dataclass
class Event:
    key: str
    kind: str  # StateVisit, Talks, Forum, … (contract)
    label: str  # Russian, nominative
    status: EventStatus
    date: str = ""
    location: str = ""  # place name, nominative
    participants: list[str] = field(default_factory=list)  # entity keys
    visitor: str = ""  # entity key, visits only
    # visits: the others of a coordinated or plural subject who travel with the visitor
    # ("Президенты X и Y посетили Z"), each a visitor too (fifty-seventh pass, h-events183)
    fellows: list[str] = field(default_factory=list)
    host: str = ""  # state key, visits only
    signs: list[str] = field(default_factory=list)  # keys of the agreements it is the signing of
    evidence: list[Span] = field(default_factory=list)
    end: str = ""  # the last day of an event over a span of days (its first is `date`)
