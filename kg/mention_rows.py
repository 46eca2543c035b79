"""Each document's `mentions` rows, kept as written bytes beside its graph.

`kg query mentions` read every row's terms out of the store: a per-document query (~0.26 ms
to parse and plan, then a scan and join per graph) and, per row, strings read back from
RocksDB (h-perf75, h-perf77). What a document's graph gives that query is fixed when the
graph is written, so the build writes it too: one `bro:mentionRows` literal on the document,
in its graph (the same write, so no reader sees one without the other), holding the rows'
document-local cells as Oxigraph's TSV writes them (`entity`, `type`, `start`, `end`,
`text`, `via`), one row a line, in the query's order. The cells that depend on other
documents or on the graph's name (the entity's `name` from the derived graph, the `doc`
cell as the id map gives it) are put in when read, as the per-document path already does.

The rows are computed by the canned query's join, over the graph's own quads: every
mention (`?m a` one of its three classes) × its entities × its selectors × their starts,
ends and texts × its `via`s (none: one row, `via` unbound), sorted by start, end and entity.
A graph whose rows the query's sort would leave tied (two rows with the same start, end
and entity: their order is then Oxigraph's, not a rule), or whose offsets are not
canonical integers, gets no literal, and is read by the query (`kg.sparql`), as is a graph
of a store built before this (or pushed, or changed by a user's update, which drops every
literal: `KgStore.update`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import product

from pyoxigraph import Literal, NamedNode, Quad

from kg.rdf import BRO, OA, RDF, XSD

# The literal's first line: rows of another layout (a later kg) are not read, but queried.
VERSION = "kg-mention-rows/1"
_TYPES = {
    BRO.PersonMention: '"Person"',
    BRO.StateMention: '"State"',
    BRO.OrganizationMention: '"Organization"',
}
_TSV_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\t": "\\t", "\n": "\\n", "\r": "\\r"})
_TSV_UNESCAPE = re.compile(rb"\\(.)")
_UNESCAPED = {b"\\": b"\\", b'"': b'"', b"t": b"\t", b"n": b"\n", b"r": b"\r"}


def tsv_string(value: str) -> str:
    """A plain string literal's TSV cell, as Oxigraph writes it."""
    return '"' + value.translate(_TSV_ESCAPES) + '"'


def rows_literal(quads: Iterable[Quad]) -> str | None:
    """The `bro:mentionRows` value of one document graph's quads; None when the query's
    order of its rows is not fixed by its keys, or a term is not of the kind the shapes
    give it (an entity IRI, canonical integer offsets, an xsd:string text, a literal via)."""
    terms: dict[object, dict[object, list]] = defaultdict(lambda: defaultdict(list))
    for q in dict.fromkeys(quads):  # a graph is a set
        # each `q.predicate` makes a new term object: read once (~0.015 s per 100 documents)
        predicate = q.predicate
        if predicate in _READ and (predicate != RDF.type or q.object in _TYPES):
            terms[predicate][q.subject].append(q.object)
    try:
        rows = sorted(_rows(terms))
    except _Unkept:
        return None
    if any(a[:3] == b[:3] for a, b in zip(rows, rows[1:], strict=False)):
        return None
    return "\n".join([VERSION, *(row[3] for row in rows)])


_READ = {RDF.type, BRO.refersTo, OA.hasSelector, BRO.via, OA.start, OA.end, OA.exact}


class _Unkept(Exception):
    """A term the kept rows cannot hold as the query writes it."""


def _rows(terms: dict[object, dict[object, list]]) -> Iterator[tuple[int, int, str, str]]:
    """The query's join of one graph's terms: (start, end, entity IRI, the kept line)."""
    entities, selectors, vias = terms[BRO.refersTo], terms[OA.hasSelector], terms[BRO.via]
    starts, ends, texts = terms[OA.start], terms[OA.end], terms[OA.exact]
    for mention, kinds in terms[RDF.type].items():
        via_cells = [_via(v) for v in vias.get(mention, ())] or [""]
        for entity, sel in product(entities.get(mention, ()), selectors.get(mention, ())):
            if not isinstance(entity, NamedNode):
                raise _Unkept
            spans = product(starts.get(sel, ()), ends.get(sel, ()), texts.get(sel, ()))
            for start, end, text in spans:
                first, last, exact = _integer(start), _integer(end), _text(text)
                for kind, via in product(kinds, via_cells):
                    line = "\t".join(
                        (str(entity), _TYPES[kind], start.value, end.value, exact, via)
                    )
                    yield first, last, entity.value, line


def _via(term: object) -> str:
    if not isinstance(term, Literal):
        raise _Unkept
    return tsv_string(term.value)  # STR(?v)


def _text(term: object) -> str:
    if not (isinstance(term, Literal) and term.datatype == XSD.string):
        raise _Unkept
    return tsv_string(term.value)


def _integer(term: object) -> int:
    """An xsd:integer literal's value when written canonically (its TSV cell is then its
    lexical form, and the query sorts it by that value)."""
    if not (isinstance(term, Literal) and term.datatype == XSD.integer):
        raise _Unkept
    try:
        value = int(term.value)
    except ValueError:
        raise _Unkept from None
    if str(value) != term.value:
        raise _Unkept
    return value


def stored_rows(value: str) -> list[list[bytes]] | None:
    """The rows' cells (entity, type, start, end, text, via: TSV cells) of a
    `bro:mentionRows` value; None when it is not of this layout."""
    data = value.encode()
    head, _, body = data.partition(b"\n")
    if head != VERSION.encode():
        return None
    rows = [line.split(b"\t") for line in body.split(b"\n")] if body else []
    return rows if all(len(row) == 6 for row in rows) else None


def tsv_value(cell: bytes) -> bytes:
    """A TSV cell's lexical form: an IRI without its brackets, a string unquoted and
    unescaped, an integer as it is, an unbound cell empty."""
    if cell[:1] == b"<":
        return cell[1:-1]
    if cell[:1] == b'"':
        inner = cell[1:-1]
        if b"\\" in inner:
            return _TSV_UNESCAPE.sub(lambda m: _UNESCAPED[m.group(1)], inner)
        return inner
    return cell


_CSV_QUOTED = re.compile(rb'[,"\r\n]')


def csv_cell(cell: bytes) -> bytes:
    """A TSV cell as Oxigraph's CSV writes the same term: an IRI bare (even with a comma),
    a literal's lexical form, quoted (its quotes doubled) when it holds a comma, a quote or
    a line break."""
    if cell[:1] == b"<":
        return cell[1:-1]
    value = tsv_value(cell)
    if _CSV_QUOTED.search(value):
        return b'"' + value.replace(b'"', b'""') + b'"'
    return value


def with_rows(quads: list[Quad]) -> list[Quad]:
    """A document graph's quads (`kg.rdf.extraction_quads`) and its `bro:mentionRows`,
    when its rows have a fixed order and it names one document."""
    documents = [q for q in quads if q.predicate == BRO.docId]
    value = rows_literal(quads) if len(documents) == 1 else None
    if value is None:
        return quads
    doc = documents[0]
    return [*quads, Quad(doc.subject, BRO.mentionRows, Literal(value), doc.graph_name)]
