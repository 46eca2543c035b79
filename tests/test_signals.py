"""Ctrl-C and SIGTERM (`kill`, systemd, `docker stop`) end `kg` with one line and their exit
code at any point, on a real terminal: while kg's modules load, during a build (the documents
committed stay as a clean build writes them, the next build finishes the store) and while it
serves. A watch's are in tests/test_watch.py."""

from __future__ import annotations

import shutil
import signal
import sys
from multiprocessing.process import BaseProcess
from pathlib import Path

import pytest
from kg_runs import KG, env, graphs
from terminal import CTRL_C, TerminalRun, run_in_terminal
from test_idempotence import corpus_of

from kg.cli import run as run_kg  # `kg` in this process
from kg.sparql import QueryWorker

# what stops kg: (the key typed or the signal sent, the exit code, the one line it prints)
STOPS = {
    "ctrl-c": (CTRL_C, 130, "kg: interrupted"),
    "sigterm": (signal.SIGTERM, 143, "kg: terminated"),
}

# `kg`'s entry point with the import of its command line held until a signal comes, so a
# Ctrl-C or a SIGTERM lands while kg's modules load every time (idle it is a 0.2 s window)
HELD_IMPORT = """
import sys, time
class HoldCli:
    def find_spec(self, name, path=None, target=None):
        if name == "kg.cli":
            print("importing kg.cli", file=sys.stderr, flush=True)
            # short sleeps: a signal landing between the print and one long sleep's system
            # call is run only when that sleep ends (60 s on a loaded CI machine)
            for _ in range(600):
                time.sleep(0.1)
        return None
sys.meta_path.insert(0, HoldCli())
from kg.entry import main
main()
"""


def assert_stopped(run: TerminalRun, stop: str) -> None:
    """The run ended within seconds of `stop` with its exit code and one line, no traceback."""
    _, code, line = STOPS[stop]
    text = run.text()
    assert run.code == code, text
    assert run.since_last_step() < 20, text  # generous: a loaded machine must not fail it
    assert run.screen()[-1] == line and text.count(line) == 1, run.screen()
    assert "Traceback" not in text


def assert_kept_a_clean_build(store: Path, references: dict[int, Path]) -> None:
    """Every document graph in `store` (something was written) is the one a clean build
    writes."""
    clean = graphs(references[0])
    kept = graphs(store)
    assert kept and all(kept[doc] == clean[doc] for doc in kept if doc), sorted(kept)


@pytest.mark.parametrize("stop", STOPS)
def test_a_stop_while_kg_loads_ends_it_with_one_line(stop: str, tmp_path: Path) -> None:
    argv = [sys.executable, "-c", HELD_IMPORT, "build", str(tmp_path), "--store", "s"]
    run = run_in_terminal(argv, env=env(), type_when=(b"importing kg.cli", STOPS[stop][0]))
    assert_stopped(run, stop)


def test_sigterm_stops_a_build_and_keeps_what_it_committed(
    references: dict[int, Path], tmp_path: Path
) -> None:
    """SIGTERM once the bar shows a document done: the documents committed stay, the one
    being written is rolled back, and the next build finishes the store."""
    corpus = Path(shutil.copytree(corpus_of(references), tmp_path / "corpus"))
    store = tmp_path / "s"
    argv = [*KG, "build", str(corpus), "--store", str(store)]
    run = run_in_terminal(argv, env=env(), type_when=(b"building", signal.SIGTERM))
    assert_stopped(run, "sigterm")
    assert "built " not in run.text()  # stopped before its summary
    assert_kept_a_clean_build(store, references)
    assert run_kg(["--store", str(store), "build", str(corpus)]) == 0  # in this process
    assert graphs(store) == graphs(references[0])


def test_sigterm_stops_a_server_cleanly(references: dict[int, Path]) -> None:
    """uvicorn shuts down on SIGTERM (as it does on Ctrl-C), then kg ends with one line."""
    argv = [*KG, "serve", "--store", str(references[0]), "--port", "0"]
    run = run_in_terminal(argv, env=env(), type_when=(b"Ctrl-C stops", signal.SIGTERM))
    assert_stopped(run, "sigterm")


def test_the_query_process_starts_with_stops_held(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C and SIGTERM are held while `kg query` starts its query process, as while a
    build forks its workers: one that came then printed a multiprocessing traceback."""
    held: list[set[signal.Signals]] = []
    start = BaseProcess.start

    def noting(process: BaseProcess) -> None:
        held.append(signal.pthread_sigmask(signal.SIG_BLOCK, []))
        start(process)

    monkeypatch.setattr(BaseProcess, "start", noting)
    worker = QueryWorker(warm=False)
    worker.start()
    worker.close()
    assert held and {signal.SIGINT, signal.SIGTERM} <= held[0]
    assert not {signal.SIGINT, signal.SIGTERM} & signal.pthread_sigmask(signal.SIG_BLOCK, [])
