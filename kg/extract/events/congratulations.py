"""Whom a congratulation on taking office is to: the one who takes it.

A change of office told by its noun as what one congratulates on ("поздравил президента
Непала с вступлением в должность", "поздравил X с избранием на пост президента") or as the
occasion of a message of greeting ("направил поздравительную телеграмму президенту Малайзии
по случаю его вступления в должность", "направил поздравление … по случаю его инаугурации")
is the addressee's: the congratulated person, or where the text names none, the post their
title gives ("президенту Малайзии": Malaysia's president). Never the sender's, whom "его"
would otherwise go back to as the sentence's subject; a noun that names its own holder
("по случаю вступления в должность X") or "свой" keeps its reading.

Sixty-fifth pass (h-events241).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.events.triggers import trigger_rules
from kg.extract.events.words import addressees, is_role
from kg.nlp.deps import marked_own, possessive_pronoun, preposition
from kg.nlp.morph import case_of, is_animate


def congratulated(tok: Token) -> Token | None:
    """The word naming whom the change of office `tok` (a noun) is congratulated on: the
    object of "поздравить … с" it hangs on, or the addressee of the greeting it is the
    occasion ("по случаю", "по поводу") of; None for any other noun, one that names its
    own holder, or one "свой" marks the subject's."""
    if tok.pos_ != "NOUN" or marked_own(tok) or _owner_named(tok):
        return None
    if preposition(tok) == "с" and is_role(tok.head, "congratulate"):
        return _greeted(tok.head)
    occasion = tok.head
    if tok.dep_ != "nmod" or not is_role(occasion, "occasion") or not preposition(occasion):
        return None
    told = occasion.head  # the verb that sends, or the message the parser hung it on
    if is_role(told, "congratulate"):
        return _greeted(told)
    messages = [told] if _message(told) else [c for c in told.children if c.dep_ == "obj"]
    for message in (m for m in messages if _message(m)):
        sender = [message.head] if message.head.i != message.i else []
        to = [c for c in addressees(message, sender) if is_animate(c) and not preposition(c)]
        if to:
            return to[0]
    return None


def _owner_named(tok: Token) -> bool:
    """The change's noun names its holder in its own genitive ("вступления в должность X",
    "избрания X"): theirs, whoever is congratulated; "его"/"её" does not."""
    return any(
        c.dep_ == "nmod" and case_of(c) == "Gen" and not possessive_pronoun(c) and is_animate(c)
        for c in tok.children
    )


def _greeted(verb: Token) -> Token | None:
    """The one a verb of congratulating takes as its object ("поздравил президента Непала")."""
    objects = [c for c in verb.children if c.dep_ == "obj" and not preposition(c)]
    return next((c for c in objects if is_animate(c) and c.pos_ != "PRON"), None)


def _message(noun: Token) -> bool:
    """A noun of a message sent ("телеграмма", "послание", "поздравление"; the Message rows
    of `event_kinds.tsv`)."""
    return noun.pos_ == "NOUN" and any(
        r.kind == "Message" for r in trigger_rules().get(noun.lemma_, [])
    )
