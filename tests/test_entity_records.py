"""The entity graph from the documents' records: one value per field, whatever the order;
and the records' shape."""

from __future__ import annotations

import json
from itertools import permutations
from pathlib import Path

import pytest
from kg_runs import copy_store, shared_references
from kg_runs import kg as kg_command
from pyoxigraph import Literal, Quad

from kg.entity_records import RECORD, described, record_quads
from kg.model import Entity
from kg.rdf import doc_graph
from kg.store import KgStore

_MINISTER = Entity("person/x", "Person", "Ола Нордман", office="министр", state="state/NOR")
_PREMIER = Entity("person/x", "Person", "Ола Нордман", office="премьер", state="state/NOR")
_NAMED_ONLY = Entity("person/x", "Person", "Нордман")


def _records(*entities: Entity) -> list[Literal]:
    out = []
    for i, e in enumerate(entities):
        out += [q.object for q in record_quads(doc_graph(f"d{i}"), [e])]
    return [r for r in out if isinstance(r, Literal)]


def test_the_value_most_documents_give_wins_in_any_order() -> None:
    entities = [_MINISTER, _PREMIER, _PREMIER, _NAMED_ONLY]
    results = {str(described(_records(*order))) for order in permutations(entities)}
    assert len(results) == 1
    (person,) = described(_records(*entities))
    # a document naming the person without an office gives no vote for none
    assert (person.name, person.office, person.state) == ("Ола Нордман", "премьер", "state/NOR")


def test_records_of_a_state_without_an_office_do_not_outvote_an_office() -> None:
    stateless = Entity("person/x", "Person", "Ола Нордман", state="state/NOR")
    (person,) = described(_records(_MINISTER, stateless, stateless))
    assert (person.office, person.state) == ("министр", "state/NOR")
    (person,) = described(_records(stateless, _NAMED_ONLY, _NAMED_ONLY))
    assert (person.office, person.state) == ("", "state/NOR")


def test_a_tie_goes_to_the_smallest_value_and_office_and_state_go_together() -> None:
    other = Entity("person/x", "Person", "Ола Нордман", office="посол", state="state/SWE")
    for order in permutations([_MINISTER, other]):
        (person,) = described(_records(*order))
        assert (person.office, person.state) == ("министр", "state/NOR")


def test_aliases_are_all_kept_and_keys_stay_apart() -> None:
    a = Entity("org/a", "Organization", "ОДКБ", aliases=["Организация ОДКБ"])
    b = Entity("org/a", "Organization", "ОДКБ", aliases=["ОДКБ (блок)"])
    c = Entity("org/b", "Organization", "ШОС")
    out = described(_records(a, b, c))
    assert [e.key for e in out] == ["org/a", "org/b"]
    assert out[0].aliases == ["ОДКБ (блок)", "Организация ОДКБ"]


def test_kg_validate_reports_a_malformed_record(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """A clean build's records conform to their shape (`brs:entityRecord`); one that is no
    record of an entity's fields (here its type dropped) makes `kg validate` fail on it."""
    store = copy_store(shared_references(tmp_path_factory)[0], tmp_path / "s")
    with KgStore.open_write(store) as kg:
        (first, *_) = kg.quads(None, RECORD, None, None)
        assert isinstance(first.object, Literal)
        fields = json.loads(first.object.value)
        del fields["type"]
        broken = Quad(first.subject, RECORD, Literal(json.dumps(fields)), first.graph_name)
        kg.change_graph([first], [broken])
    run = kg_command("--store", store, "validate", "--full")
    assert run.returncode == 1, run.stdout + run.stderr
    assert "an entity record must be one JSON object" in run.stdout + run.stderr
    assert first.subject.value.rsplit("/", 1)[-1] in run.stdout + run.stderr
