"""bench/throughput.py's watching step: it never waits for ever on `kg build --watch`, and its
edits never show the watcher a half-written document."""

from __future__ import annotations

import io
import os
import sys
import threading
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import throughput  # noqa: E402


def test_a_watcher_that_ends_before_watching_is_reported_not_waited_for(tmp_path: Path) -> None:
    """`kg build --watch` on a missing folder ends at once: the bench says so, with kg's own
    line, where it used to read the ended stream's EOF in a loop for ever."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            throughput.watched(tmp_path / "missing", tmp_path / "store")
            outcome.append(None)
        except BaseException as exc:  # noqa: BLE001 - what it raised is the outcome
            outcome.append(exc)

    waiting = threading.Thread(target=run, daemon=True)
    waiting.start()
    waiting.join(60)
    assert outcome, "watched() still waiting 60 s after the watcher ended"
    assert isinstance(outcome[0], throughput.WatchFailed)
    message = str(outcome[0])
    assert "ended before summary of the first build" in message
    assert "no such file or directory" in message  # kg's own error line


@pytest.mark.parametrize(
    ("lines", "wanted", "expected"),
    [
        ("a\nbuilt 1 documents\n", "built ", "built 1 documents\n"),  # lines before it dropped
        ("kg: warning: x\n", "(Ctrl-C stops)", "ended before"),  # the stream ended first
    ],
)
def test_a_line_is_waited_for_until_the_stream_ends(lines: str, wanted: str, expected: str) -> None:
    stream = throughput._Lines(io.StringIO(lines))
    try:
        got = stream.until(wanted, 10, "it")
    except throughput.WatchFailed as failure:
        got = str(failure)
    assert expected in got


def test_a_line_that_never_comes_ends_the_wait_at_its_deadline() -> None:
    read, write = os.pipe()  # the writer stays open: a process alive and silent
    try:
        stream = throughput._Lines(os.fdopen(read, encoding="utf-8"))
        with pytest.raises(throughput.WatchFailed, match="no summary within 0 s"):
            stream.until("built ", 0.2, "summary")
    finally:
        os.close(write)


def test_an_edit_replaces_the_document_whole(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    document = corpus / "a.txt"
    document.write_text("Президент Чили посетил Лиму.", encoding="utf-8")
    before = document.stat().st_ino
    throughput._edit(document, "\nВстреча прошла в Праге.")
    assert document.read_text(encoding="utf-8") == (
        "Президент Чили посетил Лиму.\nВстреча прошла в Праге."
    )
    assert document.stat().st_ino != before  # a new file renamed over it, never truncated
    assert sorted(p.name for p in corpus.iterdir()) == ["a.txt"]  # nothing left in the corpus
