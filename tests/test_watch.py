"""`kg build --watch`: at a real terminal, a changed document is built again by the watching
process, into the same store a one-shot build gives, and Ctrl-C or SIGTERM stops it with one
line; `kg.watch` builds again exactly when a document changes, is added or removed."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from kg_runs import KG, copy_store, env, graphs
from terminal import CTRL_C, run_in_terminal
from test_idempotence import corpus_of
from test_signals import STOPS, assert_kept_a_clean_build, assert_stopped

from kg.cli import run as run_kg  # `kg` in this process
from kg.watch import watch

pytestmark = pytest.mark.heavy  # long tests: scheduled first (conftest)


def test_a_watching_build_builds_a_changed_document_and_stops_at_ctrl_c(
    references: dict[int, Path], tmp_path: Path
) -> None:
    corpus = Path(shutil.copytree(corpus_of(references), tmp_path / "corpus"))
    store = copy_store(references[0], tmp_path / "s")
    changed = sorted(corpus.iterdir())[3]

    def edit() -> None:  # as a person saving the file in an editor
        text = changed.read_text(encoding="utf-8")
        changed.write_text(text + "\nПрезидент Чили посетил Лиму.\n", encoding="utf-8")

    run = run_in_terminal(
        [*KG, "build", str(corpus), "--store", str(store), "--watch"],
        env=env(),
        type_when=[(b"(Ctrl-C stops)", edit), (b"built 1 documents", CTRL_C)],
    )
    text = run.text()
    assert run.code == 130, text
    assert "built 0 documents (10 unchanged, 0 failed)" in text  # the store was up to date
    assert "built 1 documents (9 unchanged, 0 failed)" in text
    assert run.screen()[-1] == "kg: interrupted" and "Traceback" not in text
    # the same store as a one-shot build of the changed corpus, in another process than the
    # watching one (this one: the build is not what is tested, and a kg process costs a load)
    again = copy_store(references[0], tmp_path / "again")
    assert run_kg(["--store", str(again), "build", str(corpus)]) == 0
    assert graphs(store) == graphs(again)


# `kg` as a script's background command starts it (`kg build --watch &` in a shell without job
# control): with SIGINT ignored, which the watch must take back to stop at Ctrl-C
IGNORING_CTRL_C = [
    sys.executable,
    "-c",
    "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_IGN); "
    "os.execv(sys.executable, [sys.executable, *sys.argv[1:]])",
    *KG[1:],
]


@pytest.mark.parametrize("stop", STOPS)
@pytest.mark.parametrize("when", [b"building", b"(Ctrl-C stops)"], ids=["building", "waiting"])
def test_ctrl_c_or_sigterm_stops_a_watch_started_with_ctrl_c_ignored_and_keeps_what_was_built(
    references: dict[int, Path], tmp_path: Path, when: bytes, stop: str
) -> None:
    """Ctrl-C or SIGTERM during the first build (once its bar shows a document done) or
    while waiting: its exit code within seconds, one line, every document graph written as a
    clean build writes it, and the next build finishes the store."""
    corpus = Path(shutil.copytree(corpus_of(references), tmp_path / "corpus"))
    store = tmp_path / "s"
    argv = [*IGNORING_CTRL_C, "build", str(corpus), "--store", str(store), "--watch"]
    run = run_in_terminal(argv, env=env(), type_when=(when, STOPS[stop][0]))
    assert_stopped(run, stop)
    assert_kept_a_clean_build(store, references)
    if when == b"building":
        assert "built " not in run.text()  # stopped before its summary
        assert run_kg(["--store", str(store), "build", str(corpus)]) == 0  # in this process
    assert graphs(store) == graphs(references[0])


def _save(path: Path, text: str) -> None:
    """Save as an editor does, in one step: a write that truncates first may be polled half
    done on a busy machine, an empty file then the full one, two changes."""
    part = path.with_name(path.name + ".swp")
    part.write_text(text, encoding="utf-8")
    part.replace(path)


def test_the_watch_builds_again_when_a_document_changes_and_only_then(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_text("Премьер Канады прибыл в Оттаву.", encoding="utf-8")
    (corpus / "notes.bin").write_bytes(b"not a document")
    builds: list[float] = []
    ready = threading.Event()
    stop = threading.Event()

    def build() -> None:
        builds.append(time.monotonic())

    def built_after(edit: object, expected: int) -> int:
        """Builds seen after `edit` (a function; None: nothing): waited for until `expected`
        came (a busy machine delays the watcher's polls), then a few polls more."""
        before = len(builds)
        if callable(edit):
            edit()
        deadline = time.monotonic() + 10
        while len(builds) - before < expected and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.35)
        return len(builds) - before

    options = {"ready": ready.set, "stop": stop, "poll": 0.05}
    watcher = threading.Thread(target=watch, args=(build, [corpus]), kwargs=options)
    watcher.start()
    try:
        assert ready.wait(5) and builds
        edits = [  # (edit, builds it causes)
            (None, 0),
            (lambda: (corpus / "notes.bin").write_bytes(b"changed"), 0),
            (lambda: _save(corpus / "a.txt", "Премьер Канады уехал."), 1),
            (lambda: _save(corpus / "sub" / "b.md", "Новости Перу."), 1),
            (lambda: (corpus / "a.txt").unlink(), 1),
        ]
        for edit, expected in edits:
            assert built_after(edit, expected) == expected
    finally:
        stop.set()
        watcher.join(5)
    assert not watcher.is_alive()


def test_a_process_that_builds_again_loads_the_models_once(
    references: dict[int, Path], tmp_path: Path
) -> None:
    """What `--watch` relies on: models loaded ahead (`load_models`) serve every later build
    of the process, which lets none of them go."""
    corpus = Path(shutil.copytree(corpus_of(references), tmp_path / "corpus"))
    store = copy_store(references[0], tmp_path / "s")
    first, second = sorted(corpus.iterdir())[:2]
    code = f"""
from pathlib import Path
from kg import steps
from kg.build import load_models, run_build
load_models()
for path in (Path({str(first)!r}), Path({str(second)!r})):
    path.write_text(path.read_text(encoding="utf-8") + " Глава МИД Перу прибыл в Кито.")
    summary = run_build([Path({str(corpus)!r})], Path({str(store)!r}))
    print(summary.documents, steps._pipeline.cache_info().misses)
"""
    done = subprocess.run([sys.executable, "-c", code], env=env(), capture_output=True, text=True)
    assert done.stdout.split() == ["1", "1", "1", "1"], done.stderr[-2000:]
