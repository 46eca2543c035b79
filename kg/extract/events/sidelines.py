"""An event told as the frame or the setting of another: "в рамках визита", "в ходе
переговоров" (the clause's act is the framed one's part: its date and tense are the
clause's), "на полях саммита" (a gathering only the setting of talks, whose partner after
"с" is the talks', not a side of the gathering), and "на нём", "там" (at the gathering
the sentence before tells).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.events.words import is_role as _is
from kg.nlp.deps import preposition as _prep
from kg.nlp.deps import preposition_noun, under_compound_preposition
from kg.nlp.morph import features, is_animate

# "в рамках визита", "во время визита", "в ходе поездки", "по ходу визита"
_FRAMES = frozenset({("в", "рамка"), ("в", "время"), ("в", "ход"), ("по", "ход")})


# and "на полях форума": what is done beside a gathering, which was held
_SIDELINES = frozenset({("на", "поле")})


HELD_FRAMES = _FRAMES | _SIDELINES


def on_it(tok: Token) -> bool:
    """ "на нём", "на ней": at the gathering the sentence before tells ("Саммит прошёл в
    Осаке. На нём …")."""
    return tok.lemma_ in {"он", "она"} and _prep(tok) == "на"  # tagged PRON or NOUN


def attended_on_it(tok: Token) -> bool:
    """ "на ней", "на нём" where one attends ("На ней присутствовали посол Франции X и …",
    "В нём приняли участие"): those it names take part in the event the sentence before
    tells, whose noun the pronoun stands for. Sixty-ninth pass (h-events262)."""
    attends = _is(tok.head, "attend") or _is(tok.head.head, "attend")
    return tok.lemma_ in {"он", "она", "они"} and _prep(tok) in {"на", "в"} and attends


def on_its_sidelines(tok: Token) -> bool:
    """ "на полях встречи" with no word of whose: the gathering the sentence before tells
    ("Саммит АСЕАН прошёл 10 октября. На полях встречи X провёл переговоры с Y"), as "на
    нём" is, not talks of their own. The meeting is `tok` where the parse fixes "на полях"
    as one preposition, else a word hung on "полях"."""
    said = [tok, *(c for c in tok.children if c.dep_ == "nmod")]
    return any(
        c.lemma_ == "встреча"
        and under_compound_preposition(c, _SIDELINES)
        and all(g.dep_ in {"case", "punct"} for g in c.children)
        for c in said
    )


def _there(tok: Token) -> bool:
    """ "там": at the place the sentence before tells ("прибыл на саммит в Осаку. Там …")."""
    return tok.lower_ == "там" and tok.dep_ == "advmod"


def on_sidelines_of(tok: Token) -> bool:
    """A gathering only the setting of what the clause tells ("на полях форума X провёл
    переговоры с Y"): who acts there acts in that, and is no side of the gathering."""
    return tok.pos_ in {"NOUN", "PROPN"} and under_compound_preposition(tok, _SIDELINES)


def sidelines_verb(tok: Token) -> Token | None:
    """The verb of what a gathering only the setting of tells ("на полях саммита обсудили
    торговлю"), whose tense is the gathering's too: the talks there were held, so it was;
    None for any other word. Fifty-eighth pass (h-events187)."""
    if not on_sidelines_of(tok):
        return None
    word = tok.head if tok.dep_ == "nmod" else tok  # "на полях" as a noun, or fixed
    return word.head if word.dep_ == "obl" and word.head.pos_ == "VERB" else None


def framed_verb(tok: Token) -> Token | None:
    """The verb a framing noun hangs on ("Во время визита в Пекин X договорился с Y",
    "в ходе поездки проведёт переговоры"), whose tense tells the frame's too: what was done
    during a visit tells the visit was made; None for any other word. Sixty-eighth pass
    (h-events259)."""
    if not framing_noun(tok):
        return None
    return tok.head if tok.dep_ == "obl" and tok.head.pos_ == "VERB" else None


def sideline_partners(tok: Token) -> list[Token]:
    """The "с"-phrase the parser hangs on the sidelines or their gathering ("встретился на
    полях саммита с президентом Филиппин", "провёл встречу на полях саммита с …"): the
    partner of the meeting, no word of the gathering's name nor a side of it; a person or a
    title only, as a state after "с" is the gathering's own side ("на полях саммита ЕС с
    Китаем"). `tok` is that meeting (its verb or the verb's object) or that gathering."""
    if on_sidelines_of(tok):
        holders = [tok, tok.head]
    else:
        verbs = [tok, tok.head] if tok.dep_ == "obj" else [tok]
        fields = [c for v in verbs for c in v.children if preposition_noun(c, _SIDELINES)]
        holders = fields + [g for f in fields for g in f.children if g.dep_ == "nmod"]
    return [
        c
        for h in holders
        for c in h.children
        if c.i > h.i
        and _prep(c) == "с"
        and features(c, "Case") == ("Ins",)
        and c.lemma_ != "участие"
        and (is_animate(c) or c.ent_type_ == "PER")
    ]


def partner_words(tok: Token, setting: bool) -> set[int]:
    """The words of the meeting's partner in the phrase of the gathering that is only its
    setting ("на полях саммита с президентом Филиппин"): none of the gathering's."""
    return {t.i for c in sideline_partners(tok) for t in c.subtree} if setting else set()


def framing_noun(tok: Token) -> bool:
    """A noun trigger that frames the clause's own event ("в рамках визита", "во время
    визита", "в ходе поездки … посетил остров"): the verb's date and place are not its own."""
    return tok.pos_ in {"NOUN", "PROPN"} and under_compound_preposition(tok, _FRAMES)
