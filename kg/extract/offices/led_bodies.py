"""A body named as led by a name: "Национальный союз горняков Чили (НСГ) во главе с Карлосом
Мендосой", "Профсоюз «Портовики» под руководством Марии Сото": the name's office is the
body's head ("глава"), of that body (pass forty-six, h-offices54; own sentences about Chile,
Estonia). Not a delegation or a state ("Делегация Перу во главе с X": no organization), nor a
name with a title of its own after the phrase ("во главе с премьером X")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.context import Context
from kg.model import Mention
from kg.nlp.headed_by import group_led, headed_by
from kg.resolve.given_agreement import GivenOffice, given_by_title
from kg.resolve.title_lexicon import Title


def led_bodies(ctx: Context, names: dict[int, int]) -> list[tuple[int, GivenOffice]]:
    """(name's first token, office) for each name right after "во главе с"/"под
    руководством" that an organization's name (its abbreviation in brackets after it) comes
    right before: the head's office of that organization."""
    doc = ctx.doc
    out = []
    found: dict[int, Mention] = {}  # the organization's mention whose name ends at a token
    for start, end in names.items():
        headed = headed_by(doc, doc[start:end], lambda k: _org_ending(ctx, k, found),
                           lambda k: _abbreviated(ctx, k))  # fmt: skip
        if headed is None or headed.phrase.end != start:  # (no possessive before a name)
            continue
        span, org = headed.body, found[headed.body.end]
        if not _leads(headed.phrase[0], span):
            continue
        last = doc[start - 1]
        title = Title(span.start, start, "глава", "", org.entity, foreign=True,
                      start_char=org.start, end_char=last.idx + len(last), case="Ins",
                      head=span.root.i)  # fmt: skip
        name_end = doc[end - 1]
        out.append((start, given_by_title(title, org.start, name_end.idx + len(name_end), True)))
    return out


def _org_ending(ctx: Context, end: int, found: dict[int, Mention]) -> Span | None:
    """The span of the organization whose name (no abbreviation's) ends at token `end`, its
    mention kept in `found` under `end`."""
    doc = ctx.doc
    end_char = doc[end - 1].idx + len(doc[end - 1])
    orgs = [
        m
        for m in ctx.mentions_in(doc[0].idx, end_char, "Organization")
        if m.end == end_char and m.via != "abbreviation"
    ]
    if not orgs:
        return None
    found[end] = orgs[-1]
    return doc.char_span(orgs[-1].start, orgs[-1].end, alignment_mode="expand")


def _leads(first: Token, span: Span) -> bool:
    """The phrase hangs on the body's name, or on the common noun the name is of
    ("Профсоюз «Портовики» под руководством X"), the name no preposition's object ("Учёные из
    Университета Чили под руководством X": the scholars are led); "во главе" the parse
    reads as no word's preposition follows the name (the parse hangs it on the verb)."""
    root = span.root
    if any(c.dep_ == "case" and c.i < span.start for c in root.children):
        return False
    if group_led(span):
        return False
    if first.lemma_ == "под":
        head = first.head.head  # "под" → "руководством" → what it hangs on
    elif first.dep_ == "case":
        head = first.head
    else:
        return True
    return span.start <= head.i < span.end or root.head.i == head.i


def _abbreviated(ctx: Context, i: int) -> bool:
    """The token is (in) an organization's abbreviation ("(НСГ)")."""
    t = ctx.doc[i]
    return any(m.via == "abbreviation" for m in ctx.mentions_in(t.idx, t.idx + len(t)))
