"""Generated sequences of writes, prunes, failed writes and reopened writers: the store then
equals, quad for quad, a clean build of the documents left (`kg.entity_writes`: the
writer's tallies of the entity records, counted from a clean build or read as needed)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyoxigraph import Literal, Quad

import kg.entity_writes
from kg.entity_records import RECORD, Tally, described, record_quads, tallies
from kg.model import Entity
from kg.rdf import BRO, CONTENT_HASH, ENTITY_GRAPH, doc_graph, doc_iri, entity_quads
from kg.store import KgStore

# Few values, so documents agree and disagree: votes, ties and posts held by several persons.
_KEYS = ["person/A", "person/B", "person/C", "org/X", "state/ZZA"]
_NAMES = ["Ана", "Бора", "Вера"]
_OFFICES = ["", "министр", "посол"]
_STATES = ["", "state/ZZA", "state/ZZB"]

entities = st.builds(
    lambda key, name, office, state, wikidata, aliases: Entity(
        key,
        "State" if key.startswith("state/") else "Person" if key[0] == "p" else "Organization",
        name,
        wikidata=wikidata,
        office=office if key[0] == "p" else "",
        state=state,
        aliases=aliases,
    ),
    st.sampled_from(_KEYS),
    st.sampled_from(_NAMES),
    st.sampled_from(_OFFICES),
    st.sampled_from(_STATES),
    st.sampled_from(["", "Q1", "Q2"]),
    st.lists(st.sampled_from(_NAMES), max_size=2),
)
documents = st.dictionaries(st.sampled_from(_KEYS), entities, max_size=4).map(
    lambda d: sorted({e.key: e for e in d.values()}.values(), key=lambda e: e.key)
)
steps = st.one_of(
    # told: the writer is given the entities of the records (as a build does), else it reads them
    st.tuples(st.just("write"), st.sampled_from("abcd"), documents, st.booleans()),
    st.tuples(st.just("prune"), st.sets(st.sampled_from("abcd"))),
    st.tuples(st.just("fail"), st.sampled_from("abcd"), documents),  # rolled back
    st.tuples(st.just("reopen")),  # a later build: tallies read from the store
)


def _quads(doc_id: str, described: list[Entity]) -> list[Quad]:
    g = doc_graph(doc_id)
    hashed = Quad(doc_iri(doc_id), CONTENT_HASH, Literal(str(described)), g)
    return [hashed, *record_quads(g, described)]


def _all(path: Path) -> set[Quad]:
    with KgStore.open_read(path) as kg:
        return set(kg.db)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(steps, min_size=1, max_size=6))
def test_any_sequence_of_writes_leaves_a_clean_builds_store(sequence: list[tuple]) -> None:
    with tempfile.TemporaryDirectory(prefix="kg-entity-writes-") as tmp:
        store, clean = Path(tmp) / "store", Path(tmp) / "clean"
        current: dict[str, list[Entity]] = {}
        writer = KgStore.open_write(store)
        kg = writer.__enter__()
        try:
            for step in sequence:
                if step[0] == "write":
                    told = step[2] if step[3] else None
                    kg.replace_document(step[1], _quads(step[1], step[2]), told)
                    current[step[1]] = step[2]
                elif step[0] == "prune":
                    kg.prune(step[1])
                    current = {d: e for d, e in current.items() if d in step[1]}
                elif step[0] == "fail":
                    g = doc_graph(step[1])  # a record that is no JSON: fails inside the write
                    bad = [*_quads(step[1], step[2]), Quad(doc_iri("x"), RECORD, Literal("{"), g)]
                    with pytest.raises(ValueError):
                        kg.replace_document(step[1], bad)
                else:
                    writer.__exit__(None, None, None)
                    writer = KgStore.open_write(store)
                    kg = writer.__enter__()
        finally:
            writer.__exit__(None, None, None)
        with KgStore.open_write(clean) as kg:
            for doc_id, described_ in sorted(current.items()):
                kg.replace_document(doc_id, _quads(doc_id, described_))
        written = _all(store)
        assert written == _all(clean)
        records = [q.object for q in written if q.predicate == RECORD]
        expected = set(entity_quads(described(records)))  # type: ignore[arg-type]
        assert {q for q in written if q.graph_name == ENTITY_GRAPH} == expected
        shutil.rmtree(tmp, ignore_errors=True)


def test_a_tally_takes_a_record_away_as_if_never_counted() -> None:
    a = Entity("person/A", "Person", "Ана", office="министр", state="state/ZZA", aliases=["А."])
    b = Entity("person/A", "Person", "Бора", office="посол", state="state/ZZB")
    both = tallies([_record(a), _record(b)])["person/A"]
    both.add(a, -1)
    assert both == tallies([_record(b)])["person/A"]
    assert both.entity() == b
    both.add(b, -1)
    assert both == Tally() and both.entity() is None


def _record(entity: Entity) -> Literal:
    (q,) = record_quads(doc_graph("d"), [entity])
    return q.object  # type: ignore[return-value]


def test_a_post_goes_with_its_last_holder_in_a_clean_build(tmp_path: Path) -> None:
    """Two persons hold one post; the post's triples stay while either holds it."""
    minister = dict(office="министр", state="state/ZZA")
    a = Entity("person/A", "Person", "Ана", **minister)  # type: ignore[arg-type]
    b = Entity("person/B", "Person", "Бора", **minister)  # type: ignore[arg-type]
    with KgStore.open_write(tmp_path / "s") as kg:
        kg.replace_document("d1", _quads("d1", [a]))
        kg.replace_document("d2", _quads("d2", [b]))
        kg.replace_document("d1", _quads("d1", []))
        (held,) = kg.quads(None, BRO.holdsPost, None, ENTITY_GRAPH)
        assert held.subject.value.endswith(b.key)
        assert kg.quads(held.object, None, None, ENTITY_GRAPH)
        kg.replace_document("d2", _quads("d2", []))
        assert not kg.quads(held.object, None, None, ENTITY_GRAPH)


def test_records_told_with_their_entities_are_not_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The build gives the writer the entities it made the records of: their JSON is not
    parsed back (a record replaced is still read from the store)."""
    a = Entity("person/A", "Person", "Ана", office="министр", state="state/ZZA", aliases=["А."])
    parsed: list[Literal] = []
    monkeypatch.setattr(kg.entity_writes, "record_entity", lambda r: parsed.append(r) or a)
    with KgStore.open_write(tmp_path / "s") as kg_:
        kg_.replace_document("d1", _quads("d1", [a]), [a])
        assert not parsed
        kg_.replace_document("d1", _quads("d1", [a]))  # untold: the stored record and the new
        assert len(parsed) == 2
