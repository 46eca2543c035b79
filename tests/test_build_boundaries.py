"""Issue 10, item 2: every input that used to stop a build (exit 70, later documents unbuilt)
is one warning or a built document; the build goes on and prints its summary."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from kg_runs import document_text, kg

from kg.corpus import ReadWarning, iter_documents

pytestmark = pytest.mark.heavy  # long tests of few items: scheduled first (conftest)

DEEP = "[" * 100_000 + "]" * 100_000
TEXT = "Президент Чили встретился с премьер-министром Норвегии в Сантьяго."
# A file name in cp1251 bytes ("Перу.txt"), as archives made on Windows unpack.
CP1251_NAME = os.fsdecode("Перу".encode("cp1251") + b".txt")


def line(raw: str) -> str:
    """A JSONL line around TEXT; `raw` keeps its JSON escapes ("\\ud800") as written."""
    return raw.replace("TEXT", TEXT) + "\n"


STOPPERS: dict[str, str | bytes] = {  # file name → content; each stopped the build before
    "a-surrogate-text.jsonl": line('{"id": "st", "text": "TEXT \\ud800 конец."}'),
    "b-surrogate-title.jsonl": line('{"id": "sti", "title": "\\ud800", "text": "TEXT"}'),
    "c-surrogate-id.jsonl": line('{"id": "x\\ud800", "text": "TEXT"}'),
    "d-slash-id.jsonl": line('{"id": "news/2024/01", "text": "TEXT"}'),
    "e-deep.jsonl": DEEP + "\n" + line('{"id": "after-deep", "text": "TEXT"}'),
    "f-deep-meta.txt": TEXT,
    "f-deep-meta.txt.meta.json": DEEP,
    "g-surrogate-meta.txt": TEXT,
    "g-surrogate-meta.txt.meta.json": '{"title": "\\udc00 Заголовок"}',
    "h-undefined.html": f'<meta charset="undefined"><p>{TEXT}</p>'.encode("cp1251"),
    CP1251_NAME: TEXT,
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("stoppers")
    for name, content in STOPPERS.items():
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        (folder / name).write_bytes(data)
    (folder / "z-good.txt").write_text(document_text(0), encoding="utf-8")
    return folder


def test_reader_turns_every_stopping_input_into_a_document_or_a_warning(corpus: Path) -> None:
    warnings: list[ReadWarning] = []
    documents = {d.id: d for d in iter_documents([corpus], warnings.append)}
    assert {"st", "sti", "x\ufffd", "news/2024/01", "after-deep", "f-deep-meta"} <= set(documents)
    assert {"g-surrogate-meta", "h-undefined", "Перу", "z-good"} <= set(documents)
    assert documents["st"].text == f"{TEXT} \ufffd конец."  # same length: offsets hold
    assert documents["sti"].title == "\ufffd"
    assert documents["g-surrogate-meta"].title == "\ufffd Заголовок"
    assert documents["h-undefined"].text == TEXT
    reasons = {Path(w.path).name: w.reason for w in warnings}
    assert "nested too deeply" in reasons["e-deep.jsonl"]
    assert "nested too deeply" in reasons["f-deep-meta.txt.meta.json"]
    assert "U+FFFD" in reasons["g-surrogate-meta.txt.meta.json"]
    assert "cp1251" in reasons[CP1251_NAME]


def test_build_goes_on_past_every_stopping_input(corpus: Path, tmp_path: Path) -> None:
    result = kg("build", corpus, "--store", tmp_path / "s")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert result.stdout.startswith("built 10 documents (0 unchanged, 0 failed)")
    listed = kg("query", "documents", "--format", "csv", "--store", tmp_path / "s")
    assert "\nz-good," in listed.stdout and "\nПеру," in listed.stdout
