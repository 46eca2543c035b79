"""The state of persons named after a plural "коллеги" of a state ("со своими филиппинскими
коллегами X и Y", "с коллегами из Перу X и Y"): each name is of that state. Which office
each holds is not told (two ministers and two colleagues may pair either way), so they
take the state alone; a singular colleague takes the office too (`_colleague` in
kg/resolve/given.py). A profession of a state ("с японскими журналистами X и Y") gives
none, as the singular "японским журналистом X" does not (`is_trade`)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.nlp.marks import DASHES
from kg.nlp.morph import features

_PEERS = frozenset({"коллега"})  # a plural person noun whose state is the names' own
_JOINS = frozenset({"и", ","})  # between the listed names


def colleague_states(doc: Doc, persons: list[tuple[int, int]]) -> dict[int, str]:
    """Each name's state key by its first token, for the names right after a plural
    colleague of one state and those "и" or commas join to them."""
    ends = {s.end: s for s in doc.spans.get("states", []) if s.kb_id_.startswith("state/")}
    out: dict[int, str] = {}
    carried: tuple[int, str] | None = None  # the end of the last name given one, its state
    for start, end in sorted(persons):
        if carried is not None and _joined(doc, carried[0], start):
            state = carried[1]
        else:
            state = _peers_state(doc, start, ends)
        if state:
            out[start] = state
        carried = (end, state) if state else None
    return out


def _joined(doc: Doc, end: int, start: int) -> bool:
    """Whether only "и" and commas stand between a name ending at `end` and one at `start`."""
    return end < start and all(t.lower_ in _JOINS for t in doc[end:start])


def _peers_state(doc: Doc, start: int, ends: dict[int, Span]) -> str:
    """The one state of the plural colleague right before the name at `start`: its
    adjective ("филиппинскими коллегами X") or a genitive after "из" ("коллегами из Перу
    X"), also across a dash or colon ("коллегами — X и Y"); "" where there is none."""
    if start > 0 and (doc[start - 1].text in DASHES or doc[start - 1].text == ":"):
        start -= 1
    span = ends.get(start)
    if span is not None and span.start >= 2 and doc[span.start - 1].lower_ == "из":
        return span.kb_id_ if _plural_peer(doc[span.start - 2]) else ""
    if start < 2 or not _plural_peer(doc[start - 1]):
        return ""
    adjective = ends.get(start - 1)
    return adjective.kb_id_ if adjective is not None and adjective.id_ == "adjective" else ""


def _plural_peer(token: Token) -> bool:
    """Whether the token is a plural "коллеги"."""
    return token.lemma_ in _PEERS and features(token, "Number") == ("Plur",)
