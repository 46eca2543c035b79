"""Relation levels: how two states call their relations ("стратегическое партнерство").

`extract.py` reads them (its concerns in the modules its docstring lists), `rdf.py` maps
them, the spec below registers them.
"""

from __future__ import annotations

from kg.evaluate import SOURCES, Fact, Kind, same_date, same_names, similar
from kg.extract.registry import FactKind, register
from kg.extract.relations.extract import extract_relations
from kg.extract.relations.fact import RelationLevel
from kg.extract.relations.rdf import relation_quads

__all__ = ["RelationLevel", "extract_relations"]


def _states(row: dict[str, str]) -> Fact:
    """The canned query gives the two states as two columns; the gold lists them."""
    return {"states": [s for s in (row.get("state_a", ""), row.get("state_b", "")) if s]}


register(
    FactKind(
        name="relations",
        fact=RelationLevel,
        ontology_class="RelationLevel",
        extract=extract_relations,
        quads=relation_quads,
        needs=("agreements",),  # a level in an agreement's title is between its parties
        order=50,
        evaluation=Kind(
            "relations",
            lambda g, s: similar(g["level"], s["level"]),
            {"level": similar, "states": same_names, "date": same_date, **SOURCES},
            lists=("states",),
            required=("level",),
            key="level",
            from_row=_states,
        ),
    )
)
