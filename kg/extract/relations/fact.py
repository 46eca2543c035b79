"""The stated level of relations between two states ("стратегическое партнерство")."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract.common.words import lem
from kg.extract.context import fact_key
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


def level_key(state_a: str, state_b: str, level: str) -> str:
    """The key of a level between two sorted states: its lemmas, without the date, so one
    level of a pair is one node across documents."""
    return fact_key(
        "relation", state_a, state_b, *(lem(w) for w in level.replace(",", " ").split())
    )
