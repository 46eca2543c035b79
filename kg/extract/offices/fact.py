"""An office a person is said to hold: by a text at its date, or by the gazetteer's term."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.model import Span


@dataclass
class OfficeHolding:
    key: str
    person: str  # person key
    office: str  # Russian, nominative, lower case: "министр энергетики"
    state: str = ""  # key of the state or organization served, or ""
    start: str = ""  # the term's ISO dates, where the gazetteer or the text tells them
    end: str = ""
    date: str = ""  # the document's date: when the text says they hold it
    basis: str = "text"  # "text": a title beside the name; "gazetteer": a known term
    evidence: list[Span] = field(default_factory=list)
    past: bool = False  # the text recounts it as left ("бывший посол", "был министром")
    again: bool = False  # a profession told again ("тело актёра"): ranks below the title
