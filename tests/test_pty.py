"""The real `kg` on a real pseudo-terminal: every command that prints a table, at several
window widths; the build's progress display; Ctrl-C. Pipes hide what a terminal shows
(rich draws only for a terminal), so these run the CLI as a person at a terminal does."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from kg_runs import KG, ROOT, copy_store, env, kg, write_corpus
from terminal import CTRL_C, TerminalRun, run_in_terminal

from kg.sparql import canned_queries, display, resolve_query
from kg.store import KgStore

pytestmark = pytest.mark.heavy  # long tests: scheduled first (conftest)

SGR_COLOUR = re.compile(rb"\x1b\[(?:[0-9;]*;)?(?:3[0-8]|9[0-7]|4[0-8])[;m]")


def at_terminal(*args: object, columns: int = 80, **options: object) -> TerminalRun:
    return run_in_terminal([*KG, *map(str, args)], columns=columns, env=env(), **options)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, TerminalRun]:
    """The sample corpus built at a terminal, stdout piped (`kg build > log`): the store the
    table tests read, and the run the progress test reads."""
    folder = tmp_path_factory.mktemp("pty")
    store, picture = folder / "store", folder / "picture.txt"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")  # warned about mid-build
    args = ("build", ROOT / "corpus", picture, "--store", store)
    run = at_terminal(*args, stdout_pipe=True, columns=100)
    assert run.code == 0, run.text()
    return store, run


def assert_shown_whole(run: TerminalRun, values: list[str]) -> None:
    """Exit 0, no error, every line within the window, and every character of the values on
    the screen (cells may be wrapped or folded, never cut)."""
    text = run.text()
    assert run.code == 0 and "error" not in text and "Traceback" not in text, text
    screen = run.screen()
    assert screen == run.screen(columns=run.columns * 4), "a line is wider than the window"
    missing = Counter("".join("".join(values).split())) - Counter("".join(screen))
    assert not missing, f"not on the screen: {missing}"


def table_values(store: Path, name: str) -> list[str]:
    """The canned query's header and cells, evaluated here, as the table shows them."""
    with KgStore.open_read(store) as reader:
        result = reader.db.query(resolve_query(name), use_default_graph_as_union=True)
        columns = [v.value for v in result.variables]
        return columns + [display(row[c]) for row in result for c in columns]


@pytest.mark.parametrize("name", sorted(canned_queries()))
def test_every_canned_query_prints_its_table(built: tuple[Path, TerminalRun], name: str) -> None:
    store, _ = built
    run = at_terminal("query", name, "--store", store)
    assert_shown_whole(run, table_values(store, name))


@pytest.mark.parametrize("columns", [12, 52, 200])
def test_tables_fit_any_width(built: tuple[Path, TerminalRun], columns: int) -> None:
    store, _ = built
    run = at_terminal("query", "persons", "--store", store, columns=columns)
    assert_shown_whole(run, ["Касым-Жомарт Токаев", "Владимир Путин", "wd:Q7747", "mentions"])
    if columns >= 100:  # wide enough for the table itself: one row a line
        row = next(line for line in run.screen() if "Владимир Путин" in line)
        assert "президент" in row and "wd:Q7747" in row


def test_stats_queries_and_eval_at_a_terminal(built: tuple[Path, TerminalRun]) -> None:
    store, _ = built
    assert_shown_whole(at_terminal("stats", "--store", store), ["bro:Document", "class", "count"])
    assert_shown_whole(at_terminal("queries"), ["persons", "timeline"])
    report = at_terminal("eval", ROOT / "tests" / "gold" / "sample.json", "--store", store)
    assert report.code == 0 and "Traceback" not in report.text()  # prose lines may wrap
    header = report.screen()[0].split()
    assert header[:4] == ["kind", "gold", "found", "matched"] and header[-1] == "F1", header


def test_eval_without_a_store_says_to_build_the_golds_documents(tmp_path: Path) -> None:
    gold, store = ROOT / "tests" / "gold" / "sample.json", tmp_path / "none"
    run = at_terminal("eval", gold, "--store", store, columns=400)
    line = (
        f"kg: error: no store at {store}; kg eval scores a store built from the gold file's "
        f"documents: run `kg build DOCUMENTS --store {store}` first"
    )
    assert run.code == 74 and run.screen() == [line], run.text()
    assert not store.exists()
    help_ = at_terminal("eval", "--help", columns=100)
    assert help_.code == 0 and "built from the gold's documents" in help_.text()
    assert "kg build corpus/" in help_.text(), help_.text()


def test_no_colour_with_no_color(built: tuple[Path, TerminalRun]) -> None:
    store, _ = built
    assert SGR_COLOUR.search(at_terminal("query", "states", "--store", store).raw)
    plain = at_terminal("query", "states", "--store", store, set_env={"NO_COLOR": "1"})
    assert plain.code == 0 and "Казахстан" in plain.text()
    assert not SGR_COLOUR.search(plain.raw)


HOSTILE = 'SELECT ?x WHERE { BIND("a\\u001B[2J\\u001B]0;owned\\u0007b\\u202Ec\\r\\nd" AS ?x) }'


def test_control_characters_are_escaped_on_a_terminal_and_in_a_pipe(
    built: tuple[Path, TerminalRun],
) -> None:
    store, _ = built
    run = at_terminal("query", "-e", HOSTILE, "--store", store)
    assert run.code == 0
    assert b"\x1b[2J" not in run.raw and b"\x1b]0" not in run.raw and b"\x07" not in run.raw
    assert "a\\x1b[2J\\x1b]0;owned\\x07b\\u202ec\\r\\nd" in "".join(run.screen(columns=200))
    piped = kg("query", "-e", HOSTILE, "--store", store)
    assert piped.stdout == "x\na\\x1b[2J\\x1b]0;owned\\x07b\\u202ec\\r\\nd\n"


def test_build_progress_on_a_terminal_stderr(built: tuple[Path, TerminalRun]) -> None:
    store, run = built
    frames = re.split(r"[\r\n]", run.text())
    assert any("loading the language models" in f for f in frames)
    # six files listed, one of them unreadable: the total is what the listing promised
    bar = re.compile(r"building \S+ (\d)/6 +(?:([\d.]+) docs/s )? *(\S+) *(\S*)")
    bars = [m.groups() for f in frames if (m := bar.fullmatch(f.strip()))]
    assert {done for done, *_ in bars} >= {"0", "5"}, frames
    assert any(rate and re.fullmatch(r"\d\d:\d\d", eta) for _, rate, eta, _ in bars), bars
    docs = {doc for *_, doc in bars if doc}
    assert docs and all(re.fullmatch(r"\d{3}_[0-9a-f]{16}", d) for d in docs), docs
    # the bar is erased at the end; the warning, printed above it, stays whole
    warning = f"kg: warning: {store.parent}/picture.txt: binary file (PNG image)"
    assert "".join(run.screen()) == warning
    assert run.stdout.startswith("built 5 documents (0 unchanged, 0 failed)")
    assert "\x1b" not in run.stdout


def test_no_progress_when_stderr_is_not_a_terminal(built: tuple[Path, TerminalRun]) -> None:
    store, _ = built
    result = kg("build", ROOT / "corpus", "--store", store)
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.startswith("built 0 documents (5 unchanged, 0 failed)")


def test_a_store_built_by_another_kg_says_so_above_the_bar(
    built: tuple[Path, TerminalRun], tmp_path: Path
) -> None:
    store = copy_store(built[0], tmp_path / "store")
    with KgStore.open_write(store) as writer:
        writer.extracted_by("0" * 64)  # as another version of kg leaves it
    run = at_terminal("build", ROOT / "corpus", "--store", store, stdout_pipe=True, columns=100)
    line = "kg: the store was built by another version of kg: reading every document again"
    assert run.code == 0 and run.screen() == [line], run.text()
    assert run.stdout.startswith("built 5 documents (0 unchanged, 0 failed)")


def test_ctrl_c_stops_a_build_with_one_line(tmp_path: Path) -> None:
    # enough documents that the build cannot end between the bar's first line and the key,
    # however slowly a loaded machine delivers it
    corpus = write_corpus(tmp_path / "corpus", 80)
    run = at_terminal("build", corpus, "--store", tmp_path / "s", type_when=(b"/80", CTRL_C))
    assert run.code == 130, run.text()
    assert run.screen()[-1] == "kg: interrupted", run.screen()
    assert run.text().count("kg: interrupted") == 1 and "Traceback" not in run.text()


def test_ctrl_c_stops_a_running_query_with_one_line(built: tuple[Path, TerminalRun]) -> None:
    store, _ = built
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    run = at_terminal("query", "-e", slow, "--store", store, type_when=(2.0, CTRL_C))
    assert run.code == 130, run.text()
    assert run.screen()[-1] == "kg: interrupted" and "Traceback" not in run.text()
