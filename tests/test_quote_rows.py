"""The `quotes` table reads its cells from the derived graph (`kg.quote_rows`): the rows are
the ones gathering them over the documents at query time gives, and a speaker's new name
in the entity graph reaches the row of a quote whose document did not change."""

from __future__ import annotations

from pathlib import Path

import pytest
from kg_runs import person_naming_document, renamed_person_cells
from pyoxigraph import Literal, NamedNode, Quad

from kg.quote_rows import QUOTE_ROWS, quote_quads
from kg.rdf import BRO, NS, PROV, RDF, doc_graph, doc_iri, node
from kg.sparql import resolve_query
from kg.store import KgStore


def test_quotes_read_what_the_live_query_computes(references: dict[int, Path]) -> None:
    with KgStore.open_read(references[0]) as s:
        canned = [
            tuple(map(str, r))
            for r in s.db.query(resolve_query("quotes"), use_default_graph_as_union=True)
        ]
        live = s.db.query(QUOTE_ROWS, use_default_graph_as_union=True)
        assert len(canned) > 3
        assert sorted(canned) == sorted(
            (str(r["speaker"]), str(r["text"]), str(r["sources"])) for r in live
        )


# A quote told by document "a" alone; its speaker is named by the documents' records.
_QUOTE = NamedNode(NS + "quote/zz")
_PERSON = "person/A"


def _document(doc_id: str, name: str, quote: bool) -> list[Quad]:
    g = doc_graph(doc_id)
    quads = person_naming_document(doc_id, _PERSON, name)
    if quote:
        quads += [
            Quad(_QUOTE, RDF.type, BRO.Quote, g),
            Quad(_QUOTE, BRO.speaker, node(_PERSON), g),
            Quad(_QUOTE, BRO.text, Literal("Мы договорились."), g),
            Quad(_QUOTE, PROV.wasDerivedFrom, doc_iri(doc_id), g),
        ]
    return quads


def test_a_speakers_new_name_reaches_the_quote_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two later documents name the speaker otherwise: the update of the derived graph
    rewrites the row of the quote they do not tell, as deriving it from scratch does."""
    renamed_person_cells(
        tmp_path / "store", monkeypatch, _document, _QUOTE, BRO.rowSpeaker, quote_quads
    )
