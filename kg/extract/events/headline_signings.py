"""A headline's signing told again in the body in other words.

A report's headline names its news in short ("Чили и Перу подписали в Лиме декларацию о
прекращении огня") and the body tells it again in full ("… подписали в столице Перу
декларацию о принципах урегулирования …"): one signing, not two. The headline's paper is
read as the body's where the body signs one paper of the same noun, of the same states, day
and place, so the two hits merge into the body's signing (its label and signers). Sixty-ninth
pass (h-events261).
"""

from __future__ import annotations

from kg.extract.agreements.fusing import headline_end
from kg.extract.context import Context
from kg.extract.events.hit import Hit
from kg.gazetteer import normalize


def headline_papers(ctx: Context, hits: list[Hit]) -> None:
    """Gives a headline's signing the paper of the one body signing it restates (`_restated`),
    so that `_merge` folds the two into the body's."""
    text = ctx.document.text
    end = headline_end(text)
    if end < 0 or text[:end].rstrip().endswith((".", "!", "?")):
        return  # a lead paragraph, not a headline: its signing and a later one may be two
    signings = [h for h in hits if h.kind == "Signing" and h.doc_token >= 0]
    for head in (h for h in signings if ctx.doc[h.trigger].idx < end):
        body = [h for h in signings if ctx.doc[h.trigger].idx > end and _restated(ctx, head, h)]
        if len(body) == 1 and _one_of_its_noun(ctx, body[0]):
            # "… после подписания документа": a bare mention of the headline's paper follows it
            echoes = [h for h in signings if h.paper == head.paper and _bare(h)]
            for h in [head, *echoes]:
                h.paper, h.doc_token, h.document = (
                    body[0].paper,
                    body[0].doc_token,
                    body[0].document,
                )


def _restated(ctx: Context, head: Hit, body: Hit) -> bool:
    """The body's signing is the headline's told again: a paper of the same noun
    ("декларация", "меморандум"), signed by the same states (or by companies, of those
    states where the body names any: `_by_companies`), with no other day, place or status."""
    return (
        ctx.doc[head.doc_token].lemma_ == ctx.doc[body.doc_token].lemma_
        and _same_sides(ctx, head, body)
        and len(set(head.states)) == 2
        and head.status == body.status
        and _agrees(head.date, body.date)
        and _agrees(normalize(head.location), normalize(body.location))
    )


def _same_sides(ctx: Context, head: Hit, body: Hit) -> bool:
    """The headline's two states sign the body's paper: the body names them, or its signers
    are companies the body gives no state beyond them ("Бразилия и Аргентина подписали
    контракт" above "Бразильская компания X и аргентинская Y подписали … контракт"). Seventieth
    pass (h-events265)."""
    states, told = set(head.states), set(body.states)
    return told == states or told < states and _by_companies(ctx, body)


def _by_companies(ctx: Context, body: Hit) -> bool:
    """The signing verb's subject names an organization ("Корейская компания KHNP и чешская
    …"), not a state or a person."""
    verb = ctx.doc[body.trigger]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb.pos_ == "VERB" else []
    spans = [
        (min(t.idx for t in s.subtree), max(t.idx + len(t) for t in s.subtree)) for s in subjects
    ]
    return any(ctx.mentions_in(start, end, "Organization") for start, end in spans)


def _bare(hit: Hit) -> bool:
    """A signing that names no one and no time of its own: a mention of one told already."""
    return not (hit.persons or hit.dated_by_text or hit.status)


def _agrees(a: str, b: str) -> bool:
    """One value told by both, or by one of them only."""
    return not a or not b or a == b


def _one_of_its_noun(ctx: Context, body: Hit) -> bool:
    """The body signs no second paper of that noun ("подписали декларацию о мире и
    декларацию о торговле"): which of them the headline names is not known."""
    paper = ctx.doc[body.doc_token]
    return not any(t.dep_ == "conj" and t.lemma_ == paper.lemma_ for t in paper.subtree)
