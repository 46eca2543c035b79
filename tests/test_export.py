"""`kg export`: the format from `-o`'s extension, what `-o` may name (a FIFO, a device, a
symlink, a missing folder), compacted JSON-LD, readable Turtle, RDF/XML that parses back."""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest
import rdflib
from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, parse
from test_store import doc_quads, make_store, records

from kg.cli import run
from kg.rdf import BRO, doc_graph
from kg.store import KgStore


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_store(tmp_path_factory.mktemp("export") / "s", {"d1": 5, "d2": 5})


def quads_of(store: Path) -> set[str]:
    with KgStore.open_read(store) as reader:
        return {str(q) for q in reader.db}


def nquads_in(path: Path) -> set[str]:
    return {str(q) for q in parse(path=str(path), format=RdfFormat.N_QUADS)}


@pytest.mark.parametrize(
    ("name", "reads_as"),
    [("g.nq", RdfFormat.N_QUADS), ("g.trig", RdfFormat.TRIG), ("g.ttl", RdfFormat.TURTLE),
     ("g.nt", RdfFormat.N_TRIPLES), ("g.rdf", RdfFormat.RDF_XML), ("g.jsonld", RdfFormat.JSON_LD),
     ("g.dat", RdfFormat.TURTLE)],
)  # fmt: skip
def test_format_from_the_extension(
    store: Path, tmp_path: Path, name: str, reads_as: RdfFormat
) -> None:
    out = tmp_path / name
    assert run(["export", "--store", str(store), "-o", str(out)]) == 0
    triples = {(q.subject, q.predicate, q.object) for q in parse(path=str(out), format=reads_as)}
    with KgStore.open_read(store) as reader:
        assert triples == {(q.subject, q.predicate, q.object) for q in reader.db}


def test_format_contradicting_the_extension_is_a_usage_error(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "g.nq"
    assert run(["export", "--store", str(store), "--format", "turtle", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kg: error: --format turtle contradicts") and err.count("\n") == 1
    assert not out.exists()
    assert run(["export", "--store", str(store), "--format", "nquads", "-o", str(out)]) == 0


def test_a_missing_folder_is_one_line_naming_it(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no" / "such" / "g.nq"
    assert run(["export", "--store", str(store), "-o", str(out)]) == 73
    err = capsys.readouterr().err
    assert err == f"kg: error: cannot write {out}: no folder {out.parent}\n"
    assert not (tmp_path / "no").exists()


def test_a_fifo_is_streamed_into(store: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.nq"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    assert run(["export", "--store", str(store), "-o", str(fifo)]) == 0
    reader.join(timeout=30)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)  # still the FIFO, not a file put in its place
    copy = tmp_path / "copy.nq"
    copy.write_bytes(received[0])
    assert nquads_in(copy) == quads_of(store)


def test_a_character_device_is_written_into(store: Path) -> None:
    assert run(["export", "--store", str(store), "-o", os.devnull]) == 0
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_a_symlink_keeps_pointing_at_its_replaced_target(store: Path, tmp_path: Path) -> None:
    target = tmp_path / "real.nq"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "link.nq"
    link.symlink_to(target)
    assert run(["export", "--store", str(store), "-o", str(link)]) == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert nquads_in(target) == quads_of(store)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert {p.name for p in tmp_path.iterdir()} == {"real.nq", "link.nq"}  # no temporary left


def test_jsonld_is_compacted_with_a_context(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.jsonld"
    assert run(["export", "--store", str(store), "-o", str(out), "--graph", "d1"]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["@context"]["bro"] == str(BRO.Document.value).removesuffix("Document")
    body = out.read_text(encoding="utf-8").split('"@graph"', 1)[1]
    assert '"bro:Document"' in body and "https://w3id.org/kg-bilateral/ontology#" not in body
    dataset = rdflib.Dataset()
    dataset.parse(out, format="json-ld")
    assert len(list(dataset.quads())) == len(doc_quads("d1", 5)) + len(records("d1", "person/P0"))


def test_turtle_of_one_document_has_plain_local_names(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["export", "--store", str(store), "--graph", "d2"]) == 0
    text = capsys.readouterr().out
    assert "@prefix mention: <https://w3id.org/kg-bilateral/id/mention/d2/> ." in text
    assert "mention:3 " in text and "\\/" not in text
    assert run(["export", "--store", str(store), "--format", "turtle"]) == 0
    both = capsys.readouterr().out  # two documents: a prefix for each
    assert "mention-d1:3 " in both and "mention-d2:3 " in both and "\\/" not in both


def test_rdfxml_with_control_characters_parses_back(tmp_path: Path) -> None:
    path = make_store(tmp_path / "s", {"d1": 2})
    g = doc_graph("d1")
    text = "bell\x07 esc\x1b[2J vt\x0b del\x7f c1\x85\x9b tab\t nl\n end"
    odd = Quad(NamedNode("https://example.org/q"), BRO.text, Literal(text), g)
    with KgStore.open_write(path) as kg:
        kg.replace_document("d1", [*doc_quads("d1", 2), odd, *records("d1", "person/P0")])
    out = tmp_path / "g.rdf"
    assert run(["export", "--store", str(path), "-o", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b'<?xml version="1.1"') and b"&#x1b;" in data and b"\x1b" not in data
    back = {(q.subject, q.predicate, q.object) for q in parse(data, format=RdfFormat.RDF_XML)}
    with KgStore.open_read(path) as reader:
        assert back == {(q.subject, q.predicate, q.object) for q in reader.db}


def test_plain_rdfxml_stays_xml_1_0(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.rdf"
    assert run(["export", "--store", str(store), "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b'<?xml version="1.0"')
    with KgStore.open_read(store) as reader:
        triples = {(q.subject, q.predicate, q.object) for q in reader.db}
    assert len(rdflib.Graph().parse(out, format="xml")) == len(triples)


def test_a_nul_in_a_literal_is_a_clear_rdfxml_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make_store(tmp_path / "s", {"d1": 1})
    nul = Quad(NamedNode("https://example.org/q"), BRO.text, Literal("a\x00b\x01"), doc_graph("d1"))
    with KgStore.open_write(path) as kg:
        kg.replace_document("d1", [*doc_quads("d1", 1), nul, *records("d1", "person/P0")])
    out = tmp_path / "g.rdf"
    assert run(["export", "--store", str(path), "-o", str(out)]) == 1
    assert capsys.readouterr().err == (
        "kg: error: a literal holds U+0000, which no XML can carry; export N-Quads or Turtle\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s"]  # nothing half-written
