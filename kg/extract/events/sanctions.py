"""Sanctions one state imposes on another, on its officials or on its companies
("Министерство финансов США ввело санкции против трёх чиновников Никарагуа"; CAMEO 163).

Its participants are its two roles, both states, and no others:
- who imposes them: the subject of the verb whose object "санкции" is, a body or a person
  for its state ("Министерство финансов США" → the US), else a state the noun's genitive
  names ("санкции Японии против …");
- whom they are against: the states named in "против …" or "в отношении …" of the noun or
  its verb, the state of the officials or companies named there ("против чиновников
  Никарагуа", "в отношении трёх банков Ирана" → Nicaragua, Iran).
Only verbs of imposing (`event_kinds.tsv`: "ввести", "наложить", "расширить") tell the
kind: a lifting ("отменил санкции") is left out, as a verb "санкционировать" ("санкционировал
арест") is no sanctions at all. Sixty-sixth pass (h-events248).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.nlp.deps import fixed_preposition
from kg.nlp.morph import case_of

if TYPE_CHECKING:
    from kg.extract.events.acts import ActReader
    from kg.extract.events.hit import Hit

SANCTIONS = "Sanctions"
_AGAINST = frozenset({"против"})
_REGARD = frozenset({("в", "отношение")})  # "в отношении X", parsed as one preposition


def read_sanctions(reader: ActReader, tok: Token, hit: Hit, anchors: list[Token]) -> bool:
    """Fills who imposes the sanctions and on whom; False unless both are states and differ."""
    heads = [tok, *anchors[:1]]
    words = [w for h in heads for w in _against(reader, h)]
    targets = list(dict.fromkeys(s for w in words for s in _states_in(reader, w)))
    imposers = _imposers(reader, tok, anchors)
    imposer = next((s for s in imposers if s not in targets), "")
    targets = [s for s in targets if s != imposer]
    if not imposer or not targets:
        return False
    hit.agent = imposer
    hit.states = [imposer, *targets]
    return True


def _against(reader: ActReader, head: Token) -> list[Token]:
    """The words naming whom sanctions are against: "против X", "в отношении X" (parsed as
    one preposition or as the noun "отношении" with X in its genitive), "на X" in the
    accusative ("наложила санкции на Мьянму")."""
    words = []
    for c in head.children:
        prep = reader.prep_of(c)
        on = prep == "на" and case_of(c) == "Acc"
        if prep in _AGAINST or on or fixed_preposition(c, _REGARD):
            words.append(c)
        elif prep == "в" and c.lemma_ == "отношение":
            words += [x for x in c.children if x.dep_ == "nmod"]
    return words


def _states_in(reader: ActReader, word: Token) -> list[str]:
    """The states a target phrase names, or those its persons and bodies act for."""
    keys = (m.entity for x in word.subtree for m in reader.by_token.get(x.i, ()))
    return list(dict.fromkeys(s for k in keys if (s := acting_state(reader, k))))


def _imposers(reader: ActReader, tok: Token, anchors: list[Token]) -> list[str]:
    """The states that impose: the verb's subject's, else the noun's genitive state."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else (anchors[0] if anchors else None)
    found = reader.subject_mentions(verb, climb=False) if verb is not None else []
    states = [s for k in found if (s := acting_state(reader, k))]
    if states:
        return states
    owners = [
        c
        for c in tok.children
        if c.dep_ == "nmod" and case_of(c) == "Gen" and not reader.prep_of(c)
    ]
    keys = [m.entity for c in owners for m in reader.by_token.get(c.i, ())]
    return [s for k in keys if (s := acting_state(reader, k))]


def acting_state(reader: ActReader, key: str) -> str:
    """A state itself, or the state a body or a person acts for."""
    state = key if key.startswith("state/") else reader.state_of(key)
    return state if state.startswith("state/") else ""
