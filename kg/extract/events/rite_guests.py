"""Guests of an inauguration told in a sentence of their own after it ("На инаугурации
присутствовали главы государств, в том числе президент Нигерии X", "Россию на церемонии
представлял Y"): they and the states they come for take part in the one change of office by
a rite the text told before, which their sentence, naming no one inaugurated, reads as no
event of its own (`careers._guests`). Sixty-ninth pass (h-events263)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.context import Context
from kg.extract.events.fact import Event
from kg.extract.events.frames import state_of
from kg.extract.events.words import is_role
from kg.nlp.deps import SUBJECTS
from kg.nlp.morph import case_of

_RITES = frozenset({"инаугурация", "церемония"})  # where the guests are said to be
_STANDING_FOR = "представлять"  # "Россию на церемонии представлял Y": for that state


def rite_guests(ctx: Context, events: list[Event]) -> None:
    """Adds each later sentence's guests of the rite to the one change of office by a rite
    (an Appointment held at a place) the text told before it, not one of its own sentences;
    none where it told several."""
    rites = [e for e in events if e.kind == "Appointment" and e.location and e.evidence]
    if len(rites) != 1 or rites[0].status != "occurred":
        return
    (rite,) = rites
    told = min(s.start for s in rite.evidence)
    own = [(s.start, s.end) for s in rite.evidence]  # "X присутствовал на инаугурации Y":
    # the guest of a sentence the rite is read from stays its guest only (h-events233)
    for verb in _attending_verbs(ctx, told):
        if any(a <= verb.idx < b for a, b in own):
            continue
        rite.participants = sorted(set(rite.participants) | set(_guests(ctx, verb)))


def _attending_verbs(ctx: Context, after: int) -> list[Token]:
    """The verbs of attending (or of standing for a state) a rite's noun in "на" hangs on,
    in the sentences after the character `after`."""
    return [
        t.head
        for t in ctx.doc
        if t.idx > after
        and t.lemma_ in _RITES
        and case_of(t) == "Loc"
        and any(c.lower_ == "на" for c in t.children)
        and (is_role(t.head, "attend") or t.head.lemma_ == _STANDING_FOR)
    ]


def _guests(ctx: Context, verb: Token) -> list[str]:
    """The persons the verb's subject names (a list "в том числе …" within it too) and their
    states, with the state one stands for ("Россию … представлял Y")."""
    keys: list[str] = []
    for c in verb.children:
        span = (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
        if c.dep_ in SUBJECTS:
            persons = [m.entity for m in ctx.mentions_in(*span, "Person")]
            keys += persons + [s for p in persons if (s := state_of(ctx, p))]
        elif c.dep_ == "obj" and verb.lemma_ == _STANDING_FOR:
            keys += [m.entity for m in ctx.mentions_in(*span, "State")]
    return keys
