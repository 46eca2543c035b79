"""The state of a post "свой" owns: "Алжир отозвал своего посла во Франции X" is Algeria's
ambassador, as "свой" refers to the clause's subject; the names step gives the holder that
state (`kg.resolve.given`), the offices extractor the holding (sixty-second pass,
h-names138)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.resolve.given_agreement import GivenOffice
from kg.resolve.given_appointments import appointer_state
from kg.resolve.title_lexicon import Title

# How far up the parse a post's noun may hang below its clause's verb ("объявил об отзыве
# своего посла": the noun of the act, then the verb).
_UP = 3


def own_states(doc: Doc, given: dict[int, GivenOffice]) -> dict[int, GivenOffice]:
    """`given` with each post of no state or body that "свой" owns ("своего посла во
    Франции X") given the state of its clause's subject, a state or a title naming one
    ("Алжир отозвал …", "президент Чили отозвал …": `appointer_state`); unchanged where the
    subject names none (a person's state is the offices extractor's: `owning_verb`). A post
    with its own state stays ("Франция вызвала посла Алжира X": Algeria's)."""
    out = dict(given)
    for start, g in given.items():
        verb = None if g.state or g.title.foreign else owning_verb(doc, g.title)
        state = appointer_state(doc, verb) if verb is not None else ""
        if state:
            out[start] = replace(g, state=state, title=replace(g.title, state=state))
    return out


def owning_verb(doc: Doc, title: Title) -> Token | None:
    """The verb of the clause whose subject "свой" before the title's noun refers to, up its
    heads through a noun or two ("отозвал своего посла", "объявил об отзыве своего посла");
    None where no "свой" owns the title or no verb is near."""
    token = doc[title.head]
    if not any(c.lemma_ == "свой" and c.i < token.i for c in token.children):
        return None
    for _ in range(_UP):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ == "VERB":
            return token
    return None
