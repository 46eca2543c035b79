"""A document graph's quads indexed once for the folds of the derived graph that read it
(`kg.holding_fold`, `kg.event_fold`): by predicate, and its typed nodes by class. One pass
over a graph's quads costs ~7 ms per 100 NEREL documents in Python (each term read makes an
object), so the folds share this one instead of scanning the graph twice each. `DocumentFold`
is what the three folds (claims, holdings, events) share: which documents they saw, and
whether they can stand for the store's SELECTs."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, Triple

from kg.rdf import RDF

Term = NamedNode | BlankNode | Literal  # an object a fold keeps (a quoted triple: none)
Subject = NamedNode | BlankNode | Triple


class GraphIndex:
    """One document graph's quads, by predicate; its `rdf:type` quads' subjects by class."""

    def __init__(self, quads: Iterable[Quad]) -> None:
        self.typed: dict[object, list[Subject]] = {}
        self.by_predicate: dict[NamedNode, list[Quad]] = {}
        self.quoted = False  # some object is a quoted triple: never kg's writing
        for q in quads:
            p = q.predicate
            if p == RDF.type:
                self.typed.setdefault(q.object, []).append(q.subject)
            else:
                self.by_predicate.setdefault(p, []).append(q)

    def of_class(self, cls: NamedNode) -> list[Subject]:
        """The nodes typed `cls`, once each."""
        return list(dict.fromkeys(self.typed.get(cls, ())))

    def triples(
        self, subjects: Collection[object], predicates: Iterable[NamedNode]
    ) -> dict[object, dict[NamedNode, set[Term]]]:
        """The objects of `subjects` by predicate, for `predicates` (`quoted` set when one is
        a quoted triple, which is left out)."""
        out: dict[object, dict[NamedNode, set[Term]]] = {}
        if not subjects:
            return out
        for p in predicates:
            for q in self.by_predicate.get(p, ()):
                if (s := q.subject) in subjects:
                    if isinstance(o := q.object, Triple):
                        self.quoted = True
                        continue
                    out.setdefault(s, {}).setdefault(p, set()).add(o)
        return out


class DocumentFold:
    """The documents a fold of the derived graph was given, each to be seen once: a document
    written twice replaced its first graph, which the fold cannot take back."""

    def __init__(self) -> None:
        self.documents: set[str] = set()
        self.valid = True  # false once a document was given twice, or a graph kg never writes
        # the strings kept, one object per value (`kept`)
        self._strings: dict[str, str] = {}

    def kept(self, value: str) -> str:
        """`value` as the one string the fold keeps for it: metrics, units, states' IRIs,
        document ids and dates recur over the rows, each read from a quad as a new string.
        The fold's own table, not `sys.intern`'s: the interpreter's table of interned strings
        never shrinks, and the ~4,000 distinct values of a 400-document build resized it in
        the `--jobs` parent (a 1.9 MB table in place of a 1 MB one, for the rest of the
        build); this one goes with the fold (`let_go`)."""
        return self._strings.setdefault(value, value)

    def seen(self, doc_id: str) -> None:
        """Counts `doc_id` given (a second time makes the fold stand for nothing)."""
        if doc_id in self.documents:  # its second write replaced the first: not folded
            self.valid = False
        self.documents.add(doc_id)

    def covers(self, documents: Iterable[str]) -> bool:
        """Whether the fold saw exactly these documents, each once."""
        return self.valid and self.documents == set(documents)

    def let_go(self) -> None:
        """What the fold gathered let go once the finish has read it (it stands for nothing
        after): its containers emptied, so the derived graph's write reuses their memory."""
        for value in vars(self).values():
            if isinstance(value, dict | set):
                value.clear()
        self.valid = False
