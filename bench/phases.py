"""`kg build` with the process CPU of each phase of its run printed to stderr (issue 11, item 4).

    python bench/phases.py CORPUS --store STORE [other kg build options]
                           [--time MODULE:NAME ...]

Wraps the build's phases (importing spaCy and kg's NLP, building the pipeline, loading
each slovnet model, the documents' NLP and extraction, seeding the registry, linking and
writing, the derived graph) in timers of process CPU time and prints them as a tree: each
phase under the one it ran inside (with `--jobs 1` the fact kinds run in the reduce, with
workers in the documents' step; the models load inside the first document's pipeline), so
the nested lines add up to no more than their parent. Inside the documents' step: the spaCy
pipeline and the names; inside the reduce: linking (which reads the names and each kind of
fact where the document step did not), the RDF mapping and the store's writes.
Process CPU counts every thread: RocksDB's own threads add to the phase they run in (the
last line: all they took).
`--time MODULE:NAME` (repeated) times one more function or method as a phase of its own
("kg.resolve.persons:person_mentions", "kg.extract.events.hits:_Reader._roles"), shown
under the phase it ran in: where the CPU after the NLP goes, measured in the build itself
rather than under a profiler, which inflates code that makes many small calls (spaCy's
`doc[i]`, pymorphy3's tags) several times over.
`bench/throughput.py --phases N` runs it on a build that changes one of N documents.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import importlib
import sys
import time
from collections.abc import Callable
from typing import Any

# CPU by the path of phases a timed call ran inside: a phase is shown under the one it
# actually ran in (the fact kinds run in the reduce with `--jobs 1`, in the documents' step
# with workers), so nested lines always add up to no more than their parent.
SPENT: dict[tuple[str, ...], float] = {}
_ACTIVE: list[str] = []  # the phases under way, outermost first


def timed(owner: Any, name: str, label: str) -> None:  # noqa: ANN401 - a module or a class
    """`owner.name` replaced by a wrapper adding its CPU time to the path of the phases under
    way; a phase entered again inside itself (one function of it calling another) is counted
    once."""
    inner: Callable[..., Any] = getattr(owner, name)

    @functools.wraps(inner)
    def wrapper(*args: Any, **kwargs: Any) -> Any:  # noqa: ANN401 - whatever it returns
        if label in _ACTIVE:
            return inner(*args, **kwargs)
        _ACTIVE.append(label)
        path = tuple(_ACTIVE)
        SPENT.setdefault(path, 0.0)  # entered first: printed before what it nests
        started = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            SPENT[path] += time.process_time() - started
            _ACTIVE.pop()

    for cache in ("cache_info", "cache_clear"):  # a functools.cache keeps its interface
        if hasattr(inner, cache):
            setattr(wrapper, cache, getattr(inner, cache))
    setattr(owner, name, wrapper)


def timed_everywhere(spec: str) -> None:
    """`timed` on the function `spec` names ("module:function" or "module:Class.method"),
    labelled by its name; a function is replaced too in every module that imported it by
    name (`from kg.resolve.persons import person_mentions`), where its callers find it."""
    module_name, _, qualname = spec.partition(":")
    owner: Any = importlib.import_module(module_name)
    *classes, name = qualname.split(".")
    for cls in classes:
        owner = getattr(owner, cls)
    inner = getattr(owner, name)
    timed(owner, name, qualname)
    if not classes:
        for module in list(sys.modules.values()):
            if module is not owner and getattr(module, name, None) is inner:
                setattr(module, name, getattr(owner, name))


def own_options(argv: list[str]) -> tuple[list[str], list[str]]:
    """(The `--time` specs, the arguments left for `kg build`)."""
    specs: list[str] = []
    rest: list[str] = []
    args = iter(argv)
    for arg in args:
        if arg == "--time":
            specs.append(next(args))
        elif arg.startswith("--time="):
            specs.append(arg.removeprefix("--time="))
        else:
            rest.append(arg)
    return specs, rest


def report() -> list[str]:
    """The phases as a tree: each path under its parent, in the order first entered."""
    children: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for path in SPENT:
        children.setdefault(path[:-1], []).append(path)
    lines: list[str] = []

    def walk(parent: tuple[str, ...]) -> None:
        for path in children.get(parent, []):
            indent = "  " * (len(path) - 1) + ("of which " if len(path) > 1 else "")
            lines.append(f"{indent + path[-1]:<50}{SPENT[path]:6.2f} s")
            walk(path)

    walk(())
    return lines


def main() -> None:
    from kg.entry import one_blas_thread  # light: imports nothing that loads numpy

    # As `kg`'s own entry point does: a BLAS thread pool spinning beside slovnet would
    # multiply the CPU this bench reports.
    one_blas_thread()
    from kg.code_cache import generated_once
    from kg.pattern_cache import compiled_once

    patterns = contextlib.ExitStack()  # closed at the end, as the `with` of kg.entry.main
    patterns.enter_context(compiled_once())
    patterns.enter_context(generated_once())
    import kg.build
    import kg.cli
    import kg.corpus
    import kg.entity_snapshot
    import kg.executors
    import kg.store

    start = time.process_time()
    imports = kg.build._import_nlp
    specs, build_args = own_options(sys.argv[1:])

    def import_nlp() -> None:
        imports()
        nested()
        for spec in specs:
            timed_everywhere(spec)

    kg.build._import_nlp = import_nlp
    timed(kg.corpus, "read_file", "reading and hashing the documents")
    timed(kg.store._WriterDatabase, "_open", "opening RocksDB")
    timed(kg.build, "_import_nlp", "importing spaCy, kg's NLP and extractors")
    timed(kg.executors, "read_document", "the documents' NLP and extraction")
    timed(kg.entity_snapshot.Seed, "registry", "seeding the registry from the store")
    timed(kg.build, "_reduce", "linking to the corpus and writing")
    timed(kg.build, "refresh_derived", "the derived graph")
    timed(kg.store._WriterDatabase, "_close", "flushing and closing RocksDB")
    sys.argv = ["kg", "build", *build_args]
    try:
        kg.cli.run()
    finally:
        patterns.close()
        total = time.process_time()
        print(f"{'interpreter and kg.cli before the build':<50}{start:6.2f} s", file=sys.stderr)
        print("\n".join(report()), file=sys.stderr)
        print(f"{'whole process':<50}{total:6.2f} s", file=sys.stderr)
        # RocksDB's compactions and flushes run on its own threads, counted in whichever
        # phase was under way
        others = total - time.thread_time()
        print(f"{'  of which threads beside the interpreter':<50}{others:6.2f} s", file=sys.stderr)
        for spec in specs:
            if not any(path[-1] == spec.partition(":")[2] for path in SPENT):
                # bound or registered before the build (a cache's method, a spaCy component)
                print(f"--time {spec}: never called through its name", file=sys.stderr)


NESTED = (
    "building the pipeline",
    "the gazetteer matcher",
    "loading the morphology model",
    "loading the syntax model",
    "loading the NER model",
    "the spaCy pipeline",
    "reading and linking names",
    "the fact kinds",
)
REDUCE = (
    "linking (link_document)",
    "RDF mapping",
    "the store's writes",
)


def nested() -> None:
    """Phases inside the documents' NLP, wrapped once the build has imported spaCy (so as
    not to import it earlier) and before it builds the pipeline."""
    import kg.analyze
    import kg.build
    import kg.nlp.chunking as chunking
    import kg.nlp.gazetteer_matcher as matcher
    import kg.nlp.models as models
    import kg.resolve
    import kg.steps as steps
    import kg.store
    from kg.extract.registry import REGISTRY

    timed(steps, "_pipeline", NESTED[0])
    timed(matcher.GazetteerMatcher, "__init__", NESTED[1])
    loaders = ("morph_tagger", "syntax_parser", "ner_tagger")
    for name, label in zip(loaders, NESTED[2:5], strict=True):
        timed(models, name, label)
    timed(chunking, "analyse_text", NESTED[5])
    timed(kg.resolve, "read_names", NESTED[6])
    timed(kg.resolve, "link_names", NESTED[6])
    timed(kg.analyze, "extract", NESTED[7])
    for name, kind in sorted(REGISTRY.items(), key=lambda item: item[1].order):
        holder = type("Kind", (), {"extract": staticmethod(kind.extract)})
        timed(holder, "extract", name)
        REGISTRY[name] = dataclasses.replace(kind, extract=holder.extract)
    timed(kg.build, "link_document", REDUCE[0])
    timed(kg.build, "extraction_quads", REDUCE[1])
    timed(kg.build, "record_quads", REDUCE[1])
    timed(kg.store.KgStore, "replace_document", REDUCE[2])


if __name__ == "__main__":
    main()
