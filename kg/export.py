"""`kg export`: the store's quads in an RDF format, written into whatever `-o` names.

Formats come from pyoxigraph, except JSON-LD, which rdflib compacts against kg's
prefixes (`"@type": "bro:Event"` rather than full IRIs). RDF/XML is XML 1.0, which
cannot hold most C0/C1 control characters even escaped; text read from the web may
carry them, so such a graph is written as XML 1.1 with character references, which
pyoxigraph reads back exactly (expat, and so rdflib, reads only XML 1.0).

A regular file is replaced atomically (a reader never sees half a graph); a FIFO, a
character device or a symlink to one is written into as a stream, like stdout.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO

from pyoxigraph import Literal, Quad, RdfFormat, Triple, serialize

from kg.errors import KgError, UsageError, disk_error

EXIT_CANTCREAT = 73  # the output file cannot be created (sysexits.h)
EXIT_IOERR = 74  # writing it failed (disk full, I/O error)
EXPORT_FORMATS = {
    "turtle": RdfFormat.TURTLE,
    "trig": RdfFormat.TRIG,
    "nquads": RdfFormat.N_QUADS,
    "ntriples": RdfFormat.N_TRIPLES,
    "jsonld": RdfFormat.JSON_LD,
    "rdfxml": RdfFormat.RDF_XML,
}
# XML 1.1 "restricted characters": legal only as character references
_RESTRICTED = re.compile(rb"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x84\x86-\x9f]")


def format_for(fmt: str | None, output: Path | None) -> str:
    """The export format: `--format`, else the extension of `-o` (`x.nq` → nquads), else
    Turtle. A `--format` that contradicts a known extension is a usage error."""
    by_extension = None
    if output is not None and output.suffix:
        known = RdfFormat.from_extension(output.suffix[1:].lower())
        by_extension = next((n for n, f in EXPORT_FORMATS.items() if f == known), None)
    if fmt and by_extension and fmt != by_extension:
        raise UsageError(
            f"--format {fmt} contradicts the extension of {output} ({by_extension}); "
            "drop --format or change the extension"
        )
    return fmt or by_extension or "turtle"


def serialize_quads(
    quads: list[Quad], output: IO[bytes], fmt: str, prefixes: dict[str, str]
) -> None:
    """Writes `quads` as `fmt`; formats without named graphs get the union of the triples."""
    if fmt == "jsonld":
        output.write(_compacted_jsonld(quads, prefixes))
        return
    rdf_format = EXPORT_FORMATS[fmt]
    data: Iterable[Quad] | Iterable[Triple] = (
        quads
        if rdf_format.supports_datasets
        else dict.fromkeys(Triple(q.subject, q.predicate, q.object) for q in quads)
    )
    text = serialize(data, None, rdf_format, prefixes=prefixes) or b""
    if fmt == "rdfxml":
        text = _xml_1_1_if_needed(text, quads)
    output.write(text)


def _compacted_jsonld(quads: list[Quad], prefixes: dict[str, str]) -> bytes:
    import rdflib

    dataset = rdflib.Dataset()
    dataset.parse(data=serialize(quads, None, RdfFormat.N_QUADS) or b"", format="nquads")
    text = dataset.serialize(format="json-ld", context=prefixes, auto_compact=True, indent=1)
    return text.encode("utf-8")


def _xml_1_1_if_needed(text: bytes, quads: list[Quad]) -> bytes:
    """pyoxigraph writes control characters as they are, which no XML 1.0 parser accepts."""
    if not _RESTRICTED.search(text):
        return text
    if any(isinstance(q.object, Literal) and "\x00" in q.object.value for q in quads):
        raise KgError("a literal holds U+0000, which no XML can carry; export N-Quads or Turtle")
    declaration = b'<?xml version="1.0" encoding="UTF-8"?>'
    if not text.startswith(declaration):
        raise RuntimeError("pyoxigraph's RDF/XML no longer starts with the XML declaration")
    body = _RESTRICTED.sub(lambda m: f"&#x{ord(m.group().decode()):x};".encode(), text)
    return b'<?xml version="1.1" encoding="UTF-8"?>' + body[len(declaration) :]


def write_output(output: Path | None, produce: Callable[[IO[bytes]], object]) -> None:
    """Runs `produce` against `output`: stdout when None; a regular file (or a new one, or
    one a symlink points to) replaced atomically; any other target (FIFO, character device)
    written into. A stream gets a spooled copy, so a slow reader of a pipe never holds the
    store (`produce` reads it) open."""
    if output is None:
        try:
            _spooled(produce, None)
        except OSError as exc:
            if exc.errno == errno.EPIPE:
                raise  # `kg export | head`: the CLI ends quietly
            failure = disk_error(exc) or KgError(f"cannot write: {exc.strerror}", EXIT_IOERR)
            raise failure from None
        return
    try:
        mode = os.stat(output).st_mode  # follows symlinks: what the data will land in
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise KgError(f"cannot write {output}: {exc.strerror}", EXIT_CANTCREAT) from None
    if mode is not None and stat.S_ISDIR(mode):
        raise KgError(f"cannot write {output}: it is a folder", EXIT_CANTCREAT)
    if mode is not None and not stat.S_ISREG(mode):
        try:
            _spooled(produce, output)
        except OSError as exc:
            raise KgError(f"cannot write {output}: {exc.strerror}", EXIT_IOERR) from None
        return
    _replace_atomically(Path(os.path.realpath(output)), produce, shown=output)


def _replace_atomically(target: Path, produce: Callable[[IO[bytes]], object], shown: Path) -> None:
    folder = target.parent
    if not folder.is_dir():
        raise KgError(f"cannot write {shown}: no folder {folder}", EXIT_CANTCREAT)
    try:
        fd, name = tempfile.mkstemp(
            dir=folder, prefix=f".{target.name}.{os.getpid()}.", suffix=".part"
        )
    except OSError as exc:
        raise KgError(f"cannot write {shown}: {exc.strerror}", EXIT_CANTCREAT) from None
    partial = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            produce(handle)
        if target.exists():
            shutil.copymode(target, partial)  # the replaced file's permissions stay
        else:
            os.chmod(partial, 0o666 & ~_umask())
        partial.replace(target)
    except OSError as exc:
        code = EXIT_IOERR if disk_error(exc) is not None else EXIT_CANTCREAT
        raise KgError(f"cannot write {shown}: {exc.strerror}", code) from None
    finally:
        partial.unlink(missing_ok=True)


def _spooled(produce: Callable[[IO[bytes]], object], target: Path | None) -> None:
    """Produces into a temporary file, then opens `target` (None: stdout) and copies: the
    store is read and released before a FIFO's reader is waited for, and a failure leaves
    the target untouched."""
    with tempfile.TemporaryFile() as spool:
        produce(spool)
        spool.seek(0)
        if target is None:
            shutil.copyfileobj(spool, sys.stdout.buffer)
            sys.stdout.buffer.flush()
            return
        with open(target, "wb") as sink:
            shutil.copyfileobj(spool, sink)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
