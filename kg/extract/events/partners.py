"""The other side of talks, a meeting or a call met "с" by its state's role ("встретился с
президентом Вьетнама", "затем с премьер-министром Вьетнама"): two holders of one state's
roles met are two meetings, though the text names neither and the states are the same.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from spacy.tokens import Token

from kg.extract.events.hit import Hit
from kg.extract.events.words import is_role
from kg.model import Mention
from kg.nlp.deps import preposition
from kg.nlp.morph import features
from kg.resolve.title_lexicon import TITLES

# Titles of no one role: "лидер" may be a president or a premier, "председатель" of anything.
_ANY_ROLE = frozenset({("лидер",), ("председатель",)})
_LONGEST = max(len(k) for k in TITLES)


def state_role(title: Token) -> str:
    """The state role a title from `title` on names ("президентом" head_of_state, "главой
    МИД" foreign_minister, "премьер-министром" head_of_government), "" for any other word
    or a title of either role ("лидером")."""
    doc = title.doc
    words = tuple(t.lemma_.replace("ё", "е") for t in doc[title.i : title.i + _LONGEST])
    for n in range(len(words), 0, -1):
        if words[:n] in TITLES and words[:n] not in _ANY_ROLE:
            return TITLES[words[:n]][1]
    return ""


def titled_partners(
    tok: Token, anchors: list[Token], state_at: Callable[[Token], str]
) -> list[str]:
    """ "state|role" of each side met "с" by a state role's title with its state ("с
    президентом Вьетнама", "с египетским премьер-министром", also one coordinated after
    another), on the trigger or its verb."""
    met = _met_with(_heads(tok, anchors))
    met += [c for m in met for c in m.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    out: list[str] = []
    for title in met:
        owners = (c for c in title.children if c.dep_ in {"nmod", "amod"})
        state = next((s for c in owners if (s := state_at(c))), "")
        if state and (role := state_role(title)):
            out.append(f"{state}|{role}")
    return sorted(set(out))


def partners_apart(a: Hit, b: Hit) -> bool:
    """Whether two mentions met holders of other roles of one state ("с президентом
    Вьетнама", "с премьер-министром Вьетнама"): two events; a mention that names no such
    title ("встреча с вьетнамским лидером") tells nothing apart."""
    if not a.partners or not b.partners or set(a.partners) & set(b.partners):
        return False
    return bool({p.split("|")[0] for p in a.partners} & {p.split("|")[0] for p in b.partners})


def met_one_by_one(
    tok: Token, anchors: list[Token], by_token: Mapping[int, Sequence[Mention]]
) -> list[str]:
    """The persons a meeting's "с" names each by a phrase of its own joined by "и" ("Охеда
    встретился с министром иностранных дел Перу X и министром обороны Перу Y"): met one
    after another, two meetings, as "с президентом …, затем с премьер-министром …" are. []
    for fewer than two, a phrase naming no one or several ("с делегацией"), or one the
    sentence tells met at one table (`together`: "совместно", "вместе", "с ними обоими"),
    or one of three or more sides (`sides_many`: "провёл трёхстороннюю встречу с X и Y";
    seventy-second pass, h-events274). Seventieth pass (h-events266)."""
    heads = _heads(tok, anchors)
    met = _met_with(heads)
    if len(met) != 1 or any(is_role(t, "together") for h in heads for t in h.subtree):
        return []
    if any(c.dep_ == "amod" and is_role(c, "sides_many") for c in tok.children):
        return []
    phrases = [met[0], *(c for c in met[0].children if c.dep_ == "conj" and c.pos_ == "NOUN")]
    later = {t.i for p in phrases[1:] for t in p.subtree}
    out: list[str] = []
    for n, phrase in enumerate(phrases):
        words = [t for t in phrase.subtree if n or t.i not in later]
        named = {m.entity for t in words for m in by_token.get(t.i, ()) if m.type == "Person"}
        if len(named) != 1:
            return []
        out += named
    return out if len(set(out)) > 1 else []


def _heads(tok: Token, anchors: list[Token]) -> list[Token]:
    """The trigger and its verb, where a meeting's "с" hangs."""
    return list(dict.fromkeys([tok, *anchors[:1]]))


def _met_with(heads: list[Token]) -> list[Token]:
    """The phrases "с" + instrumental on `heads`: whom the meeting met ("с президентом X")."""
    return [
        c
        for h in heads
        for c in h.children
        if preposition(c) == "с" and features(c, "Case") == ("Ins",)
    ]
