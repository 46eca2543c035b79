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
- `changes`: what a change changes, a rate's level, a change's goal.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Span, Token

from kg.doc_text import span_text
from kg.extract.claims.bracketed import bracket_owner, listed_unit
from kg.extract.claims.changes import _as_rate, _change_to, _grown, _unconceded
from kg.extract.claims.durations import counted_ago, duration_claim, is_duration, told_of_a_thing
from kg.extract.claims.fact import Claim
from kg.extract.claims.lexicons import (
    _BARE_SCALE,
    _COUNTERS,
    _FALLS,
    _GROWTH,
    _LEVELS,
    _MILLIONS,
    _MONEY_ONLY,
    _MULTIPLIED,
    _PEOPLE,
    _PRICES,
    _REACHING,
    _REDUCTIONS,
    _SCALES,
    _TRADE,
    _WORDS,
    _WOUNDS,
    _lexicons,
)
from kg.extract.claims.metrics import _metric, _prior_metric
from kg.extract.claims.parse import (
    _anchor,
    _around,
    _clause,
    _finite,
    _own_participle,
    _predicate,
    _root,
    _verb_before,
)
from kg.extract.claims.people import _fate, _role
from kg.extract.claims.phrases import _genitive, _phrase, _plural
from kg.extract.claims.shares import _part_of
from kg.extract.claims.status import (
    _elided_status,
    _held_back,
    _own_clause,
    _status,
    _told_ahead,
    _told_now,
)
from kg.extract.claims.times import frequency, times_metric
from kg.extract.claims.votes import _votes_against
from kg.extract.common.attribution import regions, reporter, speaker_of, speech_lemmas
from kg.extract.common.date_bounds import noun_dated
from kg.extract.common.dates import DateMention, find_dates, since, year_part, yearless_parts
from kg.extract.common.numbers import CLAIM_KINDS, Quantity, find_quantities, is_currency, scaled
from kg.extract.common.pair import main_pair
from kg.extract.context import Context, fact_key
from kg.model import Mention
from kg.nlp.deps import (
    SUBJECTS,
    is_predicate,
    preposition,
    sentence_before,
    sentences_back,
    tense,
)
from kg.nlp.morph import (
    features,
    is_animate,
    is_finite,
    is_gerund,
    is_infinitive,
    is_verb_form,
    morph,
)

_BILATERAL = re.compile(
    r"между\s+(?:нашими|двумя|обеими|этими|обоими)\s+(?:странами|государствами)|двусторонн"
    r"|взаимн|совместн|двух\s+стран|обеих\s+(?:стран|сторон)|обеими\s+сторонами"
    r"|кажд(?:ой|ая|ую)\s+(?:из\s+)?(?:стран|сторон)|наш(?:их|ими|и)\s+(?:стран|государств)",
    re.IGNORECASE,
)
_BILATERAL_METRICS = {"товарооборот"}
_CONTRAST = re.compile(r",\s+а\s+")  # "…, а Дании — 15 тыс.": a part with a state of its own
_NOW = {"сейчас", "теперь", "ныне", "нынче", "сегодня", "затем", "потом", "впоследствии"}
_POINTED = {"число", "показатель", "цифра"}  # "это число": the figure before it
_POINTERS = {"этот", "это", "данный", "такой"}
_SOURCES = _WORDS["source"]
_DATED_NAMES = _WORDS["dated_name"]
_LEADS = re.compile(r"[\s,:\u2013\u2014-]*(?=\S)")  # from a date to the figure it leads
_OUT_OF = re.compile(r"\s+из\s+", re.IGNORECASE)  # "67 из 100"
_PER = re.compile(r"\s+за\s+", re.IGNORECASE)  # "280 долларов за тысячу кубометров"
_STAKES = ("доля акция",)  # a stake in a company: what a future of receiving forecasts
_FRACTIONS = _WORDS["fraction"]
_MONEY_NOUNS = _WORDS["money"]
_SUM_SCALE = re.compile(rf"(?<![а-яё])(?:тыс|{_MILLIONS})", re.IGNORECASE)  # a sum's scale word
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
_BASE = re.compile(
    r"(?:сравнению|сравнении|чем|против|относительно)[ \u00a0]+(?:(?:с|со|в|за)[ \u00a0]+)?"
    r"(?:аналогичн[а-яё]+[ \u00a0]+период[а-яё]*[ \u00a0]+)?$",
    re.IGNORECASE,
)  # what a figure is compared with: its date is the base's
_EARLIER = re.compile(
    r"[ \u00a0]+(?:годом|месяцем|кварталом)[ \u00a0]+(?:ранее|раньше)", re.IGNORECASE
)  # "вырос до 17 млрд с 15 млрд годом ранее": the base, of another period
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
_RANGE_GAP = re.compile(r"\s*(?:[-\u2013\u2014]|по)\s*", re.IGNORECASE)  # "с 2010 по 2015"
_LIST_GAP = re.compile(r"\s*(?:,|и|или)\s*", re.IGNORECASE)  # "2022 и 2023 годов"
_DASH_ONLY = re.compile(r"\s*[-\u2013\u2014]\s*")
_DASH_BEFORE = re.compile(r"\s[\u2013\u2014-][ \u00a0]*$")  # "третье — [290 млн]": a verb elided
_JOINED = re.compile(r",|\s[аи]\s|\s[\u2013\u2014-]\s")  # a contrast or list joins two figures
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
# "(Faith, 1988 год)": a date after a comma inside brackets dates the item it follows
_ITEM_DATE = re.compile(r"\([^()]*,\s*$")
_BIRTH_YEAR = re.compile(r"\s*(?:р\.|рожд\.|рождения)")  # "(1986 г. р.)", "1990 года рождения"
_YEAR_AFTER = re.compile(r"[ \u00a0]+(?:в|на)[ \u00a0]+((?:19|20)\d\d)(?![\d-])")


def extract_claims(ctx: Context) -> list[Claim]:
    """Every numeric claim of the document, one per key, evidence merged."""
    text = ctx.document.text
    pair = sorted(main_pair(ctx, at_least=1))  # the two states named most, even once
    out: dict[str, Claim] = {}
    found = _named_currencies(ctx, [counted_ago(q) for q in find_quantities(text)])
    money = [(f.start, f.end) for f in found if is_currency(f.unit)]
    for i, q in enumerate(found):
        if q.kind not in CLAIM_KINDS and not is_duration(q):
            continue
        if q.unit in _FRACTIONS:
            continue  # "две трети из 100 членов": a share of the total, which is the claim
        if q.multiplier and _FROM_TO.match(text, q.end):
            continue  # "вдвое сократил — с тысячи до 569": the ratio of the two levels it gives
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
        if total_of and (not q.unit or _elided(q.unit)):
            # "67 из 100", "в 268 играх из 410 возможных": a bare total is no claim; with its
            # noun ("30 из 101 места", "55 из 90 депутатов") it is a count of its own
            continue
        sent = ctx.sentence_at(q.start)
        if sent is None or _in_name(ctx, q):
            continue
        after = found[i + 1] if i + 1 < len(found) else None
        total = after if after and _OUT_OF.fullmatch(text[q.end : after.start]) else None
        if total and q.unit and total.unit and total.unit != q.unit:
            total = None  # "10 тысяч спортсменов из 205 стран": where they come from, not a total
        prior = next(
            (
                p
                for p in reversed(found[:i])
                if p.kind in CLAIM_KINDS and p.start >= sent.start_char
            ),
            None,
        )
        prior = prior or _figure_before(ctx, q, found[:i], sent) or _pointed_back(ctx, q, found[:i])
        prior = prior or _before_semicolon(ctx, q, found[:i], sent)
        # the total a required share is of ("две трети из 100 членов") is a standing count
        donor = _sum_before(ctx, q, found[:i], sent)
        listed = listed_unit(ctx, q, found[:i]) if not q.unit else ""
        reading = _with_upper(text, q, after)
        claim = _claim(
            ctx, reading, sent, (pair, money), total, (prior, donor), standing=fraction,
            listed=listed,
        )  # fmt: skip
        if claim is None:
            continue
        if claim.key in out:
            out[claim.key].evidence.extend(claim.evidence)
        else:
            out[claim.key] = claim
    return _told_once(list(out.values()))


def _share_before(ctx: Context, before: Quantity | None, q: Quantity) -> bool:
    """A fraction in q's own sentence ("требовалось две трети голосов — 150 из 225") makes q
    the standing total it is a share of; one a sentence before ("Лаос экспортирует две трети
    электроэнергии. Мощность ГЭС составит 1,4 тыс. мегаватт") is no part of q's."""
    if before is None or before.unit not in _FRACTIONS:
        return False
    return ctx.sentence_at(before.start) == ctx.sentence_at(q.start)


def _figure_before(ctx: Context, q: Quantity, found: list[Quantity], sent: Span) -> Quantity | None:
    """The last figure of the sentence before one that opens "Это на 15 % больше…", "Это
    вдвое больше…": what the difference is of ("…совершили более 87 тыс. паломников. «Это
    вдвое больше, чем в прошлом году», — заявил министр")."""
    if not (q.unit or q.multiplier) or not _opens_with_this(ctx, q, sent):
        return None  # a bare "на 3 млрд меньше прогноза" has no unit of its own
    before = sentence_before(sent)
    if before is None:
        return None
    return next(
        (p for p in reversed(found) if p.kind in CLAIM_KINDS and p.start >= before.start_char),
        None,
    )


def _before_semicolon(
    ctx: Context, q: Quantity, found: list[Quantity], sent: Span
) -> Quantity | None:
    """The last figure before a semicolon the sentence splitter ends a sentence at, for a
    bare number after it ("55 из 90 депутатов; 33 высказались против"): one sentence's
    clauses."""
    before = sentence_before(sent)
    if q.unit or before is None or not ctx.document.text[: sent.start_char].rstrip().endswith(";"):
        return None
    return next(
        (p for p in reversed(found) if p.kind in CLAIM_KINDS and p.start >= before.start_char),
        None,
    )


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
    return _prior_metric(ctx, prior, ctx.sentence_at(prior.start) or sent, unit)


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


def _detail(c: Claim) -> int:
    return (c.comparator != "eq") + bool(c.period) + len(c.states)


def _says_more(fuller: Claim, c: Claim) -> bool:
    """Whether `fuller` tells the same figure as `c` with all that `c` says and more."""
    return (
        (fuller.metric, fuller.value, fuller.unit, fuller.status)
        == (c.metric, c.value, c.unit, c.status)
        and c.comparator in ("eq", fuller.comparator)
        and c.period in ("", fuller.period)
        and set(c.states) <= set(fuller.states)
        and c.speaker in ("", fuller.speaker)
    )


def _in_name(ctx: Context, q: Quantity) -> bool:
    """A number inside a quoted name: «Движение пяти звёзд», «Семь морей» (a short
    capitalised quotation with no verb or dash), «12 стульев» (a figure that opens a quoted
    title of at most three words), a sum or percent in a capitalised quotation a noun names
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
    if q.unit == "percent" or is_currency(q.unit):
        named = inside.start > 0 and ctx.doc[inside.start - 1].text == "«"
        noun = named and inside.start > 1 and ctx.doc[inside.start - 2].pos_ == "NOUN"
        return noun and text[opened + 1 : opened + 2].isupper()
    if re.search(r"\d", q.text):  # «12 стульев»: a title that opens with its figure
        return opened + 1 == q.start and len(inside) <= 3
    return len(inside) <= 6 and text[opened + 1 : opened + 2].isupper()


def _named_currencies(ctx: Context, found: list[Quantity]) -> list[Quantity]:
    """A bare "6 млрд крон" or "песо" is in the currency of that name the document has
    qualified ("2 млрд норвежских крон"): the nearest one before it, else the first after;
    with none, that of the only state of the currency its sentence names ("Норвегия выделит
    50 млн крон", "Правительство Индонезии выделит 50 трлн рупий"), else a default
    (`_BARE_DEFAULTS`: a rupee India's)."""
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
) -> Claim | None:
    """The claim of one quantity; `sides` is the document's pair of states and the spans of
    its sums of money, whose "долларов США" names a currency, not a side; `before` is the
    figure before it in its sentence and the sum whose currency a bare "20 миллиардов"
    leaves out (`_sum_before`); `listed` the unit a bare count in brackets takes from the
    list it ends (`bracketed.listed_unit`)."""
    prior, donor = before
    elided: Quantity | None = None  # a sum of a sentence before whose verb, status this takes
    tokens, after = _around(ctx, sent, q)
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
            metric = _measured(ctx, q, unit, unconceded, total)
        if metric is None and donor is not None:
            metric = _in_currency_of(ctx, q, donor, clause, after)
            elided = donor if metric is not None and donor.start < sent.start_char else None
        metric = metric or _gapped_sum(ctx, (prior, q), sent, unit)
        metric = _elided_measure(ctx, (prior, q), sent, metric)
        metric = _gapped_deed(ctx, (prior, q), sent, metric)
        if metric is None and q.kind == "amount":
            metric = _elided_people(ctx, q, prior) or _elided_count(ctx, q, prior)
            metric = metric or _votes_against(ctx, q, prior)
        text = ctx.document.text
        if (
            metric is None and prior is not None and _compared(text, q)
            and (_told_of(ctx, prior, q) or prior.start < sent.start_char)
        ):  # fmt: skip
            metric = _prior_metric(ctx, prior, ctx.sentence_at(prior.start) or sent, unit)
        metric = metric or _pointed_back_metric(ctx, (q, unit), prior, clause, sent)
        metric = _pointed(ctx, metric, prior, sent)
        owner = bracket_owner(ctx, q.start, q.end)
        if metric is None and owner is not None and listed:
            # "ФСБ (207)" after "(35 автомобилей)": cars too
            metric = (morph().inflect(listed, {"nomn", "plur"}), listed, listed)
        if metric is None or _held_back(ctx, q) == "refuse":
            return None  # "отказалась выделить Мьянме 40 млн долларов": no one gives it
        name, lemma_key, unit = metric
        if owner is not None:
            name, lemma_key = f"{name} {owner.name}", f"{lemma_key} {owner.key}"
    compared = _compared(ctx.document.text, q)
    name, lemma_key = _as_rate(ctx, (q, unit), (name, lemma_key), compared)
    if q.kind == "change" or compared:
        growth = (
            compared == "рост"
            or _MULTIPLIED.match(q.text) is not None  # "удвоился", "утроить"
            or (not compared and _rises(clause, after))
        )
        word = "рост" if growth else "снижение"
        name, lemma_key = f"{word} {_genitive(name)}", f"{word} {lemma_key}"
    own_clause = [*_own_clause(ctx, q, clause), *_verb_figure(ctx, q)]
    standing = standing or told_of_a_thing(ctx, q)
    number = _root(ctx, q.start, q.end)
    left = tokens if number is None else [t for t in tokens if t.i >= _told_now(number)]
    sums = is_currency(unit) or lemma_key.startswith(_STAKES)  # "получит 26 % акций": a sum's
    status = "actual" if standing else _status(own_clause, left, after, sums)
    status = "forecast" if status == "actual" and _told_ahead(number) and not standing else status
    status = "target" if status == "actual" and _held_back(ctx, q) == "hold" else status
    status = _elided_status(ctx, status, elided)
    comparator = _comparator(q, clause)
    change = _change_to(clause)
    if change is not None and status == "actual":
        status = "target"  # "предполагает сокращение … до 1550": a level to reach
    if change in _REDUCTIONS and status == "target" and comparator == "eq":
        comparator = "le"  # reducing to N caps it at N
    period = "" if is_duration(q) else _period(ctx, q, sent)  # a term has no period
    part = _part(ctx, q, sent)
    told_of = _of_figure_before(ctx, q, prior, sent)
    if told_of is not None and prior is not None:
        period = period or _period(ctx, prior, told_of)
        part = _part(ctx, prior, told_of)
    period = period or _continued_period(ctx, q, sent)
    status = _step_status(ctx, (q, sent), period, status)
    states = _states(ctx, part, lemma_key, *sides)
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
        if _written(ctx, q)
        else speaker_of(ctx, sent.start_char, sent.end_char)
        or speaker_of(ctx, q.start, q.end)
        or reporter(ctx, sent),
        states=states,
        quote=re.sub(r"\s+", " ", span_text(sent)).strip(),
        evidence=[ctx.evidence(sent.start_char, sent.end_char)],
    )


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
) -> tuple[str, str, str] | None:
    """(name, lemma key, unit) of what `q`, no count of times, measures by its own words,
    before the figures around it are asked: what a change changes, the part of a total, else
    `_metric`; `words` are its clause before it and the words after it."""
    clause, after = words
    grown = _grown(ctx, q) if q.kind == "change" else None
    if grown is not None:
        return (*_phrase(ctx, grown), unit)
    if total and (total.unit or not q.unit) and not _elided(total.unit):
        return _part_of(ctx, q, clause, total)
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
    token = _root(ctx, q.start, q.end)
    return None if token is None else times_metric(token)


def _written(ctx: Context, q: Quantity) -> bool:
    """A figure a verb of saying counts as its object is what someone wrote or gave, not
    words they said: "Художник написал больше 6 тысяч работ" has no speaker, unless other
    words (a quotation) give the figure to someone."""
    number = _root(ctx, q.start, q.end)
    verb = _verb_before(number) if number is not None and number.dep_ == "obj" else None
    if verb is None or verb.lemma_ not in speech_lemmas():
        return False  # the verb right before, however the parser hangs the object
    return not any(
        r.start <= q.start < r.end and r.speaker and r.at != verb.idx for r in regions(ctx)
    )


def _rises(clause: list[Token], after: list[Token]) -> bool:
    """Whether the word of change nearest before a change names a rise: "[рост] ВВП
    Вьетнама в 2024 году составит 6 %", "вырос на 5 %, а экспорт [снизился] на 3 %"; with
    none before, the verb right after it ("На 12 % [вырос] экспорт", "вдвое [увеличат]")."""
    for t in [*reversed(clause), *after[:2]]:
        if t.lemma_ in _GROWTH:
            return True
        if t.lemma_ in _FALLS or t.lemma_ in _REDUCTIONS:
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
    return span is not None and not any(t.text in ".;" or _finite(t) for t in span)


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
        None if prior is None else _prior_metric(ctx, prior, own or sent, metric[2] or prior.unit)
    )
    if again is None or prior is None or not prior.unit or prior.unit in _lexicons()["measure"]:
        return again
    if prior.unit == "percent" or is_currency(prior.unit):
        return again
    return f"число {_genitive(again[0])}", f"число {again[1]}", again[2]  # a count's number


def _with_upper(text: str, q: Quantity, upper: Quantity | None) -> Quantity:
    """The low end of a range a dash joins ("оценили в 200-300 тысяч долларов") read over
    the whole range, whose words after the high end and parse ("долларов" on the verb) are
    both ends'; its value and bound stay its own."""
    if (
        upper is None or q.comparator != "ge" or upper.comparator != "le"
        or not _DASH_ONLY.fullmatch(text, q.end, upper.start)
    ):  # fmt: skip
        return q
    return replace(q, end=upper.end)


def _converted(text: str, before: Quantity, q: Quantity) -> bool:
    """`q` tells the sum `before` again in another currency: "1,5 млрд долларов (около 7,5
    млрд реалов)", also a bare one whose currency is told before ("— 316 млн (около 5 млн
    долларов)")."""
    other = is_currency(before.unit) or not before.unit and _BARE_SCALE.search(before.text)
    return bool(
        other and is_currency(q.unit) and before.unit != q.unit
        and _CONVERTED.fullmatch(text, before.end, q.start)
    )  # fmt: skip


def _sum_before(ctx: Context, q: Quantity, found: list[Quantity], sent: Span) -> Quantity | None:
    """The sum of money whose currency a bare scaled figure leaves out: "товарооборот
    составил 11,3 млрд долларов. Поставили задачу выйти на 20 миллиардов", "180 млн
    долларов, из которых на экспорт пришлось 110 млн"; the nearest one before it in its
    sentence or the two before (a speaker's turn says the currency once), never a sum told
    again in another currency ("получит 368 млн рублей (около 5,8 млн долларов), второе
    место — 316 млн" is in roubles)."""
    if q.unit or q.multiplier or not _SUM_SCALE.search(q.text):
        return None
    lo = sentences_back(sent, 2).start_char
    text = ctx.document.text
    donor = next(
        (f for j, f in reversed(list(enumerate(found))) if f.start >= lo
         and f.kind in CLAIM_KINDS and is_currency(f.unit)
         and not (j and _converted(text, found[j - 1], f))),
        None,
    )  # fmt: skip
    if donor is None or _BARE_SCALE.search(q.text):
        return donor
    # thousands count people as often as money: only where a dash elides the sum's verb
    # ("чип стоит 100 рублей, а смартфон — 20 тысяч")
    return donor if donor.start >= sent.start_char and _gapped(ctx, donor, q) else None


def _in_currency_of(
    ctx: Context, q: Quantity, donor: Quantity, clause: list[Token], after: list[Token]
) -> tuple[str, str, str] | None:
    """The metric of a bare sum in the currency of `donor`: its clause's, where that is one
    money measures ("импорт — 3 млрд", not "население — 140 миллионов"), else, where a verb
    of level gives it no noun ("выйти на 20 миллиардов"), the donor's."""
    metric = _metric(ctx, q, donor.unit, clause, after)
    words = set() if metric is None else _metric_words(metric[1])
    if metric is not None and (words & _MONEY_NOUNS or _verb_named(metric[1])):
        return metric  # "выделить 1,3 млрд рублей в 2018 году и 1,5 млрд в 2019": выделенные
    if not words & _lexicons()["metric"] and _gapped(ctx, donor, q):
        sent = ctx.sentence_at(donor.start)  # "третье [место получит] — 290 млн"
        gapped = None if sent is None else _prior_metric(ctx, donor, sent, donor.unit)
        return _of_gap_subject(ctx, q, gapped)
    if metric is not None:
        return None
    number = _root(ctx, q.start, q.end)
    if number is None or q.value < 10**6:
        return None
    if not {number.head.lemma_, _anchor(number).lemma_} & _LEVELS:
        return None  # "В нём заняты 2 миллиона" is no sum
    sent = ctx.sentence_at(donor.start)
    return None if sent is None else _prior_metric(ctx, donor, sent, donor.unit)


def _of_gap_subject(
    ctx: Context, q: Quantity, metric: tuple[str, str, str] | None
) -> tuple[str, str, str] | None:
    """A verb's sum a dash repeats for a thing of its own, the subject the parser hangs the
    sum on as an `orphan`: "ноутбук стоит 50 тысяч рублей, а планшет — 20 тысяч" → стоимость
    планшета, not the laptop's; a person's ("а победитель — 30 млн") stays unnamed, as a
    verb's sum names no person."""
    number = _root(ctx, q.start, q.end)
    subject = number.head if number is not None and number.dep_ == "orphan" else None
    if metric is None or subject is None or subject.pos_ != "NOUN":
        return metric
    if is_animate(subject) or "Nom" not in subject.morph.get("Case"):
        return metric
    name = _verb_named(metric[1])
    if name is None:
        return metric
    thing, thing_key = _phrase(ctx, subject)
    return f"{name} {_genitive(thing)}", f"{name} {thing_key}", metric[2]


def _verb_named(key: str) -> str | None:
    """The name a verb of money gives a metric key opens with ("стоимость ноутбук" →
    стоимость, verb_metrics.tsv), else None."""
    return next((n for n in _lexicons()["verb"].values() if f"{key} ".startswith(f"{n} ")), None)


def _metric_words(key: str) -> set[str]:
    """The lemmas (ё→е) of a metric's key, to look up in the lexicons."""
    return {morph().normal_form(w) for w in key.replace("ё", "е").split()}


def _gapped(ctx: Context, donor: Quantity, q: Quantity) -> bool:
    """A dash before `q` stands for the verb that gave `donor` its sum, with no verb of
    its own between them: "Победитель получит 368 млн рублей, команда, занявшая второе
    место, — 316 млн, третье — 290 млн"; a participle there qualifies a noun."""
    return bool(_DASH_BEFORE.search(ctx.document.text, donor.end, q.start)) and _verbless(
        ctx, donor, q
    )


def _verbless(ctx: Context, donor: Quantity, q: Quantity) -> bool:
    """No finite verb of its own between two figures: the later one's verb is elided."""
    span = ctx.doc.char_span(donor.end, q.start, alignment_mode="contract")
    return span is not None and not any(_finite(t) for t in span)


def _gapped_sum(
    ctx: Context, pair: tuple[Quantity | None, Quantity], sent: Span, unit: str
) -> tuple[str, str, str] | None:
    """The metric of a sum with a currency of its own after a dash that stands for the verb
    of the sum before it in its sentence ("выделит Польше €200 млн, а Франция — €100 млн");
    a measured noun before the dash has named a figure of its own already ("…, импорт — $1
    млрд")."""
    prior, q = pair
    if prior is None or not (is_currency(prior.unit) and is_currency(q.unit)):
        return None
    if not _gapped(ctx, prior, q):
        return None
    return _of_gap_subject(ctx, q, _prior_metric(ctx, prior, sent, unit))


def _elided_measure(
    ctx: Context, pair: tuple[Quantity | None, Quantity], sent: Span,
    metric: tuple[str, str, str] | None,
) -> tuple[str, str, str] | None:  # fmt: skip
    """The metric of a measure (measure_units.txt) whose verb and goods a contrast leaves
    out, the figure's in the same unit before it: "импортировал 2 млн тонн удобрений, а в
    марте 3 млн тонн" → импорт удобрений (was импорт), "поставила 500 тысяч тонн пшеницы, а
    Чили — 200 тысяч тонн" (was none); a verb of its own ("а весь импорт составил 10 млн
    тонн"), goods of its own or a thing the dash names ("а планшет — 1 кг") keep the
    figure's own reading."""
    prior, q = pair
    if prior is None or q.unit != prior.unit or q.unit not in _lexicons()["measure"]:
        return metric  # a percent's share ("Ортис — 51 %, Масса — 49 %") is each one's own
    text = ctx.document.text
    if not _JOINED.search(text, prior.end, q.start) or not _verbless(ctx, prior, q):
        return metric
    if metric is None and not _DASH_BEFORE.search(text, prior.end, q.start):
        return None
    given = _prior_metric(ctx, prior, sent, q.unit)
    if given is None:
        return metric
    if metric is None:
        return given if _of_gap_subject(ctx, q, given) == given else None
    if given[1].startswith(f"{metric[1]} "):
        return given
    whole = _root(ctx, prior.start, prior.end)
    if whole is None or preposition(whole) != "из" or metric[1] not in _TRADE:
        return metric
    # "Из 4 млн тонн зерна, купленных Турцией, 2 млн тонн поставил Казахстан": the part
    # takes the goods of the whole, by a deed of its own
    deed, _, goods = given[0].partition(" ")
    if deed not in _TRADE or not goods:
        return metric
    return f"{metric[0]} {goods}", f"{metric[1]} {given[1].partition(' ')[2]}", metric[2]


def _gapped_deed(
    ctx: Context, pair: tuple[Quantity | None, Quantity], sent: Span,
    metric: tuple[str, str, str] | None,
) -> tuple[str, str, str] | None:  # fmt: skip
    """The metric of a measure with goods of its own after a dash that stands for the verb of
    the measure before it: "Бразилия добыла 90 млн тонн нефти, а Аргентина — 3 млн тонн
    угля" → добыча угля (was уголь), "…, а Туркмения — 70 млрд кубометров газа" → добыча
    газа; a measured noun of its own ("а экспорт — 30 млн тонн") keeps its reading."""
    prior, q = pair
    measures = _lexicons()["measure"]
    if metric is None or prior is None or q.unit not in measures or prior.unit not in measures:
        return metric
    deeds = _deeds()
    first = metric[1].partition(" ")[0]
    if first in deeds or first in _lexicons()["metric"] or not _gapped(ctx, prior, q):
        return metric
    given = _prior_metric(ctx, prior, sent, prior.unit)
    if given is None or given[1].partition(" ")[0] not in deeds:
        return metric
    deed = given[1].partition(" ")[0]
    return f"{deed} {_genitive(metric[0])}", f"{deed} {metric[1]}", metric[2]


@lru_cache(maxsize=1)
def _deeds() -> frozenset[str]:
    """The one-word metrics verbs of measured amounts give (verb_metrics.tsv: добыча, экспорт,
    поставки), money's left out."""
    return frozenset(
        v for v in _lexicons()["verb"].values() if " " not in v and v not in _MONEY_ONLY
    )


def _elided(unit: str) -> bool:
    """An adjective read as the unit: its noun is elided ("268 играх из 410 [возможных]")."""
    return bool(unit) and morph().parse(unit)[0].tag.POS == "ADJF"


def _elided_people(
    ctx: Context, q: Quantity, prior: Quantity | None
) -> tuple[str, str, str] | None:
    """A bare number after a count of people in its sentence, as the subject of a verb of
    fate, counts them too: "погибли 64 человека, ещё около 300 получили ранения" →
    раненые, "захвачено 242 заложника, из них 43 были убиты" → убитые заложники."""
    if q.unit or prior is None or not prior.unit or _BARE_SCALE.search(q.text):
        return None
    persons = "" if prior.unit in _PEOPLE else _plural(prior.unit)
    if prior.unit not in _PEOPLE and not persons:
        return None
    number = _root(ctx, q.start, q.end)
    if number is None or number.dep_ not in SUBJECTS or number.head.pos_ not in ("VERB", "ADJ"):
        return None
    verb = number.head
    if not _fate(verb) and not any(c.lemma_ in _WOUNDS for c in verb.children):
        return None
    role = _role(number, verb)
    if not role:
        return None
    name = f"{role} {persons}" if persons else role
    return name, f"{role} {prior.unit}" if persons else role, prior.unit


def _elided_count(ctx: Context, q: Quantity, prior: Quantity | None) -> tuple[str, str, str] | None:
    """A bare number the parse makes a conjunct of the noun a count before it counts counts
    that noun too: "записал 12 сольных альбомов и два в составе группы" → 2 альбомы; not
    "один" ("с двумя министрами и одним из …" is one of them)."""
    if q.unit or prior is None or not prior.unit or _BARE_SCALE.search(q.text):
        return None
    number = _root(ctx, q.start, q.end)
    if number is None or number.dep_ != "conj" or number.lemma_ == "один":
        return None
    counted = number.head
    if counted.pos_ != "NOUN" or counted.lemma_ != prior.unit or counted.i > number.i:
        return None
    return morph().inflect(prior.unit, {"nomn", "plur"}), prior.unit, prior.unit


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
    if clause and clause[-1].lower_ == "от" and any(_priced_from(t) for t in clause):
        return "ge"  # "по цене от 10 долларов за одну карту и от 50 долларов за другую"
    if not clause or clause[-1].lower_ != "до":
        return "eq"
    if any(t.lower_ in ("с", "со") and _numeral(t.nbor(1)) for t in clause[-5:-2]):
        return "eq"  # "с тысячи до 569", "с 8 до 12": the new level of a change
    words = clause[-16:-1]
    reached = (t.lemma_ in _REACHING or morph().normal_form(t.lower_) in _REACHING for t in words)
    return "eq" if any(reached) else "le"


def _priced_from(t: Token) -> bool:
    """A price word right before "от": its sums are the lowest prices ("по цене от 10
    долларов"), where "отказалась от 10 млн" or "помощь от 5 стран" bound nothing."""
    return t.lemma_ in _PRICES and t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "от"


def _numeral(t: Token) -> bool:
    return t.like_num or t.pos_ == "NUM" or t.lemma_ in _SCALES


def _period(ctx: Context, q: Quantity, sent: Span) -> str:
    """The date the figure refers to, ISO, or "" when none: a date on the number itself
    ("в 2017 году — 1809 рублей"), else one in the number's clause ("в 2022 году
    товарооборот составил …", "составит в 2016 году 854 рубля"), nearest first. A date
    of another clause of the sentence ("договор вступил в силу в 2011 году и
    предполагает сокращение … до 1550") is not the figure's."""
    year = _YEAR_AFTER.match(ctx.document.text, q.end)
    if year is not None:
        return year[1]  # "(67 200 жителей в 2004)": the year the figure is of
    if _BASE.search(ctx.document.text, max(0, q.start - 60), q.start) or _EARLIER.match(
        ctx.document.text, q.end
    ):
        return ""  # "17,6 млрд в 2013 году против 18,1 млрд годом ранее": the base's own date
    found = [d for d in find_dates(span_text(sent), ctx.document.date) if d.value]
    parts = [
        p
        for p in yearless_parts(span_text(sent), ctx.document.date, found, tense(sent.root))
        if not _spans_thing(ctx, sent, p)
    ]
    dates = _spans(sorted(found + parts, key=lambda d: d.start), sent)
    number = _root(ctx, q.start, q.end)
    if not dates or number is None:
        return ""
    told = _own_participle(number)
    text = ctx.document.text
    own = []
    for d in dates:
        end = sent.start_char + d.end
        lead = _LEADS.match(text, end)
        if _leads(lead, q):
            return _months_of(ctx, sent, d, leads=True)
        if _ITEM_DATE.search(text, sent.start_char, sent.start_char + d.start):
            continue  # "двух премий (Faith, 1988 год)": the date of the item named before it
        if _BIRTH_YEAR.match(text, end):
            continue  # "шесть дочерей: Ана (1986 г. р.), …": a person's year of birth
        if _BASE.search(span_text(sent), 0, d.start):
            continue  # "снизился на 8 % по сравнению с 2022 годом": the base, not the period
        if not _leads_other(lead, q, told, sent.start_char + d.start):
            own.append(d)
    anchor = _anchor(number)
    ranked = []
    for d in own:
        span = ctx.doc.char_span(
            sent.start_char + d.start, sent.start_char + d.end, alignment_mode="expand"
        )
        if span is None or span.root.i == number.i or _names_thing(span, d.value):
            continue
        date = span.root
        on_number = number in date.ancestors and not _verb_between(date, number)
        if on_number and any(
            t.dep_ in ("acl", "acl:relcl") and t != told
            for t in [date, *date.ancestors][: _depth(date, number)]
        ):
            continue  # "12 граждан, [задержанных в прошлом месяце]": the date of the detention
        deadline = _is_deadline(date, number)
        if (
            on_number
            or deadline
            or _same_clause(date, number, anchor)
            or _counted_when(date, anchor)
        ):
            # on the number first, then dates before it ("в 2023 году … составил"), nearest
            ranked.append((not on_number, date.i > number.i, abs(date.i - number.i), d.start))
    if not ranked:
        return _fronted_in_part(ctx, sent, own, q)
    start = min(ranked)[-1]
    return _months_of(ctx, sent, next(d for d in own if d.start == start))


def _leads_other(lead: re.Match[str] | None, q: Quantity, told: Token | None, at: int) -> bool:
    """A date at `at` leading another figure is that figure's, unless the participle that
    tells `q`'s deed holds it ("Из 5 млн тонн, закупленных в 2024 году, 3 млн …")."""
    if not (lead and lead.string[lead.end()].isdigit() and lead.end() != q.start):
        return False
    return told is None or not told.idx < at < told.right_edge.idx


def _spans_thing(ctx: Context, sent: Span, part: DateMention) -> bool:
    """A part of a year with a thing of its own ("за девять месяцев работы миссии") is the
    span of that thing, not months of the document's year; a bare "года" is the year itself
    ("за первые семь месяцев года")."""
    at = sent.start_char
    span = ctx.doc.char_span(at + part.start, at + part.end, alignment_mode="expand")
    return span is not None and any(
        t.dep_ == "nmod" and not _bare_year(t) for t in span[-1].children
    )


def _bare_year(t: Token) -> bool:
    """ "года" with no word of its own, nor a genitive right after it the parser may hang
    elsewhere ("года председательства Индии" is a year of a thing)."""
    if t.lemma_ != "год" or t.n_lefts or t.n_rights:
        return False
    after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return after is None or not (after.pos_ == "NOUN" and "Gen" in after.morph.get("Case"))


def _leads(lead: re.Match[str] | None, q: Quantity) -> bool:
    """A date whose `_LEADS` match after it is `lead` leads the figure, a step of a schedule
    ("в 2017 году — 1809 рублей"); a comma alone may end the date's own clause ("возглавил
    область в 1997 году, четыре раза переизбирался"): the parse decides there."""
    return lead is not None and lead.end() == q.start and lead[0].strip() != ","


def _step_status(ctx: Context, step: tuple[Quantity, Span], period: str, status: str) -> str:
    """The status of a step of a schedule its date leads (`step`: the figure, its sentence):
    dated before the document's date, it is the level in force, whatever tense tells the
    schedule ("пошлина вырастет постепенно: с 1 января 2024 года — 12 %" in a text of 2025 is
    no forecast of 2024's duty); a forecast otherwise stays one."""
    today = ctx.document.date
    if status != "forecast" or not today or not period or "/" in period:
        return status
    if period >= today[: len(period)]:
        return status  # ahead, or of the document's own year or month
    q, sent = step
    dates = find_dates(span_text(sent), today)
    text = ctx.document.text
    led = any(_leads(_LEADS.match(text, sent.start_char + d.end), q) for d in dates if d.value)
    return "actual" if led else status


# a sentence that goes on with the one before: "При этом …", "Всего …", "В общей сложности …",
# "Его стоимость …" (a possessive pronoun opening it), or "за тот же период" ("за тот же
# год", "в том же году") in it
_CONTINUES = re.compile(
    r"[\s«\"—–-]*(?:при\s+этом|всего|в\s+общей\s+сложности|(?:его|е[её]|их)(?=\s+[а-яё]))\b",
    re.IGNORECASE,
)
_SAME_PERIOD = re.compile(
    r"\b(?:(?:тот|этот)\s+же\s+(?:период|срок|год)|(?:том|этом)\s+же\s+году)\b", re.IGNORECASE
)
# a sentence opening with "Годом ранее": the same period of the year before the sentence
# before's ("Во втором квартале 2025 года ВВП вырос на 2,8 %. Годом ранее экономика росла на
# 2,2 %" → 2024-04/2024-06)
_YEAR_EARLIER = re.compile(r"[\s«\"—–-]*годом\s+(?:ранее|раньше)\b", re.IGNORECASE)
_YEAR_IN = re.compile(r"\d{4}")  # each year of an ISO period


def _continued_period(ctx: Context, q: Quantity, sent: Span) -> str:
    """A sentence that goes on with the one before (`_CONTINUES`, `_SAME_PERIOD`) and names
    no date goes on with the time of the sentence before where that one names a single date,
    the period of a figure there, and its verb has the same tense ("В 2023 году товарооборот
    составил 4,1 млрд долларов. При этом экспорт достиг 2,3 млрд" → 2023, so do "Всего …",
    "Его стоимость …", "… за тот же период …"; not "При этом сейчас товарооборот составляет
    …", nor after "Президент посетил Египет 10 мая": a visit's day); a term has none. One
    opening with "Годом ранее" takes that time a year back (2024-04/2024-06 after the second
    quarter of 2025)."""
    before = sentence_before(sent)
    number = _root(ctx, q.start, q.end)
    if before is None or number is None or is_duration(q):
        return ""
    text = ctx.document.text
    earlier = _YEAR_EARLIER.match(text, sent.start_char) is not None
    if not (earlier or _CONTINUES.match(text, sent.start_char)) and not _SAME_PERIOD.search(
        text, sent.start_char, sent.end_char
    ):
        return ""
    if find_dates(span_text(sent), ctx.document.date):
        return ""
    found = [d for d in find_dates(span_text(before), ctx.document.date) if d.value]
    parts = yearless_parts(span_text(before), ctx.document.date, found, tense(before.root))
    dates = _spans(sorted(found + parts, key=lambda d: d.start), before)  # "в январе–августе"
    if len({d.value for d in dates}) != 1 or not _same_time(before.root, _anchor(number)):
        return ""
    period = _months_of(ctx, before, dates[0])
    if period not in _figure_periods(ctx, before):
        return ""
    if not earlier:
        return period
    if any(len(end) > len("2024-04") for end in period.split("/")):
        return ""  # a day's date a year back is no period of a figure (nor always a day)
    return _YEAR_IN.sub(lambda y: str(int(y[0]) - 1), period)


def _figure_periods(ctx: Context, sent: Span) -> set[str]:
    """The periods of the figures a sentence gives (`_period`)."""
    found = [
        replace(f, start=f.start + sent.start_char, end=f.end + sent.start_char)
        for f in find_quantities(span_text(sent))
    ]
    figures = [f for f in found if f.kind in CLAIM_KINDS and not is_duration(f)]
    return {_period(ctx, f, sent) for f in figures} - {""}


def _months_of(ctx: Context, sent: Span, d: DateMention, leads: bool = False) -> str:
    """The period a date of the sentence gives, with the months of a part of its year
    ("за девять месяцев 2024 года" 2024-01/2024-09, not the whole year), or the time since
    it ("С 2000 года ЕС предоставил Сербии 3,6 млрд евро": 2000 to the document's date) where
    it `leads` no figure of a schedule ("с 1 января 2016 года — 18 %, с 1 апреля 2017 года —
    18,8 %": each level's first day)."""
    at = sent.start_char + d.start
    before = ctx.document.text[max(sent.start_char, at - 60) : at]
    months = year_part(before, d)
    return months if leads else since(before, replace(d, value=months), ctx.document.date)


_CLAUSE_BREAK = re.compile(r"[,;:()«»–—]|\bчто\b")


def _fronted_in_part(ctx: Context, sent: Span, dates: list[DateMention], q: Quantity) -> str:
    """Where the parse hangs a contrast's parts on each other ("В 2020 году товарооборот
    составил 5 млрд, а в 2023 году экспорт достиг 2 млрд"), the date that opens the figure's
    part and runs into it with no clause break is its period; "" otherwise."""
    text = ctx.document.text
    cuts = [m.end() for m in _CONTRAST.finditer(text, sent.start_char, q.start)]
    if not cuts and not _CONTRAST.search(text, q.end, sent.end_char):
        return ""  # no contrast: the parse is trusted
    start = max(cuts, default=sent.start_char)
    before = [
        d
        for d in dates
        if start <= sent.start_char + d.start and sent.start_char + d.end <= q.start
    ]
    if not before:
        return ""
    last = before[-1]
    if _CLAUSE_BREAK.search(text, sent.start_char + last.end, q.start):
        return ""
    return _months_of(ctx, sent, last)


def _names_thing(date: Span, value: str) -> bool:
    """A date in a document's name is no figure's period: "за возврат к Конституции 2004
    года проголосовали 386 депутатов" (claim_words.tsv `dated_name`); nor is a span of
    years a noun's own ("ветераны войны 1941—1945 годов")."""
    named = noun_dated(date)
    if named is None:
        return False
    return "/" in value or (named.lemma_ in _DATED_NAMES and named.i < date.root.i)


def _spans(dates: list[DateMention], sent: Span) -> list[DateMention]:
    """Two dates a dash or "с … по" joins are one span, its period the ISO 8601 interval
    ("в 1960—1975 годах" 1960/1975, "в январе—марте 2023 года" 2023-01/2023-03, "с 2022 по
    март 2023 года" 2022/2023-03); years listed ("2022 и 2023 годов") are several periods, none the
    figure's."""
    out: list[DateMention] = []
    for d in dates:
        last = out[-1] if out else None
        gap = span_text(sent)[last.end : d.start] if last is not None else ""
        if (
            last is not None
            and len(d.value) == 4
            and len(last.value) in (0, 4)
            and (_LIST_GAP.fullmatch(gap))
        ):
            out[-1] = replace(last, end=d.end, value="")
        elif (
            last is not None and _earlier(last.value, d.value) and _RANGE_GAP.fullmatch(gap)
        ):  # fmt: skip
            out[-1] = replace(last, end=d.end, value=f"{last.value}/{d.value}")
        else:
            out.append(d)
    return out


def _earlier(start: str, end: str) -> bool:
    """A span's ends may differ in precision ("с 2022 по март 2023 года" 2022/2023-03): the
    start comes first at the precision both have."""
    n = min(len(start), len(end))
    return n > 0 and start[:n] < end[:n]


def _depth(token: Token, ancestor: Token) -> int:
    """How many steps up from `token` its `ancestor` is."""
    return next(i for i, a in enumerate(token.ancestors, 1) if a == ancestor)


def _is_deadline(date: Token, number: Token) -> bool:
    """ "… поставки 2 млн тонн к 2025 году": a "к"-date right after the figure, whatever
    the parser hung it on."""
    between = date.doc[number.i + 1 : date.left_edge.i]
    return (
        date.i > number.i
        and any(c.lower_ == "к" and c.dep_ == "case" for c in date.children)
        and not any(t.is_punct or t.like_num or is_predicate(t) or t.dep_ == "cc" for t in between)
    )  # "вырасти на 6 % и к 2030 году достичь": the date opens the later conjunct


def _counted_when(date: Token, anchor: Token) -> bool:
    """A date in a participle on what "число"/"количество" counts, the subject of the
    figure's predicate, dates the count ("Число туристов, посетивших Мальдивы в 2024 году,
    выросло на 20 %"), where "12 граждан, задержанных в прошлом месяце" dates a detention."""
    own = _anchor(date)
    counted = own.head
    counter = counted.head
    return (
        own.dep_ == "acl" and counted.dep_ == "nmod" and counter.lemma_ in _COUNTERS
        and counter.dep_.startswith("nsubj") and counter.head == anchor
    )  # fmt: skip


def _same_clause(date: Token, number: Token, anchor: Token) -> bool:
    """Whether a date modifies the number's predicate: the same one with no other clause
    between them, or a fronted date before coordinated predicates ("в 2023 году вырос на
    12 % и достиг 3,1 млрд"), or one the parser hung on a verb of saying after the
    number's clause ("По итогам года товарооборот составил …, сообщил министр")."""
    own = _anchor(date)
    if own == anchor:
        return not _verb_between(date, number) and not _in_later_conjunct(date, number)
    if own.dep_ == "parataxis" and own.head == anchor and date.i < anchor.i < own.i:
        return True
    if anchor.dep_ == "advcl" and is_gerund(anchor) and anchor.head == own:
        return True  # "в 2023 году составил 181 млрд, увеличившись на 6 %": one period
    if anchor.dep_ == "csubj" and is_infinitive(anchor) and anchor.head == own:
        return True  # "в 2024 году их число планируется довести до 150 тыс.": the goal's year
    if _part_told(anchor) and own in anchor.ancestors and date.i < anchor.i:
        return _same_time(anchor, own)  # "в 2024 году составил 22,5 млрд, из них на экспорт …"
    conj = anchor.dep_ == "conj" and anchor.head == own and date.i < own.i
    # ... also where the parser hung the fronted date on the later conjunct ("в 2024 году
    # товарооборот составил 560 млн, из которых на экспорт пришлось 310 млн")
    later = own.dep_ == "conj" and own.head == anchor and date.i < anchor.i
    return (conj and _same_time(own, anchor)) or (later and _same_time(anchor, own))


def _part_told(anchor: Token) -> bool:
    """A clause telling a part of the figure before it ("…, из них на экспорт пришлось 12,1
    млрд", "…, из которых …"), which the parser hangs on that figure's clause as a parataxis
    or on its noun as a relative clause: the part is of the whole's time."""
    if anchor.dep_ not in ("parataxis", "acl:relcl"):
        return False
    return any(
        c.dep_ == "obl" and c.lemma_ in ("они", "который") and preposition(c) == "из"
        for c in anchor.children
    )


def _in_later_conjunct(date: Token, number: Token) -> bool:
    """A date inside a later infinitive conjunct than the number's dates that conjunct only:
    "может вырасти на 5 % и в 2027 году превысить 110 млрд" gives the 5 % no year, where a
    date fronted before both ("В 2027 году может вырасти на 5 % и превысить …") is both's."""
    mine, its = _predicate(date), _predicate(number)
    if not (number.i < date.i and its.i < mine.i and mine != its):
        return False
    if not (is_infinitive(mine) and is_infinitive(its)):
        return False
    return any(t.dep_ == "cc" for t in date.doc[number.i + 1 : date.left_edge.i])


def _same_time(first: Token, second: Token) -> bool:
    """Whether a conjunct predicate shares the first one's time: not where it says a time of
    its own ("сейчас", "теперь") or changes tense ("В 2020 году подписали соглашение, а
    сейчас товарооборот составляет …")."""
    if any(c.dep_ == "advmod" and c.lemma_ in _NOW for c in second.children):
        return False
    tenses = [set(t.morph.get("Tense")) for t in (first, second)]
    return not all(tenses) or tenses[0] == tenses[1]


def _verb_between(a: Token, b: Token) -> bool:
    """A finite verb of another main clause between two words (relative clauses aside; a
    predicate coordinated with theirs at the same time is theirs: "за январь–сентябрь
    экспорт сократился на 23 % и составил 9,8 млрд", however the parser hangs the sum, and
    so is the verb whose subject their infinitive is: "Ещё 1 млрд планируется предоставить в
    2026 году")."""
    lo, hi = sorted((a.i, b.i))
    anchors = {_anchor(a), _anchor(b)}
    return any(
        t.pos_ in ("VERB", "AUX")
        and is_finite(t)
        and t not in anchors
        and t.dep_ not in ("acl", "acl:relcl", "aux", "aux:pass", "cop")
        and not (t.dep_ == "conj" and t.head in anchors and _same_time(t.head, t))
        and not any(x.dep_ == "conj" and x.head == t and _same_time(t, x) for x in anchors)
        and not any(x.dep_.startswith("csubj") and x.head == t for x in anchors)
        for t in a.doc[lo + 1 : hi]
    )


def _part(ctx: Context, q: Quantity, sent: Span) -> tuple[Span, int, int]:
    """The sentence and the stretch of it whose states are the figure's: the part of a
    contrast (", а") the figure is in where that part names a state ("Численность армии
    Норвегии — 23 тыс., а Дании — 15 тыс."), else the whole sentence."""
    text = ctx.document.text
    cuts = [m.start() for m in _CONTRAST.finditer(text, sent.start_char, sent.end_char)]
    start = max([c for c in cuts if c < q.start], default=sent.start_char)
    end = min([c for c in cuts if c >= q.end], default=sent.end_char)
    if (start, end) != (sent.start_char, sent.end_char) and ctx.mentions_in(start, end, "State"):
        return sent, start, end
    return sent, sent.start_char, sent.end_char


def _states(
    ctx: Context,
    part: tuple[Span, int, int],
    metric_key: str,
    pair: list[str],
    money: list[tuple[int, int]],
) -> list[str]:
    """The states a claim relates: named in its sentence (or its part, `_part`), or the
    document's pair; a state inside a sum of money is its currency's ("2 млрд долларов
    США"), no side."""
    sent, start, end = part
    named = sorted(
        {m.entity for m in ctx.mentions_in(start, end, "State")
         if not any(a <= m.start < b for a, b in money) and not _of_source(ctx, m)}
    )  # fmt: skip
    if len(named) >= 2:
        return named
    bilateral = _BILATERAL.search(span_text(sent)) or metric_key.split()[-1] in _BILATERAL_METRICS
    bilateral = bilateral or any(_both_sides(t) for t in sent)
    if bilateral and len(pair) == 2 and set(named) <= set(pair):
        return sorted(pair)
    return named


def _of_source(ctx: Context, m: Mention) -> bool:
    """A state adjective on who reports the figure names no side of it: "как сообщили
    российские информагентства", "по данным американских экспертов" (claim_words.tsv)."""
    if m.via != "adjective":
        return False
    word = _root(ctx, m.start, m.end)
    return word is not None and word.dep_ == "amod" and word.head.lemma_ in _SOURCES


def _both_sides(t: Token) -> bool:
    """ "Стороны подписали 12 документов": "стороны" as a subject of their own are the pair
    ("стороны конфликта" name whose; "со стороны Китая" is one)."""
    return (
        t.lemma_ == "сторона" and t.dep_ in SUBJECTS and "Plur" in features(t, "Number")
        and not any(c.dep_ == "nmod" for c in t.children)
    )  # fmt: skip
