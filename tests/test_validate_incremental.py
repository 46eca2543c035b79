"""`kg validate` checks only nodes whose unit changed, and reports what a full validation
reports; pyrudof, the Rust engine measured against pyshacl, reports the same violations."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad
from rdf_samples import all_quads
from test_ontology import RDFS_LABEL, START, _replaced, _without

from kg.rdf import BRO, NS, node
from kg.resources import ONTOLOGY_DIR
from kg.validate import prepare, validate

BROKEN = {
    "label": lambda: _without(RDFS_LABEL, node("person/Q15031")),
    "status": lambda: _replaced(BRO.status, node("event/blr-chn-visit"), Literal("done")),
    "start": lambda: _replaced(START, NamedNode(NS + "selector/docA/19-38"), Literal(40)),
    "refers": lambda: _replaced(
        BRO.refersTo, NamedNode(NS + "mention/docA/19-38"), node("state/BLR")
    ),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_after_a_conforming_run_a_change_is_reported_as_a_full_run_reports_it(
    name: str, tmp_path: Path
) -> None:
    cache = tmp_path / "validated"
    assert validate(all_quads(), cache=cache)[0]
    broken = rebuilt(BROKEN[name]())
    full = validate(broken)
    assert not full[0]
    assert validate(broken, cache=cache) == full
    assert validate(broken, cache=cache) == full  # a failing node is never taken as checked
    assert validate(all_quads(), cache=cache)[0]  # repaired


def test_full_checks_what_changed_behind_the_content_hashes(tmp_path: Path) -> None:
    cache = tmp_path / "validated"
    assert validate(all_quads(), cache=cache)[0]
    edited = BROKEN["status"]()  # as by `kg query --allow-update`: no hash changed
    assert validate(edited, cache=cache)[0]
    assert validate(edited, cache=cache, full=True) == validate(edited)


def rebuilt(quads: list[Quad]) -> list[Quad]:
    """`quads` with a new content hash in every document graph that differs from the
    samples', as a build writes a changed document."""
    before = set(all_quads())
    changed = {q.graph_name for q in set(quads) ^ before}
    return [
        Quad(q.subject, q.predicate, Literal("changed"), q.graph_name)
        if q.predicate == BRO.contentHash and q.graph_name in changed
        else q
        for q in quads
    ]


def test_unchanged_nodes_are_not_checked_again(tmp_path: Path) -> None:
    cache = tmp_path / "validated"
    first = validate(all_quads(), cache=cache)[1]
    again = validate(all_quads(), cache=cache)[1]
    assert "unchanged since" not in first and "unchanged since" in again
    assert validate(all_quads(), cache=cache, full=True)[1] == first


def test_a_type_changed_elsewhere_rechecks_the_nodes_pointing_to_it(tmp_path: Path) -> None:
    # the mentions of Xi Jinping did not change, but the entity they refer to is no longer
    # a person: their units (their neighbours' types) changed
    cache = tmp_path / "validated"
    assert validate(all_quads(), cache=cache)[0]
    person = node("person/Q15031")
    retyped = [
        Quad(q.subject, q.predicate, BRO.Organization, q.graph_name)
        if q.subject == person and q.object == BRO.Person
        else q
        for q in all_quads()
    ]
    ok, report = validate(retyped, cache=cache)  # no document graph changed
    assert not ok and "a person mention must refer to a bro:Person" in report
    assert (ok, report) == validate(retyped)


def test_pyrudof_reports_the_violations_pyshacl_reports() -> None:
    pyrudof = pytest.importorskip("pyrudof")
    from pyoxigraph import RdfFormat, serialize

    broken = all_quads()
    for make in BROKEN.values():
        changed = set(make()) - set(all_quads())
        removed = set(all_quads()) - set(make())
        broken = [q for q in broken if q not in removed] + sorted(changed, key=str)
    ok, report = validate(broken)
    expected = {tuple(line.split(" ")[1:3]) for line in report.splitlines()[1:]}
    rudof = pyrudof.Rudof(pyrudof.RudofConfig())
    triples = serialize([q.triple for q in broken], format=RdfFormat.N_TRIPLES).decode()
    rudof.read_data(triples, format=pyrudof.RDFFormat.NTriples)
    ontology = (ONTOLOGY_DIR / "bilateral.ttl").read_text(encoding="utf-8")
    rudof.read_data(ontology, format=pyrudof.RDFFormat.Turtle, merge=True)
    rudof.read_shacl((ONTOLOGY_DIR / "shapes.ttl").read_text(encoding="utf-8"))
    found = {(_short(e.focus_node), _short(e.path)) for e in rudof.validate_shacl()}
    assert not ok and len(expected) == 4
    assert found == {(focus, path.rstrip(":")) for focus, path in expected}


def _short(iri: str) -> str:
    """As the pyshacl report writes an IRI."""
    from rdflib import URIRef

    from kg.validate import _short as short

    return short(URIRef(iri.strip("<>")))


def test_with_nothing_changed_no_node_is_read(tmp_path: Path) -> None:
    cache = tmp_path / "validated"
    assert validate(all_quads(), cache=cache)[0]
    assert not prepare(all_quads(), cache=cache).units.triples_of


def test_a_changed_document_reads_its_nodes_and_their_neighbours_only(tmp_path: Path) -> None:
    cache = tmp_path / "validated"
    assert validate(all_quads(), cache=cache)[0]
    changed = rebuilt(BROKEN["status"]())
    read = {s.value for s in prepare(changed, cache=cache).units.triples_of}
    graph = next(q.graph_name for q in set(changed) - set(all_quads()))
    own = {q.subject.value for q in changed if q.graph_name == graph}
    pointing = {q.subject.value for q in changed if q.object.value in own}
    assert own <= read <= own | pointing
    assert validate(changed, cache=cache) == validate(changed)
