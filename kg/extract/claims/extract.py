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
  measure ("30 кг урана" → "уран"); written units ("кв. км", "м²", numbers.py)
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
- Comparator from numbers.py; "не превышать N" is le, "превысить N" is gt, a
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

This module turns each number into a Claim (`extract_claims`, `_claim`); the modules beside it
each read one part of it, each asking only those above it in this list:
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
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import takewhile
from pathlib import Path

from spacy.tokens import Span, Token

from kg.doc_text import span_text
from kg.extract.claims.bracketed import bracket_owner, listed_unit
from kg.extract.claims.changes import (
    _grown,
    _unconceded,
    as_rate,
    change_to,
    coordinated,
    gapped_goods,
    priced,
)
from kg.extract.claims.durations import (
    PERSONAL_METRICS,
    PRISON_TERM,
    counted_ago,
    duration_claim,
    is_duration,
    told_of_a_thing,
)
from kg.extract.claims.durations import UNITS as DURATION_UNITS
from kg.extract.claims.fact import Claim
from kg.extract.claims.gapping import (
    _elided,
    _gapped,
    _gapped_scaled_count,
    bare_counted,
    bare_fated,
    bare_part,
    counted_scales,
    elided_count,
    elided_measure,
    elided_people,
    elided_scales,
    gapped_deed,
    gapped_holder_count,
    gapped_pair,
    gapped_ratios,
    gapped_sum,
    in_currency_of,
    list_item,
    listed_metric,
    part_named,
    total_after,
)
from kg.extract.claims.lexicons import (
    BARE_SCALE,
    FALLS,
    GROWTH,
    MILLIONS,
    MULTIPLIED,
    PRICES,
    REACHING,
    REDUCTIONS,
    SCALES,
    WORDS,
    lexicons,
)
from kg.extract.claims.metrics import _metric, prior_metric
from kg.extract.claims.parse import _clause, around, finite, root, verb_before
from kg.extract.claims.periods import (
    DASH_ONLY,
    _period,
    continued_period,
    range_period,
    step_status,
)
from kg.extract.claims.phrases import genitive_name, noun_phrase
from kg.extract.claims.shares import part_of
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
    elided_status,
    held_back,
    missed_aim,
    sought_term,
    told_ahead,
    told_now,
)
from kg.extract.claims.times import frequency, times_metric
from kg.extract.claims.votes import votes_against
from kg.extract.common.attribution import regions, reporter, speaker_of
from kg.extract.common.attribution_words import speech_lemmas
from kg.extract.common.numbers import CLAIM_KINDS, Quantity, find_quantities, is_currency, scaled
from kg.extract.common.pair import main_pair
from kg.extract.context import Context, fact_key
from kg.lexicon import load_rows
from kg.nlp.deps import (
    SUBJECTS,
    copular,
    negated,
    sentence_before,
    sentences_back,
    subjunctive,
)
from kg.nlp.morph import is_animate, is_finite, is_infinitive, is_verb_form, morph

_POINTED = {"число", "показатель", "цифра"}  # "это число": the figure before it
_POINTERS = {"этот", "это", "данный", "такой"}
_OUT_OF = re.compile(r"\s+из\s+", re.IGNORECASE)  # "67 из 100"
_PLACES = WORDS["place"]
_MESSAGES = WORDS["message"]
_FEW_BETWEEN = 5  # "между двумя мужчинами": the parties of what happened, no count
_RANKS = WORDS["rank"]
_MOST = re.compile(r"наи(?:больш|меньш)")  # "получившие наибольшее число голосов"
_RANK_MOST = 10  # "первые два кандидата" rank; "первые 500 беженцев" count a batch
# a superlative of size or strength ranks ("крупнейших", "сильнейших"); one of quality does
# not ("три новейших истребителя", "пять мощнейших взрывов" count)
_SUPERLATIVE = re.compile(r"(?:крупн|сильн|богат|влиятельн)ейш")
_PER = re.compile(r"\s+за\s+", re.IGNORECASE)  # "280 долларов за тысячу кубометров"
_STAKES = ("доля акция",)  # a stake in a company: what a future of receiving forecasts
_FRACTIONS = WORDS["fraction"]
_SCORE_UNITS = {"балл", "очко"}  # what a score "N из M" counts
_LIMIT_MODALS = WORDS["limit_modal"]
_RULING_OUT = WORDS["ruling_out"]
_BEING_THERE = WORDS["being_there"]
_CAPPED = WORDS["capped"]
_SUM_SCALE = re.compile(rf"(?<![а-яё])(?:тыс|{MILLIONS})", re.IGNORECASE)  # a sum's scale word
# an attribution before "это" ("По словам посла X, это на 3 % меньше"; "Как отметил министр,
# это вдвое больше"): the sentence still opens with the difference
_ASIDE_BEFORE = (
    r"(?:по\s+(?:(?:его|её|их)\s+)?(?:словам|данным|оценкам?|мнению)|как\s+[а-яё]+л[аи]?)"
    r"[^,.;:!?«»]*,"
)
_THIS_OPENS = re.compile(
    rf"(?:{_ASIDE_BEFORE})?[\s«\"„“—–-]*(?:и\s+)?это\s+(?:(?:почти|примерно|более\s+чем|на|в|во)\s+)*",
    re.IGNORECASE,
)
_COMPARED = re.compile(r"[ \u00a0]*(больше|выше|меньше|ниже)(?![а-яё])", re.IGNORECASE)
_ON = re.compile(r"(?<![а-яё])на[ \u00a0]+$", re.IGNORECASE)
# what joins a figure to a difference told of it: ", что на", ", это на", "(на"; a
# multiplier needs no "на" (", что вдвое", " — в три раза")
_GAP_COMPARED = re.compile(
    r"[,(\u2013\u2014][\s\u00a0]*(?:что|это|или)?[\s\u00a0]*(?P<on>на[\s\u00a0]+)?$", re.IGNORECASE
)
# a sum told again in another currency: "1,5 млрд долларов (около 7,5 млрд реалов)"
_CONVERTED = re.compile(
    r"[ \u00a0]*(?:\(|,?[ \u00a0]*или|[\u2013\u2014])[ \u00a0]*(?:около|примерно|порядка|почти)?"
    r"[ \u00a0]*",
    re.IGNORECASE,
)
# "в полтора раза с 8 до 12", "вдвое сократил количество X — с тысячи до 569"
_FROM_TO = re.compile(
    r"(?:[^.;:!?\d]{0,60}?[\s,\u2013\u2014-])?(?:с|со)[ \u00a0]+[\w,]+[ \u00a0]+до[ \u00a0]+\d",
    re.IGNORECASE,
)
# currencies whose bare name ("крон", "песо") several states share (currencies.tsv)
_BARE_CURRENCIES = {
    "крона": {"SEK": "state/SWE", "NOK": "state/NOR", "DKK": "state/DNK", "CZK": "state/CZE"},
    "песо": {"MXN": "state/MEX", "ARS": "state/ARG", "CLP": "state/CHL", "COP": "state/COL",
             "PHP": "state/PHL"},
    "шиллинг": {"KES": "state/KEN", "UGX": "state/UGA", "TZS": "state/TZA"},
    "рупия": {"INR": "state/IND", "PKR": "state/PAK", "IDR": "state/IDN", "LKR": "state/LKA",
              "NPR": "state/NPL"},
}  # fmt: skip
_BARE_DEFAULTS = {"рупия": "INR"}  # a bare rupee no state settles: India's, as most texts mean
# "в 3-[4 раза]", "в [3]-4 раза": a range of ratios, whose parts read as counts of times
_RATIO = re.compile(
    r"(?<![а-яё])во?[ \u00a0]+(?:\d+(?:[.,]\d+)?[ \u00a0]*[-\u2013\u2014][ \u00a0]*)?$"
)


def extract_claims(ctx: Context) -> list[Claim]:
    """Every numeric claim of the document, one per key, evidence merged."""
    text = ctx.document.text
    pair = sorted(main_pair(ctx, at_least=1))  # the two states named most, even once
    out: dict[str, Claim] = {}
    found = _named_currencies(ctx, [counted_ago(text, q) for q in find_quantities(text)])
    found = counted_scales(ctx, elided_scales(ctx, found))
    found, ratio_nouns = gapped_ratios(ctx, found)  # "…в 3 раза, а пенсия — в 2"
    money = [(f.start, f.end) for f in found if is_currency(f.unit)]
    for i, q in enumerate(found):
        if q.kind not in CLAIM_KINDS and not is_duration(q):
            continue
        if q.unit in _FRACTIONS:
            continue  # "две трети из 100 членов": a share of the total, which is the claim
        if q.multiplier and _FROM_TO.match(text, q.end):
            continue  # "вдвое сократил — с тысячи до 569": the ratio of the two levels it gives
        if q.multiplier and _title_count(ctx, q):
            continue  # "двукратный чемпион": how often a title was won, no change
        before = found[i - 1] if i else None
        if (
            before is not None
            and is_currency(before.unit)
            and _PER.fullmatch(text, before.end, q.start)
        ):
            continue  # "280 долларов за тысячу кубометров": the unit a price is for
        if before is not None and _converted(text, before, q):
            continue  # "1,5 млрд долларов (около 7,5 млрд реалов)": one sum told twice

        fraction = _share_before(ctx, before, q)
        total_of = before and _OUT_OF.fullmatch(text[before.end : q.start]) and not fraction
        pair_gap = gapped_pair(ctx, found, i)  # "…, в верхней палате — 80 из 100"
        bare = not q.unit or _elided(q.unit) or _scored(text, before, q)
        if total_of and bare and not pair_gap:
            # "67 из 100", "в 268 играх из 410 возможных": a bare total is no claim; with its
            # noun ("30 из 101 места", "55 из 90 депутатов") it is a count of its own, but
            # not the most a score could be ("9 из 10 баллов")
            continue
        after = found[i + 1] if i + 1 < len(found) else None
        total = after if after and _OUT_OF.fullmatch(text[q.end : after.start]) else None
        if total and q.unit and total.unit and total.unit != q.unit:
            total = None  # "10 тысяч спортсменов из 205 стран": where they come from, not a total
        sent = ctx.sentence_at(q.start)
        # "оценили на 9 из 10", "9 из 10 баллов": a score, no count
        # "хранитель двух святынь", "Союза трёх императоров": a name; "даже если бы она
        # оказалась в числе 40 …": a figure only supposed
        if (
            sent is None
            or _in_name(ctx, q)
            or _in_title(ctx, q, sent)
            or _unreal_condition(ctx, q)
            or (total and _scored(text, q, total))
        ):
            continue
        if _place_count(ctx, q, found, sent) or _frame_count(ctx, q) or _rank_count(ctx, q):
            # "на трёх заводах Перу 40 человек пострадали": the scene of the 40; "между двумя
            # мужчинами", "в своих 12 постах", "два платежа по 15 300": participants, frames;
            # "первые два кандидата", "одним из трёх крупнейших партнёров": places in a ranking
            continue
        prior = next(
            (
                p
                for j, p in reversed(list(enumerate(found[:i])))
                if p.kind in CLAIM_KINDS and p.start >= sent.start_char
                and not _bare_total(text, found, j)
            ),
            None,
        )  # fmt: skip
        prior = prior or _figure_before(ctx, q, found[:i], sent) or _pointed_back(ctx, q, found[:i])
        prior = prior or _before_semicolon(ctx, q, found[:i], sent)
        # the total a required share is of ("две трети из 100 членов") is a standing count
        donor = _sum_before(ctx, q, found[:i], sent)
        listed = listed_unit(ctx, q, found[:i]) if not q.unit else ""
        item = _listed(ctx, q, found[:i], sent)
        held = gapped_holder_count(ctx, found, i)  # "…, консерваторы - 120": 120 мест
        reading = _with_upper(text, q, after)
        # a change of measures coordinated ("экспорт и импорт выросли") is a claim of each
        things = [None, *(coordinated(ctx, reading) if reading.kind == "change" else [])]
        things = [ratio_nouns[i]] if i in ratio_nouns else things
        for thing in things:
            claim = _claim(
                ctx, reading, sent, (pair, money), total, (prior, donor), standing=fraction,
                listed=listed, thing=thing, item=item, pair_gap=pair_gap, held=held,
            )  # fmt: skip
            if claim is None:
                break
            if claim.key in out:
                out[claim.key].evidence.extend(claim.evidence)
            else:
                out[claim.key] = claim
    return _told_once(list(out.values()))


def _listed(
    ctx: Context, q: Quantity, found: list[Quantity], sent: Span
) -> tuple[list[Token], Quantity] | None:
    """The words of the gapped list item `q` ends (`gapping.list_item`) and the figure that
    opens the list, back over the items before it ("Экспорт … составил 2 млрд долларов,
    импорт — 1,5 млрд, инвестиции — 0,5 млрд": the export's); None for no such item."""
    figures = [p for p in found if p.kind in CLAIM_KINDS and p.start >= sent.start_char]
    item = list_item(ctx, figures[-1], q) if figures else []
    if not item:
        return None
    k = len(figures) - 1
    while k > 0 and list_item(ctx, figures[k - 1], figures[k]):
        k -= 1
    return item, figures[k]


def _item_metric(
    ctx: Context, item: tuple[list[Token], Quantity] | None, sent: Span,
    metric: tuple[str, str, str] | None,
) -> tuple[str, str, str] | None:  # fmt: skip
    """The metric of a gapped list item's figure (`gapping.listed_metric`), by the metric of
    the list's first figure; `metric` itself for no item."""
    if item is None:
        return metric
    return listed_metric(ctx, item[0], _first_metric(ctx, item[1], sent), metric)


def _first_metric(
    ctx: Context, first: Quantity, sent: Span
) -> tuple[tuple[str, str, str], list[Token]] | None:
    """The metric of the figure that opens a list, by its own words, with the words of its
    clause before it (`gapping.listed_metric`)."""
    tokens, after = around(ctx, sent, first)
    clause = _clause(tokens)
    unit = first.unit or ("раз" if first.multiplier else "")
    words = (_unconceded(ctx, first, sent, clause), _unconceded(ctx, first, sent, after))
    metric = _measured(ctx, first, unit, words, None)
    return None if metric is None else (metric, tokens)


def _bare_total(text: str, found: list[Quantity], j: int) -> bool:
    """Whether found[j] is the bare total after a count ("78 депутатов из 150"): no figure of
    its own, so a bare number after it counts as the count did ("…, 60 проголосовали
    против")."""
    if j == 0 or found[j].unit:
        return False
    return _OUT_OF.fullmatch(text, found[j - 1].end, found[j].start) is not None


def _scored(text: str, part: Quantity | None, total: Quantity) -> bool:
    """Whether "N из M" is a score: of points ("набрал 9 из 10 баллов"), or bare after "на"
    ("оценили на 9 из 10"); "55 из 90 депутатов", "проголосовали 157 из 172" count."""
    if part is None:
        return False
    if total.unit in _SCORE_UNITS:
        return True
    on = _ON.search(text, max(0, part.start - 4), part.start)
    return not part.unit and not total.unit and on is not None


def _share_before(ctx: Context, before: Quantity | None, q: Quantity) -> bool:
    """A fraction in q's own sentence ("требовалось две трети голосов — 150 из 225") makes q
    the standing total it is a share of; one a sentence before ("Лаос экспортирует две трети
    электроэнергии. Мощность ГЭС составит 1,4 тыс. мегаватт") is no part of q's."""
    if before is None or before.unit not in _FRACTIONS:
        return False
    return ctx.sentence_at(before.start) == ctx.sentence_at(q.start)


def _last_claim_from(found: list[Quantity], start: int) -> Quantity | None:
    """The last figure of a claim's kind found at `start` or after: the sentence before's,
    whose claim a figure that goes on with it belongs to."""
    return next((p for p in reversed(found) if p.kind in CLAIM_KINDS and p.start >= start), None)


def _figure_before(ctx: Context, q: Quantity, found: list[Quantity], sent: Span) -> Quantity | None:
    """The last figure of the sentence before one that opens "Это на 15 % больше…", "Это
    вдвое больше…": what the difference is of ("…совершили более 87 тыс. паломников. «Это
    вдвое больше, чем в прошлом году», — заявил министр")."""
    if not (q.unit or q.multiplier) or not _opens_with_this(ctx, q, sent):
        return None  # a bare "на 3 млрд меньше прогноза" has no unit of its own
    before = sentence_before(sent)
    if before is None:
        return None
    return _last_claim_from(found, before.start_char)


def _before_semicolon(
    ctx: Context, q: Quantity, found: list[Quantity], sent: Span
) -> Quantity | None:
    """The last figure before a semicolon the sentence splitter ends a sentence at, for a
    bare number after it ("55 из 90 депутатов; 33 высказались против"): one sentence's
    clauses."""
    before = sentence_before(sent)
    if q.unit or before is None or not ctx.document.text[: sent.start_char].rstrip().endswith(";"):
        return None
    return _last_claim_from(found, before.start_char)


def _opens_with_this(ctx: Context, q: Quantity, sent: Span) -> bool:
    """Whether `q`'s sentence opens with "Это" before it ("Это на 15 % больше…", "По словам
    посла X, это вдвое больше…")."""
    return _THIS_OPENS.fullmatch(ctx.document.text, sent.start_char, q.start) is not None


def _of_figure_before(ctx: Context, q: Quantity, prior: Quantity | None, sent: Span) -> Span | None:
    """The sentence of the figure a difference opening with "Это" is of, where `prior` is
    that figure (`_figure_before`): the difference is told of its period and sides
    ("Товарооборот в 2023 году составил … . Это на 10 % больше, чем годом ранее")."""
    if prior is None or prior.start >= sent.start_char or not _opens_with_this(ctx, q, sent):
        return None
    return ctx.sentence_at(prior.start)


def _pointed_back(ctx: Context, q: Quantity, found: list[Quantity]) -> Quantity | None:
    """The last figure of the sentence before one whose words before `q` point back to it
    ("Товарооборот составил 14 млрд долларов. Стороны намерены довести этот показатель до
    18 млрд"), for `_pointed`; one in its unit may stand two sentences back, past a
    difference told of it ("… составил 15 млрд евро. Это на 8 % больше, чем годом ранее.
    Стороны планируют довести этот показатель до 25 млрд евро")."""
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    before = sentence_before(span.sent) if span is not None else None
    if span is None or before is None:
        return None
    if not _points_back([t for t in span.sent if t.i < span.start]):
        return None
    back = sentences_back(span.sent, 2).start_char
    figures = [p for p in reversed(found) if p.kind in CLAIM_KINDS and p.start >= back]
    near = [p for p in figures if p.start >= before.start_char]
    # "перевезено 14 млн тонн, что на 30 % больше … довести этот показатель до 30 млн тонн":
    # the figure in the same unit, not the change told after it
    return next((p for p in figures if q.unit and p.unit == q.unit), near[0] if near else None)


def _points_back(words: list[Token]) -> bool:
    """ "этот показатель", "эту цифру", "это число", "их число" among `words`."""
    return any(t.lemma_ in _POINTED and any(_pointer(c) for c in t.children) for t in words)


def _pointer(t: Token) -> bool:
    """A word that makes a noun of figures point back: "этот", "такой", or "их" ("их число":
    the number of those the figure before counts)."""
    return t.lemma_ in _POINTERS or (t.lower_ == "их" and t.dep_ in {"det", "nmod"})


def _pointed_back_metric(
    ctx: Context,
    reading: tuple[Quantity, str],
    prior: Quantity | None,
    clause: list[Token],
    sent: Span,
) -> tuple[str, str, str] | None:
    """The metric of the figure a clause points back to ("довести этот показатель до 18 млрд
    долларов") in the `reading`'s unit; a bare scaled "их число … довести до 150 тыс."
    counts what it counts, never a share ("составляют 12 % туристов … их число превысит 1,8
    млн" is no 1,8 млн percent)."""
    q, unit = reading
    if prior is None or not _points_back(clause):
        return None
    unit = unit or (prior.unit if scaled(q) and prior.unit not in {"percent", "раз"} else "")
    if prior.unit != unit:
        return None
    return prior_metric(ctx, prior, ctx.sentence_at(prior.start) or sent, unit)


def _told_once(claims: list[Claim]) -> list[Claim]:
    """One figure a document tells twice is one claim, the telling that says more: a headline
    "Концерт собрал 500 тысяч зрителей" and the body's "собрал до 500 тысяч зрителей" (a
    bound, a period, the states the headline leaves out); two periods or bounds stay two."""
    kept: list[Claim] = []
    for c in sorted(claims, key=_detail, reverse=True):
        fuller = next((k for k in kept if _says_more(k, c)), None)
        if fuller is None:
            kept.append(c)
        else:
            fuller.evidence.extend(c.evidence)
    return [c for c in claims if c in kept]


def _detail(c: Claim) -> tuple[int, bool, int]:
    """How much a telling says; of two that say as much, the dated one is the fuller (a
    body's "4 января 2013 года … приговорил к трем годам" after a headline's states), then
    the one of the longer metric ("премьеры, ожидающие зрителей" after "премьеры")."""
    return (c.comparator != "eq") + bool(c.period) + len(c.states), bool(c.period), len(c.metric)


def _says_more(fuller: Claim, c: Claim) -> bool:
    """Whether `fuller` tells the same figure as `c` with all that `c` says and more (its
    metric the same or narrower, `_same_or_narrower`). A person's term is the person's
    whatever states each telling names: the headline's "Четыре года тюрьмы в Мексике для
    канадского хакера" is the body's sentence with its date."""
    return (
        _same_or_narrower(fuller.metric, c.metric)
        and (fuller.value, fuller.unit, fuller.status) == (c.value, c.unit, c.status)
        and c.comparator in ("eq", fuller.comparator)
        and c.period in ("", fuller.period)
        and (set(c.states) <= set(fuller.states) or c.metric in PERSONAL_METRICS)
        and c.speaker in ("", fuller.speaker)
    )


def _same_or_narrower(fuller: str, metric: str) -> bool:
    """`fuller` is `metric` or opens with it and narrows it by more words: the headline's
    "премьеры" and the body's "премьеры, ожидающие зрителей" with the same value are one
    figure; "экспорт меди" and "импорт меди" are two."""
    return fuller == metric or fuller.startswith((f"{metric} ", f"{metric}, "))


def _place_count(ctx: Context, q: Quantity, found: list[Quantity], sent: Span) -> bool:
    """A count of places after "в"/"на" ("на трёх заводах", "в пяти городах") sets the scene
    of another figure of its sentence, which is the claim: "На трёх заводах Перу 40 человек
    пострадали" counts the hurt; alone in its sentence it is what the sentence tells ("Акции
    прошли в 20 городах Мексики")."""
    place = root(ctx, q.start, q.end)  # the counted noun, or a number hung on it
    if place is not None and place.dep_.startswith("nummod"):
        place = place.head
    if place is None or place.lemma_ not in _PLACES or "Loc" not in place.morph.get("Case"):
        return False
    if not any(c.dep_ == "case" and c.lower_ in ("в", "во", "на") for c in place.children):
        return False
    return any(
        f is not q and f.kind in CLAIM_KINDS and sent.start_char <= f.start < sent.end_char
        for f in found
    )


def _frame_count(ctx: Context, q: Quantity) -> bool:
    """A count that only names a sentence's participants or the frame of its figure: a few
    (at most `_FEW_BETWEEN`) "между" whom something happened ("драка между двумя мужчинами"),
    the messages "в" which someone said something ("в своих 12 постах", claim_words.tsv
    `message`), the parts an object sum is paid in ("два платежа по 15 300 долларов": the
    sum per part is the figure). "Между 40 компаниями", "опубликовал 300 постов" and "пять
    семей получили по 10 тысяч" (who got it) stay claims."""
    noun = root(ctx, q.start, q.end)
    if noun is not None and noun.dep_.startswith("nummod"):
        noun = noun.head
    if noun is None or noun.pos_ != "NOUN" or not q.unit:
        return False
    cases = {c.lower_ for c in noun.children if c.dep_ == "case"}
    if "между" in cases and q.value <= _FEW_BETWEEN:
        return True
    if noun.lemma_ in _MESSAGES and cases & {"в", "во"} and "Loc" in noun.morph.get("Case"):
        return True
    after = ctx.doc[noun.i + 1 : noun.i + 3]
    split = len(after) == 2 and after[0].lower_ == "по" and after[1].like_num
    return split and noun.dep_ == "obj" and not is_animate(noun)


def _rank_count(ctx: Context, q: Quantity) -> bool:
    """A small count (at most `_RANK_MOST`) of things or beings a rank word qualifies names
    their place in a ranking, nothing measured: "первые два кандидата вышли во второй тур",
    "два основных претендента", "одним из трёх крупнейших партнёров", "в число пяти
    крупнейших торговых партнёров" (claim_words.tsv `rank`, or a superlative of size or strength),
    also where a participle's clause after the noun gives the most ("два кандидата,
    получившие наибольшее число голосов").
    "два кандидата", "одним из четырёх игроков, родившихся …", "первые 500 беженцев" and a
    span of time ("за последние пять лет") stay."""
    if q.kind != "amount" or not q.unit or q.unit == "percent" or is_currency(q.unit):
        return False
    if q.value > _RANK_MOST or q.unit in DURATION_UNITS:
        return False
    number = root(ctx, q.start, q.end)
    noun = number.head if number is not None and number.dep_.startswith("nummod") else number
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_ in DURATION_UNITS:
        return False
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    before = [ctx.doc[span.start - 1]] if span is not None and span.start else []
    words = [*before, *(span or []), *(c for c in noun.children if c.dep_ == "amod")]
    if any(_ranks(w) for w in words if w.i != noun.i):
        return True
    # "два кандидата, получившие наибольшее число голосов": the most of a participle's clause
    told = [w for c in noun.children if c.dep_ == "acl" and c.i > noun.i for w in c.subtree]
    return any(_MOST.match(w.lower_) or _SUPERLATIVE.match(w.lower_) for w in told)


def _ranks(t: Token) -> bool:
    """A word that ranks what it qualifies: "первые", "основных", "ведущих", "крупнейших"."""
    if t.pos_ not in ("ADJ", "DET", "VERB") and t.dep_ != "amod":
        return False
    lemma = t.lemma_.lower().replace("ё", "е")
    return lemma in _RANKS or bool(_SUPERLATIVE.match(t.lower_))


def _title_count(ctx: Context, q: Quantity) -> bool:
    """A multiplier adjective on a being ("двукратный олимпийский чемпион", "трёхкратный
    обладатель кубка") counts the titles it won, not a change of what its verb changes
    ("Двукратный чемпион сократил число стартов" is no halving); on a thing ("в двукратном
    размере") it stays a change."""
    number = root(ctx, q.start, q.end)
    return number is not None and number.dep_ == "amod" and is_animate(number.head)


def _in_name(ctx: Context, q: Quantity) -> bool:
    """A number inside a quoted name: «Движение пяти звёзд», «Семь морей» (a short
    capitalised quotation with no verb or dash), «12 стульев» (a figure that opens a quoted
    title of at most three words, or of at most six a noun names: картина «120 ударов в
    минуту»), a sum or percent in a capitalised quotation a noun names
    (программа «Партнёрство на 2 млрд евро»), unlike quoted words «Мы продали пять млн
    тонн», «Товарооборот — три млрд долларов», «12 человек погибли», заявил: «Около 2 млрд»."""
    text = ctx.document.text
    opened = text.rfind("«", max(0, q.start - 60), q.start)
    closed = text.find("»", q.end, q.end + 60)
    if opened < 0 or closed < 0 or "»" in text[opened : q.start] or "«" in text[q.end : closed]:
        return False
    inside = ctx.doc.char_span(opened + 1, closed, alignment_mode="expand")
    if inside is None or any(is_finite(t) or t.text in "-\u2013\u2014" for t in inside):
        return False
    named = inside.start > 0 and ctx.doc[inside.start - 1].text == "«"
    noun = named and inside.start > 1 and ctx.doc[inside.start - 2].pos_ == "NOUN"
    if q.unit == "percent" or is_currency(q.unit):
        return noun and text[opened + 1 : opened + 2].isupper()
    if re.search(r"\d", q.text):  # «12 стульев»: a title that opens with its figure, or one
        # a noun or its author's name names (картина Кампийо «120 ударов в минуту»)
        author = named and inside.start > 1 and ctx.doc[inside.start - 2].pos_ == "PROPN"
        return opened + 1 == q.start and (len(inside) <= 3 or (noun or author) and len(inside) <= 6)
    return len(inside) <= 6 and text[opened + 1 : opened + 2].isupper()


_TITLED_COUNTS = frozenset(load_rows(Path(__file__).with_name("titled_counts.tsv")))


def _in_title(ctx: Context, q: Quantity, sent: Span) -> bool:
    """A numeral in words inside a fixed title, epithet or name, no count: the noun right
    before it and the noun it counts a pair of `titled_counts.tsv` ("хранитель двух
    святынь", "Война трёх королей" at a sentence's opening), or that noun capitalised inside
    the sentence and no name of a state, person or body ("обсудили Войну трёх королей",
    "историю Союза трёх императоров"), unlike "две святыни Латвии", "граждане трёх стран"."""
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or span.start <= sent.start or not q.unit or re.search(r"\d", q.text):
        return False
    before = ctx.doc[span.start - 1]
    if before.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    head = before.lemma_.lower().replace("ё", "е")
    if (head, q.unit.replace("ё", "е")) in _TITLED_COUNTS:
        return True
    word = before.text
    titled = word[:1].isupper() and word[1:].islower() and before.i > sent.start
    if not titled or before.pos_ != "NOUN" or ctx.doc[before.i - 1].text in ".!?\n":
        return False
    return not ctx.mentions_in(before.idx, before.idx + len(word))


def _unreal_condition(ctx: Context, q: Quantity) -> bool:
    """A figure inside a condition only supposed, "если бы" ("даже если бы она смогла
    оказаться в числе 40 самых популярных треков", "Если бы Чили продала 300 тысяч тонн"):
    no level, plan or goal of anything; a real condition ("если Чили продаст") keeps its."""
    number = root(ctx, q.start, q.end)
    if number is None:
        return False
    for verb in number.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ == "если"]
        if marks:
            after = ctx.doc[marks[0].i + 1 : marks[0].i + 3]
            return subjunctive(verb) or any(t.lower_ in ("бы", "б") for t in after)
        if is_finite(verb):
            return False
    return False


def _named_currencies(ctx: Context, found: list[Quantity]) -> list[Quantity]:
    """A bare "6 млрд крон" or "песо" is in the currency of that name the document has
    qualified ("2 млрд норвежских крон"): the nearest one before it, else the first after;
    with none, that of the only state of the currency its sentence names ("Норвегия выделит
    50 млн крон", "Правительство Индонезии выделит 50 трлн рупий"), else that of the only
    such state the document names, else a default (`_BARE_DEFAULTS`: a rupee India's)."""
    out = list(found)
    for i, q in enumerate(found):
        codes = _BARE_CURRENCIES.get(q.unit)
        if codes is None:
            continue
        named = [f for f in found if f.unit in codes]
        before = [f for f in named if f.start < q.start]
        if named:
            out[i] = replace(q, unit=(before[-1] if before else named[0]).unit)
            continue
        sent = ctx.sentence_at(q.start)
        states = (
            {m.entity for m in ctx.mentions_in(sent.start_char, sent.end_char, "State")}
            if sent is not None
            else set()
        )
        own = {code for code, state in codes.items() if state in states}
        if not own:  # "Пакистан получил транш МВФ. Правительство выделит 200 млрд рупий"
            named_states = {m.entity for m in ctx.mentions if m.type == "State"}
            own = {code for code, state in codes.items() if state in named_states}
        if len(own) == 1:
            out[i] = replace(q, unit=own.pop())
        elif q.unit in _BARE_DEFAULTS:
            out[i] = replace(q, unit=_BARE_DEFAULTS[q.unit])
    return out


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
) -> Claim | None:
    """The claim of one quantity; `sides` is the document's pair of states and the spans of
    its sums of money, whose "долларов США" names a currency, not a side; `before` is the
    figure before it in its sentence and the sum whose currency a bare "20 миллиардов"
    leaves out (`_sum_before`); `listed` the unit a bare count in brackets takes from the
    list it ends (`bracketed.listed_unit`); `thing` what a change changes where that is one
    of the measures coordinated with its subject (`changes.coordinated`); `item` the words
    of a gapped list item the figure ends and the list's first figure (`_listed`);
    `pair_gap` the first pair's figure a gapped "N из M" stands for and its words of where
    (`gapping.gapped_pair`); `held` the metric of a holder's bare number after a dash
    (`gapping.gapped_holder_count`)."""
    prior, donor = before
    elided: Quantity | None = None  # a sum of a sentence before whose verb, status this takes
    tokens, after = around(ctx, sent, q)
    clause = _clause(tokens)
    unit = q.unit or ("раз" if q.multiplier else "")
    value = q.value
    if is_duration(q):
        term = duration_claim(ctx, q, sent)
        if term is None:
            return None
        name, value, unit = term
        lemma_key = name
    else:
        if _counts_times(ctx, q):  # a count of times counts its act or nothing
            times = _times(ctx, q)
            if times is None:
                return None
            metric: tuple[str, str, str] | None = (*times, q.unit)
        else:
            unconceded = (_unconceded(ctx, q, sent, clause), _unconceded(ctx, q, sent, after))
            metric = (  # "…, в верхней палате — 80 из 100": read as the first pair is
                _gapped_pair_metric(ctx, pair_gap, sent) if pair_gap
                else _measured(ctx, q, unit, unconceded, total, thing)
            )  # fmt: skip
        if metric is None and donor is not None:
            metric = in_currency_of(ctx, q, donor, clause, after)
            elided = donor if metric is not None and donor.start < sent.start_char else None
        metric = metric or gapped_sum(ctx, (prior, q), sent, unit)
        metric = elided_measure(ctx, (prior, q), sent, metric)
        metric = gapped_deed(ctx, (prior, q), sent, metric)
        metric = _item_metric(ctx, None if thing else item, sent, metric)
        if metric is None and q.kind == "amount":
            metric = held or elided_people(ctx, q, prior) or elided_count(ctx, q, prior)
            metric = metric or votes_against(ctx, q, prior) or total_after(ctx, q, prior)
            metric = metric or bare_fated(ctx, q, prior) or bare_counted(ctx, q)
            metric = metric or bare_part(ctx, q, prior)
            metric = metric or _gapped_scaled_count(ctx, q, prior)
            metric = metric or part_named(ctx, q)
        text = ctx.document.text
        if (
            metric is None and prior is not None and _compared(text, q)
            and (_told_of(ctx, prior, q) or prior.start < sent.start_char)
        ):  # fmt: skip
            metric = prior_metric(ctx, prior, ctx.sentence_at(prior.start) or sent, unit)
        metric = metric or _pointed_back_metric(ctx, (q, unit), prior, clause, sent)
        metric = _pointed(ctx, metric, prior, sent)
        owner = bracket_owner(ctx, q.start, q.end)
        if metric is None and owner is not None and listed:
            # "ФСБ (207)" after "(35 автомобилей)": cars too
            metric = (morph().inflect(listed, {"nomn", "plur"}), listed, listed)
        if metric is None or held_back(ctx, q) == "refuse":
            # "отказалась выделить Мьянме 40 млн долларов": no one gives it; "у него двое
            # детей": a family, no news figure
            return None
        name, lemma_key, unit = metric
        if owner is not None:
            name, lemma_key = f"{name} {owner.name}", f"{lemma_key} {owner.key}"
    compared = _compared(ctx.document.text, q)
    name, lemma_key = as_rate(ctx, (q, unit), (name, lemma_key), compared)
    if q.kind == "change" or compared:
        growth = (
            compared == "рост"
            or MULTIPLIED.match(q.text) is not None  # "удвоился", "утроить"
            or (not compared and _rises(clause, after))
        )
        word = "рост" if growth else "снижение"
        name, lemma_key = f"{word} {genitive_name(name)}", f"{word} {lemma_key}"
    own_clause = [*_own_clause(ctx, q, clause), *_verb_figure(ctx, q)]
    standing = standing or told_of_a_thing(ctx, q)
    number = root(ctx, q.start, q.end)
    left = tokens if number is None else [t for t in tokens if t.i >= told_now(number)]
    sums = is_currency(unit) or lemma_key.startswith(_STAKES)  # "получит 26 % акций": a sum's
    status = "actual" if standing else _status(own_clause, left, after, sums, number)
    status = "forecast" if status == "actual" and told_ahead(number) and not standing else status
    status = "target" if status == "actual" and held_back(ctx, q) == "hold" else status
    status = elided_status(ctx, status, elided)
    comparator = _denied_bound(number, _comparator(q, clause))
    change = change_to(clause)
    if change is not None and status == "actual":
        status = "target"  # "предполагает сокращение … до 1550": a level to reach
    status = missed_aim(status, comparator, q, number)
    if change in REDUCTIONS and status == "target" and comparator == "eq":
        comparator = "le"  # reducing to N caps it at N
    # a term has no period, but a prison term has the year it was handed down in
    timeless = is_duration(q) and not name.startswith(PRISON_TERM)
    period = "" if timeless else _period(ctx, q, sent) or range_period(ctx, q, prior, sent)
    period = "" if name.startswith(PRISON_TERM) and not _sentenced_in(number, period) else period
    part = _part(ctx, q, sent)
    pair, apart = sides[0], [*sides[1], *coordinated_apart(ctx, q, sent), *seized_land(ctx, q)]
    told_of = _of_figure_before(ctx, q, prior, sent)
    if told_of is not None and prior is not None:
        period = period or _period(ctx, prior, told_of)
        part, apart = _part(ctx, prior, told_of), sides[1]
    period = period or continued_period(ctx, q, sent)
    status = step_status(ctx, (q, sent), period, status)
    penalty = name.startswith((PRISON_TERM, "штраф"))  # a fine is sought or set as a term is
    status = sought_term(number, status) if penalty else status
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
        speaker=""
        if _written(ctx, q) or _said_by_no_one(ctx, q)
        else speaker_of(ctx, sent.start_char, sent.end_char)
        or speaker_of(ctx, q.start, q.end)
        or reporter(ctx, sent),
        states=states,
        quote=re.sub(r"\s+", " ", span_text(sent)).strip(),
        evidence=[ctx.evidence(sent.start_char, sent.end_char)],
    )


def _gapped_pair_metric(
    ctx: Context, pair_gap: tuple[Quantity, Quantity | None, list[Token]], sent: Span
) -> tuple[str, str, str] | None:
    """The metric of a figure of a gapped "N из M" (`gapping.gapped_pair`): the metric of the
    first pair's figure in its place, read by that figure's own words, of the gapped pair's
    place ("голоса за соглашение" → "голоса за соглашение в верхней палате", "депутаты" →
    "депутаты в верхней палате")."""
    mate, total, scope = pair_gap
    tokens, after = around(ctx, sent, mate)
    words = (_unconceded(ctx, mate, sent, _clause(tokens)), _unconceded(ctx, mate, sent, after))
    metric = _measured(ctx, mate, mate.unit, words, total)
    if metric is None:
        return None
    name, key, unit = metric
    return _of_place(name, [t.text for t in scope]), _of_place(key, [t.lemma_ for t in scope]), unit


def _of_place(metric: str, place: list[str]) -> str:
    """`metric` of the gapped pair's `place`, which takes the place of one the first pair's
    metric names by the same preposition ("места в Сейме" → "места в сенате")."""
    words = metric.split()
    at = max((k for k, w in enumerate(words) if k and w == place[0].lower()), default=len(words))
    return " ".join([*words[:at], *place])


def _verb_figure(ctx: Context, q: Quantity) -> list[Token]:
    """A multiplier told by a verb is a word of its clause too: what a wish aims at ("мы
    хотим его удвоить") or a plan ("утроят экспорт")."""
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    return [t for t in span or () if is_verb_form(t)]


def _measured(
    ctx: Context,
    q: Quantity,
    unit: str,
    words: tuple[list[Token], list[Token]],
    total: Quantity | None,
    thing: Token | None = None,
) -> tuple[str, str, str] | None:
    """(name, lemma key, unit) of what `q`, no count of times, measures by its own words,
    before the figures around it are asked: what a change changes, the part of a total, else
    `_metric`; `words` are its clause before it and the words after it."""
    clause, after = words
    if thing is not None:
        return (*noun_phrase(ctx, thing), unit)
    goods = gapped_goods(ctx, q) or priced(ctx, q) if q.kind == "change" else None
    if goods is not None:
        return (*goods, unit)
    grown = _grown(ctx, q) if q.kind == "change" else None
    if grown is not None:
        return (*noun_phrase(ctx, grown), unit)
    if total and (total.unit or not q.unit) and not _elided(total.unit):
        return part_of(ctx, q, clause, total)
    return _metric(ctx, q, unit, clause, after)


def _counts_times(ctx: Context, q: Quantity) -> bool:
    """ "18 раз участвовал", "дважды": a count of times, not a part of the ratio "в 3-4 раза"."""
    if q.unit != "раз" or q.multiplier:
        return False
    return _RATIO.search(ctx.document.text, max(0, q.start - 20), q.start) is None


def _times(ctx: Context, q: Quantity) -> tuple[str, str] | None:
    """The act a count of times counts (times.py); a rate ("два раза в неделю") is none."""
    if frequency(ctx.document.text, q.end):
        return None
    token = root(ctx, q.start, q.end)
    return None if token is None else times_metric(token)


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


def _rises(clause: list[Token], after: list[Token]) -> bool:
    """Whether the word of change nearest before a change names a rise: "[рост] ВВП
    Вьетнама в 2024 году составит 6 %", "вырос на 5 %, а экспорт [снизился] на 3 %"; with
    none before, the verb right after it ("На 12 % [вырос] экспорт", "вдвое [увеличат]")."""
    for t in [*reversed(clause), *after[:2]]:
        if t.lemma_ in GROWTH:
            return True
        if t.lemma_ in FALLS or t.lemma_ in REDUCTIONS:
            return False
    return False


def _compared(text: str, q: Quantity) -> str:
    """ "что на 12 % больше, чем годом ранее": a difference told by a comparative is a
    change of the clause's metric, "рост" or "снижение"; "" for any other figure."""
    more = _COMPARED.match(text, q.end)
    if more is None or not (q.multiplier or _ON.search(text, max(0, q.start - 4), q.start)):
        return ""  # "на 12 % больше", "вдвое больше", "в 3 раза меньше"
    return "рост" if more[1].lower() in ("больше", "выше") else "снижение"


def _told_of(ctx: Context, prior: Quantity, q: Quantity) -> bool:
    """Whether a difference is told of the figure before it: joined by ", что на", ", это
    на", "(на" (", что вдвое", " — в три раза" for a multiplier) with no other predicate
    between ("4,5 млрд кубометров газа в 2024 году, это
    на 10 % меньше")."""
    text = ctx.document.text
    gap = _GAP_COMPARED.search(text, prior.end, q.start)
    if gap is None or not (gap["on"] or q.multiplier):
        return False
    span = ctx.doc.char_span(prior.end, q.start, alignment_mode="contract")
    return span is not None and not any(t.text in ".;" or finite(t) for t in span)


def _pointed(
    ctx: Context, metric: tuple[str, str, str] | None, prior: Quantity | None, sent: Span
) -> tuple[str, str, str] | None:
    """ "учатся 1500 индийских студентов, и мы хотели бы увеличить это число вдвое": a noun
    that points back ("это число", "этот показатель", "эта цифра") measures what the figure
    before it in its sentence does; with none, nothing is named."""
    words = set(metric[1].split()) if metric is not None else set()
    if metric is None or not (words & _POINTED and words <= _POINTED | _POINTERS):
        return metric
    own = None if prior is None else ctx.sentence_at(prior.start)
    again = (
        None if prior is None else prior_metric(ctx, prior, own or sent, metric[2] or prior.unit)
    )
    if again is None or prior is None or not prior.unit or prior.unit in lexicons()["measure"]:
        return again
    if prior.unit == "percent" or is_currency(prior.unit):
        return again
    return f"число {genitive_name(again[0])}", f"число {again[1]}", again[2]  # a count's number


def _with_upper(text: str, q: Quantity, upper: Quantity | None) -> Quantity:
    """The low end of a range a dash joins ("оценили в 200-300 тысяч долларов") read over
    the whole range, whose words after the high end and parse ("долларов" on the verb) are
    both ends'; its value and bound stay its own."""
    if (
        upper is None or q.comparator != "ge" or upper.comparator != "le"
        or not DASH_ONLY.fullmatch(text, q.end, upper.start)
    ):  # fmt: skip
        return q
    return replace(q, end=upper.end)


def _converted(text: str, before: Quantity, q: Quantity) -> bool:
    """`q` tells the sum `before` again in another currency: "1,5 млрд долларов (около 7,5
    млрд реалов)", also a bare one whose currency is told before ("— 316 млн (около 5 млн
    долларов)")."""
    other = is_currency(before.unit) or not before.unit and BARE_SCALE.search(before.text)
    return bool(
        other and is_currency(q.unit) and before.unit != q.unit
        and _CONVERTED.fullmatch(text, before.end, q.start)
    )  # fmt: skip


_RANGE_END = re.compile(
    r"[ \u00a0]*[\u2013\u2014-][ \u00a0]*\d[\d \u00a0]*(?:[,.]\d+)?[ \u00a0]*\S*"
)


def _range_end(text: str, q: Quantity) -> str:
    """The words of the end of a range `q` starts ("40[–60 млн]"), "" if none."""
    if q.comparator != "ge":
        return ""
    m = _RANGE_END.match(text, q.end)
    return m[0] if m else ""


def _sum_before(ctx: Context, q: Quantity, found: list[Quantity], sent: Span) -> Quantity | None:
    """The sum of money whose currency a bare scaled figure leaves out: "товарооборот
    составил 11,3 млрд долларов. Поставили задачу выйти на 20 миллиардов", "180 млн
    долларов, из которых на экспорт пришлось 110 млн"; the nearest one before it in its
    sentence or the two before (a speaker's turn says the currency once), never a sum told
    again in another currency ("получит 368 млн рублей (около 5,8 млн долларов), второе
    место — 316 млн" is in roubles)."""
    text = ctx.document.text
    scale = q.text + _range_end(text, q)  # "40–[60 млн]": a range's start has its end's scale
    if q.unit or q.multiplier or not _SUM_SCALE.search(scale):
        return None
    lo = sentences_back(sent, 2).start_char
    donor = next(
        (f for j, f in reversed(list(enumerate(found))) if f.start >= lo
         and f.kind in CLAIM_KINDS and is_currency(f.unit)
         and not (j and _converted(text, found[j - 1], f))),
        None,
    )  # fmt: skip
    if donor is None or BARE_SCALE.search(scale):
        return donor
    # thousands count people as often as money: only where a dash elides the sum's verb
    # ("чип стоит 100 рублей, а смартфон — 20 тысяч")
    return donor if donor.start >= sent.start_char and _gapped(ctx, donor, q) else None


def _comparator(q: Quantity, clause: list[Token]) -> str:
    """The quantity's comparator, or a bound set by "(не) превышать"; "до N" is an upper
    bound ("пострадали до 4 тысяч", "собрал до 500 тысяч зрителей") unless a change or a
    goal reaches it ("вырос до", "сократить до", "довести до": the level itself)."""
    if q.comparator != "eq":
        return q.comparator
    for i, t in enumerate(clause[-4:]):
        if t.lemma_ in {"превышать", "превысить"}:
            negated = any(x.lower_ == "не" for x in clause[-4:][max(0, i - 2) : i + 1])
            return "le" if negated else "gt"
    if _reaching_bound(clause[-2:]):
        return "le"  # "на срок, достигающий 180 дней": what reaches up to N
    if clause and clause[-1].lower_ == "от" and any(_priced_from(t) for t in clause):
        return "ge"  # "по цене от 10 долларов за одну карту и от 50 долларов за другую"
    if not clause or clause[-1].lower_ != "до":
        return "eq"
    if any(t.lower_ in ("с", "со") and _numeral(t.nbor(1)) for t in clause[-5:-2]):
        return "eq"  # "с тысячи до 569", "с 8 до 12": the new level of a change
    words = clause[-16:-1]
    reached = (t.lemma_ in REACHING or morph().normal_form(t.lower_) in REACHING for t in words)
    return "eq" if any(reached) else "le"


def _reaching_bound(words: list[Token]) -> bool:
    """A present participle of "достигать" right before the figure caps a term or a fine it
    qualifies ("на срок, достигающий 180 дней", "штрафы, достигающие 5 тысяч евро"); on any
    other noun ("товарооборот, достигающий 150 млрд") and as a finite "достигла 3 млрд" or a
    past "достигший" it tells the level reached."""
    return any(
        p.tag.POS == "PRTF" and "pres" in p.tag and p.normal_form == "достигать"
        and any(n.lemma_ in _CAPPED for n in _qualified(t))
        for t in words
        for p in morph().parse(t.lower_)
    )  # fmt: skip  # the tagger calls "достигающие" a noun at times


def _qualified(participle: Token) -> list[Token]:
    """The nouns a participial phrase set off by a comma may qualify: the word before the
    comma and the nouns it hangs on ("Штрафы для компаний из Бельгии, достигающие")."""
    if participle.i < 2:
        return []
    chain = [participle.nbor(-2)]
    while chain[-1].dep_ in ("nmod", "conj") and chain[-1].head is not chain[-1]:
        chain.append(chain[-1].head)
    return chain


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


def _beyond_the_limit(path: list[Token], verb: Token | None) -> bool:
    """A "более N" a denied modal does not cap: its subject, who cannot ("Более 100 граждан
    Египта не могут покинуть Судан", "не могут выехать более 300 граждан"), but for a verb of
    being somewhere, what there may be ("не может находиться более 500 военнослужащих", "не
    может быть более 20 человек"); and a time one fails over, after a perfective infinitive
    or "уже" ("не могут урегулировать спор более 20 лет", "не могут вести переговоры уже
    более 20 лет"), where otherwise it is how long one may ("не могут находиться более 180
    дней"). A subject with a copula is the predicate ("не может быть меньше 300 евро")."""
    subject = any(t.dep_ in SUBJECTS and not copular(t) for t in path)
    verbs = [verb, *verb.children] if verb is not None else []  # "может быть": быть
    being = any(v.lemma_ in _BEING_THERE and (v is verb or v.dep_ == "xcomp") for v in verbs)
    start = path[-1].left_edge
    before = [start.nbor(-1)] if start.i > 0 else []
    already = any(t.lower_ == "уже" for t in [*before, *path[-1].subtree])
    perfective = verb is not None and "Perf" in verb.morph.get("Aspect")
    time = any(t.lemma_ in DURATION_UNITS for t in path)
    return (subject and not being) or (time and (perfective or already))


def _denied_bound(number: Token | None, comparator: str) -> str:
    """A denied "more than N" caps the figure at N and a denied "less than N" floors it:
    "не могут приглашать более 50 журналистов", "нельзя ввозить более 10 литров" (le), "не
    может быть меньше 300 евро" (ge); the denial is the number's verb's, or of the modal its
    infinitive hangs on, never a "не" of another word ("не просто закупила более 200"); and
    only what the modal forbids (`_beyond_the_limit`), not a possibility not ruled out
    ("нельзя исключать поставок более 10 тысяч тонн")."""
    if comparator not in ("gt", "lt") or number is None:
        return comparator
    if _denied_by_none(number):
        return "le" if comparator == "gt" else "ge"
    path = [number, *takewhile(lambda a: a.pos_ not in ("VERB", "AUX"), number.ancestors)]
    verb = next((a for a in number.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if _beyond_the_limit(path, verb):
        return comparator  # "более 100 граждан не могут", "не могут договориться более 20 лет"
    if verb is not None and verb.lemma_ in _RULING_OUT:
        return comparator  # "нельзя исключать поставок более 10 тысяч тонн": a possibility
    if verb is not None and verb.lemma_ not in _LIMIT_MODALS and is_infinitive(verb):
        verb = verb.head if verb.dep_ in ("xcomp", "csubj") else None
    if verb is None or verb.lemma_ not in _LIMIT_MODALS:
        return comparator
    if verb.lemma_ != "нельзя" and not negated(verb):
        return comparator
    return "le" if comparator == "gt" else "ge"


def _denied_by_none(number: Token) -> bool:
    """ "никто не набрал более 50 %", "ни одна партия не получила более 30 %": a verb denied of
    no one bounds what each got, never beyond the figure (a time, "никто не жил там более 20
    лет", is how long, left as it is)."""
    path = [number, *takewhile(lambda a: a.pos_ not in ("VERB", "AUX"), number.ancestors)]
    verb = path[-1].head if path[-1].head is not path[-1] else None
    if verb is not None and verb.i > number.i and _after_a_comma(number, verb):
        verb = verb_before(number) or verb  # "… не набрала более 30 %, и две партии, получившие"
    if verb is None or verb.pos_ not in ("VERB", "AUX") or not negated(verb):
        return False
    if any(t.lemma_ in DURATION_UNITS or t.dep_ in SUBJECTS for t in path):
        return False  # a time, or a figure of the subject ("ни одна компания с оборотом более")
    if any(t.dep_ in SUBJECTS and _no_one(t) for t in verb.children):
        return True
    # "Никто … не набрал более 50 %, и первые два вышли": the parse may give the subject to
    # the clause coordinated after, when the denied verb has none of its own
    if any(t.dep_ in SUBJECTS and not _after_a_comma(verb, t) for t in verb.children):
        return False  # a subject after a comma is the coordinated clause's ("…, и первые два")
    joined = [c for c in verb.children if c.dep_ in ("conj", "parataxis") and c.i > verb.i]
    return any(
        t.dep_ in SUBJECTS and t.i < verb.i and _no_one(t) for c in joined for t in c.children
    )


def _after_a_comma(number: Token, verb: Token) -> bool:
    """A verb the parse hangs a number on past a comma after it: another clause's."""
    return any(t.text == "," for t in number.doc[number.i + 1 : verb.i])


def _no_one(subject: Token) -> bool:
    """A subject that names no one: "никто", "ничто", "ни один (из) …", "ни одна партия"."""
    if subject.lemma_ in ("никто", "ничто"):
        return True
    words = [t.lower_ for t in subject.subtree][:2]
    return words[:1] == ["ни"] or (subject.lower_ == "ни" and len(words) > 1)


def _priced_from(t: Token) -> bool:
    """A price word right before "от": its sums are the lowest prices ("по цене от 10
    долларов"), where "отказалась от 10 млн" or "помощь от 5 стран" bound nothing."""
    return t.lemma_ in PRICES and t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "от"


def _numeral(t: Token) -> bool:
    return t.like_num or t.pos_ == "NUM" or t.lemma_ in SCALES
