"""A state closes its border, or checkpoints on it, with another ("Правительство Литвы
накануне закрыло два пункта пропуска на границе с Белоруссией", "Польша закрыла границу с
Белоруссией", "Пакистан закрыл КПП Торхам на границе с Афганистаном"): kind BorderClosure
(`event_kinds.tsv`: a verb or noun of closing with a word of a border or a checkpoint beside
it).

Its participants are the state that closes and the state across the border, and no others:
the verb's subject's state ("Правительство Литвы"), the states the border's or checkpoint's
words name ("на границе с Белоруссией", "литовско-белорусскую границу"); fewer than two
tell none ("закрыла пункт выдачи", "граница закрыта на ремонт"). A border told closed as a
state since a time ("граница закрыта для грузовиков с 2023 года") is no closure told now.
A single checkpoint's own name is the event's place ("КПП Торхам": Торхам). Seventieth
pass (h-events267).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.events.linking import unique
from kg.extract.events.sanctions import acting_state
from kg.nlp.deps import preposition

if TYPE_CHECKING:
    from kg.extract.events.acts import ActReader
    from kg.extract.events.hit import Hit

BORDER_CLOSURE = "BorderClosure"
_SINCE = frozenset({"с", "со"})  # "закрыта с 2023 года": a state since then
_CHECKPOINTS = frozenset({"пункт", "кпп", "погранпереход"})  # a named one is its place


def read_border_closure(reader: ActReader, tok: Token, hit: Hit, anchors: list[Token]) -> bool:
    """Fills the two states the border lies between; False unless there are two, or where
    the border is told closed since a time."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else (anchors[0] if anchors else None)
    if verb is not None and _closed_since(verb):
        return False
    doers = reader.subject_mentions(verb, climb=False) if verb is not None else []
    states = [s for k in doers if (s := acting_state(reader, k))]
    words = [w for c in tok.children for w in c.subtree]
    keys = [m.entity for w in words for m in reader.by_token.get(w.i, ())]
    states = unique(states + [s for k in keys if (s := acting_state(reader, k))])
    if len(states) < 2:
        return False
    hit.states = states
    return True


def checkpoint_name(tok: Token) -> Token | None:
    """The own name of the one checkpoint closed ("КПП Торхам", "пункт пропуска
    «Мядининкай»"), its place; None for the border or several checkpoints."""
    closed = [c for c in tok.children if c.dep_ in {"obj", "nmod", "nsubj:pass"}]
    points = [c for c in closed if c.lemma_ in _CHECKPOINTS and _one(c)]
    names = [a for p in points[:1] for a in p.children if a.dep_ == "appos"]
    names = [a for a in names if a.pos_ == "PROPN"]
    return names[0] if len(points) == 1 and len(names) == 1 and _one(names[0]) else None


def _one(word: Token) -> bool:
    """A singular word neither counted ("два пункта") nor joined to others ("«Валка» и
    «Айнажи»")."""
    many = any(c.dep_.startswith("nummod") or c.dep_ == "conj" for c in word.children)
    return "Plur" not in word.morph.get("Number") and not many


def _closed_since(verb: Token) -> bool:
    """A short participle told with "с" a time ("граница закрыта с 2023 года"): how long it
    has stood closed, not a closing told now."""
    short = "Short" in verb.morph.get("Variant") or verb.pos_ == "ADJ"
    timed = any(
        preposition(c) in _SINCE and any(t.like_num for t in c.subtree) for c in verb.children
    )
    return short and timed
