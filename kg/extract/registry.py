"""Fact kinds as registered parts: one spec per kind, and everything else iterates them.

A kind (agreements, events, claims, quotes, relation levels…) lives in its own package
under `kg.extract`, whose `__init__` calls `register(FactKind(...))` with everything
kg needs to know about it: its dataclass, its extractor, its RDF mapping, its ontology
class and how `kg eval` matches it. `kg.analyze`, `kg.rdf` and `kg.evaluate` only
iterate `fact_kinds()` (`kg.store` counts facts by the ontology's subclasses of
`bro:Fact`, which are the kinds' classes, without importing the extractors), so adding a
kind touches its own package, its canned query and the ontology, nothing shared (spaCy's
`Language.factory` registry is the model).

Dependencies between kinds are declared (`needs`) and passed as arguments: the events
extractor is called as `extract(ctx, agreements=<what the agreements extractor
returned>)`; results are returned, never written into another kind's objects.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.evaluate import Kind
    from kg.rdf import FactWriter


def _same(read: Any) -> list[Any]:
    return read


@dataclass(frozen=True)
class FactKind:
    """Everything kg knows about one kind of fact."""

    name: str  # plural: its key in an Extraction, a gold file and `kg eval` ("agreements")
    fact: type  # its dataclass
    ontology_class: str  # the class its nodes have in the ontology ("Agreement")
    # extract(ctx, **needs) → its facts, or a reading holding them that later kinds take
    extract: Callable[..., Any]
    quads: Callable[[Any, FactWriter], None]  # writes the RDF of one fact
    evaluation: Kind | None = None  # how `kg eval` reads it from the store and matches it
    needs: tuple[str, ...] = ()  # kinds whose readings `extract` takes, as keyword arguments
    facts: Callable[[Any], list[Any]] = _same  # the facts in what `extract` returned
    order: int = 100  # where it comes in a document's graph and in reports


REGISTRY: dict[str, FactKind] = {}


def register(kind: FactKind) -> FactKind:
    """Adds a kind (a package calls this on import); a name is registered once."""
    if REGISTRY.get(kind.name, kind) is not kind:
        raise ValueError(f"fact kind {kind.name!r} is already registered")
    REGISTRY[kind.name] = kind
    return kind


@cache
def _load_packages() -> None:
    """Imports every kind package beside this module once, so each registers itself."""
    import kg.extract

    for info in pkgutil.iter_modules(kg.extract.__path__):
        if info.ispkg and info.name != "common":
            importlib.import_module(f"kg.extract.{info.name}")


def fact_kinds() -> list[FactKind]:
    """Every registered kind, each after the kinds it needs, else by `order` and name."""
    _load_packages()
    pending = sorted(REGISTRY.values(), key=lambda k: (k.order, k.name))
    done: list[FactKind] = []
    while pending:
        ready = [k for k in pending if all(n in {d.name for d in done} for n in k.needs)]
        if not ready:
            missing = {n for k in pending for n in k.needs} - set(REGISTRY)
            raise ValueError(f"fact kinds need unregistered or circular kinds: {sorted(missing)}")
        done.append(ready[0])
        pending.remove(ready[0])
    return done
