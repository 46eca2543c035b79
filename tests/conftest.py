"""Fixtures shared by the tests: the extractors' analysis, the reference stores."""

from __future__ import annotations

from kg.entry import one_blas_thread

# Before numpy loads (the imports below), as `kg` does: the tests run the pipeline in their
# own process, and at the BLAS default (a thread per core) a test file's models took ~3× the
# CPU and the wall time on the shared machine (test_event_attacks: 6.2-8.4 → 2.2-2.3 s CPU).
one_blas_thread()

import compileall  # noqa: E402
from collections import Counter  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING, Any  # noqa: E402

import pytest  # noqa: E402
from gazetteer_runs import shipped_reader  # noqa: E402
from kg_runs import shared_references  # noqa: E402
from relation_runs import level_rows  # noqa: E402

from kg.analyze import analyze, with_referenced  # noqa: E402
from kg.cli import run as run_kg  # noqa: E402
from kg.corpus import iter_documents  # noqa: E402
from kg.extract.agreements import read_agreements  # noqa: E402
from kg.extract.context import Context  # noqa: E402
from kg.extract.events import Event, extract_events  # noqa: E402
from kg.extract.quotes import extract_quotes  # noqa: E402
from kg.extract.registry import fact_kinds  # noqa: E402
from kg.gazetteer import Gazetteer  # noqa: E402
from kg.model import Document, Extraction  # noqa: E402
from kg.nlp.pipeline import build_pipeline  # noqa: E402
from kg.resolve import Registry, resolve  # noqa: E402
from kg.resolve.names import name_parts  # noqa: E402

if TYPE_CHECKING:
    from spacy.language import Language

ROOT = Path(__file__).resolve().parents[1]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "heavy: a file of long tests (real kg processes, builds): scheduled first"
    )
    if not hasattr(config, "workerinput"):  # once a run: in xdist's controller or with -n0
        compile_kg()


def compile_kg() -> None:
    """The checkout's kg compiled to bytecode before any test starts a `kg` process, as an
    installed kg is: the tests' hundreds of `kg` children run the checkout (`PYTHONPATH`), and
    where PYTHONDONTWRITEBYTECODE is set (this machine) each compiled every module it
    imported again, ~0.3 s CPU a build (bench/throughput.py does the same for its builds)."""
    compileall.compile_dir(ROOT / "kg", quiet=1)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Files marked `heavy` first, then the others by falling test count: `--dist loadfile`
    hands files to the two workers in this order (pyproject turns xdist's own reordering,
    by test count alone, off), so a file of a few long tests no longer starts last and
    leaves one worker running it alone while the other is idle."""
    count = Counter(item.path for item in items)
    items.sort(key=lambda item: (item.get_closest_marker("heavy") is None, -count[item.path]))


@pytest.fixture(scope="session")
def analyse() -> Callable[..., Context]:
    """Document → Context: the pipeline and entity resolution every extractor reads."""
    nlp = build_pipeline()
    gazetteer = Gazetteer.load()

    def make(document: Document, registry: Registry | None = None) -> Context:
        doc = nlp(document.text)
        entities, mentions = resolve(doc, document, registry or Registry(gazetteer))
        return Context(doc, document, mentions, {e.key: e for e in entities})

    return make


@pytest.fixture(scope="session")
def full_name() -> Callable[[str, str], str]:
    """Text and a name written in it → the name's first name and surname as kg reads them."""
    nlp = build_pipeline()

    def go(text: str, name: str) -> str:
        start = text.index(name)
        span = nlp(text).char_span(start, start + len(name), alignment_mode="expand")
        assert span is not None
        parts = name_parts(span)
        return f"{parts.first} {parts.last}"

    return go


@pytest.fixture(scope="module")
def levels(analyse: Callable[..., Context]) -> Callable[[str], set[tuple[str, ...]]]:
    """Text → the (state, state, level) rows kg reads in it (`relation_runs.level_rows`)."""
    return lambda text: level_rows(analyse, text)


@pytest.fixture(scope="module")
def titled_papers(
    analyse: Callable[..., Context],
) -> Callable[[str], set[tuple[str, tuple[str, ...]]]]:
    """Text → {(title, parties)} of the papers kg reads in it, the parties sorted."""

    def rows(text: str) -> set[tuple[str, tuple[str, ...]]]:
        ctx = analyse(Document(id="t", text=text, date="2025-03-06"))
        return {(a.title, tuple(sorted(a.parties))) for a in read_agreements(ctx).facts}

    return rows


@pytest.fixture(scope="module")
def orgs() -> Callable[[str], set[str]]:
    """Text → the texts of its organization mentions, by the shipped pipeline and gazetteer."""
    read = shipped_reader()
    return lambda text: {m.text for m in read(text) if m.type == "Organization"}


@pytest.fixture(scope="session")
def sample_contexts(analyse: Callable[..., Context]) -> dict[str, Context]:
    """The sample corpus's documents analysed once a session (each with a registry of its
    own), by the first three characters of their ids: several modules' extractors read them,
    and an extractor only memoizes on a Context what the document alone determines."""
    docs = iter_documents([ROOT / "corpus"], lambda *a: None)
    return {d.id[:3]: analyse(d) for d in docs}


@pytest.fixture(scope="session")
def clean_build(tmp_path_factory: pytest.TempPathFactory) -> Callable[[Path], Path]:
    """Folder → a clean store of what it holds now by `kg build` (in this process), built
    once a session per content: the sample corpus and the dev articles were each built
    again by four modules, and tests that change a corpus step by step can reach the same
    files twice (no quad names the folder). Tests only read it; one that writes copies it
    (`kg_runs.copy_store`)."""
    built: dict[tuple[tuple[str, bytes], ...], Path] = {}

    def store(folder: Path) -> Path:
        files = sorted(p for p in folder.rglob("*") if p.is_file())
        key = tuple((str(p.relative_to(folder)), p.read_bytes()) for p in files)
        if key not in built:
            path = tmp_path_factory.mktemp("clean-build") / "store"
            assert run_kg(["--store", str(path), "build", str(folder)]) == 0
            built[key] = path
        return built[key]

    return store


@pytest.fixture
def events(analyse: Callable[..., Context]) -> Callable[..., list[Event]]:
    """Text → the events kg reads from it, in a document with no date of its own unless
    given one."""

    def read(text: str, date: str = "") -> list[Event]:
        ctx = analyse(Document(id="t", text=text, date=date))
        return extract_events(ctx, read_agreements(ctx))

    return read


@pytest.fixture(scope="session")
def extraction() -> Callable[[str, str], Extraction]:
    """(text, document date) → all kg reads from it, in a registry of its own."""
    nlp = build_pipeline()
    gazetteer = Gazetteer.load()

    def read(text: str, date: str) -> Extraction:
        return analyze(Document(id="t", text=text, date=date), nlp(text), Registry(gazetteer))

    return read


@pytest.fixture(scope="session")
def extraction_of() -> Callable[..., Extraction]:
    """(text, document date, kinds of fact) → what kg reads from it, in a registry of its own,
    with the facts of those kinds only (and of the kinds they need): their facts, the
    entities and mentions as `analyze` gives them (it passes the names step's on as they
    are and adds the entities the facts point to, here those of the kinds read). For a file
    of many one-sentence cases that reads one kind: the other kinds cost ~40% of the CPU."""
    nlp = build_pipeline()
    gazetteer = Gazetteer.load()

    def read(text: str, date: str, *kinds: str) -> Extraction:
        document = Document(id="t", text=text, date=date)
        doc = nlp(text)
        registry = Registry(gazetteer)
        entities, mentions = resolve(doc, document, registry)
        ctx = Context(doc, document, mentions, {e.key: e for e in entities}, gazetteer)
        wanted = set(kinds)
        for kind in reversed(fact_kinds()):  # each kind after those it needs
            if kind.name in wanted:
                wanted.update(kind.needs)
        readings: dict[str, Any] = {}
        facts: dict[str, list[Any]] = {}
        for kind in fact_kinds():
            if kind.name in wanted:
                readings[kind.name] = kind.extract(
                    ctx, **{name: readings[name] for name in kind.needs}
                )
                facts[kind.name] = kind.facts(readings[kind.name])
        ex = Extraction(document, entities, mentions, facts, looked_up=frozenset(ctx.looked_up))
        ex.entities = with_referenced(ex, registry)
        return ex

    return read


@pytest.fixture(scope="module")
def run(extraction: Callable[[str, str], Extraction]) -> Callable[[str], Extraction]:
    """Text → all kg reads from it, in a document of 2024-05-01 (the office and person
    files' reader; a file that needs another date defines its own `run`)."""
    return lambda text: extraction(text, "2024-05-01")


@pytest.fixture(scope="module")
def nlp() -> Language:
    """A pipeline of the file's own (the models behind it load once per process)."""
    return build_pipeline()


@pytest.fixture
def said(analyse: Callable[..., Context]) -> Callable[[str], list[tuple[str, str]]]:
    """Text → (speaker's name, words) of each quote kg reads from it: what the quote
    tests compare."""

    def read(text: str) -> list[tuple[str, str]]:
        ctx = analyse(Document(id="t", text=text))
        return [(ctx.entities[q.speaker].name, q.text) for q in extract_quotes(ctx)]

    return read


@pytest.fixture(scope="session")
def references(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    """Clean builds of the shared corpus (`kg_runs.reference_stores`) by version, made once
    a session: tests copy them rather than build again."""
    return shared_references(tmp_path_factory)
