"""The entity graph from the documents' records: one value per field, whatever the order."""

from __future__ import annotations

from itertools import permutations

from pyoxigraph import Literal

from kg.entity_records import described, record_quads
from kg.model import Entity
from kg.rdf import doc_graph

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
