"""The pages of navec's mapped archive a build touches do not stay resident for the whole
build (forty-first pass, h-perf82): each new word maps more of the 26 MB archive, and a
400-document build held ~3 MB more of it than a 10-document one at its peak. Every
`RELEASE_EVERY` documents they are let go; the arrays over them read the same bytes."""

from __future__ import annotations

import os

import numpy
import pytest

from kg.nlp import embedding
from kg.nlp.embedding import load_embedding


def _resident_kb(path: str) -> int:
    """The resident kB of this process's mappings of `path` (/proc/self/smaps)."""
    total, inside = 0, False
    with open("/proc/self/smaps", encoding="utf-8") as smaps:
        for line in smaps:
            head = line.split()
            if "-" in head[0] and len(head) >= 5 and ":" in head[3]:  # a mapping's first line
                inside = len(head) >= 6 and head[5] == path
            elif inside and head[0] == "Rss:":
                total += int(head[1])
    return total


@pytest.fixture
def navec():  # noqa: ANN201 - navec's own type
    from kg.nlp.natasha_data import news_file

    loaded = load_embedding()
    return loaded, os.path.realpath(news_file("embedding"))


def test_released_pages_leave_resident_memory_and_read_the_same(navec) -> None:
    loaded, path = navec
    indexes = loaded.pq.indexes
    rows = numpy.arange(0, len(indexes), 97)  # rows all over the archive
    before = indexes[rows].copy()
    held = _resident_kb(path)
    assert held > 4_000  # most of the archive's pages, mapped by the look-ups
    embedding.release_pages()
    assert _resident_kb(path) < held // 4
    assert numpy.array_equal(indexes[rows], before)  # read again from the file cache


def test_every_few_documents_release_the_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    released = []
    monkeypatch.setattr(embedding, "release_pages", lambda: released.append(True))
    monkeypatch.setattr(embedding, "_documents", 0)
    for _ in range(3 * embedding.RELEASE_EVERY):
        embedding.document_read()
    assert len(released) == 3
    assert 1 < embedding.RELEASE_EVERY <= 64  # rarely enough to cost nothing, often enough


def test_the_document_step_counts_its_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.model import Document

    counted = []
    monkeypatch.setattr(embedding, "document_read", lambda: counted.append(True))
    from kg.steps import Reader, read_document

    read_document(Document(id="ee-lv", text="Эстония и Латвия подписали договор."), Reader())
    assert counted == [True]
