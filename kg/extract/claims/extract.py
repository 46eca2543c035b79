"""Numeric claims: a measured quantity, its value, and who states it.

Rules (each general, lexicons in the data files beside this module):
- Candidates are `find_quantities` results of kind amount or change, and
  durations (durations.py: terms of sentences, documents, loans, relations);
  years, dates, ages, ordinals, references, list positions and anniversaries
  never are.
- Money and percent need a metric: the nearest measured noun of the clause
  (metric_nouns.txt) left of the number, or for a percent the genitive noun
  right after it ("50 процентов товарооборота" → "доля товарооборота").
- A count is its own metric: "более 170 совместных проектов" → metric
  "совместные проекты", unit "проект"; counts of the parties themselves and
  fractions are not claims (non_metric_units.txt). Units of measure (тонна)
  take the metric of their clause like money does, else the genitive noun they
  measure ("30 кг урана" → "уран"); written units ("кв. км", "м²", number_units.py)
  are lemmas too ("квадратный километр"); a count word ("1550
  единиц") or "число/количество X" counts X: metric "X", unit X's lemma.
- A count of times counts an act (times.py, act_nouns.tsv): "18 раз участвовал в
  Матче всех звёзд" → "участие в Матче всех звёзд", unit "раз"; else the predicate's
  object ("четыре раза проводили операцию на трупах" → "операции на трупах"); a rate
  ("два раза в неделю") and a count of a noun ("дважды Герой") are no claims.
- A part of a total ("67 из 100") counts the noun after the total, else the
  plural noun before it ("две трети голосов — 67 из 100"); the total is no claim.
- A change ("вырос на 12%") is the metric "рост …"/"снижение …" of what the verb
  of change changes, its object or subject ("Дания нарастила [закупки газа]
  вдвое" → "рост закупок газа"), else of the clause's metric ("рост составил 12%").
- A pronoun subject of a verb of level or change ("В этом году он может вырасти до …")
  stands for the measured noun of its gender and number before it, in its sentence or
  the two before; a difference told right after a figure with no noun of its own ("…,
  что на 4 % больше, чем годом ранее") is a rise or fall of that figure's metric.
- Status: target / forecast from cue words in the clause (claim_status.tsv:
  "довести", "не должно превышать", "рассчитываем"), target also for the goal of a
  change noun or infinitive ("сокращение … до N") and for a wish's "чтобы"-clause
  ("хотим, чтобы он превысил"), forecast for a future-tense verb ("составит"), else
  actual.
- Comparator from number_kinds.py; "не превышать N" is le, "превысить N" is gt, a
  reduction target ("сокращение до N") is le.
- Period: the date the figure refers to: one leading it ("в 2017 году — 1809
  рублей"), one on its noun, or one modifying its predicate with no other clause
  between; a date of another clause of the sentence is not the period.
- States: the states the sentence names; with a bilateral cue ("между нашими
  странами", "совместных", "обеих сторон", "у каждой страны") or a bilateral
  metric (товарооборот) and fewer than two named, the document's two most
  mentioned states.
- The key leaves out participles of the metric, so "развёрнутых боезарядов" and
  "боезарядов" fuse.

This module turns each number into a Claim (`extract_claims`, `_claim`) and tells who says it;
the modules beside it each read one part of it, each asking only those above it in this list:
- `lexicons`: the data files and the word sets more than one module reads;
- `links`: agreeing and conflicting claims across documents;
- `parse`: where a figure sits in the parse: its token, predicate, clause and verb;
- `phrases`: the noun phrase a metric is named by, and the cases of its words;
- `referents`: the measured noun a pronoun or a bare change stands for;
- `people`: what a count of people counts: their measure, role or fate;
- `votes`: whose votes a count or a share of votes is;
- `shares`: what a percent is a share of: votes, land, stakes, a whole in brackets;
- `verbs`: the metric a verb of money or trade gives a figure no measured noun names;
- `metrics`: what a figure measures (`_metric`), from the measured nouns of its clause;
- `status`: actual, forecast or target, from the cues of the figure's own clause;
- `changes`: what a change changes, a rate's level, a change's goal;
- `gapping`: figures whose verb, goods or unit a dash or a contrast leaves out;
- `periods`: the date a figure refers to, in its sentence or carried from the one before;
- `states`: the states a claim relates.
- `non_claims`: figures that are no claims (totals, scores, places, frames, ranks, names);
- `neighbours`: a figure read with another: the one it tells of, points back to or repeats;
- `measured`: what a figure measures by its own words (list items, gapped pairs, times);
- `bounds`: a figure's comparator and the bounds a denial or a participle sets.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.doc_text import span_text
from kg.extract.claims.bounds import _comparator, denied_bound, elided_bound, limit_in_force
from kg.extract.claims.bracketed import bracket_owner, listed_unit
from kg.extract.claims.changes import as_rate, change_to, coordinated, unconceded_words
from kg.extract.claims.durations import (
    ORDERED_TERM,
    PERSONAL_METRICS,
    PRISON_TERM,
    counted_ago,
    duration_claim,
    is_duration,
    told_of_a_thing,
)
from kg.extract.claims.fact import Claim
from kg.extract.claims.gapping import (
    _gapped_scaled_count,
    accounted_part,
    bare_counted,
    bare_fated,
    bare_part,
    counted_scales,
    elided_count,
    elided_measure,
    elided_people,
    elided_scales,
    elided_unit,
    flow_measure,
    flow_share,
    gapped_deed,
    gapped_holder_count,
    gapped_noun,
    gapped_pair,
    gapped_ratios,
    gapped_sum,
    in_currency_of,
    opened_partner_measure,
    part_named,
    partner_part,
    repeated_measures,
    their_people,
    total_after,
)
from kg.extract.claims.lexicons import MULTIPLIED, PEOPLE, REDUCTIONS, WORDS, lexicons
from kg.extract.claims.measured import (
    _listed,
    _measured,
    _times,
    counts_times,
    gapped_pair_metric,
    item_metric,
    verb_figure,
)
from kg.extract.claims.metrics import prior_metric
from kg.extract.claims.neighbours import (
    _compared,
    _told_of,
    before_semicolon,
    contrasted_difference,
    converted,
    estimated_ahead,
    figure_before,
    flow_total,
    named_currencies,
    of_figure_before,
    oversized_part,
    owned_thing,
    partners_total,
    pointed,
    pointed_back,
    pointed_back_metric,
    rises,
    set_against,
    sum_before,
    whole_before,
    with_upper,
)
from kg.extract.claims.non_claims import (
    FRACTIONS,
    OUT_OF,
    bare_total,
    frame_count,
    in_name,
    in_title,
    place_count,
    rank_count,
    scored,
    share_before,
    title_count,
    unreal_condition,
)
from kg.extract.claims.parse import around, clause_before, root, verb_before
from kg.extract.claims.people import fated_count, fated_ones, fated_unit, named_fate
from kg.extract.claims.periods import (
    _period,
    continued_period,
    contracted_period,
    earlier_end,
    event_day,
    gathering_period,
    range_period,
    step_status,
)
from kg.extract.claims.phrases import animate_plural, genitive_name, noun_phrase, quoted_units
from kg.extract.claims.states import (
    _part,
    _states,
    coordinated_apart,
    counted_people_state,
    seized_land,
)
from kg.extract.claims.status import (
    _own_clause,
    _status,
    announced_spending,
    coming_years,
    contracted_volume,
    denied_announcement,
    denied_intent,
    earlier_level,
    elided_status,
    gapped_status,
    held_back,
    missed_aim,
    paper_sets,
    sought_term,
    told_ahead,
    told_now,
)
from kg.extract.claims.votes import votes_against
from kg.extract.common.attribution import cited_in_turn, regions, reporter, speaker_of
from kg.extract.common.attribution_words import speech_lemmas
from kg.extract.common.dates import ended_before
from kg.extract.common.number_units import is_currency
from kg.extract.common.numbers import CLAIM_KINDS, Quantity
from kg.extract.common.pair import main_pair
from kg.extract.common.quantities import find_quantities
from kg.extract.context import Context, fact_key
from kg.nlp.morph import morph

_PER = re.compile(r"\s+за\s+", re.IGNORECASE)  # "280 долларов за тысячу кубометров"
_BARE_TERM = "срок"  # how long ago, how long one lives somewhere: no body's "срок заключения"
_DEATHS = {"погибшие", "убитые", "умершие", "скончавшиеся"}  # a toll of the dead, by any verb
_GRANTS = WORDS["grant"]  # "выделит", "предоставить": one grant whichever verb tells it
# a preposition and its variants ("о", "об", "обо"): where two tellings of a headline's figure
# may name whom or what differently
_PREPOSITIONS = {
    **dict.fromkeys(("о", "об", "обо"), "о"), **dict.fromkeys(("в", "во"), "в"),
    **dict.fromkeys(("с", "со"), "с"), **dict.fromkeys(("к", "ко"), "к"),
    **{p: p for p in ("на", "за", "для", "по", "из", "от", "при", "против", "над", "под")},
}  # fmt: skip
_STAKES = ("доля акция",)  # a stake in a company: what a future of receiving forecasts
_SUPPLIES = "поставки"  # goods received by measure ("получит 2 млрд кубометров газа"), not "весом"
# "в полтора раза с 8 до 12", "вдвое сократил количество X — с тысячи до 569"
_FROM_TO = re.compile(
    r"(?:[^.;:!?\d]{0,60}?[\s,\u2013\u2014-])?(?:с|со)[ \u00a0]+[\w,]+[ \u00a0]+до[ \u00a0]+\d",
    re.IGNORECASE,
)


def extract_claims(ctx: Context) -> list[Claim]:
    """Every numeric claim of the document, one per key, evidence merged."""
    text = ctx.document.text
    pair = sorted(main_pair(ctx, at_least=1))  # the two states named most, even once
    out: dict[str, Claim] = {}
    paid: dict[str, str] = {}  # a claim's sum → the verb that tells it ("выплатить")
    told_at: dict[str, Quantity] = {}  # a claim's key → the figure it was first read from
    split: dict[str, str] = {}  # keys one sentence gives two holders (`_held_apart`)
    found = named_currencies(ctx, [counted_ago(text, q) for q in find_quantities(text)])
    found = fated_ones(ctx, counted_scales(ctx, elided_scales(ctx, found)))
    found = repeated_measures(ctx, found)  # "продать 2 млн тонн и уже продала 1 млн"
    found = quoted_units(ctx, found)  # "двух «Золотых глобусов»"
    found, ratio_nouns = gapped_ratios(ctx, found)  # "…в 3 раза, а пенсия — в 2"
    money = [(f.start, f.end) for f in found if is_currency(f.unit)]
    for i, q in enumerate(found):
        if q.kind not in CLAIM_KINDS and not is_duration(q):
            continue
        if q.unit in FRACTIONS:
            continue  # "две трети из 100 членов": a share of the total, which is the claim
        if q.multiplier and _FROM_TO.match(text, q.end):
            continue  # "вдвое сократил — с тысячи до 569": the ratio of the two levels it gives
        if q.multiplier and title_count(ctx, q):
            continue  # "двукратный чемпион": how often a title was won, no change
        before = found[i - 1] if i else None
        if (
            before is not None
            and is_currency(before.unit)
            and _PER.fullmatch(text, before.end, q.start)
        ):
            continue  # "280 долларов за тысячу кубометров": the unit a price is for
        if before is not None and converted(text, before, q):
            continue  # "1,5 млрд долларов (около 7,5 млрд реалов)": one sum told twice

        fraction = share_before(ctx, before, q)
        total_of = before and OUT_OF.fullmatch(text[before.end : q.start]) and not fraction
        pair_gap = gapped_pair(ctx, found, i)  # "…, в верхней палате — 80 из 100"
        bare = not q.unit or elided_unit(q.unit) or scored(text, before, q)
        if total_of and bare and not pair_gap:
            # "67 из 100", "в 268 играх из 410 возможных": a bare total is no claim; with its
            # noun ("30 из 101 места", "55 из 90 депутатов") it is a count of its own, but
            # not the most a score could be ("9 из 10 баллов")
            continue
        after = found[i + 1] if i + 1 < len(found) else None
        total = after if after and OUT_OF.fullmatch(text[q.end : after.start]) else None
        if total and q.unit and total.unit and total.unit != q.unit:
            total = None  # "10 тысяч спортсменов из 205 стран": where they come from, not a total
        sent = ctx.sentence_at(q.start)
        # "оценили на 9 из 10", "9 из 10 баллов": a score, no count
        # "хранитель двух святынь", "Союза трёх императоров": a name; "даже если бы она
        # оказалась в числе 40 …": a figure only supposed; "не готовы поставлять 10 млн тонн":
        # neither done nor aimed at, nor is "не объявила о выделении 500 млн евро"
        number = root(ctx, q.start, q.end)
        if (
            sent is None
            or in_name(ctx, q)
            or in_title(ctx, q, sent)
            or unreal_condition(ctx, q)
            or denied_intent(number)
            or denied_announcement(number, is_currency(q.unit))
            or (total and scored(text, q, total))
        ):
            continue
        if place_count(ctx, q, found, sent) or frame_count(ctx, q) or rank_count(ctx, q):
            # "на трёх заводах Перу 40 человек пострадали": the scene of the 40; "между двумя
            # мужчинами", "в своих 12 постах", "два платежа по 15 300": participants, frames;
            # "первые два кандидата", "одним из трёх крупнейших партнёров": places in a ranking
            continue
        prior = next(
            (
                p
                for j, p in reversed(list(enumerate(found[:i])))
                if p.kind in CLAIM_KINDS and p.start >= sent.start_char
                and not bare_total(text, found, j)
            ),
            None,
        )  # fmt: skip
        prior = prior or figure_before(ctx, q, found[:i], sent) or pointed_back(ctx, q, found[:i])
        prior = prior or before_semicolon(ctx, q, found[:i], sent)
        # the total a required share is of ("две трети из 100 членов") is a standing count
        donor = sum_before(ctx, q, found[:i], sent)
        whole = whole_before(ctx, q, found[:i], sent)  # "… 5 млрд. Из них 3 млрд …"
        whole = whole or partners_total(ctx, q, found[:i], sent)  # "…, на Чили пришлось 7 млн"
        whole = whole or flow_total(ctx, q, found[:i], sent)  # "…, на экспорт Чили пришлось"
        if whole is None and oversized_part(ctx, q, found[:i], sent):
            continue  # "3 млн тонн, на Венгрию пришлось 5 млн тонн": no part of the 3 млн
        listed = listed_unit(ctx, q, found[:i]) if not q.unit else ""
        item = _listed(ctx, q, found[:i], sent)
        held = gapped_holder_count(ctx, found, i)  # "…, консерваторы - 120": 120 мест
        reading = with_upper(text, q, after)
        # a change of measures coordinated ("экспорт и импорт выросли") is a claim of each
        things = [None, *(coordinated(ctx, reading) if reading.kind == "change" else [])]
        things = [ratio_nouns[i]] if i in ratio_nouns else things
        for thing in things:
            claim = _claim(
                ctx, reading, sent, (pair, money), total, (prior, donor), standing=fraction,
                listed=listed, thing=thing, item=item, pair_gap=pair_gap, held=held, whole=whole,
            )  # fmt: skip
            if claim is None:
                break
            _file(ctx, claim, q, out, (paid, told_at, split))
    _name_the_rest(ctx, out, told_at, split)
    return _told_once(list(out.values()), text, paid)


def _file(
    ctx: Context, claim: Claim, q: Quantity, out: dict[str, Claim],
    books: tuple[dict[str, str], dict[str, Quantity], dict[str, str]],
) -> None:  # fmt: skip
    """`claim` read from `q` put in `out`, its evidence added to the claim of its key told
    before, or filed under its key (named apart by its holder, `_held_apart`); `books` the
    verb each sum is paid by, the figure each key was first read from, the keys split."""
    paid, told_at, split = books
    read_as = claim.key
    claim = _held_apart(ctx, claim, q, told_at, split)
    if claim.key in out:
        _told_again(out[claim.key], claim)
    else:
        out[claim.key] = claim
        told_at[claim.key] = q
        paid[claim.key] = _sum_verb(ctx, q) if is_currency(q.unit) else ""
    if split.pop(read_as + "\x1f", None) is not None and read_as in out:
        first = out.pop(read_as)  # the figure before that the same key first named
        first = _held_apart(ctx, first, told_at[read_as], told_at, split, True)
        out[first.key] = first


def _held_apart(
    ctx: Context, claim: Claim, q: Quantity, told_at: dict[str, Quantity],
    split: dict[str, str], first: bool = False,
) -> Claim:  # fmt: skip
    """`claim` named by whom its figure goes to, where one sentence gives two figures of the
    same metric and value to two holders ("Авторам достанется 40 %, исполнителям — 30 %, и
    еще 30 % получат правообладатели": "доля … исполнителей", "доля … правообладателей"),
    so the two are two facts; `told_at` is the figure each key was first read from, `split`
    the keys already split so (and with a trailing separator, a first telling still to
    split). A figure told twice with no holder of its own, or with the same, stays one."""
    was = told_at.get(claim.key)
    if (
        not first and claim.key not in split
        and (was is None or was.start == q.start or not _same_sentence(ctx, was, q))
    ):  # fmt: skip
        return claim
    holder = _holder(ctx, q)
    if holder is None or (not first and (other := _holder(ctx, was)) is not None
                          and other.lemma_ == holder.lemma_):  # fmt: skip
        return claim
    if not first and was is not None and claim.key not in split:
        split[claim.key + "\x1f"] = claim.key  # the first telling is named by its holder too
    split.setdefault(claim.key, claim.key)
    sent = ctx.sentence_at(q.start)
    if sent is not None:  # the sentence's other figures of the metric are named so too
        split[f"\x1e{sent.start_char}\x1e{claim.metric}"] = claim.metric
    name, key = noun_phrase(ctx, holder)
    claim.metric = f"{claim.metric} {genitive_name(name)}"
    claim.key = fact_key("claim", claim.key, key)
    told_at[claim.key] = q
    return claim


def _name_the_rest(
    ctx: Context, out: dict[str, Claim], told_at: dict[str, Quantity], split: dict[str, str]
) -> None:
    """Each other figure of a sentence `_held_apart` split a metric in, of that metric, named
    by its holder too: "Авторам достанется 40 % суммы, исполнителям — 30 %, продюсерам —
    30 %" → "доля суммы авторов" 40 beside the two 30s; a figure with no holder keeps it."""
    for key, claim in list(out.items()):
        at = told_at.get(key)
        sent = ctx.sentence_at(at.start) if at is not None else None
        if at is None or sent is None or f"\x1e{sent.start_char}\x1e{claim.metric}" not in split:
            continue
        holder = _holder(ctx, at)
        if holder is None:
            continue
        name, own = noun_phrase(ctx, holder)
        claim.metric = f"{claim.metric} {genitive_name(name)}"
        claim.key = fact_key("claim", key, own)
        del out[key]
        out[claim.key] = claim
        told_at[claim.key] = at


def _same_sentence(ctx: Context, a: Quantity | None, b: Quantity) -> bool:
    return a is not None and ctx.sentence_at(a.start) == ctx.sentence_at(b.start)


def _holder(ctx: Context, q: Quantity | None) -> Token | None:
    """The common noun a figure goes to: the remnant of a gapped item ("исполнителям — 30 %",
    `_remnant`, however the parse hangs the figure), else the dative or, for a figure its
    verb takes as object, the subject of its verb ("Авторам достанется 40 %", "30 % получат
    правообладатели"); a name is none (its state or body tells it apart already)."""
    number = root(ctx, q.start, q.end) if q is not None else None
    if number is None or q is None:
        return None
    head = number.head if number.dep_.startswith("nummod") else number
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    holder = _remnant(span[0]) if span is not None else None
    if holder is None and head.dep_ == "orphan":
        holder = head.head
    elif holder is None:
        verb = head.head
        roles = ("iobj", "nsubj") if head.dep_ == "obj" else ("iobj",)
        kids = [c for c in verb.children if c.dep_ in roles and c.i != head.i]
        holder = kids[0] if kids and verb.pos_ == "VERB" else None
    # a common noun the tagger takes for a name for its capital opening the sentence
    opening = holder is not None and holder.pos_ == "PROPN" and holder.i == holder.sent.start
    if holder is None or (holder.pos_ != "NOUN" and not opening):
        return None
    return None if ctx.mentions_in(holder.idx, holder.idx + 1) else holder


def _remnant(first: Token) -> Token | None:
    """The noun of the gapped item a dash right before the figure ends (", продюсерам —
    30 %"): the first noun between the comma or semicolon before it and the dash, in a
    few words with no verb; the parse may hang the figure on the next item's noun."""
    start, doc = first.i, first.doc
    if start < 2 or doc[start - 1].text not in ("-", "\u2013", "\u2014"):
        return None
    words: list[Token] = []
    for t in reversed(doc[max(start - 7, first.sent.start) : start - 1]):
        if t.text in (",", ";"):
            break
        words.insert(0, t)
    else:
        return None
    words = [t for t in words if t.lower_ not in ("а", "но", "и")]
    if not words or any(t.pos_ in ("VERB", "AUX") or t.like_num for t in words):
        return None
    return next((t for t in words if t.pos_ == "NOUN"), None)


def _sum_verb(ctx: Context, q: Quantity) -> str:
    """The lemma of the verb a sum's number hangs on ("выплатить 17,8 млн долларов"), ""."""
    number = root(ctx, q.start, q.end)
    verb = next((a for a in number.ancestors if a.pos_ == "VERB"), None) if number else None
    return verb.lemma_ if verb is not None else ""


def _told_once(claims: list[Claim], text: str, paid: dict[str, str]) -> list[Claim]:
    """One figure a document tells twice is one claim, the telling that says more: a headline
    "Концерт собрал 500 тысяч зрителей" and the body's "собрал до 500 тысяч зрителей" (a
    bound, a period, the states the headline leaves out); two periods or bounds stay two. A
    headline's figure is the body's where either metric narrows the other ("проведя в тюрьме 7
    лет" above "где она провела 7 лет") or they part only inside a preposition's phrase
    ("траур в память об X" above "траур в память о великом футболисте — X"), or one verb
    tells both sums (`_one_payment`)."""
    end = text.find("\n")  # the title: a first line more follows
    kept: list[Claim] = []
    for c in sorted(claims, key=_detail, reverse=True):
        fuller = next((k for k in kept if _says_more(k, c, _headline_pair(k, c, end))), None)
        payment = next(
            (k for k in kept if _headline_pair(k, c, end) and _one_payment(k, c, paid)), None
        )
        if fuller is None and payment is not None and payment.evidence[0].start < end:
            fuller, c = _in_place_of(kept, payment, c)  # the body's reading of one payment
        fuller = fuller or payment
        toll = next((k for k in kept if _headline_pair(k, c, end) and _one_toll(k, c)), None)
        if fuller is None and toll is not None and toll.unit == "человек" != c.unit:
            # "убиты двое полицейских" says whom "двое умерли" counts
            fuller, c = _in_place_of(kept, toll, c)
        fuller = fuller or toll
        count = next(
            (k for k in kept if _headline_pair(k, c, end) and _one_count(k, c, claims)), None
        )
        if fuller is None and count is not None and count.evidence[0].start < end:
            fuller, c = _in_place_of(kept, count, c)  # the body's words of one count of things
        fuller = fuller or count
        if fuller is None:
            kept.append(c)
        else:
            _told_again(fuller, c)
    return [c for c in claims if c in kept]


def _in_place_of(kept: list[Claim], told: Claim, telling: Claim) -> tuple[Claim, Claim]:
    """`telling` kept where `told` was, which folds into it: (the kept, the folded)."""
    kept[kept.index(told)] = telling
    return telling, told


def _one_count(a: Claim, b: Claim, claims: list[Claim]) -> bool:
    """A headline's count of things and the body's of the same value, status, bound, period
    and states (one's within the other's, as `_says_more` has them) are one, whatever noun
    each counts them by: "Нидерланды вернули Нигерии 119 бронзовых скульптур" above
    "передали Нигерии 119 предметов"; a sum, a share, a measure, a count of people
    (`_one_toll`) or one of more counts of its value in the document ("5 самолётов и 5
    вертолётов") stays its own."""
    same = [k for k in claims if k.value == a.value and _counts_things(k.unit)]
    told = (a.value, a.status, a.comparator, a.period)
    return (
        len(same) == 2
        and _counts_things(a.unit) and _counts_things(b.unit)
        and told == (b.value, b.status, b.comparator, b.period)
        and bool(a.states) and bool(b.states)
        and (set(a.states) <= set(b.states) or set(b.states) <= set(a.states))
    )  # fmt: skip


def _counts_things(unit: str) -> bool:
    """A unit that counts things, no people, sum, share or measure ("скульптура", "предмет")."""
    return (
        bool(unit)
        and unit not in PEOPLE
        and unit not in {"percent", "раз"}
        and not (is_currency(unit) or unit in lexicons()["measure"])
    )


def _told_again(claim: Claim, telling: Claim) -> None:
    """`telling`'s evidence added to `claim`'s, one span per sentence: a key told twice in
    one sentence ("соглашение сроком 5 лет, оно заключено на срок пять лет") is one source
    span, not the sentence listed twice."""
    for span in telling.evidence:
        if span not in claim.evidence:
            claim.evidence.append(span)


def _one_payment(a: Claim, b: Claim, paid: dict[str, str]) -> bool:
    """A headline's sum and the body's of the same value and currency that one verb tells
    are one, whatever each reading names it and however sure each is: "Суд постановил
    выплатить 17,8 млн долларов компенсации" above "… должно выплатить 17,8 млн долларов
    семье"; so are two verbs of granting between the same two states with one status
    ("Чили выделит Перу 3 млн долларов" above "предоставить Перу помощь на сумму 3 млн
    долларов"); sums two other verbs tell ("получила" above "выделила") stay two."""
    verb, other = paid.get(a.key, ""), paid.get(b.key, "")
    granted = (
        verb in _GRANTS and other in _GRANTS
        and len(a.states) == 2 and set(a.states) == set(b.states) and a.status == b.status
    )  # fmt: skip
    return (
        bool(verb) and (verb == other or granted)
        and (a.value, a.unit, a.comparator, a.period) == (b.value, b.unit, b.comparator, b.period)
    )  # fmt: skip


def _one_toll(a: Claim, b: Claim) -> bool:
    """A headline's toll of the dead and the body's of the same value are one, whichever verb
    of death each tells it by and whether or not it names who they were: "убиты двое
    полицейских" above "двое из них в полдень умерли"; a toll of the wounded, or of another
    value, stays its own."""
    return (
        a.metric.split()[0] in _DEATHS and b.metric.split()[0] in _DEATHS
        and "человек" in (a.unit, b.unit)
        and (a.value, a.comparator, a.period) == (b.value, b.comparator, b.period)
    )  # fmt: skip


def _headline_pair(a: Claim, b: Claim, title_end: int) -> bool:
    """One of two tellings is the headline's alone and the other the body's."""

    def headline(c: Claim) -> bool:
        return bool(c.evidence) and all(e.start < title_end for e in c.evidence)

    return headline(a) != headline(b)


def _detail(c: Claim) -> tuple[int, bool, int]:
    """How much a telling says; of two that say as much, the dated one is the fuller (a
    body's "4 января 2013 года … приговорил к трем годам" after a headline's states), then
    the one of the longer metric ("премьеры, ожидающие зрителей" after "премьеры")."""
    return (c.comparator != "eq") + bool(c.period) + len(c.states), bool(c.period), len(c.metric)


def _says_more(fuller: Claim, c: Claim, headline: bool = False) -> bool:
    """Whether `fuller` tells the same figure as `c` with all that `c` says and more (its
    metric the same or narrower, `_same_or_narrower`). A person's term is the person's
    whatever states each telling names: the headline's "Четыре года тюрьмы в Мексике для
    канадского хакера" is the body's sentence with its date. Of a `headline` and the body
    either metric may be the narrower, or they may part inside a preposition's phrase
    (`_same_but_whom`), and the headline's states are the body's; a bare "срок" (how long ago,
    how long someone lives somewhere) is no body's "срок заключения" of the same years, but in
    the sentence that names the term it is that term told again (`_one_sentence`)."""
    if headline:
        metric = (
            _same_or_narrower(fuller.metric, c.metric)
            or _same_or_narrower(c.metric, fuller.metric)
            or _same_but_whom(fuller.metric, c.metric)
        )
    else:
        bare = c.metric == _BARE_TERM and not _one_sentence(fuller, c)
        metric = _same_or_narrower(fuller.metric, c.metric) and not bare
    return (
        metric
        and (fuller.value, fuller.unit, fuller.status) == (c.value, c.unit, c.status)
        and c.comparator in ("eq", fuller.comparator)
        and c.period in ("", fuller.period)
        and (
            set(c.states) <= set(fuller.states)
            or c.metric in PERSONAL_METRICS
            or headline
            and set(fuller.states) <= set(c.states)
        )
        and c.speaker in ("", fuller.speaker)
    )


def _one_sentence(fuller: Claim, c: Claim) -> bool:
    """Whether `c` is told only in sentences that tell `fuller`: a bare "срок" of the same
    years, states and status as a named term of its sentence is that term told twice
    ("подписали соглашение сроком 5 лет, оно заключено на срок пять лет" → one "срок
    действия соглашения"), where in another sentence it may be how long ago or how long one
    stays."""
    told = {(e.start, e.end) for e in fuller.evidence}
    return bool(c.evidence) and all((e.start, e.end) in told for e in c.evidence)


def _same_or_narrower(fuller: str, metric: str) -> bool:
    """`fuller` is `metric` or opens with it and narrows it by more words: the headline's
    "премьеры" and the body's "премьеры, ожидающие зрителей" with the same value are one
    figure; "экспорт меди" and "импорт меди" are two."""
    return fuller == metric or fuller.startswith((f"{metric} ", f"{metric}, "))


def _same_but_whom(one: str, other: str) -> bool:
    """Two metrics the same up to a preposition each goes on with, naming whom or what
    differently: "траур в память об Эйсебио" and "траур в память о великом футболисте";
    "рост экспорта меди" and "рост импорта меди", "доля голосов X" and "доля голосов Y" part
    before any preposition, "поставки в Перу" and "поставки из Перу" at two, and stay two."""
    a, b = one.split(), other.split()
    shared = 0
    while shared < min(len(a), len(b)) and a[shared] == b[shared]:
        shared += 1
    rest = [_PREPOSITIONS.get(r[0].lower(), "") if r else "" for r in (a[shared:], b[shared:])]
    return shared > 0 and rest[0] != "" and rest[0] == rest[1]


def _claim(
    ctx: Context,
    q: Quantity,
    sent: Span,
    sides: tuple[list[str], list[tuple[int, int]]],
    total: Quantity | None,
    before: tuple[Quantity | None, Quantity | None],
    standing: bool = False,
    listed: str = "",
    thing: Token | None = None,
    item: tuple[list[Token], Quantity] | None = None,
    pair_gap: tuple[Quantity, Quantity | None, list[Token]] | None = None,
    held: tuple[str, str, str] | None = None,
    whole: Quantity | None = None,
) -> Claim | None:
    """The claim of one quantity; `sides` is the document's pair of states and the spans of
    its sums of money, whose "долларов США" names a currency, not a side; `before` is the
    figure before it in its sentence and the sum whose currency a bare "20 миллиардов"
    leaves out (`sum_before`); `listed` the unit a bare count in brackets takes from the
    list it ends (`bracketed.listed_unit`); `thing` what a change changes where that is one
    of the measures coordinated with its subject (`changes.coordinated`); `item` the words
    of a gapped list item the figure ends and the list's first figure (`_listed`);
    `pair_gap` the first pair's figure a gapped "N из M" stands for and its words of where
    (`gapping.gapped_pair`); `held` the metric of a holder's bare number after a dash
    (`gapping.gapped_holder_count`); `whole` the figure of the sentence before that an
    opening "Из них" makes this one a part of (`neighbours.whole_before`)."""
    prior, donor = before
    against: Quantity | None = None  # the figure this one is the earlier level of
    elided: Quantity | None = None  # a sum of a sentence before whose verb, status this takes
    tokens, after = around(ctx, sent, q)
    clause = clause_before(tokens)
    unit = q.unit or ("раз" if q.multiplier else "")
    value = q.value
    if is_duration(q):
        term = duration_claim(ctx, q, sent)
        if term is None:
            return None
        name, value, unit = term
        lemma_key = name
    else:
        if counts_times(ctx, q):  # a count of times counts its act or nothing
            times = _times(ctx, q)
            if times is None:
                return None
            metric: tuple[str, str, str] | None = (*times, q.unit)
        else:
            unconceded = (
                unconceded_words(ctx, q, sent, clause),
                unconceded_words(ctx, q, sent, after),
            )
            metric = (  # "…, в верхней палате — 80 из 100": read as the first pair is
                gapped_pair_metric(ctx, pair_gap, sent) if pair_gap
                else partner_part(ctx, q, whole, sent)  # ", на Чили пришлось 7 млн тонн"
                or flow_measure(ctx, q, whole, sent)  # ", на поставки в Японию пришлось"
                or gapped_noun(ctx, q, prior)  # "8 мужских сборных и 4 женских"
                or their_people(ctx, q, prior)  # "…, а сейчас их 2,5 млн человек"
                or _measured(ctx, q, unit, unconceded, total, thing)
            )  # fmt: skip
        metric = opened_partner_measure(ctx, q, whole, sent, metric)  # "На долю Японии пришлось"
        if metric is None and donor is not None:
            metric = in_currency_of(ctx, q, donor, clause, after)
            elided = donor if metric is not None and donor.start < sent.start_char else None
        metric = metric or gapped_sum(ctx, (prior, q), sent, unit)
        metric = elided_measure(ctx, (prior, q), sent, metric)
        metric = gapped_deed(ctx, (prior, q), sent, metric)
        metric = item_metric(ctx, None if thing else item, sent, metric)
        metric = flow_share(ctx, q, whole, sent, metric)  # "…, на экспорт Чили пришлось 40 %"
        if metric is None and q.kind == "amount":
            metric = held or elided_people(ctx, q, prior) or elided_count(ctx, q, prior)
            metric = metric or votes_against(ctx, q, prior) or total_after(ctx, q, prior)
            metric = metric or bare_fated(ctx, q, prior, whole) or bare_counted(ctx, q)
            metric = metric or bare_part(ctx, q, prior)
            metric = metric or _gapped_scaled_count(ctx, q, prior)
            metric = metric or part_named(ctx, q) or fated_count(q.unit)
            metric = metric or accounted_part(ctx, q, prior or donor or whole)
        text = ctx.document.text
        if (
            metric is None and prior is not None and _compared(text, q)
            and (_told_of(ctx, prior, q) or prior.start < sent.start_char)
        ):  # fmt: skip
            metric = prior_metric(ctx, prior, ctx.sentence_at(prior.start) or sent, unit)
        against = set_against(ctx, prior, q)
        metric = _earlier_level(ctx, against, sent, (metric, unit))
        metric = contrasted_difference(ctx, (q, unit), prior, sent, metric)
        metric = metric or pointed_back_metric(ctx, (q, unit), prior, clause, sent)
        metric = pointed(ctx, metric, prior, sent)
        metric = owned_thing(ctx, q, metric)  # "…, а его стоимость оценивается в …"
        owner = bracket_owner(ctx, q.start, q.end)
        if metric is None and owner is not None and listed:
            # "ФСБ (207)" after "(35 автомобилей)": cars too
            metric = (morph().inflect(listed, {"nomn", "plur"}), listed, listed)
        if metric is None or held_back(ctx, q) == "refuse":
            # "отказалась выделить Мьянме 40 млн долларов": no one gives it; "у него двое
            # детей": a family, no news figure
            return None
        name, lemma_key, unit = metric
        unit = fated_unit(unit)  # "30 раненых": people, as "17 погибших"
        name, lemma_key = named_fate(name, lemma_key, unit)  # "пропали" → пропавшие без вести
        if owner is not None:
            name, lemma_key = f"{name} {owner.name}", f"{lemma_key} {owner.key}"
    compared = _compared(ctx.document.text, q)
    name, lemma_key = as_rate(ctx, (q, unit), (name, lemma_key), compared)
    if q.kind == "change" or compared:
        growth = (
            compared == "рост"
            or MULTIPLIED.match(q.text) is not None  # "удвоился", "утроить"
            or (not compared and rises(clause, after))
        )
        word = "рост" if growth else "снижение"
        name, lemma_key = f"{word} {genitive_name(name)}", f"{word} {lemma_key}"
    own_clause = [*_own_clause(ctx, q, clause), *verb_figure(ctx, q)]
    standing = standing or told_of_a_thing(ctx, q)
    number = root(ctx, q.start, q.end)
    left = tokens if number is None else [t for t in tokens if t.i >= told_now(number)]
    # "получит 26 % акций", "получит 2 млрд кубометров газа": a sum's, not "получит 27 мест"
    received = unit in lexicons()["measure"] and lemma_key.startswith(_SUPPLIES)
    sums = is_currency(unit) or lemma_key.startswith(_STAKES) or received
    status = "actual" if standing else _status(own_clause, left, after, sums, number)
    status = "forecast" if status == "actual" and told_ahead(number) and not standing else status
    status = "target" if status == "actual" and held_back(ctx, q) == "hold" else status
    status = estimated_ahead(ctx, q, lemma_key, status)  # "…, а его стоимость оценивается в …"
    status = elided_status(ctx, status, elided)
    comparator = denied_bound(number, elided_bound(ctx, q, _comparator(q, clause)))
    status = limit_in_force(number, comparator, status)  # "по закону … не может превышать 20 %"
    change = change_to(clause)
    if change is not None and status == "actual":
        status = "target"  # "предполагает сокращение … до 1550": a level to reach
    status = missed_aim(status, comparator, q, number)
    if change in REDUCTIONS and status == "target" and comparator == "eq":
        comparator = "le"  # reducing to N caps it at N
    # a term has no period, but a prison term has the year it was handed down in
    timeless = is_duration(q) and not name.startswith(PRISON_TERM)
    period = "" if timeless else _period(ctx, q, sent) or range_period(ctx, q, prior, sent)
    period = period if timeless else earlier_end(ctx, q, sent, period)  # "за год с 6 до 11"
    period = "" if name.startswith(PRISON_TERM) and not _sentenced_in(number, period) else period
    period = contracted_period(ctx, q, sent, period, is_currency(unit))  # "начиная с 2027 года"
    part = _part(ctx, q, sent)
    pair, apart = sides[0], [*sides[1], *coordinated_apart(ctx, q, sent), *seized_land(ctx, q)]
    told_of = of_figure_before(ctx, q, prior, sent)
    if told_of is not None and prior is not None:
        period = period or _period(ctx, prior, told_of)
        part, apart = _part(ctx, prior, told_of), sides[1]
    part, period = _of_whole(ctx, whole, part, period)
    period = period or continued_period(ctx, q, sent, lemma_key) or gathering_period(ctx, q)
    # people counted themselves, no measure of them ("число беженцев составило …")
    people = (unit in PEOPLE or bool(animate_plural(unit))) and not _measure_key(lemma_key)
    period = period or event_day(ctx, q, sent, people)  # "… в воскресенье провели обмен. …"
    status = step_status(ctx, (q, sent), period, status)
    earlier = ended_before(period, ctx.document.date)
    status = announced_spending(number, status, earlier, is_currency(unit))  # "объявила о вложении"
    status = contracted_volume(number, status, is_currency(unit))  # "контракт на поставку 2 млн т"
    status = paper_sets(number, status)  # "Согласно документу, Узбекистан получит 2 млрд м³"
    status = coming_years(number, status)  # "инвестиции на 7 млрд евро в ближайшие три года"
    penalty = name.startswith((PRISON_TERM, "штраф"))  # a fine is sought or set as a term is
    status = sought_term(number, status) if penalty else status
    # "обязал покинуть страну в течение трёх суток", "дали 72 часа, чтобы покинуть страну": the
    # time an order gives a deed is due as the deed is, a target ("должны покинуть за 48 часов")
    status = "target" if name.startswith(ORDERED_TERM) else status
    status = gapped_status(ctx, q, status, penalty)  # "…, а Боливии — 1 млн тонн": the first's
    status = earlier_level(status, against is not None, period, ctx.document.date)
    states = _states(ctx, part, lemma_key, pair, apart, counted_people_state(ctx, q))
    # a figure with neither period nor states says nothing that makes it another text's too
    # ("два кандидата", "более 50 % голосов" of two elections): it keys on its document
    own = () if period or states else (ctx.document.id,)
    key = fact_key("claim", lemma_key, value, unit, comparator, period, status, *states, *own)
    return Claim(
        key=key,
        metric=name,
        value=value,
        unit=unit,
        comparator=comparator,  # type: ignore[arg-type]
        status=status,  # type: ignore[arg-type]
        period=period,
        speaker=_among_counted(
            ctx,
            q,
            ""
            if _written(ctx, q) or _said_by_no_one(ctx, q)
            else cited_in_turn(ctx, sent, q.start)
            or speaker_of(ctx, sent.start_char, sent.end_char)
            or speaker_of(ctx, q.start, q.end)
            or reporter(ctx, sent),
        ),  # fmt: skip
        states=states,
        quote=re.sub(r"\s+", " ", span_text(sent)).strip(),
        evidence=[ctx.evidence(sent.start_char, sent.end_char)],
    )


def _earlier_level(
    ctx: Context,
    against: Quantity | None,
    sent: Span,
    read: tuple[tuple[str, str, str] | None, str],
) -> tuple[str, str, str] | None:
    """The metric of a figure set `against` the one before it ("до 15 тысяч граждан
    Узбекистана против 9 тысяч", "1 200 грузовиков вместо прежних 400"): that one's, the
    earlier level of the same measure; a sum keeps the metric its clause gives it."""
    metric, unit = read
    if against is None or (metric is not None and is_currency(unit)):
        return metric
    return prior_metric(ctx, against, sent, unit) or metric


def _measure_key(lemma_key: str) -> bool:
    """Whether a claim's key opens with a measured noun ("число беженец", "явка"), not the
    things counted themselves ("гражданин", "переданные гражданин")."""
    return lemma_key.split(" ", 1)[0] in lexicons()["metric"]


def _of_whole(
    ctx: Context, whole: Quantity | None, part: tuple[Span, list[tuple[int, int]]], period: str
) -> tuple[tuple[Span, list[tuple[int, int]]], str]:
    """A part's stretches and period with its `whole`'s, told the sentence before ("… в 2024
    году составил 5 млрд долларов. Из них 3 млрд приходится на Египет": the part is of both
    sides and of 2024); as they were for no whole. A contrast's own part naming a state the
    whole does not keeps its own states (", а 2 млрд — на импорт из России": Russia's, not
    the whole's pair too), with the whole's period."""
    told = ctx.sentence_at(whole.start) if whole is not None else None
    if whole is None or told is None:
        return part, period
    period = period or _period(ctx, whole, told)
    if told == part[0]:  # a partner's part told after its whole: the whole's own stretch
        return (part[0], [*part[1], *_part(ctx, whole, told)[1]]), period
    if _contrasted_away(ctx, part, told):
        return part, period
    return (part[0], [*part[1], (told.start_char, told.end_char)]), period


def _contrasted_away(ctx: Context, part: tuple[Span, list[tuple[int, int]]], told: Span) -> bool:
    """Whether `part` is the part of a contrast after its sentence's opening (`_part` cut it
    at ", а") and names a state the sentence `told` of the whole does not."""
    sent, stretches = part
    if len(stretches) != 1 or stretches[0][0] <= sent.start_char:
        return False
    own = {m.entity for m in ctx.mentions_in(*stretches[0], "State")}
    return bool(own - {m.entity for m in ctx.mentions_in(told.start_char, told.end_char, "State")})


def _among_counted(ctx: Context, q: Quantity, speaker: str) -> str:
    """`speaker`, or "" where the count's own phrase names them among those it counts:
    "трое сыновей X Омар, Юсуф и Мустафа практически не высказывались" — Мустафа is one of
    the three counted, not the one telling the count."""
    number = root(ctx, q.start, q.end)
    noun = number if number is None or number.pos_ == "NOUN" else number.head
    if not speaker or noun is None or noun.pos_ != "NOUN":
        return speaker
    words = list(noun.subtree)
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    named = {m.entity for m in ctx.mentions_in(start, end) if m.start >= q.end}
    return "" if speaker in named else speaker


def _written(ctx: Context, q: Quantity) -> bool:
    """A figure a verb of saying counts as its object is what someone wrote or gave, not
    words they said: "Художник написал больше 6 тысяч работ" has no speaker, unless other
    words (a quotation) give the figure to someone."""
    number = root(ctx, q.start, q.end)
    verb = verb_before(number) if number is not None and number.dep_ == "obj" else None
    if verb is None or verb.lemma_ not in speech_lemmas():
        return False  # the verb right before, however the parser hangs the object
    return not any(
        r.start <= q.start < r.end and r.speaker and r.at != verb.idx for r in regions(ctx)
    )


def _said_by_no_one(ctx: Context, q: Quantity) -> bool:
    """Whether each verb of saying whose words cover a figure is no one's saying them: it
    writes a work (a noun as its object, the figure outside it: "Тогда она, написав свой
    первый роман, отправила рукопись в три издательства") or is a short passive participle
    ("ядерный баланс подтверждён", however the tagger reads it), with no clause or
    quotation of what was said; or its subject is many, a plural noun naming no person
    ("гражданские демократы надеются, что …": not the one "гражданский демократ" named
    before); "назвала цифру в 5 %" says its figure, "написала, что …" a clause."""
    covering = [r for r in regions(ctx) if r.speaker and r.start <= q.start < r.end]
    if not covering or any(r.gap or _quoted(ctx, r.start, q.start) for r in covering):
        return False
    for r in covering:
        verb = ctx.doc.char_span(r.at, r.at + 1, alignment_mode="expand")
        token = verb.root if verb is not None else None
        if token is None or token.lemma_ not in speech_lemmas():
            return False
        if r.speaker.startswith("person/") and _many(ctx, token):
            continue
        if any(c.dep_ in ("ccomp", "parataxis", "csubj", "xcomp") for c in token.children):
            return False
        if _short_passive(token):
            continue
        work = next((c for c in token.children if c.dep_ == "obj" and c.pos_ == "NOUN"), None)
        if work is None or any(t.idx <= q.start < t.idx + len(t) for t in work.subtree):
            return False
        between = token.doc[token.i + 1 :]
        if any(t.lower_ == "что" for t in between if t.idx < q.start):
            return False  # "признал свою вину в том, что …": what he admitted, said
    return True


def _quoted(ctx: Context, start: int, at: int) -> bool:
    """Whether a quotation opened in [start, at) (or right before `start`, where a quoted
    region opens) is still open at `at`: quoted words are said ('"Прошло два срока", -
    цитирует слова руководителя РИА Новости')."""
    told = ctx.document.text[max(0, start - 1) : at]
    straight = told.count('"') % 2 == 1
    return straight or told.count("«") > told.count("»") or told.count("“") > told.count("”")


def _many(ctx: Context, verb: Token) -> bool:
    """Whether the subject of a verb of saying is a plural noun with no person's name in it:
    "гражданские демократы надеются" (many say it, no one person); "министры Ана Гомес и
    Луис Сото заявили" name theirs."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or "Plur" not in subject.morph.get("Number"):
        return False
    words = list(subject.subtree)
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    return not any(m.type == "Person" for m in ctx.mentions_in(start, end))


def _short_passive(token: Token) -> bool:
    """A short passive participle ("подтверждён", "заявлено"), by every reading pymorphy3
    gives its word: what was done to a thing, said by no one it names."""
    parses = morph().parse(token.lower_)
    return bool(parses) and all(p.tag.POS == "PRTS" for p in parses)


def _sentenced_in(number: Token | None, period: str) -> bool:
    """Whether a prison term's year is that of the sentencing verb itself ("в 2018 году
    приговорён к 6 годам"), not of a noun ("за события 2020 года") or after a "за"-phrase
    of the crime ("за шпионаж в 2018 году")."""
    verb = next((a for a in number.ancestors if a.pos_ == "VERB"), None) if number else None
    if verb is None or not period:
        return False
    year = next((c for c in verb.children if period[:4] in [t.text for t in c.subtree]), None)
    if year is None:
        return False
    between = range(min(verb.i, year.i), max(verb.i, year.i) + 1)
    return not any(c.i in between and c.dep_ == "obl" and _for_a_deed(c) for c in verb.children)


def _for_a_deed(t: Token) -> bool:
    """A "за"-phrase: what one is sentenced for."""
    return any(c.dep_ == "case" and c.lower_ == "за" for c in t.children)
