"""The entities a corpus has named so far: what links a document's names across documents."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from kg.gazetteer import Gazetteer
from kg.model import Entity
from kg.resolve.name_forms import fold
from kg.resolve.org_naming import org_entity


@dataclass
class Registry:
    """Entities known to the corpus so far, by key; the first description wins."""

    gazetteer: Gazetteer
    entities: dict[str, Entity] = field(default_factory=dict)
    # Persons without a Wikidata ID by folded surname: a later "Дахал" finds "Пушпа Камал
    # Дахал" without walking every entity of the corpus.
    _by_surname: dict[str, list[Entity]] = field(default_factory=dict, repr=False)
    # Whether the document being linked (since `begin`) read anything an earlier document
    # said: while it has not, it links as it would against an empty registry, and its
    # entities are those it says alone (`kg.steps.link_document` keeps them, instead of
    # linking it a second time). The keys it added anew; and those it holds as it would
    # alone (added anew, or known already exactly as it describes them).
    heard: bool = field(default=False, repr=False)
    _new: set[str] = field(default_factory=set, repr=False)
    _own: set[str] = field(default_factory=set, repr=False)

    def begin(self) -> None:
        """A document's linking starts: nothing heard yet (`heard`)."""
        self.heard = False
        self._new, self._own = set(), set()

    def add(self, entity: Entity) -> Entity:
        known = self.entities.get(entity.key)
        if known is None:
            self.entities[entity.key] = entity
            self._new.add(entity.key)
            self._own.add(entity.key)
            if entity.type == "Person" and not entity.wikidata:
                self._by_surname.setdefault(surname_of(entity), []).append(entity)
            return entity
        if entity.key not in self._own:
            if known != entity:
                self.heard = True
            else:
                self._own.add(entity.key)
        if _amends(known, entity):
            known.office, known.state = entity.office, entity.state
        return known

    def reset(self, key: str, entity: Entity | None) -> None:
        """Forgets what the registry knows of `key`, then learns `entity` (if any): before a
        document is read again, what only its old version said must not shape it."""
        old = self.entities.pop(key, None)
        if old is not None and old.type == "Person" and not old.wikidata:
            same = self._by_surname.get(surname_of(old), [])
            same[:] = [e for e in same if e is not old]
        if entity is not None:
            self.add(entity)

    def known(self, key: str) -> Entity | None:
        """The entity with this key: one resolved so far, else a gazetteer state or org."""
        if key in self.entities:
            self.heard = self.heard or key not in self._own
            return self.entities[key]
        if key.startswith("state/") and self.gazetteer.state(key):
            return state_entity(self.gazetteer, key)
        return org_entity(self.gazetteer, key, "") if self.gazetteer.org(key) else None

    def unknown_by_surname(self, surname: str) -> list[Entity]:
        return self._hearing(self._by_surname.get(fold(surname), []))

    def _hearing(self, found: list[Entity]) -> list[Entity]:
        """`found`, noting whether it holds an entity an earlier document added: one added
        anew by this one is there alike in an empty registry, in the same order."""
        self.heard = self.heard or any(e.key not in self._new for e in found)
        return found


def _amends(known: Entity, entity: Entity) -> bool:
    """Whether a later description gives a known entity what it lacks: an office (with its
    state); everything else, the first description keeps."""
    return not known.office and bool(entity.office)


def as_known(entity: Entity, known: Mapping[str, Entity]) -> Entity:
    """`entity` as a document alone describes it, as a registry that knew `known` would
    hold it after this document (`Registry.add`): the known description, given the
    document's office if it had none. A guess at what the corpus will say, for a worker that
    knows the corpus as of the documents it was told of (`kg.steps.read_document`)."""
    first = known.get(entity.key)
    if first is not None and _amends(first, entity):
        return replace(first, office=entity.office, state=entity.state)
    return entity if first is None else first


def surname_of(entity: Entity) -> str:
    return fold(entity.name.split()[-1])


def state_entity(gazetteer: Gazetteer, key: str) -> Entity:
    state = gazetteer.state(key)
    assert state is not None, key  # spans carry keys the gazetteer gave
    return Entity(key, "State", state.name, state.name_en, state.wikidata)
