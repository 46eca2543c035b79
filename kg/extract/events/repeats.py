"""Events told as one of several: a repeat of one told before ("снова встретился",
"повторный визит", "вторая встреча") and the onset of a habit ("стал встречаться с X").

A repeat is another occurrence than the earlier one the text dates (`Identity.again`); the
onset of a habit tells a relationship or a routine, no event of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.events.words import is_role
from kg.nlp.morph import is_infinitive


def told_again(tok: Token, verb: Token | None) -> bool:
    """The trigger or its verb says the event happens once more ("вновь провёл переговоры",
    "снова встречался", "на второй встрече", "повторный визит")."""
    words = [*tok.children, *(verb.children if verb is not None else ())]
    return any(is_role(w, "again") and w.dep_ in {"advmod", "amod"} for w in words)


def habit_onset(verb: Token) -> bool:
    """An imperfective infinitive after a verb that starts or ends a habit ("стал
    встречаться с актёром", "перестали посещать"): a routine begins or ends, no event."""
    return (
        verb.dep_ == "xcomp"
        and is_infinitive(verb)
        and verb.morph.get("Aspect") == ["Imp"]
        and is_role(verb.head, "onset")
    )
