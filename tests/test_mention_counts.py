"""The entity queries read counts and ranks derived once per build; their rows and order
are the ones counting and sorting at query time gave."""

from __future__ import annotations

import random
import re

import pytest
from pyoxigraph import Literal, NamedNode, Quad, Store

from kg.derived import _rank_changes
from kg.mention_counts import (
    CELLS,
    Classes,
    Counts,
    Key,
    Names,
    counts_and_names,
    mention_quads,
    order_key,
    rank_changes,
    rank_quads,
)
from kg.model import Document, Entity, Extraction, Mention
from kg.rdf import BRO, DERIVED_GRAPH, RDF, XSD, entity_quads, extraction_quads
from kg.resources import QUERIES_DIR

KINDS = {"states": "State", "persons": "Person", "organizations": "Organization"}


def corpus(seed: int) -> Store:
    """Entities of every kind, many with equal counts or equal names, some unnamed and
    some never mentioned, spread over a few documents."""
    rng = random.Random(seed)
    entities = [
        Entity(f"{kind.lower()}/e{i}", kind, rng.choice(["Альфа", "Бета", "бета", "Ёж", ""]))  # type: ignore[arg-type]
        for kind in KINDS.values()
        for i in range(12)
    ]
    s = Store()
    s.extend(entity_quads(entities))
    for d in range(4):
        mentions = [
            Mention(start, start + 3, "имя", e.key, e.type)
            for start, e in enumerate(rng.choices(entities, k=25))
        ]
        s.extend(extraction_quads(Extraction(Document(f"doc{d}", "…"), mentions=mentions)))
    return s


def rows(s: Store, text: str) -> list[tuple[str, ...]]:
    return [tuple(str(t) for t in row) for row in s.query(text, use_default_graph_as_union=True)]


@pytest.mark.parametrize("name", sorted(KINDS))
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_derived_order_is_the_order_sorting_at_query_time_gave(name: str, seed: int) -> None:
    s = corpus(seed)
    canned = (QUERIES_DIR / f"{name}.rq").read_text(encoding="utf-8")
    kind, var = KINDS[name], VARS[name]
    assert "ORDER BY ?rank" in canned
    s.extend(mention_quads(s.query))
    # counted and sorted at query time, over the entity graph's entities of the class
    live = re.sub(r"ORDER BY \?rank.*", f"ORDER BY DESC(?mentions) ?name ?{var}", canned)
    live = live.replace(
        f"GRAPH kgg:derived {{ ?{var} bro:{kind.lower()}Rank ?rank }}",
        f"GRAPH kgg:entities {{ ?{var} a bro:{kind} }}",
    )
    live = live.replace(f"bro:{kind.lower()}MentionCount ?counted", "bro:none ?counted")
    live = live.replace("BIND (COALESCE(?counted, 0) AS ?mentions)", LIVE_COUNT[name])
    # `states` lists a state no span names only where a fact needs it (none here)
    mentioned = (
        f"SELECT DISTINCT ?e WHERE {{ ?m <{BRO.refersTo.value}> ?e . ?e a <{BRO.State.value}> }}"
    )
    listed = len(rows(s, mentioned)) if name == "states" else 12
    assert len(rows(s, live)) == listed and rows(s, canned) == rows(s, live)


VARS = {"states": "state", "persons": "person", "organizations": "org"}
LIVE_COUNT = {
    name: f"""
  {{ SELECT ?{var} (COUNT(DISTINCT ?m) AS ?mentions)
     WHERE {{ GRAPH kgg:entities {{ ?{var} a bro:{KINDS[name]} }}
             OPTIONAL {{ GRAPH ?g {{ ?m bro:refersTo ?{var} }} }} }}
     GROUP BY ?{var} }}"""
    for name, var in VARS.items()
}


def _ranking(seed: int) -> tuple[Counts, Names]:
    """Entities with counts and names, many equal, some unnamed, some never mentioned, some
    mentioned but of no class the tables list (not in the names)."""
    rng = random.Random(seed)
    names: Names = {}
    counts: Counts = {}
    for i in range(60):
        entity = NamedNode(f"https://example.org/e{i:02}")
        if rng.random() < 0.8:  # of a class the tables list
            label = rng.choice(["Альфа", "Бета", "бета", "Ёж", None])
            names[entity] = None if label is None else Literal(label)
        if entity not in names or rng.random() < 0.7:
            counts[entity] = Literal(str(rng.randint(1, 4)), datatype=XSD.integer)
    return counts, names


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("changed", [1, 3, 12])
def test_ranks_merged_into_the_stored_order_are_the_ranks_sorted_again(
    seed: int, changed: int
) -> None:
    """Some entities' counts and names change, some entities come and go: the stored ranks
    with the rank changes applied are the ranks of the new counts and names."""
    counts, names = _ranking(seed)
    before = rank_quads(counts, names, _persons(names))
    rng = random.Random(seed + 100)
    moved = rng.sample(sorted(counts.keys() | names.keys(), key=str), changed)
    moved.append(NamedNode(f"https://example.org/new{seed}"))
    for entity in moved:
        counts.pop(entity, None)
        names.pop(entity, None)
        if rng.random() < 0.8:  # else gone from the tables
            counts[entity] = Literal(str(rng.randint(1, 4)), datatype=XSD.integer)
            label = rng.choice(["Альфа", "Бета", "Ёж", None])
            names[entity] = None if label is None else Literal(label)
    old = {q.subject: int(q.object.value) for q in before}  # type: ignore[union-attr]
    keys = {e: order_key(e, counts.get(e), names.get(e)) for e in names}
    probed: list[NamedNode] = []

    def key_of(entity: NamedNode) -> Key:
        probed.append(entity)
        return keys[entity]

    gone, added = rank_changes(BRO.personRank, old, {e: keys.get(e) for e in moved}, key_of)
    assert set(before) - set(gone) | set(added) == set(rank_quads(counts, names, _persons(names)))
    assert not set(probed) & set(moved)  # an unmoved entity's key only is read


def _persons(names: Names) -> Classes:
    """The named (listed) entities of `_ranking`, all persons: one class's table."""
    return dict.fromkeys(names, BRO.Person)


@pytest.mark.parametrize("seed", [1, 2])
def test_each_class_has_its_own_cells_and_ranks_from_zero(seed: int) -> None:
    """A table reads only its class's rows: every entity's count and rank are stored by its
    class's predicates, never another's, and each class is ranked 0, 1, … on its own (the
    first person is 0 however many organizations are mentioned more)."""
    s = corpus(seed)
    quads = mention_quads(s.query)
    classes = {
        q.subject: q.object for q in s.quads_for_pattern(None, RDF.type, None) if q.object in CELLS
    }
    for q in quads:
        cells = CELLS[classes[q.subject]]
        assert q.predicate in (BRO.rowName, cells.count, cells.rank), q
    for cells in CELLS.values():
        ranks = sorted(int(q.object.value) for q in quads if q.predicate == cells.rank)
        assert ranks == list(range(12))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_change_that_moves_one_class_reads_no_other_class_ranks(seed: int) -> None:
    """The derived graph's update after a state gains mentions: the states' ranks are those
    sorting again gives, and the persons' and organizations' stored ranks (as many as the
    corpus has persons and organizations) are not read, since none of them moved."""
    s = corpus(seed)
    derived = Store()
    derived.extend(mention_quads(s.query))
    state = min(q.subject for q in derived if q.predicate == BRO.stateRank)  # ranked: named
    for i in range(5):  # five new mentions of it
        mention = NamedNode(f"https://example.org/doc9#m{i}")
        s.add(Quad(mention, BRO.refersTo, state, NamedNode("https://example.org/doc9")))
    counts, names, classes = counts_and_names(s.query, [state])
    read: list[tuple[object, object]] = []

    def stored(subject: object = None, predicate: object = None) -> list[Quad]:
        read.append((subject, predicate))
        return list(derived.quads_for_pattern(subject, predicate, None, DERIVED_GRAPH))  # type: ignore[arg-type]

    ranked = list(derived.quads_for_pattern(state, BRO.stateRank, None))
    gone, added = _rank_changes(stored, ranked, counts, names, classes)
    for q in gone:
        derived.remove(q)
    derived.extend(added)
    want = {q for q in mention_quads(s.query) if q.predicate == BRO.stateRank}
    assert {q for q in derived if q.predicate == BRO.stateRank} == want
    assert added  # it moved up
    assert (None, BRO.stateRank) in read
    assert (None, BRO.personRank) not in read
    assert (None, BRO.organizationRank) not in read
