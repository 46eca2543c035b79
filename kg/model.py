"""Plain dataclasses passed between the stages: document → Doc → facts → RDF.

Every stage reads and writes these and nothing else, so each stage can be
tested alone. Offsets are character offsets into `Document.text`, end
exclusive (`kg.rdf` writes them into the text as decoded from the file). Entity
and fact `key`s are stable, IRI-safe local names ("state/KAZ", "person/Q7747",
"agreement/<hash>"): the same thing read twice, in one document or in two, gets
the same key, which is how facts fuse.
The dataclass of each kind of fact lives in its package under `kg.extract`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from kg.formats.entities import NO_ENTITIES, EntityMap

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
    # the HTML entities decoded in `text`: offsets written out point into the text as
    # decoded from the file's bytes (`kg.rdf`), the analysis reads `text`
    entities: EntityMap = NO_ENTITIES


@dataclass(frozen=True)
class Span:
    """A stretch of a document's text that a fact or mention was read from."""

    start: int
    end: int
    text: str


@dataclass(slots=True)  # thousands held by the registry for a whole build
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


@dataclass
class Extraction:
    """Everything read from one document: the unit written as one named graph."""

    document: Document
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    # fact kind name ("agreements", "events", …: kg.extract.registry) → its facts
    facts: dict[str, list[Any]] = field(default_factory=dict)
    # What this document alone says of each of its entities (`kg.entity_records`): the
    # entities above carry what earlier documents told the corpus's registry
    described: list[Entity] = field(default_factory=list)
    # The keys of the entities the facts were read with (`Context.entity`): the facts stand
    # for other descriptions of any other entity (`kg.steps.link_document`)
    looked_up: frozenset[str] = field(default_factory=frozenset, repr=False, compare=False)
