"""The end of a predecessor's post: the one a successor replaced on it ("Он сменил на этом
посту Y", "X сменил на посту посла Y") held it until the successor took it, so where the text
gives the successor's start, the predecessor's term ends then. Sixty-third pass, h-names141
(own sentences about Peru, Uruguay, Paraguay)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.context import Context
from kg.extract.offices.fact import OfficeHolding
from kg.gazetteer import post_key
from kg.resolve.given import replacing_verb


def replaced_ends(ctx: Context, rows: list[OfficeHolding]) -> list[OfficeHolding]:
    """Each past holding of the text with no end whose name a past verb of replacing on a
    post takes (`_replaced`) ended at the start the text gives the one other person holding
    that post of that state now; the rows as they are where none or two such starts are
    told, or the predecessor's own start is later."""
    taken: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for h in rows:
        if h.basis == "text" and not h.past and h.start and h.state:
            taken.setdefault((post_key(h.office), h.state), set()).add((h.person, h.start))
    out = []
    for h in rows:
        starts = {s for p, s in taken.get((post_key(h.office), h.state), ()) if p != h.person}
        end = starts.pop() if len(starts) == 1 else ""
        if end and h.past and not h.end and h.start <= end and _replaced(ctx, h):
            h = replace(h, end=end)
        out.append(h)
    return out


def _replaced(ctx: Context, holding: OfficeHolding) -> bool:
    """Whether a span the holding is told by is the object of a past verb of replacing on
    a post (`replacing_verb`: "сменил на этом посту Y", "сменил на посту посла Y")."""
    for e in holding.evidence:
        span = ctx.doc.char_span(e.start, e.end, alignment_mode="expand")
        verb = replacing_verb(ctx.doc, span.start, span.end) if span is not None else None
        if verb is not None and "Past" in verb.morph.get("Tense"):
            return True
    return False
