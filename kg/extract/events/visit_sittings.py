"""A joint body's sitting told as what a visit is made for is the trip's pair's.

"Министр торговли Австралии сообщил, что намерен посетить Китай в феврале для участия в
заседании совместной экономической комиссии" gave no sitting: its body names no states, and
the text told none of it before. A sitting of a joint body (`participants.joint_between`)
of no states of its own that a visit is "для участия в" (`_visit_attended`) is the sitting of
the visit's states, of its status, date and place where it tells none of its own. A later
sitting of that body named by its bare noun ("Последнее заседание комиссии прошло в
Аделаиде в мае 2025 года") is of the same pair, with its own date, status and place, so it
stays another event (the identity rule). Not "заседание правительства" (one state's body),
nor a body a genitive or an adjective names ("комиссии ООН"). Sixty-third pass (h-events226).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.events.hit import Hit
from kg.extract.events.participants import body_after, joint_between
from kg.extract.events.triggers import VISITS
from kg.extract.events.words import is_role
from kg.nlp.deps import preposition

_PART = "участие"


def sittings_of_visits(doc: Doc, hits: list[Hit]) -> None:
    """Give the sittings of no states a visit is made for its states, and the later sittings
    of the same body, named by its noun alone, the same (in text order)."""
    pairs: dict[str, list[str]] = {}  # a body's lemma → the states a visit gave its sitting
    for hit in hits:
        tok = doc[hit.trigger]
        body = body_after(tok) if hit.kind == "Meeting" and is_role(tok, "sitting") else None
        if body is None or hit.states:
            continue
        visit = _visit_attended(tok, hits) if joint_between(tok, body) else None
        if visit is not None and len(visit.states) >= 2:
            _join_visit(hit, visit)
            pairs[body.lemma_] = hit.states
        elif body.lemma_ in pairs and _bare(body):
            hit.states = list(pairs[body.lemma_])


def _visit_attended(sitting: Token, hits: list[Hit]) -> Hit | None:
    """The visit whose trigger, or the word it hangs on ("отправится с визитом"), takes "для
    участия в" the sitting, else None."""
    part = sitting.head
    if preposition(sitting) != "в" or part.lemma_ != _PART or preposition(part) != "для":
        return None
    visits = [h for h in hits if h.kind in VISITS]
    doc = sitting.doc
    return next((h for h in visits if part.head.i in {h.trigger, doc[h.trigger].head.i}), None)


def _join_visit(sitting: Hit, visit: Hit) -> None:
    """The visit's states, and its status, date and place where the sitting tells none."""
    sitting.states = list(visit.states)
    sitting.status = sitting.status or visit.status
    if not sitting.date:
        sitting.date, sitting.yearless = visit.date, visit.yearless
    if not sitting.location:
        sitting.take_place(visit)


def _bare(body: Token) -> bool:
    """A body's noun with no word of its own before or after it ("комиссии"), not one a
    genitive or an adjective names ("комиссии ООН", "правительственной комиссии")."""
    return not any(c.dep_ in {"amod", "nmod"} for c in body.children)
