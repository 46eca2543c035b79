"""Events told as one of several: a repeat of one told before ("снова встретился",
"повторный визит", "вторая встреча"), the onset of a habit ("стал встречаться с X") and a
habit told over a stretch of time ("встречался с ней несколько лет").

A repeat is another occurrence than the earlier one the text dates (`Identity.again`); the
onset of a habit, or a verb that goes on over years, tells a relationship or a routine, no
event of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.events.words import is_role
from kg.nlp.deps import preposition
from kg.nlp.morph import features, is_infinitive


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
        and features(verb, "Aspect") == ("Imp",)
        and is_role(verb.head, "onset")
    )


def told_over_span(verb: Token) -> bool:
    """An imperfective past verb that goes on over a stretch of time ("встречался несколько
    лет", "в последнее время встречалась", "в последние годы посещал"): a relationship or a
    routine, no one event; not a point in time ("в 2010 году встречался")."""
    if features(verb, "Aspect") != ("Imp",) or features(verb, "Tense") != ("Past",):
        return False
    return any(c.dep_ == "obl" and _stretch(c) for c in verb.children)


def _stretch(noun: Token) -> bool:
    """A noun of time with a word that makes it a stretch: a count or "долгий" bare
    ("несколько лет", "восемь лет", "долгое время"), "последний" after "в" or "за" ("в
    последние годы", "за последний месяц", "в течение нескольких лет"); not "два года
    назад"."""
    if not is_role(noun, "span") or any(is_role(c, "ago") for c in noun.children):
        return False  # "два года назад": a point
    words = [c for c in noun.children if c.dep_ in {"amod", "nummod", "nummod:gov", "det"}]
    if preposition(noun) == "":
        return any(is_role(w, "lasting") or w.pos_ == "NUM" for w in words)
    return preposition(noun) in {"в", "за"} and any(is_role(w, "lasting") for w in words)


_EVERY = "по"  # "по четвергам", "по выходным": every such time


def told_at_every(verb: Token) -> bool:
    """An imperfective verb told at a recurring time ("каждый четверг встречался", "каждую
    пятницу будет встречаться", "по четвергам посещал"): a routine, no one event and no
    date; not a point in time ("в четверг встретился", "в этот четверг встречался").
    Any dependent of the verb: the parser takes a bare accusative time for an object or
    subject ("каждую весну посещал", "каждую осень встречался"). Forty-ninth pass, own
    sentences (h-events129, h-events131)."""
    if features(verb, "Aspect") != ("Imp",):
        return False
    return any(_recurring(c) for c in verb.children)


def _recurring(noun: Token) -> bool:
    """A noun of time or a season with a word of recurrence ("каждый четверг", "каждый
    месяц", "каждую весну": seasons are roles "season:…", h-events131), or in the plural
    after "по" ("по четвергам")."""
    if not any(is_role(noun, r) for r in ("time", "span", "season")):
        return False
    if preposition(noun) == _EVERY and features(noun, "Number") == ("Plur",):
        return True
    return any(c.dep_ in {"det", "amod"} and is_role(c, "habit") for c in noun.children)
