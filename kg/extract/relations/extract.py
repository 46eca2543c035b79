"""Levels of relations between two states: "стратегическое партнерство", "союзничество", …

A level is a phrase built from the words in relation_levels.tsv: a level noun
("союзничество"), a noun that needs a level adjective ("стратегическое партнерство",
"союзнические отношения"), or a noun for one side that names the level ("основным
стратегическим партнёром" → "стратегическое партнёрство", "союзники" → "союзничество"), or a
tone adjective of "отношения" before it or as its predicate ("отношений …, которые остаются
напряжёнными" → "напряженные отношения"), or a level adjective of a frame noun
("стратегический характер отношений", "отношения стратегического характера" →
"стратегические отношения"); after "уровень" a level noun needs no adjective ("вывести
отношения на новый уровень партнёрства" → "партнёрство"). A bare level that is the topic of
an agreement's title ("договор о союзничестве") is no statement about the relations; a title
of a declaration, or one whose level has its level adjective ("Декларация о всестороннем
стратегическом партнёрстве", "соглашение о стратегическом партнёрстве") is, unless the
agreement is only being negotiated or prepared. A partnership of one domain ("всеобъемлющее
экономическое партнёрство", "стратегическое партнёрство в области энергетики",
"стратегический торговый партнёр") is no level. No level from the past: an alliance of a war
("союзники по антигитлеровской коалиции"), a party that no longer exists (the USSR), or a
date governing the level more than ten years before the document's (or, undated, its latest
year), unless the level was raised to or set up then and the text tells nothing later of
the pair's relations (held.py). Coordinated level words make one level, as written
("всеобъемлющее стратегическое партнерство и союзничество", "добрососедство и
союзничество"); other adjectives ("основной", "новый") are left out. The words go to the
nominative, lowercase, keeping the text's number; "ё" is spelt "е", as in the lexicon's
lemmas, so one level has one label whatever the text's spelling ("напряжённые отношения" and
"напряжены" → "напряженные отношения").

The two sides are the states the sentence names nearest the level (a state's body,
"Верховная Рада Украины", names its state), then unions of states (common/unions.txt:
"Евросоюз и Япония"); with one, the other is the speaker's
state or the other side of the document's pair ("партнёром и союзником России"); with
none, the document's pair (or the only two sides it names) when the sentence speaks of
"Стороны", "наши страны", "двусторонние", "межгосударственные" relations, or plural
"Страны", "Лидеры", "Президенты" with no word of their own ("страны Африки" are no pair). A negated
level ("не являются союзниками") or one cut ("нет союзнических отношений", "перестали быть
союзниками") is no statement, but denied or cut diplomatic relations are a level
("не поддерживает дипломатических отношений" → "нет дипломатических отношений").
stated_by is the speaker from kg.extract.common.attribution. Key: the sorted pair and
the level's lemmas, without the date: one node per level and pair across
documents, with the earliest date read (a date governing the level in the
sentence, else the document's date).

Since the forty-fourth pass (h-split47) this module keeps the document's loop
(`extract_relations`) and a level's facts (`_relations`); the level words and shared lists
are in words.py, a level's phrase in phrases.py, whether it is stated at all in
statements.py, its date and the levels of the past in history.py, levels raised long ago
that still hold in held.py, denied and cut relations in cuts.py, changes of relations in
changes.py, and its two sides in sides.py."""

from __future__ import annotations

from spacy.tokens import Span as Sent
from spacy.tokens import Token

from kg.extract.agreements import Agreement, AgreementReading
from kg.extract.common.attribution import speaker_of
from kg.extract.common.dates import of_a_later_year
from kg.extract.common.level_words import level_role, sectoral
from kg.extract.common.pair import side_key
from kg.extract.context import Context
from kg.extract.relations.changes import (
    changed,
    changed_taken_up,
    shared_changes,
    warmth_between,
)
from kg.extract.relations.cuts import level_denied, no_relations, without_cuts_undone
from kg.extract.relations.fact import RelationLevel, level_key
from kg.extract.relations.held import (
    counted_relations,
    held_level,
    may_hold,
    still_held,
    told_rows,
)
from kg.extract.relations.history import (
    historic,
    level_date,
    long_ago,
    of_gone_states,
    reported_date,
    undated_or_today,
    verbs_own_date,
)
from kg.extract.relations.phrases import (
    ended_level,
    framed,
    level_at,
    predicated_level,
    tension_between,
    tension_level,
)
from kg.extract.relations.sides import level_states, regional, subject_and_each
from kg.extract.relations.statements import (
    ally_of_both_in_a_bloc,
    of_a_body,
    of_a_person,
    of_firms,
    once_was,
    only_hoped,
    stated_by_title,
    superseded_later,
    unnamed_partner,
)
from kg.extract.relations.words import anchor_lemmas
from kg.nlp.deps import unreal


def extract_relations(
    ctx: Context, agreements: AgreementReading | None = None
) -> list[RelationLevel]:
    """Every stated level of relations between two states, fused by key; a level in the
    title of an agreement whose sentence names no two sides is between its parties
    (`agreements`: "Мы подписали Совместное заявление о … всеобъемлющего стратегического
    партнёрства")."""
    papers = agreements.by_token if agreements is not None else {}
    read: list[tuple[RelationLevel, Token, bool]] = []  # each with its word, and if long ago
    anchors = anchor_lemmas()
    for sent in ctx.sents:
        used: set[int] = set()
        for i in range(sent.start, sent.end):
            if i in used or ctx.lemmas[i] not in anchors:
                continue
            t = ctx.doc[i]
            if t.pos_ not in ("NOUN", "PROPN", "PRON") or historic(t):
                continue
            # a pronoun is read only as relations cut or changed ("…, а в 2025 году заморозили их")
            level = no_relations(ctx, t) or changed_taken_up(t)
            if not level and t.pos_ != "PRON" and not level_denied(t):
                level = level_at(t, sent, used) or predicated_level(t, sent) or framed(t)
                level = level or tension_level(t) or tension_between(t) or changed(ctx, t)
                level = level or warmth_between(t)  # "Между X и Y наметилось потепление"
                level = level or counted_relations(t)  # "отмечают 25-летие установления …"
            # later changes of the same relations ("…, а в 2026 году восстановлены")
            shared = shared_changes(t) if t.pos_ != "PRON" else []
            if not (level or shared) or not stated_by_title(t, level) or sectoral(t):
                continue
            if level_role(t) == "partner" and (
                of_a_person(ctx, t) or unnamed_partner(t) or of_a_body(ctx, t)
            ):
                continue
            if of_firms(ctx, t) or ally_of_both_in_a_bloc(t):
                continue
            if (
                only_hoped(t)
                or unreal(t)
                or regional(ctx, t)
                or once_was(t)
                or superseded_later(t, level)
            ):
                continue
            if level.endswith(" отношения") and ended_level(t):
                continue  # "После лет напряжённых отношений …": a state held, not today's
            if level:
                read += [(r, t, old) for r, old in _relations(ctx, sent, t, level, papers.get(t.i))]
            for later, verb in shared:
                read += [(r, t, old) for r, old in _relations(ctx, sent, t, later, dated_by=verb)]
    return without_cuts_undone(_fused(ctx, read))


def _fused(ctx: Context, read: list[tuple[RelationLevel, Token, bool]]) -> list[RelationLevel]:
    """The levels of today fused by key, then those dated long ago that were raised then and
    that nothing the text tells later has ended or changed (`held`: "В 2012 году отношения
    были повышены до уровня …" with no later level of the pair)."""
    rows = [r for r, _, _ in read]
    out: dict[str, RelationLevel] = {}
    for r, _, old in read:
        if not old:
            _add(out, r)
    for r, t, old in read:
        held = held_level(r) if old else r  # "установили дипломатические отношения в 1975 году"
        if old and may_hold(ctx, t.sent, t, held) and still_held(ctx, held, told_rows(held, rows)):
            _add(out, held)
    return list(out.values())


def _relations(
    ctx: Context,
    sent: Sent,
    anchor: Token,
    level: str,
    paper: Agreement | None = None,
    dated_by: Token | None = None,
) -> list[tuple[RelationLevel, bool]]:
    """The level between the sentence's two states, or between its subject and each state of
    a list ("Вьетнам установил партнёрство с Китаем, Россией и Индией": three pairs); in an
    agreement's title, the agreement's two parties. Each with whether it is dated long ago
    (`long_ago`, and not held since then); none between states gone. A change told by a verb
    of its own that shares the relations takes that verb's date (`dated_by`: "…, а в 2026
    году восстановлены"). None dated in a year after the report's: only planned
    ("договорились поднять отношения до уровня стратегического партнёрства в 2027 году")."""
    out = []
    level = level.replace("ё", "е")  # one spelling per key, the lexicon's and the gold's
    pairs = subject_and_each(ctx, anchor)
    if pairs is None:
        return []
    pairs = pairs or [level_states(ctx, sent, anchor)]
    if paper is not None and len(paper.parties) > 2:
        return []  # a declaration of three or more states is no level of a pair
    if paper is not None and not all(side_key(p) for p in paper.parties):
        return []  # "Vingroup и Toyota заключили соглашение о стратегическом партнёрстве"
    if paper is not None and len(paper.parties) == 2:
        pairs = [list(paper.parties)]  # "…, а Малайзия и Таиланд — декларацию о партнёрстве"
    for states in pairs:
        if len(states) != 2:
            continue
        a, b = sorted(states)
        key = level_key(a, b, level)
        start, end = ctx.trimmed(sent)
        speaker = speaker_of(ctx, start, end)
        if dated_by is not None:
            date, since = verbs_own_date(ctx, sent, dated_by), False
        else:
            date, since = level_date(ctx, sent, anchor)
        if not date:
            date, since = reported_date(ctx, sent, anchor)
        date = date or undated_or_today(ctx, sent, anchor, dated_by)
        if of_a_later_year(date, ctx.document.date):
            continue  # "договорились поднять отношения до уровня … в 2027 году": planned
        r = RelationLevel(key, a, b, level, date, speaker,
                          [ctx.evidence(start, end)])  # fmt: skip
        if not of_gone_states(r):
            out.append((r, not since and long_ago(ctx, r)))
    return out


def _add(out: dict[str, RelationLevel], r: RelationLevel) -> None:
    """Fuses a repeat: earliest date, first speaker, every evidence span."""
    old = out.get(r.key)
    if old is None:
        out[r.key] = r
        return
    dates = [d for d in (old.date, r.date) if d]
    old.date = min(dates) if dates else ""
    old.stated_by = old.stated_by or r.stated_by
    old.evidence += [e for e in r.evidence if e not in old.evidence]
