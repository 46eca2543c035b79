"""A person's attributed words, as read from one document."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.model import Span


@dataclass
class Quote:
    key: str
    speaker: str  # person key
    text: str
    evidence: list[Span] = field(default_factory=list)
