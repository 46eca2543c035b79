"""Who a summit's sides send, told in a clause of its own: "Делегацию ЕС возглавила X,
Сербию представлял Y" (or "…, Аргентину — Z") right after the summit, or in its sentence.

The parse hangs such clauses on one another in many ways (the subject of one on the verb of
the next), so each is read as written: a stretch between commas with a verb of representing
(`represent` in `event_words.tsv`), or of leading a delegation, names the side (a state, or a
union of states) and the persons who act for it; a stretch with no verb right after one such
stretch is its ellipsis ("Аргентину — президент Хавьер Милей").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.context import Context
from kg.extract.events.fact import Event
from kg.extract.events.words import is_role
from kg.model import Mention
from kg.nlp.morph import features

GATHERINGS = frozenset({"Summit", "Forum"})


def told_sides(ctx: Context, events: list[Event]) -> None:
    """Adds to each summit or forum the sides and their persons that the clauses of its own
    sentences, or the sentence right after, tell ("Японию представлял премьер-министр X")."""
    for event in events:
        if event.kind not in GATHERINGS:
            continue
        starts: dict[int, Span] = {}
        for span in event.evidence:
            sent = ctx.sentence_at(span.start)
            if sent is None:
                continue
            starts[sent.start] = sent
            if sent.end < len(ctx.doc):
                starts.setdefault(sent.end, ctx.doc[sent.end].sent)
        keys = [k for s in starts.values() for k in _sides_in(ctx, s)]
        event.participants = sorted(set(event.participants) | set(keys))


def _sides_in(ctx: Context, sent: Span) -> list[str]:
    """The sides and persons of the sentence's clauses of representing."""
    keys: list[str] = []
    told = False  # the stretch before told one side: a stretch with no verb is its ellipsis
    for stretch in _stretches(sent):
        verbs = [t for t in stretch if t.pos_ in {"VERB", "AUX"}]
        represents = any(_represents(t, stretch) for t in verbs)
        if not represents and (verbs or not told):
            told = False
            continue
        found = _side_and_persons(ctx, stretch)
        told = bool(found)
        keys += found
    return keys


def _stretches(sent: Span) -> list[list[Token]]:
    """The sentence cut at its commas and semicolons."""
    out: list[list[Token]] = [[]]
    for t in sent:
        if t.text in {",", ";"}:
            out.append([])
        elif not t.is_punct or t.text in {"—", "-"}:
            out[-1].append(t)
    return [s for s in out if s]


def _represents(verb: Token, stretch: list[Token]) -> bool:
    """ "представлял", or "возглавил" with a delegation in its stretch."""
    if is_role(verb, "represent"):
        return True
    return verb.lemma_ in {"возглавить", "возглавлять"} and any(
        is_role(t, "party") for t in stretch
    )


def _side_and_persons(ctx: Context, stretch: list[Token]) -> list[str]:
    """The one state or union of states a stretch says is represented (the object in the
    accusative, "Сербию", or the delegation's, "делегацию ЕС", "японскую делегацию") and the
    persons it names; none where it names no person, or no such side, or two ("председатель
    Еврокомиссии" is the person's title, not the side)."""
    start, end = stretch[0].idx, stretch[-1].idx + len(stretch[-1])
    mentions = ctx.mentions_in(start, end)
    persons = [m.entity for m in mentions if m.type == "Person"]
    first = {t.idx for t in stretch}
    sides = {
        m.entity
        for m in mentions
        if (m.type == "State" or ctx.gazetteer.is_union(m.entity))
        and m.start in first
        and _represented(ctx, m)
    }
    if not persons or len(sides) != 1:
        return []
    return [*sides, *persons]


def _represented(ctx: Context, mention: Mention) -> bool:
    """The verb's direct object ("Сербию представлял", "Аргентину — Z" hung on the verb
    before), or a delegation's state ("делегацию ЕС"): an accusative after a preposition or
    under another noun is what a plan is about ("представил план поставок на Украину")."""
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    if is_role(tok.head, "party") and tok.head != tok:
        return True
    return (
        features(tok, "Case") == ("Acc",)
        and tok.head.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ == "case" for c in tok.children)
    )
