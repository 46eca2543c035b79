"""The version of kg's extraction: a digest of the code and data that documents' graphs and
the entity graph are computed from.

A store records the version that last read its documents (`KgStore.extraction`), beside
the database and not in the quads (a document's content hash says which text it read, the
exported quads stay those of the text alone). A build by another version (kg upgraded, a
lexicon or gazetteer of kg's edited) reads every document again, as `--rebuild` does,
instead of keeping facts this kg would not extract (`kg.build`).

The digest covers every file under kg/ but bytecode, documentation and the modules that only
read a built store or talk to the user (`kg serve`, `kg viz`, the CLI, exports, queries,
validation, evaluation, the gazetteers' generators; the derived graph has its own version,
`kg.derived`), the ontology the events' kinds are read from, and the versions of the
installed packages whose models and dictionaries the pipeline runs (spaCy, natasha, slovnet,
navec, pymorphy3 and its dictionary, razdel), read from their installed metadata's folder
names: ~250 files, ~14 ms CPU to read and hash. A build with nothing to do asks for it before
spaCy is imported, so it is kept in the cache folder (`kg.tablecache`) under the files' paths,
sizes and modification times, which take ~2 ms to list. Computed once per process: a
watching build (`kg build --watch`) keeps running the code it imported, whatever the files
become.
"""

from __future__ import annotations

import functools
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from kg.resources import ONTOLOGY_DIR
from kg.tablecache import cached, digest

_ROOT = Path(__file__).resolve().parent
# Bytecode; readers of a built store; the canned queries and ontology of a wheel (the
# ontology is hashed on its own, from where it is read)
_SKIPPED_FOLDERS = frozenset({"__pycache__", "serve", "viz", "queries", "ontology"})
# Modules no document's or entity's graph is computed by
_SKIPPED_FILES = frozenset({
    "cli.py", "choices.py", "export.py", "evaluate.py", "push.py", "validate.py", "sparql.py",
    "table.py", "watch.py", "progress.py", "progress_bar.py", "sandbox.py", "derived.py",
})  # fmt: skip
_GENERATOR = re.compile(r"build_\w+\.py|.*\.md")  # kg/data's generators, documentation
# The packages whose models and dictionaries the pipeline runs, as their metadata folders
# name them ("spacy-3.8.18.dist-info")
_MODELS = re.compile(
    r"(spacy|natasha|slovnet|navec|pymorphy3|pymorphy3_dicts_ru|razdel)-[^-]+\.dist-info",
    re.IGNORECASE,
)


@functools.cache
def extraction_version() -> str:
    """The digest of kg's extraction code and data (each file's path and text) and of the
    models' package versions."""
    files = [*_files(), ONTOLOGY_DIR / "bilateral.ttl"]
    listing = [f"{p} {s.st_size} {s.st_mtime_ns}" for p in files for s in [p.stat()]]
    models = _model_packages()
    return cached("extraction-version", [*listing, *models], lambda: _digest(files, models))


def _digest(files: list[Path], models: list[str]) -> str:
    return digest([*(item for p in files for item in (_name(p), _text(p))), *models])


def _name(path: Path) -> str:
    """A file's name in the digest, the same in a source checkout and an installed wheel
    (which packs the ontology inside the package)."""
    if path.parent == ONTOLOGY_DIR:
        return f"ontology/{path.name}"
    return path.relative_to(_ROOT).as_posix()


def _files() -> Iterator[Path]:
    """kg's files, in an order that does not depend on the file system."""
    for folder, folders, files in os.walk(_ROOT):
        folders[:] = sorted(set(folders) - _SKIPPED_FOLDERS)
        top = Path(folder) == _ROOT
        for name in sorted(files):
            if not (top and name in _SKIPPED_FILES) and not _GENERATOR.fullmatch(name):
                yield Path(folder) / name


def _model_packages() -> list[str]:
    """The installed versions of the models' packages, each the first the import path finds,
    as an import does (~1 ms: one listing of each folder of the path, not importlib.metadata's
    ~20 ms); another copy further down the path is shadowed and not read."""
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            with os.scandir(entry or ".") as listing:
                names = sorted(e.name.lower() for e in listing if _MODELS.fullmatch(e.name))
        except OSError:  # a zip, a missing folder
            continue
        for name in names:
            found.setdefault(name.split("-", 1)[0], name)
    return sorted(found.values())


def _text(path: Path) -> str:
    return path.read_text("utf-8", "surrogateescape")  # any bytes: a stray binary file too
