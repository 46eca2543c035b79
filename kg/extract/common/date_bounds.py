"""Which bound of a span of time a date is, by the preposition before it.

A date after "с" starts something, after "до"/"по" ends it, after "к" is a deadline,
after "на" a term something is made for or the day a plan is for. What a fact makes of
each differs on purpose: an event is not dated by its end ("продлится до 23 июня") nor
by a term's range ("программу на 2025–2030 годы"), while a planned one is by its "на 15
мая"; an agreement is dated by none of them ("программа на 2025–2027 годы", "до 2030
года", "к 2030 году"). And a genitive date with no preposition may date a noun rather than
the clause ("договора 2018 года"): the paper's year, no signing's or event's date.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.doc_text import char_range, doc_text, span_text
from kg.extract.common.dates import DateMention, find_dates
from kg.nlp.deps import has_preposition
from kg.nlp.marks import DASHES_OR_HYPHEN

_BOUNDS = {"с": "start", "со": "start", "до": "end", "по": "end", "к": "deadline", "на": "term"}


Dates = dict[int, tuple[int, DateMention]]  # first token → (end token, the date)


def date_tokens(doc: Doc, text: str, doc_date: str, *, resolved: bool = False) -> Dates:
    """Every date of the document by its first token; with `resolved`, only those with a
    value (a weekday in an undated text has none)."""
    out: Dates = {}
    for d in find_dates(text, doc_date):
        found = char_range(doc, d.start, d.end)
        if found is not None and (d.value or not resolved):
            out[found[0]] = (found[1], d)
    return out


def dated_words(span: Span, doc_date: str) -> set[int]:
    """The tokens of the span's dates, resolved or not ("во вторник", "в конце прошлой недели"):
    words that tell when, not who or what."""
    out: set[int] = set()
    for d in find_dates(span_text(span), doc_date):
        start, end = span.start_char + d.start, span.start_char + d.end
        dated = span.doc.char_span(start, end, alignment_mode="expand")
        out |= {t.i for t in dated or ()}
    return out


def bound(first: Token) -> str:
    """ "start", "end", "deadline" or "term": what the preposition right before a date's
    first word, in its sentence, makes it; "" for none."""
    if first.i <= first.sent.start:
        return ""
    return _BOUNDS.get(first.doc[first.i - 1].lower_, "")


def noun_dated(date: Span) -> Token | None:
    """The noun a date qualifies ("договора 2018 года"), or None where it is a time of the
    clause; one with a preposition is so wherever the parse hangs it ("подписали соглашение
    о торговле в 2012 году")."""
    root = date.root
    timed = has_preposition(root)
    if root.dep_ == "nmod" and root.head.pos_ in ("NOUN", "PROPN") and not timed:
        return root.head
    return None


def is_term_or_limit(first: Token) -> bool:
    """A date that bounds what is done rather than dates it: its end, deadline or term."""
    return bound(first) in ("end", "deadline", "term")


def term_ends(doc: Doc, dates: list[DateMention]) -> list[DateMention]:
    """The two ends of a term something is made for ("программу на 2025–2030 годы"): a
    range after "на", not the date of what is done."""
    out = []
    for a, b in zip(dates, dates[1:], strict=False):
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        if (
            span
            and bound(span[0]) == "term"
            and doc_text(doc)[a.end : b.start].strip() in DASHES_OR_HYPHEN
        ):
            out += [a, b]
    return out
