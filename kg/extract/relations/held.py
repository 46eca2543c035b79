"""Levels raised long ago that still hold: "В 2012 году отношения двух стран были повышены до
уровня всеобъемлющего стратегического партнёрства" in a report of 2026 is the pair's level
today, since 2012, though the ten-year rule (`history.long_ago`) reads a level dated so
long ago as history. It holds where the level was raised to or set up by a past verb
(`history.raising_verb`), between the report's own pair, and the text tells nothing later
of that pair's relations: no other level, tone or change read after it ("В 2019 году
отношения Бразилии и Китая повышены до …": the current level is 2019's), and no cut,
downgrade, freeze or raise of relations or of a level in a later year
("отношения были понижены", "после разрыва отношений", "прекратили стратегическое
партнёрство", "В 2019 году отношения повышены до …" of no states named).

Sixty-second pass (h-relations62)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Span as Sent
from spacy.tokens import Token

from kg.extract.common.level_words import level_lexicon, level_role
from kg.extract.context import Context
from kg.extract.relations.changes import puts_on_pause
from kg.extract.relations.cuts import called_diplomatic, cut_made
from kg.extract.relations.fact import RelationLevel, level_key
from kg.extract.relations.history import (
    anniversary_years,
    level_date,
    past_century,
    raising_verb,
    reported_date,
    undated_or_today,
)
from kg.extract.relations.sides import report_pair
from kg.extract.relations.words import DIPLOMATIC, anchor_lemmas, is_change

# changes of relations that end the level they had ("понизили отношения", "заморозили")
_ENDING_CHANGES = {"понижение уровня", "заморозка"}
# diplomatic relations set up long ago are held since then (`held_level`)
_SET_UP = "установление дипломатических отношений"


@dataclass(frozen=True)
class Told:
    """A row or an end of a pair's relations the text tells: its key ("" for an end, which
    names the states of its sentence, maybe none) and when, as (year, offset of its
    sentence; -1 for an end, which only a later year puts after a level)."""

    pair: frozenset[str]
    key: str
    when: tuple[int, int]


def may_hold(ctx: Context, sent: Sent, anchor: Token, r: RelationLevel) -> bool:
    """Whether a level dated long ago may hold today: raised to or set up then
    (`raising_verb`), between the report's own pair (`report_pair`: not a third pair's told
    as background), in a sentence that names no war, bygone era or past century ("В 1945
    году союзники по антигитлеровской коалиции … установили особые отношения"); not a
    change ("восстановили дипломатические отношения в 1992 году"), which is history then
    (diplomatic relations set up then are held since: `held_level`)."""
    if raising_verb(anchor) is None or {r.state_a, r.state_b} != report_pair(ctx, sent):
        return False
    if is_change(r.level):
        return False  # "установили дипломатические отношения в 1992 году": a change of then
    return not any(level_role(x) == "history" or past_century(x) for x in sent)


def held_level(r: RelationLevel) -> RelationLevel:
    """The level a change read long ago leaves held since its date: diplomatic relations set
    up ("Непал установил дипломатические отношения с Уругваем 14 мая 1975 года" →
    "дипломатические отношения" since 1975-05-14), which stand until the text tells them
    cut or changed (`may_hold`, `still_held`); any other row as it is (a restoration or a
    downgrade long ago is a fact of then)."""
    if r.level != _SET_UP:
        return r
    return replace(r, key=level_key(r.state_a, r.state_b, DIPLOMATIC), level=DIPLOMATIC,
                   evidence=list(r.evidence))  # fmt: skip


def counted_relations(t: Token) -> str:
    """Diplomatic relations whose years the text counts are held since the year the count
    reaches back to (`history.anniversary_years`, which `level_date` dates them by): "Чили и
    Перу отмечают 25-летие установления дипломатических отношений", "исполняется 30 лет
    дипломатическим отношениям", "60 лет со дня установления …" → "дипломатические
    отношения"; not an anniversary of a restoration ("30-летие восстановления …": a change
    long past), nor one only hoped or ahead (the caller's `only_hoped`)."""
    if not called_diplomatic(t) or not anniversary_years(t):
        return ""
    return DIPLOMATIC


def told_rows(held: RelationLevel, rows: list[RelationLevel]) -> list[Told]:
    """The levels read, as read (before a repeat fuses its date), that may tell `held` changed
    later: all, but for diplomatic relations held only rows of diplomatic relations (a cut, a
    restoration), which a partnership reached later leaves standing ("… установили
    дипломатические отношения в 1980 году. В 2024 году страны стали стратегическими
    партнёрами")."""
    if held.level == DIPLOMATIC:
        rows = [r for r in rows if _DIPLOMATIC_WORD in r.level.split()[-2:-1]]
    return [_told_row(r) for r in rows]


_DIPLOMATIC_WORD = "дипломатических"  # "нет дипломатических отношений", "восстановление …"


def _told_row(r: RelationLevel) -> Told:
    """A level read, as it was read (before a repeat fuses its date)."""
    return Told(frozenset((r.state_a, r.state_b)), r.key, _when(r.date, r.evidence[0].start))


def still_held(ctx: Context, r: RelationLevel, told: list[Told]) -> bool:
    """Whether nothing the text tells of the pair of `r` comes after it: no other level of
    the pair read later, and no end (`_ends`) of it or of no other states in a later year; a
    raise (`_raises`) ends a level, but not diplomatic relations, which a partnership
    reached later leaves standing ("Непал установил дипломатические отношения с Кубой в
    1975 году. В 2015 году отношения были повышены до уровня стратегического партнёрства")."""
    pair = frozenset((r.state_a, r.state_b))
    since = _when(r.date, r.evidence[0].start)
    ends = ctx.once(_ends) if r.level == DIPLOMATIC else [*ctx.once(_ends), *ctx.once(_raises)]
    later = [t for t in [*told, *ends] if t.when > since and t.key != r.key]
    return not any(t.pair == pair or (not t.key and t.pair <= pair) for t in later)


def _ends(ctx: Context) -> list[Told]:
    """The cuts, downgrades and freezes of relations or a level the report tells as made,
    each with the states its sentence names: "В 2014 году отношения были понижены", "после
    разрыва отношений", "прекратили стратегическое партнёрство"; not one threatened, refused
    or ahead (`cuts.cut_made`)."""
    return _told_ends(ctx, _ending)


def _raises(ctx: Context) -> list[Told]:
    """The raises of relations to a level the report tells as made, each with the states its
    sentence names ("В 2019 году отношения повышены до …"); not diplomatic relations set up
    ("установили дипломатические отношения в 1965 году"), which reach no level a raise
    replaces."""
    return _told_ends(ctx, _raise)


def _raise(t: Token) -> bool:
    """A level word or "отношения" that a past raising verb raises or sets up, but for a verb
    that sets up diplomatic relations (also where the parse hangs the next clause's
    "отношения" on it: "установили дипломатические отношения в 1962 году; в 2014 году
    отношения были повышены …")."""
    verb = raising_verb(t) if t.lemma_ in anchor_lemmas() else None
    return verb is not None and not any(called_diplomatic(c) for c in (t, *verb.children))


def _told_ends(ctx: Context, ends: Callable[[Token], bool]) -> list[Told]:
    """Each word `ends` holds of, as a told end with the states its sentence names and its
    clause's year, as its level would be dated (the next sentence's where its own gives
    none: "… подняли отношения до уровня …. Это произошло в 2015 году"; else the report's)."""
    out = []
    for sent in ctx.sents:
        named = ctx.mentions_in(sent.start_char, sent.end_char, "State")
        states = frozenset(m.entity for m in named)
        for t in sent:
            if ends(t):
                date = level_date(ctx, sent, t)[0] or reported_date(ctx, sent, t)[0]
                date = date or undated_or_today(ctx, sent, t)
                out.append(Told(states, "", (_when(date, -1))))
    return out


def _ending(t: Token) -> bool:
    """A word of cutting, lowering or freezing ("cut" words, `_ENDING_CHANGES`, "поставили на
    паузу") with "отношения" or a level word on it or over it, told as made."""
    role, noun = level_lexicon().get(t.lemma_, ("", ""))
    ending = role == "cut" or (role == "change" and noun in _ENDING_CHANGES)
    if not ending and not puts_on_pause(t):
        return False
    near = [x for x in (t.head, *t.children) if x.i != t.i]
    # "их понизили": the pronoun of the relations told before
    of_relations = any(x.lemma_ in anchor_lemmas() or _third_person(x) for x in near)
    return of_relations and cut_made(t)


def _third_person(t: Token) -> bool:
    """ "их", "они": a pronoun that may stand for the relations told before."""
    return t.pos_ == "PRON" and "3" in t.morph.get("Person")


def _when(date: str, at: int) -> tuple[int, int]:
    """(year, offset): a date's year; a date of no year the latest."""
    return (int(date[:4]) if date[:4].isdigit() else 9999, at)
