"""Helpers for end-to-end tests that run the real `kg` command: a generated corpus of small
Russian documents (real NLP, but fast) and snapshots of a store's quads.

Kept apart from the tests so `bench/robustness.py` can reuse them.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pyoxigraph import Literal, NamedNode, Quad

from kg.cli import run as run_kg
from kg.entity_records import record_quads
from kg.model import Entity
from kg.rdf import BRO, CONTENT_HASH, DERIVED_GRAPH, ENTITY_GRAPH, doc_graph, doc_iri
from kg.store import KgStore, _doc_id

if TYPE_CHECKING:
    import pytest

    from kg.mention_counts import Select

ROOT = Path(__file__).resolve().parents[1]
KG = [sys.executable, "-c", "from kg.entry import main; main()"]
DOCS = 10  # documents in the generated corpus the end-to-end tests share

# (state in the genitive, leader, leader's surname, capital in the prepositional)
_STATES = [
    ("России", "Владимир Путин", "Путин", "Москве"),
    ("Казахстана", "Касым-Жомарт Токаев", "Токаев", "Астане"),
    ("Белоруссии", "Александр Лукашенко", "Лукашенко", "Минске"),
    ("Узбекистана", "Шавкат Мирзиёев", "Мирзиёев", "Ташкенте"),
    ("Таджикистана", "Эмомали Рахмон", "Рахмон", "Душанбе"),
    ("Азербайджана", "Ильхам Алиев", "Алиев", "Баку"),
    ("Китая", "Си Цзиньпин", "Си Цзиньпин", "Пекине"),
    ("Турции", "Реджеп Тайип Эрдоган", "Эрдоган", "Анкаре"),
]
_FIELDS = ["энергетики", "образования", "транспорта", "сельского хозяйства", "культуры"]


def document_text(i: int, version: int = 0) -> str:
    """Document `i` of the generated corpus: a visit between two states, a signed agreement,
    a trade figure and a quote. `version` 1 adds a closing sentence that names no one, so
    both versions describe the same entities while their graphs differ."""
    a = _STATES[i % len(_STATES)]
    b = _STATES[(i * 3 + 1) % len(_STATES)]
    if a == b:
        b = _STATES[(i + 1) % len(_STATES)]
    field = _FIELDS[i % len(_FIELDS)]
    day = 1 + i % 27
    text = (
        f"Переговоры лидеров {a[0]} и {b[0]}\n\n"
        f"{day} марта 2023 года президент {a[0]} {a[1]} прибыл с официальным визитом "
        f"в {b[3]}, где провёл переговоры с президентом {b[0]} {b[1]}.\n"
        f"Стороны подписали соглашение о сотрудничестве в области {field}.\n"
        f"Товарооборот между странами в 2022 году превысил {i + 2} млрд долларов.\n"
        f"«Мы договорились удвоить торговлю к 2030 году», — заявил {a[2]}.\n"
    )
    if version:
        text += "Следующая встреча запланирована на осень.\n"
    return text


def write_corpus(folder: Path, n: int, version: int = 0) -> Path:
    """Writes documents 0..n-1 as doc00.txt… (ids sort in corpus order)."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"doc{i:02d}.txt").write_text(document_text(i, version), encoding="utf-8")
    return folder


def dated_corpus(folder: Path, texts: Sequence[str]) -> Path:
    """Writes each of `texts` as d0.txt… under a title and a date line (March 2024), the
    small corpora the build's fold tests compare `--jobs 1` and `--jobs 2` on."""
    folder.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(texts):
        (folder / f"d{i}.txt").write_text(f"Новости\ndate 2024-03-0{i % 9 + 1}\n{text}\n", "utf-8")
    return folder


def rebuilt_over_stored(
    folder: Path,
    texts: Sequence[str],
    monkeypatch: pytest.MonkeyPatch,
    spy: Callable[[], list[Any]],
) -> tuple[list[Any], Path, Path]:
    """Builds the first three of `texts` into two stores (`--jobs 1` and `--jobs 2`), adds
    the rest and rebuilds both, the derived graph flushed every two documents: what each
    whole derivation was given (`spy` sets up the recording, after the first builds), and
    the two stores. The fold tests' must-not: documents stored before were never folded, so
    no fold stands for them."""
    import kg.derived
    from kg.build import run_build  # the NLP stack: only for the tests that build

    corpus = dated_corpus(folder / "corpus", texts[:3])
    one, two = folder / "one", folder / "two"
    run_build([corpus], one, jobs=1)
    run_build([corpus], two, jobs=2)
    dated_corpus(corpus, texts)
    monkeypatch.setattr(kg.derived, "FLUSH_EVERY", 2)
    given = spy()
    run_build([corpus], one, jobs=1, rebuild=True)
    run_build([corpus], two, jobs=2, rebuild=True)
    return given, one, two


def kg(
    *args: object, timeout: float = 120, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """The real command in a child process, as a user runs it."""
    return subprocess.run(
        [*KG, *map(str, args)], env=env(), capture_output=True, text=True, timeout=timeout, cwd=cwd
    )


def start_kg(*args: object) -> subprocess.Popen[str]:
    """`kg` started in the background (stdout and stderr piped)."""
    return subprocess.Popen(
        [*KG, *map(str, args)],
        env=env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def python_prints(code: str) -> list[str]:
    """The words a new interpreter running `code` prints (kg importable as in a build)."""
    done = subprocess.run([sys.executable, "-c", code], env=env(), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def graphs(store: Path) -> dict[str, frozenset[str]]:
    """Every graph's quads as N-Quads lines, by document id ("" for the entity graph)."""
    with KgStore.open_read(store) as kg_store:
        quads: list[Quad] = list(kg_store.db)
    out: dict[str, set[str]] = {}
    for q in quads:
        key = "" if q.graph_name == ENTITY_GRAPH else _doc_id(q.graph_name)
        out.setdefault(str(key), set()).add(str(q))
    return {k: frozenset(v) for k, v in out.items()}


def nquads(store: Path) -> list[str]:
    """The store's whole content as sorted N-Quads lines, read in this process: comparing
    two stores needs no `kg export` process (each a Python start and kg's imports)."""
    with KgStore.open_read(store) as kg_store:
        return sorted(str(q) for q in kg_store.db)


def build_here(
    store: Path, paths: Sequence[object], capsys: pytest.CaptureFixture[str], *options: str
) -> str:
    """`kg build` in this process, asserting it exits 0 and built every document it read;
    its stdout. For tests of what a build writes, not of its process: a `kg` process costs
    Python's start and kg's imports."""
    capsys.readouterr()
    assert run_kg(["build", *map(str, paths), "--store", str(store), *options]) == 0
    out = capsys.readouterr().out
    assert " 0 failed" in out, out
    return out


def query_json(
    store: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> tuple[list[str], list[dict[str, str]]]:
    """`kg query NAME --format json` run in this process (a test of a table's rows needs no
    fresh interpreter): its variables and each row's values by variable."""
    capsys.readouterr()
    assert run_kg(["--store", str(store), "query", name, "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    rows = [{k: v["value"] for k, v in row.items()} for row in out["results"]["bindings"]]
    return out["head"]["vars"], rows


def build(store: Path, paths: Sequence[object], *options: str) -> subprocess.CompletedProcess[str]:
    """`kg build`, asserting it exits 0, built every document it read, and printed no
    traceback."""
    result = kg("build", *paths, "--store", store, *options)
    assert result.returncode == 0 and " 0 failed" in result.stdout, result.stderr
    assert "Traceback" not in result.stderr
    return result


_REFERENCES: dict[tuple[Path, int, int], tuple[Path, float]] = {}


def reference_stores(base: Path, n: int, versions: Sequence[int] = (0, 1)) -> dict[int, Path]:
    """Clean builds of the generated corpus, one store per version under `base` (a
    session-wide folder), built once per test session and in parallel: several test
    modules compare against them."""
    todo = [v for v in versions if (base, n, v) not in _REFERENCES]
    started = time.monotonic()
    runs = {}
    for v in todo:
        corpus = write_corpus(base / f"corpus-{n}-v{v}", n, v)
        store = base / f"clean-{n}-v{v}"
        shutil.rmtree(store, ignore_errors=True)
        runs[v] = (store, start_kg("build", corpus, "--store", store))
    for v, (store, run) in runs.items():
        out, err = run.communicate(timeout=300)
        assert run.returncode == 0 and " 0 failed" in out, err
        _REFERENCES[(base, n, v)] = (store, time.monotonic() - started)
    return {v: _REFERENCES[(base, n, v)][0] for v in versions}


def shared_references(factory: object) -> dict[int, Path]:
    """`reference_stores` of the shared corpus in the session's temporary folder
    (`factory` is pytest's tmp_path_factory)."""
    base = factory.getbasetemp() / "kg-references"  # type: ignore[attr-defined]
    base.mkdir(exist_ok=True)
    return reference_stores(base, DOCS)


def reference_seconds(base: Path, n: int, version: int = 0) -> float:
    """Wall time the reference build of `version` took (with its sibling running beside it)."""
    return _REFERENCES[(base, n, version)][1]


def copy_store(source: Path, target: Path) -> Path:
    """A closed store copied file by file: a second store in the same state."""
    shutil.copytree(source, target)
    return target


@contextmanager
def refused_port() -> Iterator[int]:
    """A loopback port held bound but not listening: a connection to it is refused, and no
    other process (a server of a test on another worker) can take it meanwhile."""
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        yield held.getsockname()[1]


def listening_port(process: subprocess.Popen[bytes], seconds: float = 20) -> int:
    """The loopback TCP port `process`, a server told to bind port 0, listens on (read from
    /proc): a port picked beforehand and released could be taken by another test worker."""
    deadline = time.monotonic() + seconds
    while True:
        assert process.poll() is None, f"the server exited with {process.returncode}"
        if port := _listening(_socket_inodes(process.pid)):
            return port
        assert time.monotonic() < deadline, f"nothing listening after {seconds} s"
        time.sleep(0.05)


def _socket_inodes(pid: int) -> set[str]:
    fds = Path(f"/proc/{pid}/fd")
    links = set()
    for fd in fds.iterdir():
        try:
            links.add(os.readlink(fd))
        except OSError:  # closed meanwhile
            continue
    return {link[len("socket:[") : -1] for link in links if link.startswith("socket:[")}


def _listening(inodes: set[str]) -> int | None:
    """The port of the first listening IPv4 socket among `inodes` (/proc/net/tcp: state 0A
    is LISTEN, the local address is HEX-IP:HEX-PORT, the inode is the tenth field)."""
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if fields[3] == "0A" and fields[9] in inodes:
            return int(fields[1].rsplit(":", 1)[1], 16)
    return None


def person_naming_document(doc_id: str, person: str, name: str) -> list[Quad]:
    """A document graph whose only news is a person's name (its record): the quads a test
    adds a fact of that person to."""
    g, doc = doc_graph(doc_id), doc_iri(doc_id)
    return [
        Quad(doc, CONTENT_HASH, Literal(f"{doc_id}:{name}"), g),
        Quad(doc, BRO.docId, Literal(doc_id), g),
        *record_quads(g, [Entity(person, "Person", name)]),
    ]


def renamed_person_cells(
    store: Path,
    monkeypatch: pytest.MonkeyPatch,
    document: Callable[[str, str, bool], list[Quad]],
    fact: NamedNode,
    cell: NamedNode,
    fact_quads: Callable[[Select], list[Quad]],
) -> None:
    """A fact told by document "a" alone, whose person two later documents ("b", "c": the
    `document`s without the fact) name otherwise: the entity graph takes their name, and
    the update of the derived graph rewrites the fact's `cell`, as deriving it from
    scratch (`fact_quads`) does."""
    from kg import derived

    updates: list[int] = []
    update = derived._update
    monkeypatch.setattr(derived, "_update", lambda *a: updates.append(1) or update(*a))

    def names(kg: KgStore) -> list[str]:
        return [q.object.value for q in kg.quads(fact, cell, None, DERIVED_GRAPH)]

    with KgStore.open_write(store) as kg:
        kg.replace_document("a", document("a", "Ана", True))
        derived.refresh_derived(kg)
        assert names(kg) == ["Ана"]
        derived.track_changes(kg, rebuild=False)
        for doc_id in ("b", "c"):
            kg.replace_document(doc_id, document(doc_id, "Бора", False))
        derived.refresh_derived(kg)
        assert updates and names(kg) == ["Бора"]
        assert set(kg.quads(fact, None, None, DERIVED_GRAPH)) == set(fact_quads(kg.select))
