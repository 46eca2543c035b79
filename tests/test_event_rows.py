"""The `events` table reads its cells from the derived graph (`kg.event_rows`): the rows are
the ones gathering them over the documents at query time gives, `--doc` keeps to that
document's events, and a participant's new name in the entity graph reaches the row of an
event whose document did not change."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from kg_runs import kg, person_naming_document, renamed_person_cells
from pyoxigraph import Literal, NamedNode, Quad

from kg.event_rows import EVENT_ROWS, event_quads
from kg.rdf import BRO, NS, PROV, RDF, doc_graph, doc_iri, node
from kg.sparql import resolve_query
from kg.store import KgStore


def _rows(store: Path, *options: str) -> list[dict[str, str]]:
    done = kg("query", "events", "--store", store, "--format", "csv", *options)
    assert done.returncode == 0, done.stderr
    return list(csv.DictReader(io.StringIO(done.stdout)))


def test_events_read_what_the_live_query_computes(references: dict[int, Path]) -> None:
    canned = resolve_query("events")
    live = EVENT_ROWS + canned[canned.index("ORDER BY") :]
    with KgStore.open_read(references[0]) as s:
        rows = [tuple(map(str, r)) for r in s.db.query(canned, use_default_graph_as_union=True)]
        assert rows == [
            tuple(map(str, r)) for r in s.db.query(live, use_default_graph_as_union=True)
        ]
        told = {
            r["e"].value
            for r in s.select(
                f"SELECT ?e WHERE {{ GRAPH {doc_graph('doc03')} {{ ?e a {BRO.Event} }} }}"
            )
        }
    assert len(rows) > 5 and any(r[6] != "None" for r in rows)  # participants named
    whole = _rows(references[0])
    one = _rows(references[0], "--doc", "doc03")
    assert told and {r["event"] for r in one} == told
    assert one == [r for r in whole if r["event"] in told]


# An event told by document "a" alone; its participant is named by the documents' records.
_EVENT = NamedNode(NS + "event/talks-zza")
_PERSON = "person/A"


def _document(doc_id: str, name: str, event: bool) -> list[Quad]:
    g, doc = doc_graph(doc_id), doc_iri(doc_id)
    quads = person_naming_document(doc_id, _PERSON, name)
    if event:
        quads += [
            Quad(_EVENT, RDF.type, BRO.Event, g),
            Quad(_EVENT, BRO.kind, Literal("Talks"), g),
            Quad(_EVENT, BRO.status, Literal("occurred"), g),
            Quad(_EVENT, BRO.participant, node(_PERSON), g),
            Quad(_EVENT, PROV.wasDerivedFrom, doc, g),
        ]
    return quads


def test_a_participants_new_name_reaches_the_event_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two later documents name the participant otherwise: the entity graph takes their
    name, and the update of the derived graph rewrites the row of the event they do not
    tell, as deriving it from scratch does."""
    renamed_person_cells(
        tmp_path / "store", monkeypatch, _document, _EVENT, BRO.rowParticipants, event_quads
    )
