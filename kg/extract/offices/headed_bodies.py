"""A body a name heads by a verb ("Хуан Перес возглавляет Центральный банк Чили",
"возглавлял чилийский МИД с 2010 по 2014 год", "возглавил компанию «Андес»"): the name's
office is the body's head ("глава"), of that body, now held or recounted as the verb tells
(h-offices51, the forty-fifth pass; own sentences about Chile and Peru)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from kg.extract.context import Context
from kg.nlp.deps import negated, told_ahead
from kg.resolve.given_across import role_word
from kg.resolve.given_agreement import GivenOffice, given_by_title
from kg.resolve.given_appointments import recounted
from kg.resolve.title_lexicon import Title

_HEADING = frozenset(["возглавлять", "возглавить"])
# How a body's name hangs on its common noun ("компанию «Андес»", "банк LATAM").
_NAMING = frozenset(["appos", "flat", "flat:name", "nmod"])
# What one leads for a time, no body one holds a post of ("возглавлял делегацию Чили").
_GATHERINGS = frozenset(["делегация", "список", "колонна", "шествие", "процессия", "рейтинг"])


def headed_bodies(ctx: Context, names: dict[int, int]) -> list[tuple[int, GivenOffice]]:
    """(name's first token, office) for each organization a verb of heading, whose subject
    the name is, takes as its object, itself or by its common noun: the head's office of it,
    past where the verb recounts it ("возглавлял"); none where the verb is denied or tells
    what is yet to come ("возглавит")."""
    doc = ctx.doc
    orgs: dict[int, tuple[Span, str]] = {}  # an organization's root token → its span, key
    for m in ctx.mentions:
        if m.type != "Organization":
            continue  # the span of an organization's name alone, as the loop reads no other
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            orgs.setdefault(span.root.i, (span, m.entity))
    out = []
    for start, end in names.items():
        role = role_word(doc, start, end)
        verb = role.head
        if role.dep_ != "nsubj" or verb.lemma_ not in _HEADING:
            continue
        if negated(verb) or told_ahead(verb):
            continue
        # the object, or a second subject after the verb the parser made of it ("X на данный
        # момент возглавляет Центральный банк Чили": "банк" read nsubj)
        objects = [
            c
            for c in verb.children
            if c.lemma_ not in _GATHERINGS
            and (c.dep_ == "obj" or (c.dep_ == "nsubj" and role.i < verb.i < c.i))
        ]
        for obj in objects:
            named = [orgs[c.i] for c in obj.children if c.i in orgs and c.dep_ in _NAMING]
            found = orgs.get(obj.i) or (named[0] if named else None)
            if found is None:
                continue
            span, key = found
            lo, hi = min(obj.i, span.start), max(obj.i + 1, span.end)
            last = doc[hi - 1]
            title = Title(lo, hi, "глава", "", key, foreign=True, start_char=doc[lo].idx,
                          end_char=last.idx + len(last), case="Acc", head=obj.i)  # fmt: skip
            given = given_by_title(title, min(doc[start].idx, title.start_char), title.end_char,
                                   not recounted(verb))  # fmt: skip
            out.append((start, replace(given, verb=verb.i)))
    return out
