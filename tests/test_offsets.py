"""Offsets written out point into the text as decoded from the file, HTML entities and all,
while the analysis reads the text with its entities decoded."""

from __future__ import annotations

import csv
import io
import json
import pickle
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.cli import run
from kg.corpus import read_file
from kg.formats.entities import decode_entities
from kg.model import Document, Extraction, Mention
from kg.rdf import extraction_quads

OA = "http://www.w3.org/ns/oa#"

# A letter as written: itself, or an entity that decodes to it (drawn from one list: a
# `flatmap` per letter drew the same spellings at half the property's CPU)
LETTERS = "абвгдеёжзийклмнопрстуфхцчшщыьэюяАБВГД"
written_letter = st.sampled_from(
    [spelt for c in LETTERS for spelt in (c, f"&#{ord(c)};", f"&#x{ord(c):x};")]
)
word = st.lists(written_letter, min_size=1, max_size=8).map("".join)
# What stands between words: spaces, punctuation, entities, and ampersands that are none
SEPARATORS = [" ", "\n", ", ", "&nbsp;", " &laquo;", "&raquo; ", " &mdash; ", "&#160;"]
SEPARATORS += [" &amp; ", " R&D ", " &nosuch; ", "&lt;…&gt;", " &NotEqualTilde; "]
separator = st.sampled_from(SEPARATORS)


def raw_and_words(pieces: list[tuple[str, str]]) -> tuple[str, list[tuple[int, int]]]:
    """The text as written, and each word's place in it."""
    raw, places = "", []
    for sep, w in pieces:
        raw += sep
        places.append((len(raw), len(raw) + len(w)))
        raw += w
    return raw, places


def selectors(ex: Extraction) -> dict[str, dict[str, str]]:
    """Each selector node's start, end and exact text, from the quads."""
    out: dict[str, dict[str, str]] = {}
    for q in extraction_quads(ex):
        if q.predicate.value.startswith(OA) and q.predicate.value != OA + "hasSelector":
            out.setdefault(q.subject.value, {})[q.predicate.value[len(OA) :]] = q.object.value
    return out


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(separator, word), min_size=1, max_size=12))
def test_every_mention_points_into_the_text_as_written(pieces: list[tuple[str, str]]) -> None:
    raw, places = raw_and_words(pieces)
    text, entities = decode_entities(raw)
    doc = Document(id="d", text=text, entities=entities)
    # each word of the decoded text is a mention, as the analysis would find it
    found = [m.span() for m in re.finditer(f"[{LETTERS}]+", text)]
    mentions = [Mention(s, e, text[s:e], "state/X", "State") for s, e in found]
    written = selectors(Extraction(document=doc, mentions=mentions))
    assert len(written) == len(mentions) == len(places)
    ordered = sorted(written.values(), key=lambda sel: int(sel["start"]))
    for sel, m, (start, end) in zip(ordered, mentions, places, strict=True):
        assert (int(sel["start"]), int(sel["end"])) == (start, end)
        assert raw[start:end] == sel["exact"]
        assert decode_entities(sel["exact"])[0] == m.text  # the same word


def test_a_span_through_an_entity_takes_all_of_it() -> None:
    raw = "a &NotEqualTilde; b"  # one entity, two characters decoded
    text, entities = decode_entities(raw)
    assert text == "a \u2242\u0338 b"
    assert (entities.raw_start(3), entities.raw_end(3)) == (2, 17)
    assert entities.raw_slice(text, 3, 5) == "&NotEqualTilde; "
    assert (entities.raw_start(4), entities.raw_start(5), entities.raw_end(6)) == (17, 18, 19)


def test_document_with_entities_survives_pickling(tmp_path: Path) -> None:
    """Workers (`--jobs`, Dask) get the Document pickled: its entities go with it."""
    doc = read_file(write(tmp_path / "a.txt", "Заголовок\nПариж&nbsp;и &laquo;Берлин&raquo;.\n"))[0]
    assert doc.entities.written == ("&nbsp;", "&laquo;", "&raquo;")
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_entities_as_written_change_the_document(tmp_path: Path) -> None:
    """The same decoded text with other offsets is a changed document: its graph is rebuilt."""
    plain = read_file(write(tmp_path / "a.txt", "Заголовок\nПариж\u00a0и Берлин.\n"))[0]
    encoded = read_file(write(tmp_path / "b" / "a.txt", "Заголовок\nПариж&nbsp;и Берлин.\n"))[0]
    assert plain.text == encoded.text and plain.sha256 != encoded.sha256


def test_entity_free_text_has_no_map() -> None:
    raw = "Заголовок\nR&D и AT&T, &nosuch; и всё.\n"
    assert decode_entities(raw) == (raw, decode_entities("")[1])
    assert not decode_entities(raw)[1].written


# --- a real build, checked as a user would check it ---------------------------------------

TEXT = (
    "Переговоры Франции и Германии\n"
    "Президент&nbsp;Франции Эммануэль&nbsp;Макрон прибыл в Берлин, где провёл переговоры "
    "с канцлером Германии Олафом Шольцем. &laquo;Франция и Германия остаются "
    "ближайшими партнёрами&raquo;, &mdash; заявил Эммануэль Макрон.\n"
    "Министр иностранных дел Польши Радослав Сикорский также посетил Берлин.\n"
)


def write(path: Path, content: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    return path


def mentions(store: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, str]]:
    capsys.readouterr()
    assert run(["--store", str(store), "query", "mentions", "--format", "csv"]) == 0
    return list(csv.DictReader(io.StringIO(capsys.readouterr().out)))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A .txt and a .jsonl of texts with entities, built; each document's text as written."""
    folder = tmp_path_factory.mktemp("offsets")
    write(folder / "txt" / "visit.txt", TEXT)
    second = TEXT.replace("Берлин", "Варшаву", 1)
    records = [{"id": "feed-a", "text": TEXT}, {"id": "feed-b", "text": second}]
    write(folder / "txt" / "feed.jsonl", "\n".join(json.dumps(r) for r in records))
    store = folder / "store"
    assert run(["--store", str(store), "build", str(folder / "txt")]) == 0
    return store, {"visit": TEXT, "feed-a": TEXT, "feed-b": second}


def test_mentions_point_into_the_text_as_written(built, capsys) -> None:  # noqa: ANN001
    store, raw = built
    rows = mentions(store, capsys)
    assert {r["doc"] for r in rows} == set(raw)
    for r in rows:
        assert raw[r["doc"]][int(r["start"]) : int(r["end"])] == r["text"]
    texts = {(r["doc"], r["text"]) for r in rows}
    for doc in raw:
        # after the entities, and across one: the same names the analysis found
        assert {(doc, "Эммануэль&nbsp;Макрон"), (doc, "Германии"), (doc, "Польши")} <= texts
        assert (doc, "Радослав Сикорский") in texts


def test_evidence_points_into_the_text_as_written(built, capsys) -> None:  # noqa: ANN001
    store, raw = built
    query = (
        "PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX prov: <http://www.w3.org/ns/prov#> "
        "PREFIX bro: <https://w3id.org/kg-bilateral/ontology#> "
        "SELECT ?doc ?start ?end ?text WHERE { GRAPH ?g { ?f oa:hasSelector ?s . "
        "FILTER NOT EXISTS { ?f a bro:Mention } ?s oa:start ?start ; oa:end ?end ; "
        "oa:exact ?text ; prov:wasDerivedFrom ?d . ?d bro:docId ?doc } }"
    )
    capsys.readouterr()
    assert run(["--store", str(store), "query", "-e", query, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows
    for r in rows:
        assert raw[r["doc"]][int(r["start"]) : int(r["end"])] == r["text"]
