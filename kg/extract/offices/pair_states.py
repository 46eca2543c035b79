"""The states of persons a title of "двух стран" gives one office ("Документ подписали
министры энергетики двух стран X и Y"): the title names neither's state, and the order of
the names tells nothing. Where the document names just that pair of states and a source
tells one person's state (an earlier title of theirs with a state, the gazetteer's term of
that office: `_stated`, `_state_of` in extract.py), the other holds the office of the other
state of the pair; else both stay stateless (fifty-first pass, h-offices62). A capital the
states table names ("прибыл в Вильнюс") names its state for the pair (fifty-second pass,
h-offices63)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from kg.doc_text import doc_text
from kg.extract.common.named_states import states_named
from kg.extract.context import Context, fact_key
from kg.extract.offices.fact import OfficeHolding
from kg.gazetteer import capital_in_any_case, normalize
from kg.resolve.pair_words import both_word


def pair_states(ctx: Context, holdings: list[OfficeHolding]) -> list[OfficeHolding]:
    """The holdings, each stateless one of a "двух стран" title whose other holder's state a
    source tells given the pair's other state."""
    text = doc_text(ctx.doc)
    groups: dict[tuple[int, str], list[int]] = {}  # (title's start, office) → holdings
    for n, h in enumerate(holdings):
        for span in h.evidence if h.basis == "text" and not h.past else ():
            if of_two_states(ctx.doc, span.start, span.end):
                groups.setdefault((span.start, normalize(h.office)), []).append(n)
    if not groups:
        return holdings
    pair = {s for s in states_named(ctx, 0, len(text)) if s.startswith("state/")}
    pair |= _capitals(ctx)
    if len(pair) != 2:
        return holdings
    out = list(holdings)
    for ns in groups.values():
        if len({holdings[n].person for n in ns}) != 2 or len(ns) != 2:
            continue
        told = [holdings[n].state for n in ns]
        for n, mine, theirs in ((ns[0], told[0], told[1]), (ns[1], told[1], told[0])):
            if mine or theirs not in pair:
                continue
            (state,) = pair - {theirs}
            h = holdings[n]
            out[n] = replace(
                h, state=state, key=fact_key("office", h.person, normalize(h.office), state)
            )
    return out


def of_two_states(doc: Doc, start: int, end: int) -> bool:
    """Whether the title in `doc` at [start, end) is of "двух стран" (`both_word`): each
    holder serves one of the pair, so no one place the sentence is set in is both's state."""
    if start >= end:  # a title after its name ("X, бывший министр …, а ныне сенатор")
        return False  # gives its name's span backwards: no words, as the text's slice had
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(both_word(t) for t in span)


def _capitals(ctx: Context) -> set[str]:
    """The states whose capitals the document names ("прибыл в Вильнюс", "В Аммане министры
    …"), by the states table's capitals: a visit's place is one of the pair as its state's
    name would be, also one the dictionary misreads in an oblique case ("в Кампале":
    `capital_in_any_case`). Not a word the tagger reads as a person's name."""
    gaz = ctx.gazetteer
    return {
        key
        for t in ctx.doc
        if t.text[:1].isupper() and t.ent_type_ != "PER"
        and (key := capital_in_any_case(gaz, t))
    }  # fmt: skip
