"""Plain dataclasses passed between the stages: document → Doc → facts → RDF.

Every stage reads and writes these and nothing else, so each stage can be
tested alone. Offsets are character offsets into `Document.text`, end
exclusive. Entity and fact `key`s are stable, IRI-safe local names
("state/KAZ", "person/Q7747", "agreement/<hash>"): the same thing read twice,
in one document or in two, gets the same key, which is how facts fuse.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

EntityType = Literal["Person", "State", "Organization"]


@dataclass(frozen=True)
class Document:
    """One decoded source document and its metadata."""

    id: str  # file name without extension
    text: str  # exactly as decoded; a BOM is not part of it
    title: str = ""
    date: str = ""  # ISO 8601 at the precision known ("2022-11-28", "2022-11"), or ""
    url: str = ""
    publisher: str = ""
    path: str = ""
    sha256: str = ""  # of the decoded text and metadata: decides whether a document changed
    encoding: str = ""


@dataclass(frozen=True)
class Span:
    """A stretch of a document's text that a fact or mention was read from."""

    start: int
    end: int
    text: str


@dataclass
class Entity:
    """A person, state or organization: one node of the corpus-level graph."""

    key: str
    type: EntityType
    name: str  # Russian, nominative, as a reader writes it
    name_en: str = ""
    wikidata: str = ""  # "Q7747", or "" when the gazetteer does not know it
    office: str = ""  # "президент", "министр иностранных дел"; persons only
    state: str = ""  # key of the state a person serves or an organization belongs to
    aliases: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Mention:
    """One span of text naming an entity."""

    start: int
    end: int
    text: str
    entity: str  # Entity.key
    type: EntityType
    # name, surname, initials, patronymic, title, adjective, capital, abbreviation
    via: str = "name"


AgreementKind = Literal["Treaty", "Agreement", "Declaration", "Memorandum", "Protocol", "Programme"]
AgreementStatus = Literal["signed", "planned", "negotiating", "mentioned"]
EventStatus = Literal["occurred", "planned", "cancelled"]
ClaimStatus = Literal["actual", "target", "forecast"]
Comparator = Literal["eq", "gt", "ge", "lt", "le", "approx"]


@dataclass
class Agreement:
    key: str
    title: str  # nominative
    kind: AgreementKind
    status: AgreementStatus
    date: str = ""
    place: str = ""
    parties: list[str] = field(default_factory=list)  # entity keys
    signatories: list[str] = field(default_factory=list)  # person keys
    event: str = ""  # key of the signing event
    evidence: list[Span] = field(default_factory=list)


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
    host: str = ""  # state key, visits only
    evidence: list[Span] = field(default_factory=list)


@dataclass
class Claim:
    key: str
    metric: str  # "товарооборот"
    value: Decimal
    unit: str  # ISO 4217, "percent", or the counted noun's lemma
    comparator: Comparator
    status: ClaimStatus
    period: str = ""
    speaker: str = ""  # person key
    states: list[str] = field(default_factory=list)
    quote: str = ""  # the source sentence
    evidence: list[Span] = field(default_factory=list)


@dataclass
class Quote:
    key: str
    speaker: str  # person key
    text: str
    evidence: list[Span] = field(default_factory=list)


@dataclass
class RelationLevel:
    key: str
    state_a: str
    state_b: str
    level: str  # "всеобъемлющее стратегическое партнерство и союзничество"
    date: str = ""
    stated_by: str = ""  # person key
    evidence: list[Span] = field(default_factory=list)


@dataclass
class Extraction:
    """Everything read from one document: the unit written as one named graph."""

    document: Document
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    relations: list[RelationLevel] = field(default_factory=list)

    @property
    def fact_count(self) -> int:
        return sum(
            len(x) for x in (self.agreements, self.events, self.claims, self.quotes, self.relations)
        )
