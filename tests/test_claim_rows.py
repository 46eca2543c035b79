"""The `claims` table reads its cells from the derived graph (`kg.claim_rows`): the rows are
the ones gathering them over the documents at query time gives, `--doc` keeps to that
document's claims, and a speaker's new name in the entity graph reaches the row of a claim
whose document did not change."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from kg_runs import kg, person_naming_document, renamed_person_cells
from pyoxigraph import Literal, NamedNode, Quad

from kg.claim_rows import CLAIM_ROWS, claim_quads
from kg.rdf import BRO, NS, PROV, RDF, XSD, doc_graph, doc_iri, node
from kg.sparql import resolve_query
from kg.store import KgStore


def _rows(store: Path, *options: str) -> list[dict[str, str]]:
    done = kg("query", "claims", "--store", store, "--format", "csv", *options)
    assert done.returncode == 0, done.stderr
    return list(csv.DictReader(io.StringIO(done.stdout)))


def test_claims_read_what_the_live_query_computes(references: dict[int, Path]) -> None:
    canned = resolve_query("claims")
    live = CLAIM_ROWS + canned[canned.index("ORDER BY") :]
    with KgStore.open_read(references[0]) as s:
        rows = [tuple(map(str, r)) for r in s.db.query(canned, use_default_graph_as_union=True)]
        assert rows == [
            tuple(map(str, r)) for r in s.db.query(live, use_default_graph_as_union=True)
        ]
        docs = s.select(
            f"SELECT DISTINCT ?id WHERE {{ GRAPH ?g {{ ?c a {BRO.NumericClaim} ; "
            f"{PROV.wasDerivedFrom} ?d . ?d {BRO.docId} ?id }} }} ORDER BY ?id LIMIT 1"
        )
        doc_id = docs[0]["id"].value
        told = {
            r["c"].value
            for r in s.select(
                f"SELECT ?c WHERE {{ GRAPH {doc_graph(doc_id)} {{ ?c a {BRO.NumericClaim} }} }}"
            )
        }
    assert len(rows) > 3 and any(r[7] != "None" for r in rows)  # speakers named
    whole = _rows(references[0])
    one = _rows(references[0], "--doc", doc_id)
    assert told and {r["claim"] for r in one} == told
    assert one == [r for r in whole if r["claim"] in told]


# A claim told by document "a" alone; its speaker is named by the documents' records.
_CLAIM = NamedNode(NS + "claim/zz")
_PERSON = "person/A"


def _document(doc_id: str, name: str, claim: bool) -> list[Quad]:
    g, doc = doc_graph(doc_id), doc_iri(doc_id)
    quads = person_naming_document(doc_id, _PERSON, name)
    if claim:
        quads += [
            Quad(_CLAIM, RDF.type, BRO.NumericClaim, g),
            Quad(_CLAIM, BRO.metric, Literal("экспорт", language="ru"), g),
            Quad(_CLAIM, BRO.value, Literal("5", datatype=XSD.decimal), g),
            Quad(_CLAIM, BRO.unit, Literal("USD"), g),
            Quad(_CLAIM, BRO.comparator, Literal("eq"), g),
            Quad(_CLAIM, BRO.status, Literal("actual"), g),
            Quad(_CLAIM, BRO.speaker, node(_PERSON), g),
            Quad(_CLAIM, PROV.wasDerivedFrom, doc, g),
        ]
    return quads


def test_a_speakers_new_name_reaches_the_claim_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two later documents name the speaker otherwise: the entity graph takes their name,
    and the update of the derived graph rewrites the row of the claim they do not tell, as
    deriving it from scratch does."""
    renamed_person_cells(
        tmp_path / "store", monkeypatch, _document, _CLAIM, BRO.rowSpeaker, claim_quads
    )
