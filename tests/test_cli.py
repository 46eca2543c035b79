"""The `kg` command line: options, outputs and the error policy (exit codes, no tracebacks)."""

from __future__ import annotations

import os
import subprocess
import sys
import types
from pathlib import Path

import pytest
import rdflib
from test_store import HOLD_WRITE_LOCK_UNTIL_TOLD, ROOT, make_store, spawn

from kg import cli
from kg.cli import run
from kg.store import KgStore


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_store(tmp_path_factory.mktemp("cli") / "s", {"d1": 20, "d2": 20})


def kg(*args: object) -> subprocess.CompletedProcess[str]:
    """The real command in a child process, as a user runs it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    code = "from kg.entry import main; main()"
    cmd = [sys.executable, "-c", code, *map(str, args)]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)


def test_update_is_refused_in_a_real_process_and_the_store_kept(store: Path) -> None:
    before = KgStore.open_read(store)
    with before as reader:
        count = len(reader.db)
    result = kg("query", "-e", "DELETE WHERE { ?s ?p ?o }", "--store", store)
    assert result.returncode == 2
    assert result.stderr == (
        "kg: error: the query is a SPARQL Update; kg query is read-only unless --allow-update\n"
    )
    with KgStore.open_read(store) as reader:
        assert len(reader.db) == count


def test_allowed_update_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = make_store(tmp_path / "s", {"d1": 2})
    update = "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert run(["--store", str(path), "query", "--allow-update", "-e", update]) == 0
    assert "update applied: 9 → 0 quads" in capsys.readouterr().err


def test_malformed_sparql_is_one_line_without_traceback(store: Path) -> None:
    result = kg("--store", store, "query", "-e", "SELECT * WHERE {\n ?s ?p }")
    assert result.returncode == 2
    assert result.stderr.startswith("kg: error: malformed SPARQL: error at 2:9:")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_service_is_refused(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    query = "SELECT * { SERVICE <http://127.0.0.1:9/q> { ?s ?p ?o } }"
    assert run(["query", "--store", str(store), "-e", query]) == 2
    assert "refused unless --allow-service" in capsys.readouterr().err


def test_unknown_canned_name_lists_the_canned_queries(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["query", "no-such-query", "--store", str(store)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kg: error: unknown query 'no-such-query'")
    assert "persons" in err and "timeline" in err


def test_queries_lists_names_and_descriptions(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["queries"]) == 0
    lines = capsys.readouterr().out.splitlines()
    persons = next(line for line in lines if line.startswith("persons "))
    assert len(persons.split()) > 2  # a description follows the name


def test_a_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    result = kg("query", "persons", "--store", tmp_path / "none")
    assert result.returncode == 74
    assert result.stderr == f"kg: error: no store at {tmp_path / 'none'}; run `kg build` first\n"


def test_store_option_on_group_subcommand_and_environment(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ask = ["query", "-e", "ASK { ?s ?p ?o }"]
    monkeypatch.setenv("KG_STORE", str(store))
    assert run(ask) == 0
    assert run(["--store", str(store), *ask]) == 0
    monkeypatch.setenv("KG_STORE", str(tmp_path / "none"))
    assert run([*ask, "--store", str(store)]) == 0
    assert run(ask) == 74
    assert capsys.readouterr().out == "true\n" * 3


def test_runaway_query_is_stopped(store: Path) -> None:
    cross = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    result = kg("query", "--timeout", "1", "-e", cross, "--store", store)
    assert result.returncode == 1
    assert result.stderr == "kg: error: query stopped after 1 s (--timeout)\n"


def test_reader_works_while_a_writer_holds_the_lock_and_second_writer_is_busy(
    tmp_path: Path,
) -> None:
    path = make_store(tmp_path / "s", {"d1": 2})
    holder = spawn(HOLD_WRITE_LOCK_UNTIL_TOLD, path)
    assert holder.stdout.readline().strip() == "ready"
    read = kg("query", "-e", "ASK { ?s ?p ?o }", "--store", path)
    assert (read.returncode, read.stdout) == (0, "true\n")
    update = "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }"
    write = kg("query", "--allow-update", "-e", update, "--store", path)
    assert write.returncode == 75
    assert f"is busy: another kg build is running (pid {holder.pid})" in write.stderr
    assert holder.stdin is not None
    holder.stdin.close()
    assert holder.wait(timeout=30) == 0


def test_table_csv_and_json_outputs(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "SELECT ?d { ?d a <https://w3id.org/kg-bilateral/ontology#Document> } ORDER BY ?d"
    assert run(["--store", str(store), "query", "-e", text]) == 0
    assert capsys.readouterr().out == "d\nkgr:doc/d1\nkgr:doc/d2\n"
    assert run(["--store", str(store), "query", "-e", text, "--format", "csv"]) == 0
    assert "https://w3id.org/kg-bilateral/id/doc/d1" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("fmt", "rdflib_format"),
    [("turtle", "turtle"), ("ntriples", "nt"), ("rdfxml", "xml"), ("jsonld", "json-ld")],
)
def test_export_round_trips_through_rdflib(
    store: Path, tmp_path: Path, fmt: str, rdflib_format: str
) -> None:
    out = tmp_path / f"all.{fmt}"
    assert run(["export", "--store", str(store), "--format", fmt, "-o", str(out)]) == 0
    with KgStore.open_read(store) as kg_store:
        quads = list(kg_store.db)
    triples = {(q.subject, q.predicate, q.object) for q in quads}
    if fmt == "jsonld":
        dataset = rdflib.Dataset()
        dataset.parse(out, format=rdflib_format)
        assert len(list(dataset.quads())) == len(quads)  # graphs kept
    else:
        assert len(rdflib.Graph().parse(out, format=rdflib_format)) == len(triples)
    assert not list(tmp_path.glob(".*.part"))


def test_export_turtle_has_readable_prefixes_and_one_graph(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["export", "--store", str(store), "--graph", "d1"]) == 0
    text = capsys.readouterr().out
    assert "@prefix bro: <https://w3id.org/kg-bilateral/ontology#> ." in text
    assert "doc:d1 a bro:Document" in text and "doc:d2" not in text
    assert "person:P0" in text and "\\/" not in text.split("mention:")[0]
    assert run(["export", "--store", str(store), "--graph", "d9"]) == 2


def test_trig_keeps_the_graphs(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["export", "--store", str(store), "--format", "trig"]) == 0
    dataset = rdflib.Dataset()
    dataset.parse(data=capsys.readouterr().out, format="trig")
    graphs = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert "https://w3id.org/kg-bilateral/id/graph/doc/d2" in graphs


def test_stats_counts_classes_and_documents(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["stats", "--store", str(store)]) == 0
    out = capsys.readouterr().out
    assert "bro:Document  2" in out
    assert "d1        43       0         0" in out


def test_validate_exits_1_with_the_report(
    store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import kg.validate

    def prepare(db, **_):  # noqa: ANN001, ANN202 - kg.validate.prepare
        return types.SimpleNamespace(run=lambda: (False, f"{len(db)} bad"))

    monkeypatch.setattr(kg.validate, "prepare", prepare)
    assert run(["validate", "--store", str(store)]) == 1
    assert capsys.readouterr().out == "88 bad\n"


def fake_build(monkeypatch: pytest.MonkeyPatch, warnings: list[str]) -> dict:
    calls: dict = {}

    def run_build(**kwargs: object) -> types.SimpleNamespace:
        calls.update(kwargs)
        for w in warnings:
            kwargs["on_warning"](w)  # type: ignore[operator]
        return types.SimpleNamespace(
            documents=5, skipped=1, failed=0, pruned=0, entities=12, facts=40, triples=2345,
            seconds=3.21, warnings=warnings, tracebacks=[],
        )  # fmt: skip

    monkeypatch.setitem(sys.modules, "kg.build", types.SimpleNamespace(run_build=run_build))
    return calls


def test_build_passes_options_and_prints_the_summary(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    calls = fake_build(monkeypatch, [])
    args = ["build", "a.txt", "docs", "--jobs", "2", "--prune", "--wait", "5"]
    assert run([*args, "--gazetteer", "g.tsv", "--store", str(tmp_path)]) == 0
    assert capsys.readouterr().out == (
        "built 5 documents (1 unchanged, 0 failed): 12 entities, 40 facts, 2345 triples in 3.2 s\n"
    )
    assert calls["paths"] == [Path("a.txt"), Path("docs")]
    assert calls["store_path"] == tmp_path
    assert (calls["jobs"], calls["prune"], calls["rebuild"], calls["wait"]) == (2, True, False, 5)
    assert calls["gazetteers"] == [Path("g.tsv")]
    assert run(["build"]) == 0
    assert calls["paths"] == [Path("corpus")] and calls["store_path"] == Path("kgstore")


def test_strict_build_fails_on_warnings(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_build(monkeypatch, ["x.txt: not built"])
    assert run(["build", "--strict"]) == 1
    err = capsys.readouterr().err
    assert "kg: warning: x.txt: not built" in err
    assert "kg: error: 1 warning(s) with --strict" in err


def test_internal_error_exits_70_with_a_log(
    store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(self: KgStore) -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(KgStore, "class_counts", broken)
    assert run(["stats", "--store", str(store)]) == 70
    err = capsys.readouterr().err
    assert err.startswith("kg: internal error: boom (traceback in ") and "Traceback" not in err
    log = Path(err.rsplit("traceback in ", 1)[1].rstrip(")\n"))
    assert "ZeroDivisionError: boom" in log.read_text(encoding="utf-8")
    log.unlink()
    assert run(["--debug", "stats", "--store", str(store)]) == 70
    assert "Traceback" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["query"]) == 2
    assert run(["query", "persons", "-e", "ASK {}"]) == 2
    assert run(["no-such-command"]) == 2
    assert run(["--version"]) == 0
    assert cli.__version__ in capsys.readouterr().out


@pytest.mark.parametrize(
    "args",
    [
        "export --format ntriples",
        "query mentions --format csv",  # streamed from the query process as rows come
        "query mentions",
    ],
)
def test_broken_pipe_is_quiet(store: Path, args: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    kg_command = f"{sys.executable} -c 'from kg.entry import main; main()'"
    for reader in ("head -1", "true"):  # `true` has gone before kg writes its first byte
        command = f"{kg_command} --store {store} {args} | {reader}"
        result = subprocess.run(command, shell=True, env=env, capture_output=True, text=True)
        assert result.stdout.count("\n") == (reader == "head -1") and result.stderr == ""


def test_a_document_that_fails_analysis_exits_70_and_the_others_are_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import kg.executors

    real = kg.executors.read_document

    def flaky(document, reader, known=None):  # noqa: ANN001, ANN202 - read_document's
        if document.id == "bad":
            raise RuntimeError("boom")
        return real(document, reader, known)

    monkeypatch.setattr(kg.executors, "read_document", flaky)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "bad.txt").write_text("Путин посетил Минск.\n", encoding="utf-8")
    (corpus / "good.txt").write_text("Лукашенко посетил Москву.\n", encoding="utf-8")
    store = tmp_path / "store"
    assert run(["--store", str(store), "build", str(corpus)]) == 70
    err = capsys.readouterr().err
    assert "1 document(s) failed on an internal error" in err and "Traceback" not in err
    log = Path(err.split("tracebacks in ")[1].split(")")[0])
    assert "RuntimeError: boom" in log.read_text(encoding="utf-8")
    with KgStore.open_read(store) as kg:
        assert set(kg.document_hashes()) == {"good"}


def test_the_query_formats_offered_are_those_the_query_worker_writes() -> None:
    """`kg query --format` lists `kg.choices` (the command line does not import the worker's
    module to parse its arguments): the same names, in the same order, as `kg.sparql`'s."""
    from kg.choices import QUERY_FORMATS
    from kg.sparql import FORMATS

    assert QUERY_FORMATS == FORMATS
