"""The `kg` command: thin click wrappers over the library, and one error policy.

Expected failures (`KgError`) print one line and exit with their code; click
usage errors exit 2; click itself ends a broken pipe (`| head`) quietly with
exit 1; anything else is a bug: one line naming a log file that
holds the traceback (printed inline with --debug), exit 70.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from kg import __version__
from kg.choices import QUERY_FORMATS
from kg.entry import stopped, take_interrupts
from kg.errors import EXIT_FAILED, EXIT_SOFTWARE, EXIT_USAGE, KgError, UsageError, disk_error
from kg.export import EXPORT_FORMATS, format_for, write_output
from kg.limits import DEFAULT_MAX_BYTES
from kg.store import KgStore
from kg.table import visible, write_table
from kg.viz import DEFAULT_INCLUDE
from kg.viz import FORMATS as VIZ_FORMATS

if TYPE_CHECKING:
    from kg.build import BuildSummary

# Set by a command whose process holds, at its end, only memory the system takes back
# whole: `kg.entry.main` then ends the process without the interpreter's teardown.
no_teardown = False


def store_option(default: str | None) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """`--store` on the group (with KG_STORE and the default) and on each subcommand."""
    return click.option(
        "--store",
        type=click.Path(path_type=Path),
        default=default,
        envvar="KG_STORE" if default else None,
        show_default=bool(default),
        help="Store directory (env KG_STORE).",
    )


def _store(store: Path | None) -> Path:
    """A subcommand's --store wins over the group's (which holds KG_STORE or the default)."""
    return store or click.get_current_context().find_root().params["store"]


timeout_option = click.option(
    "--timeout", type=float, default=30.0, show_default=True,
    help="Seconds before a query is stopped (above 0, at most 86400).",
)  # fmt: skip


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@store_option("kgstore")
# Read by `run` from the raw arguments, since the traceback is printed outside click.
@click.option(
    "--debug", is_flag=True, expose_value=False, help="Show tracebacks of internal errors."
)
@click.version_option(__version__, prog_name="kg")
def cli(store: Path) -> None:
    """Knowledge graph of Russian news about relations between two states.

    Example:

    \b
        kg build && kg query persons
    """


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--rebuild",
    is_flag=True,
    help="Analyse every document again, changed or not, replacing each document's "
    "graph in its own transaction; never removes a graph.",
)
@click.option(
    "--prune",
    is_flag=True,
    help="At the end, remove the graphs of documents not among PATHS, and the "
    "entities only they mentioned.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Processes analysing documents in parallel (with --executor local).",
)
@click.option(
    "--executor",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where documents are analysed: in --jobs processes here, or on the Dask cluster "
    "at --scheduler (workers need `pip install kg[dask]` and the same gazetteer files).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="The Dask scheduler for --executor dask, e.g. tcp://10.0.0.5:8786.",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Skip (with a warning) input files larger than this.",
)
@click.option("--strict", is_flag=True, help="Exit 1 when the build warned.")
@click.option(
    "--gazetteer",
    "gazetteers",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Extra gazetteer file (TSV or JSON); repeatable.",
)
@click.option("--wait", type=click.FloatRange(min=0), default=0, show_default=True,
              help="Seconds to wait for another build to finish.")  # fmt: skip
@click.option(
    "--watch",
    is_flag=True,
    help="After the build, keep the models loaded and build again whenever a document "
    "under PATHS changes, is added or removed (Ctrl-C stops).",
)
@store_option(None)
def build(
    paths: tuple[Path, ...],
    rebuild: bool,
    prune: bool,
    jobs: int,
    executor: str,
    scheduler: str | None,
    max_bytes: int,
    strict: bool,
    gazetteers: tuple[Path, ...],
    wait: float,
    watch: bool,
    store: Path | None,
) -> None:
    """Read documents (default corpus/) and write their graphs to the store.

    Files and folders: .txt, .md, .html, .jsonl. Progress shows on stderr when it is
    a terminal.

    Examples:

    \b
        kg build
        kg build news/ --jobs 2 --prune
        kg build article.html --gazetteer extra.tsv --store /tmp/kg
        kg build corpus/ --executor dask --scheduler tcp://10.0.0.5:8786
        kg build news/ --watch
    """
    global no_teardown  # noqa: PLW0603 - read by `kg.entry.main` once the command returned
    if watch:  # before the NLP stack loads: Ctrl-C stops it at any point from here
        take_interrupts()
    from kg.build import run_build  # the NLP stack loads only for a build
    from kg.executors import DaskExecutor
    from kg.progress import BuildProgress

    no_teardown = True

    if (executor == "dask") != bool(scheduler):
        raise UsageError("--executor dask and --scheduler ADDRESS go together")

    inputs = list(paths) or [Path("corpus")]
    builds = 0

    def build_once() -> None:
        nonlocal builds
        with BuildProgress() as progress:  # on stderr when it is a terminal
            summary = run_build(
                paths=inputs,
                store_path=_store(store),
                rebuild=rebuild and not builds,  # a watch's later builds: what changed
                prune=prune,
                jobs=jobs,
                executor=DaskExecutor(scheduler) if scheduler else None,
                max_bytes=max_bytes,
                gazetteers=list(gazetteers),
                wait=wait,
                progress=progress,
                on_warning=lambda message: progress.warn(f"kg: warning: {message}"),
                release_models=not watch,  # the command ends with the build
            )
        _report_build(summary, strict)
        builds += 1

    if watch:
        from kg.build import load_models
        from kg.watch import watch as watching

        def ready() -> None:
            if not scheduler:  # a cluster's workers load their own
                load_models(gazetteers)
            click.echo(f"kg: watching {', '.join(map(str, inputs))} (Ctrl-C stops)", err=True)

        watching(build_once, inputs, ready=ready)
    else:
        build_once()


def _report_build(summary: BuildSummary, strict: bool) -> None:
    """A build's summary line; its internal errors and, with --strict, its warnings end
    the command with their exit code."""
    pruned = f", {summary.pruned} pruned" if getattr(summary, "pruned", 0) else ""
    click.echo(
        f"built {summary.documents} documents ({summary.skipped} unchanged, "
        f"{summary.failed} failed{pruned}): {summary.entities} entities, {summary.facts} facts, "
        f"{summary.triples} triples in {summary.seconds:.1f} s"
    )
    if summary.tracebacks:
        # The other documents are built; the failures are bugs in kg, reported as such.
        log = _log_internal_error("\n".join(summary.tracebacks))
        raise KgError(
            f"{summary.failed} document(s) failed on an internal error (tracebacks in {log})",
            EXIT_SOFTWARE,
        )
    if strict and summary.warnings:
        raise KgError(f"{len(summary.warnings)} warning(s) with --strict", EXIT_FAILED)


@cli.command()
def queries() -> None:
    """List the canned queries.

    Example:

    \b
        kg queries
    """
    from kg.sparql import canned_queries

    write_table(["query", "description"], [list(item) for item in canned_queries().items()])


@cli.command()
@click.argument("name_or_file", required=False)
@click.option("-e", "--expression", help="Inline SPARQL instead of NAME_OR_FILE.")
@click.option("--format", "fmt", type=click.Choice(QUERY_FORMATS), default="table",
              show_default=True,
              help="Results of SELECT/ASK: table, csv, tsv, json, xml. CONSTRUCT/DESCRIBE: "
              "turtle, ntriples, jsonld, rdfxml (table gives Turtle, json JSON-LD, xml "
              "RDF/XML).")  # fmt: skip
@timeout_option
@click.option("--allow-update", is_flag=True, help="Allow SPARQL Update (writes the store).")
@click.option("--allow-service", is_flag=True,
              help="Allow SERVICE and LOAD: the query may then reach the network.")  # fmt: skip
@click.option(
    "--doc",
    metavar="DOC",
    help=(
        "Only this document's graph (with the entity and derived graphs): its mentions and "
        "facts; the events, claims, quotes and timeline tables still show each fact's date, "
        "speaker and sources gathered over every document that tells it."
    ),
)
@store_option(None)
def query(
    name_or_file: str | None,
    expression: str | None,
    fmt: str,
    timeout: float,
    allow_update: bool,
    allow_service: bool,
    doc: str | None,
    store: Path | None,
) -> None:
    """Run a canned query (by name), a .rq/.sparql file, or inline SPARQL (-e).

    Examples:

    \b
        kg query persons
        kg query agreements --format csv
        kg query my-query.rq --timeout 60
        kg query -e 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }'
    """
    from kg.sparql import resolve_query, run_query  # the query worker: not for other commands

    if (name_or_file is None) == (expression is None):
        raise UsageError("give either NAME_OR_FILE or -e 'SPARQL' (see `kg queries`)")
    text = expression if expression is not None else resolve_query(name_or_file or "")
    out = run_query(
        _store(store),
        text,
        format=fmt,  # type: ignore[arg-type]
        timeout=timeout,
        allow_update=allow_update,
        allow_service=allow_service,
        doc=doc,
        sink=sys.stdout.buffer,  # W3C formats stream as the rows come
    )
    if out.message:
        click.echo(out.message, err=True)
    if out.data is not None:
        sys.stdout.buffer.write(out.data)
        sys.stdout.buffer.flush()
    elif out.columns:
        write_table(out.columns, out.rows)


@cli.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (loopback by default: no one else can reach it).",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8000,
    show_default=True,
    help="TCP port; 0 picks a free one (the URL is printed).",
)
@timeout_option
@click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True,
              help="Queries evaluated at once, one sandboxed process each.")  # fmt: skip
@store_option(None)
def serve(host: str, port: int, timeout: float, workers: int, store: Path | None) -> None:
    """Serve the store read-only over the SPARQL 1.1 Protocol, with a query page at /.

    \b
    Example:
      kg serve --port 8000          # then open http://127.0.0.1:8000/
      curl -H 'Accept: text/csv' --data-urlencode query@queries/persons.rq \\
           http://127.0.0.1:8000/sparql
    """
    from kg.serve import serve as run_server

    run_server(_store(store), host, port, timeout=timeout, workers=workers)


@cli.command()
@click.argument("url")
@click.option("--method", type=click.Choice(["gsp", "update"]), default="gsp", show_default=True,
              help="gsp: a Graph Store Protocol PUT per graph (URL: the graph store "
              "endpoint); update: DROP SILENT GRAPH + INSERT DATA per graph (URL: the "
              "update endpoint).")  # fmt: skip
@click.option("--user", help="User name for HTTP Basic authentication.")
@click.option("--password", envvar="KG_PUSH_PASSWORD",
              help="Password for --user (or the env variable KG_PUSH_PASSWORD).")  # fmt: skip
@click.option("--token-env", default="KG_PUSH_TOKEN", show_default=True, metavar="NAME",
              help="Environment variable holding a bearer token; sent when it is set.")  # fmt: skip
@click.option("--retries", type=click.IntRange(0, 20), default=3, show_default=True,
              help="Retries per graph after a transient failure (5xx, reset).")  # fmt: skip
@click.option("--backoff", type=click.FloatRange(0, 60), default=0.5, show_default=True,
              help="Seconds before the first retry; doubled for each next one.")  # fmt: skip
@store_option(None)
def push(
    url: str, method: str, user: str | None, password: str | None, token_env: str,
    retries: int, backoff: float, store: Path | None,
) -> None:  # fmt: skip
    """Send every named graph to another SPARQL 1.1 store; pushing again replaces.

    \b
    Example (an Oxigraph server started with `oxigraph serve`):
      kg push http://localhost:7878/store
      kg push --method update http://localhost:7878/update
    """
    from kg.push import Pushed, Target, authorization, failed_message
    from kg.push import push as push_graphs

    def report(result: Pushed) -> None:
        retried = f" after {result.attempts} attempts" if result.attempts > 1 else ""
        why = f": {result.error}" if result.error else ""
        state = "FAILED" if result.error else "ok"
        click.echo(f"{state}  {result.graph}  {result.triples} triples{retried}{why}")

    token = os.environ.get(token_env)
    target = Target(url, method, authorization(user, password, token), retries, backoff)
    results = push_graphs(_store(store), target, report)
    arrived = [r for r in results if not r.error]
    click.echo(
        f"pushed {len(arrived)} of {len(results)} graphs "
        f"({sum(r.triples for r in arrived)} triples) to {url}"
    )
    if len(arrived) < len(results):
        raise failed_message(results, url)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(list(EXPORT_FORMATS)),
              help="RDF format [default: from the extension of -o, else turtle].")  # fmt: skip
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    help="File to write (default or '-': stdout); FIFOs and devices are streamed into.",
)
@click.option("--graph", "doc_id", metavar="DOC", help="Only this document's graph.")
@store_option(None)
def export(fmt: str | None, output: Path | None, doc_id: str | None, store: Path | None) -> None:
    """Write the graphs (or one document's) in an RDF format.

    A regular file is replaced atomically; exit 73 when the file cannot be created (no such
    folder, no permission), 74 when writing fails (disk full).

    Examples:

    \b
        kg export -o graph.nq
        kg export --format turtle --graph 001_a513e5be717ef587
        kg export --format jsonld -o graph.jsonld
    """
    output = None if output == Path("-") else output
    fmt = format_for(fmt, output)

    def produce(sink: IO[bytes]) -> None:
        with KgStore.open_read(_store(store)) as kg:
            kg.export(sink, fmt, doc_id)

    write_output(output, produce)


@cli.command()
@store_option(None)
def stats(store: Path | None) -> None:
    """Counts per class and per document.

    Example:

    \b
        kg stats --store kgstore
    """
    from kg.sparql import compact

    with KgStore.open_read(_store(store)) as kg:
        classes = kg.class_counts()
        documents = kg.document_counts()
    write_table(["class", "count"], [[compact(c), str(n)] for c, n in classes])
    click.echo()
    write_table(
        ["document", "triples", "mentions", "facts"],
        [[doc, *(str(n) for n in counts)] for doc, *counts in documents],
    )


@cli.command()
@click.option("--full", is_flag=True, help="Check every node, also those found conforming before.")
@store_option(None)
@click.pass_context
def validate(ctx: click.Context, full: bool, store: Path | None) -> None:
    """SHACL validation against the shipped shapes; exit 1 when it fails.

    Examples:

    \b
        kg validate
        kg validate --full
    """
    from kg.validate import CACHE, prepare

    with KgStore.open_read(_store(store)) as kg:
        plan = prepare(kg.db, cache=_store(store) / CACHE, full=full)  # reads what changed
    conforms, report = plan.run()  # the slow part, with the store released
    click.echo(visible(report, keep="\n\t"))  # the report quotes literals of the data
    if not conforms:
        ctx.exit(EXIT_FAILED)


@cli.command("eval")
@click.argument("gold", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="A score table, or everything as JSON.")  # fmt: skip
@click.option("--details", is_flag=True, help="List missed and spurious facts, wrong attributes.")
@click.option("--min-f1", type=click.FloatRange(0, 1), help="Exit 1 when micro-F1 is below this.")
@click.option(
    "--strict", is_flag=True, help="Count a fact found only when every gold attribute is right."
)
@store_option(None)
def eval_(
    gold: Path, fmt: str, details: bool, min_f1: float | None, strict: bool, store: Path | None
) -> None:
    """Precision, recall and F1 per fact kind against a GOLD file (JSON; see README), of
    a store built from the gold's documents: `kg build` them first (`kg build corpus/`
    for tests/gold/sample.json).

    Examples:

    \b
        kg eval tests/gold/sample.json
        kg eval tests/gold/sample.json --details
        kg eval tests/gold/sample.json --min-f1 0.8 --strict
    """
    from kg.evaluate import check_min_f1, evaluate_store, format_report, report_json

    report = evaluate_store(gold, _store(store), strict)
    if fmt == "json":
        click.echo(report_json(report))
    else:
        click.echo(visible(format_report(report, details), keep="\n"))  # --details quotes data
    check_min_f1(report, min_f1)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(VIZ_FORMATS),
              default="html", show_default=True,
              help="graphml or gexf for Gephi, cytoscape for Cytoscape and cytoscape.js, "
                   "html for one self-contained page.")  # fmt: skip
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default: stdout).")  # fmt: skip
@click.option("--graph", "doc_id", metavar="DOC", help="Only this document's graph.")
@click.option("--include", metavar="KINDS", default=",".join(DEFAULT_INCLUDE),
              show_default=True,
              help="Kinds of node, comma-separated: person, state, organization, agreement, "
                   "event, claim, quote, or all.")  # fmt: skip
@store_option(None)
def viz(
    fmt: str, output: Path | None, doc_id: str | None, include: str, store: Path | None
) -> None:
    """Write the graph for Gephi, Cytoscape or a browser.

    \b
    Example:
      kg viz --format html -o graph.html --include all
    """
    from kg.viz.export import load, parse_include, render  # networkx loads only here

    data = render(load(_store(store), parse_include(include), doc_id), fmt)
    write_output(output, lambda sink: sink.write(data))  # as `kg export -o` writes


def _log_internal_error(text: str | None = None) -> Path:
    """Writes a traceback (the current one by default) where a bug report can quote it."""
    import tempfile
    import traceback

    stamp = time.strftime("%Y%m%d-%H%M%S")
    log = Path(tempfile.gettempdir()) / f"kg-{stamp}-{os.getpid()}.log"
    body = traceback.format_exc() if text is None else text
    log.write_text(f"kg {__version__} {sys.argv!r}\n{body}", encoding="utf-8")
    return log


def run(argv: Sequence[str] | None = None) -> int:
    """Runs the CLI and returns the exit code; every error policy lives here."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        code = cli.main(args, prog_name="kg", standalone_mode=False)
        return code if isinstance(code, int) else 0
    except (click.exceptions.Abort, KeyboardInterrupt) as exc:
        # click turns a KeyboardInterrupt (or a SIGTERM's `Terminated`) into Abort
        return stopped(exc.__cause__ or exc)
    except click.exceptions.NoArgsIsHelpError as exc:  # a bare `kg`: the help, exit 2
        exc.show()
        return exc.exit_code
    except click.UsageError as exc:
        click.echo(f"kg: error: {_usage_message(exc)}", err=True)
        return EXIT_USAGE
    except click.ClickException as exc:
        click.echo(f"kg: error: {_one_line(exc.format_message())}", err=True)
        return exc.exit_code
    except KgError as exc:
        click.echo(f"kg: error: {exc}", err=True)
        return exc.exit_code
    except OSError as exc:
        if (failure := disk_error(exc)) is None:
            return _internal_error(exc, args)
        click.echo(f"kg: error: {failure}", err=True)
        return failure.exit_code
    except Exception as exc:  # noqa: BLE001 - the last line of defence
        return _internal_error(exc, args)


def _internal_error(exc: Exception, args: list[str]) -> int:
    """A bug: one line naming the log with its traceback (printed with --debug)."""
    import traceback

    if "--debug" in args:
        traceback.print_exc()
        return EXIT_SOFTWARE
    log = _log_internal_error()
    message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    click.echo(f"kg: internal error: {message} (traceback in {log})", err=True)
    return EXIT_SOFTWARE


def _usage_message(exc: click.UsageError) -> str:
    """click's message on one line ("No such command 'biuld'. Did you mean 'build'?" → "no such
    command 'biuld'; did you mean 'build'?"), with where to look: the commands when one is
    unknown, else the command's --help."""
    sentences = [p.rstrip(".") for p in _one_line(exc.format_message()).split(". ") if p]
    message = "; ".join(p[:1].lower() + p[1:] for p in sentences)
    ctx = exc.ctx
    if ctx is not None and isinstance(ctx.command, click.Group) and "no such command" in message:
        return f"{message} (commands: {', '.join(sorted(cli.commands))})"
    return f"{message} (see `{ctx.command_path if ctx is not None else 'kg'} --help`)"


def _one_line(text: str) -> str:
    return " ".join(text.split())
