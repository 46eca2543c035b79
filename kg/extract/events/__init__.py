"""Events: visits, talks, meetings, calls, forums, summits, ceremonies, signings, acts.

`hits.py` reads the words that tell an event, `acts.py` the acts of a state on a treaty
or on people, `labels.py` names them, `extract.py` merges hits into events (through `sameness.py`,
`merging.py`, `frames.py`, `building.py`, `naming.py`) and links a signing to the
agreements it signs (which the agreements kind read first), `rdf.py`
maps them, the spec below registers them.
"""

from __future__ import annotations

from kg.evaluate import (
    SOURCES,
    Fact,
    Kind,
    dates_compatible,
    options,
    same_code,
    same_date,
    same_names,
    shares_name,
    similar,
)
from kg.extract.events.extract import extract_events
from kg.extract.events.fact import Event
from kg.extract.events.rdf import event_quads
from kg.extract.events.triggers import TALKS, VISITS
from kg.extract.registry import FactKind, register

__all__ = ["Event", "extract_events"]


def _kind_group(kind: str) -> str:
    return "Visit" if kind in VISITS else "Talks" if kind in TALKS else kind


def _same_event(gold: Fact, system: Fact) -> bool:
    """Same kind (any visit rank, talks or meeting), a shared participant, no date clash."""
    kinds = {_kind_group(k) for k in options(gold["kind"])}
    people, theirs = gold.get("participants") or [], system["participants"]
    return (
        _kind_group(system["kind"]) in kinds
        and (not people or not theirs or shares_name(people, theirs))
        and dates_compatible(gold.get("date", ""), system["date"])
    )


register(
    FactKind(
        name="events",
        fact=Event,
        ontology_class="Event",
        extract=extract_events,
        needs=("agreements",),
        quads=event_quads,
        order=20,
        evaluation=Kind(
            "events",
            _same_event,
            {
                "kind": same_code,
                "label": similar,
                "date": same_date,
                "status": same_code,
                "location": similar,
                "participants": same_names,
                **SOURCES,
            },
            lists=("participants",),
            required=("kind",),
        ),
    )
)
