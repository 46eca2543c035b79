"""Which union of states a body or a title word serves: one table for the agreements'
parties, the events' sides and the titles' states."""

from __future__ import annotations

from pathlib import Path

from kg.lexicon import load_dict

UNION_BODIES = Path(__file__).with_name("union_bodies.tsv")


def union_served(key: str) -> str:
    """The union a body's key ("org/european-parliament") or a title's lemma ("еврокомиссар")
    serves, by union_bodies.tsv; else ""."""
    return load_dict(UNION_BODIES).get(key, "")


def serves_union(key: str) -> bool:
    """Whether `key` is a union ("org/eu") or one of its bodies ("org/european-commission")."""
    return key in load_dict(UNION_BODIES).values() or bool(union_served(key))
