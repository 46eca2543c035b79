"""The stated level of relations between two states ("стратегическое партнерство")."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.model import Span


@dataclass
class RelationLevel:
    key: str
    state_a: str
    state_b: str
    level: str  # "всеобъемлющее стратегическое партнерство и союзничество"
    date: str = ""
    stated_by: str = ""  # person key
    evidence: list[Span] = field(default_factory=list)
