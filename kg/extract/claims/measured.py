"""What a figure measures by its own words: a list item's, a gapped pair's, a count of times.

The metric of the figure that opens a gapped list, for the items after it ("импорт — 1,5
млрд"), of a gapped "N из M" and the place it is of, the words a multiplier verb adds
("увеличить вдвое"), and the act a count of times counts ("18 раз участвовал"), beside what
`metrics` reads from the measured nouns of the clause.

Split out of extract.py (forty-fifth pass, h-split49)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.extract.claims.changes import _grown, gapped_goods, priced, unconceded_words
from kg.extract.claims.gapping import elided_unit, list_item, listed_metric
from kg.extract.claims.metrics import _metric, granted_part
from kg.extract.claims.parse import around, clause_before, root
from kg.extract.claims.phrases import noun_phrase
from kg.extract.claims.shares import part_of
from kg.extract.claims.times import frequency, times_metric
from kg.extract.common.numbers import CLAIM_KINDS, Quantity
from kg.extract.context import Context
from kg.nlp.morph import is_verb_form

# "в 3-[4 раза]", "в [3]-4 раза": a range of ratios, whose parts read as counts of times
_RATIO = re.compile(
    r"(?<![а-яё])во?[ \u00a0]+(?:\d+(?:[.,]\d+)?[ \u00a0]*[-\u2013\u2014][ \u00a0]*)?$"
)


def _listed(
    ctx: Context, q: Quantity, found: list[Quantity], sent: Span
) -> tuple[list[Token], Quantity] | None:
    """The words of the gapped list item `q` ends (`gapping.list_item`) and the figure that
    opens the list, back over the items before it ("Экспорт … составил 2 млрд долларов,
    импорт — 1,5 млрд, инвестиции — 0,5 млрд": the export's); None for no such item."""
    figures = [p for p in found if p.kind in CLAIM_KINDS and p.start >= sent.start_char]
    item = list_item(ctx, figures[-1], q) if figures else []
    if not item:
        return None
    k = len(figures) - 1
    while k > 0 and list_item(ctx, figures[k - 1], figures[k]):
        k -= 1
    return item, figures[k]


def item_metric(
    ctx: Context, item: tuple[list[Token], Quantity] | None, sent: Span,
    metric: tuple[str, str, str] | None,
) -> tuple[str, str, str] | None:  # fmt: skip
    """The metric of a gapped list item's figure (`gapping.listed_metric`), by the metric of
    the list's first figure; `metric` itself for no item."""
    if item is None:
        return metric
    return listed_metric(ctx, item[0], _first_metric(ctx, item[1], sent), metric)


def _first_metric(
    ctx: Context, first: Quantity, sent: Span
) -> tuple[tuple[str, str, str], list[Token]] | None:
    """The metric of the figure that opens a list, by its own words, with the words of its
    clause before it (`gapping.listed_metric`)."""
    tokens, after = around(ctx, sent, first)
    clause = clause_before(tokens)
    unit = first.unit or ("раз" if first.multiplier else "")
    words = (unconceded_words(ctx, first, sent, clause), unconceded_words(ctx, first, sent, after))
    metric = _measured(ctx, first, unit, words, None)
    return None if metric is None else (metric, tokens)


def gapped_pair_metric(
    ctx: Context, pair_gap: tuple[Quantity, Quantity | None, list[Token]], sent: Span
) -> tuple[str, str, str] | None:
    """The metric of a figure of a gapped "N из M" (`gapping.gapped_pair`): the metric of the
    first pair's figure in its place, read by that figure's own words, of the gapped pair's
    place ("голоса за соглашение" → "голоса за соглашение в верхней палате", "депутаты" →
    "депутаты в верхней палате")."""
    mate, total, scope = pair_gap
    tokens, after = around(ctx, sent, mate)
    words = (
        unconceded_words(ctx, mate, sent, clause_before(tokens)),
        unconceded_words(ctx, mate, sent, after),
    )
    metric = _measured(ctx, mate, mate.unit, words, total)
    if metric is None:
        return None
    name, key, unit = metric
    return _of_place(name, [t.text for t in scope]), _of_place(key, [t.lemma_ for t in scope]), unit


def _of_place(metric: str, place: list[str]) -> str:
    """`metric` of the gapped pair's `place`, which takes the place of one the first pair's
    metric names by the same preposition ("места в Сейме" → "места в сенате")."""
    words = metric.split()
    at = max((k for k, w in enumerate(words) if k and w == place[0].lower()), default=len(words))
    return " ".join([*words[:at], *place])


def verb_figure(ctx: Context, q: Quantity) -> list[Token]:
    """A multiplier told by a verb is a word of its clause too: what a wish aims at ("мы
    хотим его удвоить") or a plan ("утроят экспорт")."""
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    return [t for t in span or () if is_verb_form(t)]


def _measured(
    ctx: Context,
    q: Quantity,
    unit: str,
    words: tuple[list[Token], list[Token]],
    total: Quantity | None,
    thing: Token | None = None,
) -> tuple[str, str, str] | None:
    """(name, lemma key, unit) of what `q`, no count of times, measures by its own words,
    before the figures around it are asked: what a change changes, the part of a total, else
    `_metric`; `words` are its clause before it and the words after it."""
    clause, after = words
    if thing is not None:
        return (*noun_phrase(ctx, thing), unit)
    goods = gapped_goods(ctx, q) or priced(ctx, q) if q.kind == "change" else None
    if goods is not None:
        return (*goods, unit)
    grown = _grown(ctx, q) if q.kind == "change" else None
    if grown is not None:
        return (*noun_phrase(ctx, grown), unit)
    if total and (total.unit or not q.unit) and not elided_unit(total.unit):
        return part_of(ctx, q, clause, total)
    return granted_part(ctx, q, unit, words) or _metric(ctx, q, unit, clause, after)


def counts_times(ctx: Context, q: Quantity) -> bool:
    """ "18 раз участвовал", "дважды": a count of times, not a part of the ratio "в 3-4 раза"."""
    if q.unit != "раз" or q.multiplier:
        return False
    return _RATIO.search(ctx.document.text, max(0, q.start - 20), q.start) is None


def _times(ctx: Context, q: Quantity) -> tuple[str, str] | None:
    """The act a count of times counts (times.py); a rate ("два раза в неделю") is none."""
    if frequency(ctx.document.text, q.end):
        return None
    token = root(ctx, q.start, q.end)
    return None if token is None else times_metric(token)
