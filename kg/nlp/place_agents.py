"""A passive's agents the parser hung on the place told before them.

"В Сантьяго Аргентиной и Боливией подписано соглашение", "Вчера в столице Чили Египтом и
Иорданией подписан меморандум": slovnet's parser hangs the instrumental names on the place
before them ("Сантьяго", "столице"), as its nmod or apposition, so no reader finds the
passive's agents: the paper is left with no sides, or with a place read from the names. A
place does not govern a bare instrumental name; a passive verb takes it as its agent. Where
a name in the instrumental with no preposition of its own hangs on a locative after
"в"/"во"/"на", and that locative on a passive verb, the name is set on the verb as its
`obl:agent` (its conjuncts go with it). A common noun is left as read ("в торговле нефтью":
a noun of action governs its instrumental). Sixtieth pass (h-agreements67).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp.morph import features

if TYPE_CHECKING:
    from spacy.tokens import Doc

_LOCATIVE_PREPOSITIONS = frozenset({"в", "во", "на"})
_HUNG = frozenset({"nmod", "appos"})


def mend_place_agents(doc: Doc, idx: list[int], heads: list[int], deps: list[str]) -> None:
    """Sets, in `heads` and `deps`, each instrumental name of the sentence of tokens `idx` hung
    on a place of a passive verb on that verb as its agent (module doc)."""
    for n in idx:
        if deps[n] not in _HUNG or doc[n].pos_ != "PROPN":
            continue
        if features(doc[n], "Case") != ("Ins",) or _has_preposition(n, idx, heads, deps):
            continue
        place = heads[n]
        if not _place_of_passive(doc, place, idx, heads, deps):
            continue
        heads[n], deps[n] = heads[place], "obl:agent"


def _place_of_passive(
    doc: Doc, place: int, idx: list[int], heads: list[int], deps: list[str]
) -> bool:
    """Whether `place` is a locative after "в"/"во"/"на" the sentence's passive verb takes
    as its oblique ("в Сантьяго … подписано")."""
    if deps[place] != "obl" or features(doc[place], "Case") != ("Loc",):
        return False
    opened = any(
        heads[c] == place and deps[c] == "case" and doc[c].lower_ in _LOCATIVE_PREPOSITIONS
        for c in idx
    )
    verb = doc[heads[place]]
    return opened and verb.pos_ == "VERB" and "Pass" in features(verb, "Voice")


def _has_preposition(n: int, idx: list[int], heads: list[int], deps: list[str]) -> bool:
    """Whether word `n` has a preposition of its own ("с Аргентиной")."""
    return any(heads[c] == n and deps[c] == "case" for c in idx)
