"""Sides a plural pronoun carries ("Президенты Польши и Литвы провели переговоры. Днём позже
они открыли бизнес-форум"): the event whose verb's one subject is "они" and that names no one
takes the participants of the one event of the sentence before, where "они" stands for the
subject that names them; not where that sentence tells events of different participants, nor
where the subject "они" points back to names none of them ("Журналисты освещали переговоры
…. Они …": the press).

Fifty-first pass (h-events139). So do bare "Стороны" that agree on a meeting paragraphs after
a call or talks (`sides_told_before`; seventy-second pass, h-events275).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as Sentence

from kg.extract.common.pair import bare_sides
from kg.extract.context import Context
from kg.extract.events.hit import Hit
from kg.extract.events.triggers import SPOKEN
from kg.nlp.deps import SUBJECTS, has_preposition, sentence_before, verb_above
from kg.nlp.morph import is_plural


def pronoun_sides(ctx: Context, sent: Sentence, prior: list[Hit], hits: list[Hit]) -> None:
    """Gives the hits of `sent` told of "они" and of no one the sides of the one event with
    participants among `prior`, the hits of the sentence before."""
    told = {(tuple(sorted(h.persons)), tuple(sorted(h.states))) for h in prior}
    told.discard(((), ()))
    if len(told) != 1:  # most sentences: the sentence before is not made (a `Span`)
        return
    before = sentence_before(sent)
    if before is None:
        return
    persons, states = (list(side) for side in told.pop())
    subject = plural_subject(before)
    if subject is None or not _names(ctx, subject, {*persons, *states}):
        return
    for hit in hits:
        if hit.persons or hit.states or hit.others or hit.visitor or hit.host or hit.sides_then:
            continue
        verb = verb_above(sent.doc[hit.trigger])
        if [c.lemma_ for c in verb.children if c.dep_ in SUBJECTS] != ["они"]:
            continue
        hit.persons, hit.states = list(persons), list(states)


def points_elsewhere(ctx: Context, before: Sentence, sides: set[str]) -> bool:
    """Whether "они" after `before` stands for a plural subject of it that names none of
    `sides` ("Журналисты спросили Руто и Мусевени о переговорах. Они …": the press, not the
    two it asked); read by `Linking._several_before` too (fifty-second pass, h-events142)."""
    subject = plural_subject(before)
    return subject is not None and not _names(ctx, subject, sides)


def plural_subject(sent: Sentence) -> Token | None:
    """The last subject of `sent` that "они" can stand for: a plural noun, or nouns joined by
    "и" ("Польша и Литва"); plural by its form where the tagger reads a sentence's first
    word as a singular ("Президенты Чили и Перу …", `is_plural`)."""
    subjects = [
        t
        for t in sent
        if t.dep_ in SUBJECTS
        and t.pos_ in {"NOUN", "PROPN"}
        and (is_plural(t) or any(c.dep_ == "conj" for c in t.children))
    ]
    return subjects[-1] if subjects else None


def _names(ctx: Context, subject: Token, sides: set[str]) -> bool:
    """Whether the subject's words name one of the event's sides ("Президенты Польши и
    Литвы"), not only others ("Журналисты")."""
    words = list(subject.subtree)
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    return any(m.entity in sides for m in ctx.mentions_in(start, end))


def sides_told_before(doc: Doc, earlier: list[Hit], hits: list[Hit]) -> None:
    """A call, talks or meeting ahead whose verb's one subject is bare "Стороны" and that
    names no one ("Стороны договорились о встрече в ближайшее время", paragraphs after
    "Президенты X и Y провели телефонный разговор" with a third state named between, where
    the report's counts give no pair) takes the persons and states of the last call, talks
    or meeting of two states told before it (`earlier`); not one that names persons, or
    states other than those, or its holders ("встречу экспертов"), nor an event done
    ("Стороны подписали …")."""
    told = [h for h in earlier if h.kind in SPOKEN and len(set(h.states)) == 2]
    if not told or not hits:
        return
    last = told[-1]
    for hit in hits:
        if hit.kind not in SPOKEN or hit.status != "planned" or hit.persons or hit.others:
            continue
        if not set(hit.states) <= set(last.states):
            continue
        if _holders_named(doc[hit.trigger]):  # "встречу экспертов": theirs, not the call's
            continue
        verb = verb_above(doc[hit.trigger])
        verb = verb.head if verb.dep_ == "xcomp" else verb  # "Стороны договорились встретиться"
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if len(subjects) == 1 and bare_sides(subjects[0]):
            hit.persons, hit.states = list(last.persons), list(last.states)


def _holders_named(noun: Token) -> bool:
    """An event noun with a bare genitive of who holds it ("встреча экспертов", "консультации
    министров"): those are its sides."""
    return any(c.dep_ == "nmod" and not has_preposition(c) for c in noun.children)
