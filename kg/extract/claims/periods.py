"""The period of a figure: a date leading it ("в 2017 году — 1809 рублей"), one on its noun,
or one modifying its predicate with no other clause between, as an ISO date or interval;
a sentence that goes on with the one before ("При этом …", "Годом ранее …") takes its time.
A date of another clause or of a name is not the figure's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from kg.doc_text import span_text
from kg.extract.agreements.title_words import paper_noun
from kg.extract.claims.deeds import attended, attending
from kg.extract.claims.durations import UNITS as DURATION_UNITS
from kg.extract.claims.durations import is_duration
from kg.extract.claims.lexicons import (
    CONTRAST,
    COUNTERS,
    DROPS,
    RISES,
    SUBSET,
    WORDS,
)
from kg.extract.claims.parse import (
    anchor_predicate,
    contracted_supply,
    own_participle,
    predicate,
    root,
    thing_measure,
)
from kg.extract.common.attribution import pointing_back
from kg.extract.common.attribution_words import speech_lemmas
from kg.extract.common.date_bounds import noun_dated
from kg.extract.common.dates import DateMention, dates_within, since, year_part, yearless_parts
from kg.extract.common.numbers import CLAIM_KINDS, Quantity, word_value
from kg.extract.common.pair import named_pair, pair_word
from kg.extract.common.quantities import find_quantities
from kg.extract.context import Context
from kg.nlp.deps import (
    SUBJECTS,
    fixed_preposition,
    gerund_verb,
    is_predicate,
    new_paragraph,
    preposition,
    preposition_noun,
    sentence_before,
    tense,
)
from kg.nlp.morph import is_finite, is_gerund, is_infinitive

# what joins a listed item to the figure before it ("8 документов, в том числе программу …")
_LIST_JOINTS = frozenset(["в", "том", "числе", "включая", "частности", "также", "среди"])
# what frames a clause by a paper it is done under ("в рамках программы", "по программе")
_FRAMES = frozenset([("в", "рамка"), ("в", "соответствие")])
_FRAME_PREPOSITIONS = frozenset(["по", "согласно"])
_PRESENT = {"сейчас", "теперь", "ныне", "нынче"}  # "…, а сейчас их 2,5 млн": a part of now
_NOW = _PRESENT | {"сегодня", "затем", "потом", "впоследствии"}
_TIMES = {"пора", "период", "время", "квартал", "полугодие"}  # "с тех пор", "за тот период"
_THAT_TIMES = {"момент", "время", "период"}  # "на тот момент", "в то время": a time told before
_DATED_NAMES = WORDS["dated_name"]
_PROMISES = WORDS["promise"]  # "договорился увеличить …": the date is the deal's, no term
_LEADS = re.compile(r"[\s,:\u2013\u2014-]*(?=\S)")  # from a date to the figure it leads
_BASE = re.compile(
    r"(?:сравнению|сравнении|чем|против|вместо|относительно)[ \u00a0]+(?:(?:с|со|в|за)[ \u00a0]+)?"
    r"(?:аналогичн[а-яё]+[ \u00a0]+период[а-яё]*[ \u00a0]+|[а-яё]+(?:ых|их)[ \u00a0]+)?$",
    re.IGNORECASE,
)  # what a figure is compared with ("вместо прежних 400"): its date is the base's
_EARLIER = re.compile(
    r"[ \u00a0]+(?:годом|месяцем|кварталом)[ \u00a0]+(?:ранее|раньше)", re.IGNORECASE
)  # "вырос до 17 млрд с 15 млрд годом ранее": the base, of another period
_RANGE_GAP = re.compile(r"\s*(?:[-\u2013\u2014]|по)\s*", re.IGNORECASE)  # "с 2010 по 2015"
DASH_ONLY = re.compile(r"\s*[-\u2013\u2014]\s*")  # "3-4 раза": the ends of a range
# what a list of amounts holds between its figures ("40 тыс. тонн риса, 20 тыс. тонн пшеницы и …")
_LISTED_WORDS = frozenset(["NUM", "NOUN", "ADJ", "PROPN"])
_LISTED_MARKS = frozenset([",", ".", "и"])
_LIST_GAP = re.compile(r"\s*(?:,|и|или)\s*", re.IGNORECASE)  # "2022 и 2023 годов"
# "(Faith, 1988 год)": a date after a comma inside brackets dates the item it follows
_ITEM_DATE = re.compile(r"\([^()]*,\s*$")
_BIRTH_YEAR = re.compile(r"\s*(?:р\.|рожд\.|рождения)")  # "(1986 г. р.)", "1990 года рождения"
# a year a dash joins to another ("на 2025–2028 годы") starts a span, no bare year
_YEAR_AFTER = re.compile(r"[ \u00a0]+(?:в|на)[ \u00a0]+((?:19|20)\d\d)(?![\d\u2013\u2014-])")
# "и 12 млн — в 2021.": a dash stands for the verb; the bare year closes the gapped clause,
# where no more years follow it ("— в 2021, 2022 и 2023 годах" is no one year's)
_DASHED_YEAR_AFTER = re.compile(
    r"[ \u00a0]+[\u2013\u2014-][ \u00a0]+в[ \u00a0]+((?:19|20)\d\d)"
    r"(?=[ \u00a0]*(?:[.;)]|,(?![ \u00a0]*(?:19|20)\d\d)|$))"
)

# "…, в 2024 — 8–10 тысяч": a bare year leading a figure across a dash, "году" elided
_DASHED_YEAR_BEFORE = re.compile(
    r"(?:^|[\s,;:(])(?:в|во)[ \u00a0]+((?:19|20)\d\d)[ \u00a0]+[\u2013\u2014][ \u00a0]+$",
    re.IGNORECASE,
)

# what opens and closes a date a sentence's figures are told as of: "(на 6 ноября)", "(данные
# на 4 ноября)", ", по состоянию на 5 ноября."
_AS_OF_OPENS = re.compile(
    r"(?:(?P<bracket>\(\s*)(?:(?:по\s+)?данн(?:ые|ым)\s+|по\s+состоянию\s+)?"
    r"|[,;]\s*(?:по\s+данным|по\s+состоянию)\s+)на\s+$",
    re.IGNORECASE,
)
_AS_OF_CLOSES = re.compile(r"\s*(?:года|г\.)?\s*(?P<bracket>\))?\s*[.!]?\s*$")


def _period(ctx: Context, q: Quantity, sent: Span) -> str:
    """The date the figure refers to, ISO, or "" when none: a date on the number itself
    ("в 2017 году — 1809 рублей"), else one in the number's clause ("в 2022 году
    товарооборот составил …", "составит в 2016 году 854 рубля"), nearest first. A date
    of another clause of the sentence ("договор вступил в силу в 2011 году и
    предполагает сокращение … до 1550") is not the figure's."""
    year = _bare_year_of(ctx.document.text, q)
    if year:
        return year
    base = _base_period(ctx, q, sent)
    if base is not None:
        return base
    text = ctx.document.text
    dates = [d for d in _sentence_dates(ctx, sent) if not _present_after(ctx, sent, d, q)]
    number = root(ctx, q.start, q.end)
    if not dates or number is None:
        return ""
    told = own_participle(number)
    own, shared = [], None
    for d in dates:
        end = sent.start_char + d.end
        lead = _LEADS.match(text, end)
        if _leads(lead, q):
            return _months_of(ctx, sent, d, leads=True)
        if _ITEM_DATE.search(text, sent.start_char, sent.start_char + d.start):
            continue  # "двух премий (Faith, 1988 год)": the date of the item named before it
        if _BIRTH_YEAR.match(text, end):
            continue  # "шесть дочерей: Ана (1986 г. р.), …": a person's year of birth
        if _BASE.search(span_text(sent), 0, d.start) or _base_date(ctx, sent, d):
            continue  # "снизился на 8 % по сравнению с 2022 годом": the base, not the period
        if _leads_other(lead, q, told, sent.start_char + d.start):
            shared = d if _shares_lead(ctx, lead, q) else shared
        else:
            own.append(d)
    ranked = _ranked(ctx, sent, own, number, q)
    if shared is not None:  # the list's time, unless one of the figure's own comes after it
        ranked = [r for r in ranked if r[-1] > shared.start]
        if not ranked:
            return _months_of(ctx, sent, shared, leads=True)
    if not ranked:
        return _fronted_in_part(ctx, sent, own, q) or _closing_as_of(ctx, sent, dates)
    start = min(ranked)[-1]
    return _months_of(ctx, sent, next(d for d in own if d.start == start))


def _present_after(ctx: Context, sent: Span, date: DateMention, q: Quantity) -> bool:
    """A date before a ", а" contrast whose part says it is of the present before the figure
    ("В 2022 году проживали 3 млн индийцев, а сейчас их 3,5 млн", "…, а теперь — 7
    млрд"): that part is of now, not the date's time ("…, а в 2024 году — 6 млрд" has its own)."""
    start = sent.start_char + date.end
    cuts = list(CONTRAST.finditer(ctx.document.text, start, q.start)) if start < q.start else []
    if not cuts:
        return False
    part = ctx.doc.char_span(cuts[-1].end(), q.start, alignment_mode="expand")
    return part is not None and any(t.lower_ in _PRESENT for t in part)


def _closing_as_of(ctx: Context, sent: Span, dates: list[DateMention]) -> str:
    """The date a sentence closes on as the day its figures are told as of ("погибли 48
    человек, ещё 17 пропали без вести (данные на 4 ноября)", ", по состоянию на 5 ноября."):
    every clause's, not only the last one's; "" for none, or a "на"-date of a clause's own
    ("перенесли на 6 ноября")."""
    if not dates:
        return ""
    text, last = span_text(sent), dates[-1]
    opened = _AS_OF_OPENS.search(text, 0, last.start)
    closed = _AS_OF_CLOSES.match(text, last.end)
    if opened is None or closed is None or bool(opened["bracket"]) != bool(closed["bracket"]):
        return ""
    return _months_of(ctx, sent, last)


def _sentence_dates(ctx: Context, sent: Span) -> list[DateMention]:
    """The dates a sentence names with a value, day and weekday words read by its tense,
    spans joined (`_spans`); offsets in the sentence."""
    text = ctx.document.text
    found = [
        d for d in dates_within(text, ctx.document.date, sent.start_char, sent.end_char) if d.value
    ]
    parts = [
        p
        for p in yearless_parts(span_text(sent), ctx.document.date, found, tense(sent.root))
        if not _spans_thing(ctx, sent, p)
    ]
    return _spans(sorted(found + parts, key=lambda d: d.start), sent)


def gathering_period(ctx: Context, q: Quantity) -> str:
    """The date of the gathering a count of people who attend is told of, where the count's
    own sentence gives it none: a participle of the gathering's ("В начавшихся в понедельник
    учениях участвуют 600 военнослужащих") or the predicate the gathering is the subject
    of, in this sentence or, named by a pronoun, the one before ("Учения стартовали в
    понедельник. В них участвуют около 600 военнослужащих" → that Monday). "Стороны
    договорились в мае провести учения. В них примут участие 600 военнослужащих" (the
    gathering no subject: May is the agreeing's) and a gathering with no date stay none."""
    number = root(ctx, q.start, q.end)
    if number is None or not attending(verb := predicate(number)):
        return ""
    counted = number.head if number.dep_.startswith("nummod") else number
    gathering = attended(verb, counted)
    return "" if gathering is None else _dated_gathering(ctx, gathering)


def _dated_gathering(ctx: Context, gathering: Token) -> str:
    """The one date hung on the predicate a gathering is the subject of, or on a participle
    of it; "" where there is none or more than one."""
    owners = [c for c in gathering.children if c.dep_ == "acl"]
    if gathering.dep_ in SUBJECTS:
        owners.append(gathering.head)
    sent = gathering.sent
    dated = []
    for d in _sentence_dates(ctx, sent):
        start, end = sent.start_char + d.start, sent.start_char + d.end
        span = ctx.doc.char_span(start, end, alignment_mode="expand")
        if span is not None and span.root.head in owners and span.root.dep_ == "obl":
            dated.append(d)
    if len({d.value for d in dated}) != 1:
        return ""
    return _months_of(ctx, sent, dated[0])


def _ranked(
    ctx: Context, sent: Span, own: list[DateMention], number: Token, q: Quantity
) -> list[tuple[bool, bool, bool, int, int]]:
    """Keys of the dates of `own` that may be the figure's, the least the best: the
    figure's own conjunct first, on the number first, then dates before it ("в 2023 году …
    составил"), nearest; each key ends with its date's start in the sentence."""
    told = own_participle(number)
    anchor = anchor_predicate(number)
    ranked = []
    for d in own:
        span = ctx.doc.char_span(
            sent.start_char + d.start, sent.start_char + d.end, alignment_mode="expand"
        )
        if span is None or _never_its(span, number, d.value, q):
            continue
        date = span.root
        on_number = number in date.ancestors and not _verb_between(date, number)
        if _of_another_deed(date, number, told, on_number) or (
            _agreed_when(date, number) and not _by_date(date)
        ):
            continue
        deadline = _is_deadline(date, number)
        if (
            on_number
            or deadline
            or _same_clause(date, number, anchor)
            or _counted_when(date, anchor)
        ):
            other = _other_conjunct(date, number)
            ranked.append(
                (other, not on_number, date.i > number.i, abs(date.i - number.i), d.start)
            )
    return ranked


def contracted_period(ctx: Context, q: Quantity, sent: Span, period: str, money: bool) -> str:
    """The period of a measure of goods a paper of a deal provides for
    (`parse.contracted_supply`): a date in the supply's own phrase ("на поставку 2 млн тонн
    в 2027 году"), else the start a "с"-date opens ("начиная с 2027 года", "с 2027 года": a
    start after the document's date is its year), else none; never the day the paper was
    signed ("подписали в понедельник контракт на поставку …"). A sum of `money` and any
    other figure keep `period`."""
    number = root(ctx, q.start, q.end)
    supply = None if number is None or money else contracted_supply(number)
    if supply is None:
        return period
    text = ctx.document.text
    found = [
        d for d in dates_within(text, ctx.document.date, sent.start_char, sent.end_char) if d.value
    ]
    own, starts = [], []
    for d in _spans(found, sent):
        span = ctx.doc.char_span(
            sent.start_char + d.start, sent.start_char + d.end, alignment_mode="expand"
        )
        if span is None:
            continue
        if supply.left_edge.i <= span.root.i <= supply.right_edge.i:
            own.append(d)
        elif preposition(span.root) == "с":
            starts.append(d)
    chosen = (own or starts)[:1]
    return _months_of(ctx, sent, chosen[0]) if chosen else ""


def _never_its(date: Span, number: Token, value: str, q: Quantity) -> bool:
    """A date that is no period of the figure wherever the parser hangs it: the number
    itself, a date in a name ("Конституции 2004 года") or in a listed paper's title ("8
    документов, в том числе программу … на 2025–2027 годы": `_listed_title`) or in another
    coordinated object's words (`_other_object`)."""
    return (
        date.root.i == number.i
        or _names_thing(date, value)
        or _listed_title(date, q)
        or _framing_title(date, q)
        or _other_object(date.root, number)
    )


def _bare_year_of(text: str, q: Quantity) -> str:
    """A bare year told right after the figure ("(67 200 жителей в 2004)", "и 12 млн — в
    2021.") or leading it across a dash, "году" elided ("в 2023 году — 5 тысяч, в 2024 — 8
    тысяч"): the year the figure is of; "" for none."""
    year = _YEAR_AFTER.match(text, q.end) or _DASHED_YEAR_AFTER.match(text, q.end)
    year = year or _DASHED_YEAR_BEFORE.search(text, max(0, q.start - 16), q.start)
    return year[1] if year is not None else ""


# "за год выросла с 6 до 11 процентов": the span a change of two levels took
_FROM_LEVEL = re.compile(r"(?<![а-яё])со?[ \u00a0]+$", re.IGNORECASE)
_TO_LEVEL = re.compile(r"[ \u00a0]+до[ \u00a0]+\d")
_OVER_YEARS = re.compile(
    r"(?<![а-яё])за[ \u00a0]+(?:(?P<n>\d{1,2}|[а-яё]+)[ \u00a0]+)?(?:год|года|лет)(?![а-яё])",
    re.IGNORECASE,
)
_YEAR_OF = re.compile(r"\d{4}")


def earlier_end(ctx: Context, q: Quantity, sent: Span, period: str) -> str:
    """The low end "с X" of a change over a span of years ("за год доля выросла с 6 до 11
    процентов") is the level that span before the high end's year, or the document's where
    the high end has none (6 → 2025 in a text of 2026); without a span ("выросла с 6 до 11")
    it keeps `period`."""
    text = ctx.document.text
    if not _FROM_LEVEL.search(text, max(0, q.start - 4), q.start) or not _TO_LEVEL.match(
        text, q.end
    ):
        return period
    years = _span_years(_OVER_YEARS.search(span_text(sent)))
    year = _YEAR_OF.match((period or ctx.document.date).split("/")[-1])
    if years is None or year is None:
        return period
    return str(int(year[0]) - years)


def _span_years(over: re.Match[str] | None) -> int | None:
    """How many years "за (N) год/лет" spans: 1 bare, N in digits or in words ("за два года"
    → 2); None for no span or a word that is no number ("за этот год")."""
    if over is None:
        return None
    if not over["n"]:
        return 1
    value = int(over["n"]) if over["n"].isdigit() else word_value(over["n"])
    return int(value) if value else None


def range_period(ctx: Context, q: Quantity, low: Quantity | None, sent: Span) -> str:
    """The high end of a dashed range is of its low end's period, which a date leading the
    range ("в 2019 году 3-4 раза") or told after it gives the low end only."""
    if low is None or low.comparator != "ge" or q.comparator != "le":
        return ""
    if not DASH_ONLY.fullmatch(ctx.document.text, low.end, q.start):
        return ""
    return _period(ctx, low, sent)


def _leads_other(lead: re.Match[str] | None, q: Quantity, told: Token | None, at: int) -> bool:
    """A date at `at` leading another figure is that figure's, unless the participle that
    tells `q`'s deed holds it ("Из 5 млн тонн, закупленных в 2024 году, 3 млн …")."""
    if not (lead and lead.string[lead.end()].isdigit() and lead.end() != q.start):
        return False
    return told is None or not told.idx < at < told.right_edge.idx


def _shares_lead(ctx: Context, lead: re.Match[str] | None, q: Quantity) -> bool:
    """A figure listed after the one a date leads, with nothing but the goods, numbers,
    commas and "и" between ("о поставках в 2027 году 40 тыс. тонн риса, 20 тыс. тонн
    пшеницы и 5 тыс. тонн сахара"): a time before a list of amounts is every amount's; a
    verb, a contrast or a dash between ("в 2023 году — 5 тысяч, в 2024 — 8 тысяч", "…, а
    …") ends the list."""
    if lead is None or q.start <= lead.end():
        return False  # a figure before the date is in no list it leads
    between = ctx.doc.char_span(lead.end(), q.start, alignment_mode="expand")
    return between is not None and all(
        t.lower_ in _LISTED_MARKS or (t.pos_ in _LISTED_WORDS and not is_predicate(t))
        for t in between
    )


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


def step_status(ctx: Context, step: tuple[Quantity, Span], period: str, status: str) -> str:
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
    text = ctx.document.text
    dates = dates_within(text, today, sent.start_char, sent.end_char)
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
# a sentence opening with "Тогда", "На тот момент", "В то время" (not "в то время как"): the
# time of the sentence before, whatever that one tells ("В 2020 году Замбия объявила дефолт.
# Тогда её долг составлял 32,8 млрд долларов" → 2020)
_THEN = re.compile(
    r"[\s«\"—–-]*(?:тогда|(?:в|на)\s+(?:тот\s+момент|то\s+время(?!\s+как)|тот\s+период))\b",
    re.IGNORECASE,
)
_WHOLES = WORDS["trade_whole"]  # a trade whose parts a sentence after it tells
_PARTS = WORDS["trade_part"]  # export, import and supplies: parts of a trade
_YEAR_IN = re.compile(r"\d{4}")  # each year of an ISO period
_YEAR = re.compile(r"\d{4}(?:/\d{4})?")  # a year (or years) a change goes on with, no day
# "…, годом ранее — 900 млн долларов": a figure the year back leads
_YEAR_EARLIER_LEAD = re.compile(r"\bгодом\s+(?:ранее|раньше)\s*[\u2013\u2014-]\s*$", re.IGNORECASE)


def continued_period(ctx: Context, q: Quantity, sent: Span, metric: str = "") -> str:
    """A sentence that goes on with the one before (`_CONTINUES`, `_SAME_PERIOD`, or a part
    of its trade told with no marker: `_trade_whole`, of the claim's `metric` key) and names
    no date goes on with the time of the sentence before where that one names a single date,
    the period of a figure there, and its verb has the same tense ("В 2023 году товарооборот
    составил 4,1 млрд долларов. При этом экспорт достиг 2,3 млрд" → 2023, so do "Всего …",
    "Его стоимость …", "… за тот же период …"; not "При этом сейчас товарооборот составляет
    …", nor after "Президент посетил Египет 10 мая": a visit's day); a term has none. One
    opening with "Годом ранее" takes that time a year back (2024-04/2024-06 after the second
    quarter of 2025). A change with no marker and no time of its own (`_timed`) goes on with
    the year of the sentence before in its paragraph, a figure's or its main predicate's
    (`_main_time`: "В 2025 году Кения и Танзания подписали соглашение. Экспорт из Кении в
    Танзанию вырос на 9 %" → 2025; not "Соглашение, подписанное в 2015 году, …")."""
    before = sentence_before(sent)
    number = root(ctx, q.start, q.end)
    if before is None or number is None or is_duration(q):
        return ""
    text = ctx.document.text
    earlier = _YEAR_EARLIER.match(text, sent.start_char) is not None
    then = _THEN.match(text, sent.start_char) is not None
    change = q.kind == "change" and not new_paragraph(sent) and not _timed(sent)
    if not (earlier or then or change or _CONTINUES.match(text, sent.start_char)) and not (
        _SAME_PERIOD.search(text, sent.start_char, sent.end_char)
    ):
        before = _trade_whole(ctx, metric, sent)
        if before is None:
            return ""
    if dates_within(text, ctx.document.date, sent.start_char, sent.end_char):
        return ""
    found = [
        d
        for d in dates_within(text, ctx.document.date, before.start_char, before.end_char)
        if d.value
    ]
    parts = yearless_parts(span_text(before), ctx.document.date, found, tense(before.root))
    dates = _spans(sorted(found + parts, key=lambda d: d.start), before)  # "в январе–августе"
    if len({d.value for d in dates}) != 1 or not _same_time(before.root, anchor_predicate(number)):
        return ""
    period = _months_of(ctx, before, dates[0])
    if (
        not then
        and period not in _figure_periods(ctx, before)
        and not (change and _YEAR.fullmatch(period) and _main_time(ctx, before, dates[0]))
    ):
        return ""
    if not earlier:
        return period
    if any(len(end) > len("2024-04") for end in period.split("/")):
        return ""  # a day's date a year back is no period of a figure (nor always a day)
    return _YEAR_IN.sub(lambda y: str(int(y[0]) - 1), period)


def _main_time(ctx: Context, sent: Span, date: DateMention) -> bool:
    """Whether `date` (its offsets in `sent`) tells the time of its sentence's main predicate
    ("В 2025 году Кения и Танзания подписали соглашение"), not a participle's of a noun
    ("Соглашение, подписанное в 2015 году, вступило в силу")."""
    start = sent.start_char + date.start
    span = ctx.doc.char_span(start, sent.start_char + date.end, alignment_mode="expand")
    return span is not None and predicate(span.root).i == sent.root.i


def _timed(sent: Span) -> bool:
    """Whether a sentence tells a time of its own, in words no date reads ("С тех пор экспорт
    вырос на 9 %", "За последние пять лет", "Сейчас"): its change is of that time, not the
    year of the sentence before."""
    return any(t.lemma_ in _TIMES or t.lemma_ in _NOW or t.lemma_ in DURATION_UNITS for t in sent)


def _trade_whole(ctx: Context, metric: str, sent: Span) -> Span | None:
    """The sentence of the trade a figure of `metric` is a part of (`_trade_part`): the
    sentence before, or the one before that where the sentence between, in its paragraph,
    only reports it (`attribution.pointing_back`) and names no date and no figure ("…
    за январь–сентябрь 2026 года составил 5,4 млрд долларов. Об этом сообщил таможенный
    комитет. ¶ Экспорт … составил 3,1 млрд долларов"); None for none (a sentence of another
    thing between, "Стороны обсудили новые проекты", ends the trade's time)."""
    before = sentence_before(sent)
    if before is None or _trade_part(ctx, metric, sent, before):
        return before
    whole = sentence_before(before)
    if whole is None or new_paragraph(before) or pointing_back(ctx, whole) is None:
        return None
    if _tells_time_or_figure(ctx, before) or not _trade_part(ctx, metric, sent, whole):
        return None
    return whole


def _tells_time_or_figure(ctx: Context, sent: Span) -> bool:
    """Whether a sentence names a date or gives a figure of its own: no aside a part of the
    trade told before it may be read past."""
    text = ctx.document.text
    if dates_within(text, ctx.document.date, sent.start_char, sent.end_char):
        return True
    return _tells_figure(sent)


def _tells_figure(sent: Span) -> bool:
    """Whether a sentence gives a figure (an amount or a change) of its own; a stretch of time
    ("Первый за пять лет рейс") is none."""
    return any(
        f.kind in CLAIM_KINDS and not is_duration(f) for f in find_quantities(span_text(sent))
    )


def event_day(ctx: Context, q: Quantity, sent: Span, people: bool) -> str:
    """The date of the event the sentence before tells, for a count of `people` told after it
    in the past with no time of its own: the people are those the event befell or carried
    ("Колумбия и Венесуэла в воскресенье провели обмен заключёнными. Венесуэла передала 17
    граждан Колумбии" → that Sunday; "Первый рейс выполнила в среду авиакомпания. На борту
    находились 140 пассажиров" → that Wednesday). The date must be the one date of that
    sentence, its main predicate's, of no saying ("В среду министр заявил …": the day words
    were said) and that sentence no figure of its own (a count there is the event's own, a
    response after it may be of another day); "" otherwise, and for a new paragraph."""
    before = sentence_before(sent)
    number = root(ctx, q.start, q.end)
    if not people or before is None or number is None or new_paragraph(sent) or _timed(sent):
        return ""
    if _sentence_dates(ctx, sent) or _tells_figure(before):
        return ""
    dates = _sentence_dates(ctx, before)
    if len({d.value for d in dates}) != 1 or not _main_time(ctx, before, dates[0]):
        return ""
    if before.root.lemma_ in speech_lemmas():
        return ""
    if tense(anchor_predicate(number)) != "Past" or tense(before.root) != "Past":
        return ""
    return _months_of(ctx, before, dates[0])


def _trade_part(ctx: Context, metric: str, sent: Span, before: Span) -> bool:
    """A figure of export or import (`metric`'s words, `_PARTS`) after a sentence of the trade
    it is part of ("… товарооборот сократился на 12 % и составил 26 млрд долларов. Экспорт
    Бразилии в Аргентину превысил 13 млрд"), or a share of a trade after a sentence of any
    ("… экспорт составил 3 млрд. Около 40 % поставок пришлось на медь"): the part goes on with
    the whole's time, where it names no state the sentence before does not, by name or as
    "двух стран" (another pair's trade is no part of it)."""
    words = metric.split()
    if words[:1] == ["доля"]:
        parts, wholes = (_PARTS | _WHOLES) & set(words[1:]), _PARTS | _WHOLES
    else:
        parts, wholes = _PARTS & set(words), _WHOLES
    whole = [t for t in before if t.lemma_ in wholes]
    if not parts or not whole:
        return False
    own = {m.entity for m in ctx.mentions_in(sent.start_char, sent.end_char, "State")}
    told = {m.entity for m in ctx.mentions_in(before.start_char, before.end_char, "State")}
    # "товарооборот двух стран": the document's pair, as the whole's claim takes it
    told.update(
        key
        for t in whole
        if (word := pair_word(t))
        for key in named_pair(ctx, word, t.sent.end_char)
    )
    return not own - told


def _base_period(ctx: Context, q: Quantity, sent: Span) -> str | None:
    """The period of a figure that is the base of a comparison: a year back from the
    sentence's ("9,8 млрд в 2019 году против 11,2 млрд годом ранее" → 2018), or "" ("вырос
    на 8 % по сравнению с прошлым годом": the base's own date); None for no base."""
    text = ctx.document.text
    if _year_back(text, q):
        return _base_year(ctx, sent)
    if _EARLIER.match(text, q.end):
        return ""
    if not _BASE.search(text, max(0, q.start - 60), q.start):
        return None
    own = (
        d
        for d in _sentence_dates(ctx, sent)
        if sent.start_char + d.start >= q.end
        and not text[q.end : sent.start_char + d.start].strip()
    )
    date = next(own, None)  # "против 9 тысяч в текущем году": the base's own time
    return "" if date is None else _months_of(ctx, sent, date)


def _base_date(ctx: Context, sent: Span, d: DateMention) -> bool:
    """A date right after a figure set against another ("до 20 тысяч в 2027 году против 12
    тысяч [в текущем году]") is that base figure's own time, no other figure's."""
    text = ctx.document.text
    at = sent.start_char + d.start
    return any(
        not text[f.end + sent.start_char : at].strip()
        and _BASE.search(text, max(0, f.start + sent.start_char - 60), f.start + sent.start_char)
        for f in find_quantities(span_text(sent))
        if f.end + sent.start_char <= at
    )


def _year_back(text: str, q: Quantity) -> bool:
    """A figure told as of "годом ранее", after it ("против 11,2 млрд годом ранее") or
    leading it ("…, годом ранее — 900 млн")."""
    return bool(
        _YEAR_EARLIER.match(text, q.end)
        or _YEAR_EARLIER_LEAD.search(text, max(0, q.start - 30), q.start)
    )


def _base_year(ctx: Context, sent: Span) -> str:
    """The period a year before the one period the sentence's other figures share ("в 2019
    году … 9,8 млрд против 11,2 млрд годом ранее" → 2018); "" where they share none, or a
    day's date, which a year back is no period of a figure."""
    periods = _figure_periods(ctx, sent)
    if len(periods) != 1:
        return ""
    period = periods.pop()
    if any(len(end) > len("2024-04") for end in period.split("/")):
        return ""
    return _YEAR_IN.sub(lambda y: str(int(y[0]) - 1), period)


def _figure_periods(ctx: Context, sent: Span) -> set[str]:
    """The periods of the figures a sentence gives (`_period`), but those of a year back."""
    found = [
        replace(f, start=f.start + sent.start_char, end=f.end + sent.start_char)
        for f in find_quantities(span_text(sent))
    ]
    figures = [
        f
        for f in found
        if f.kind in CLAIM_KINDS and not is_duration(f) and not _year_back(ctx.document.text, f)
    ]
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
    cuts = list(CONTRAST.finditer(text, sent.start_char, q.start))
    if not cuts and not CONTRAST.search(text, q.end, sent.end_char):
        return ""  # no contrast: the parse is trusted
    start = cuts[-1].end() if cuts else sent.start_char
    before = [
        d
        for d in dates
        if start <= sent.start_char + d.start and sent.start_char + d.end <= q.start
    ]
    if not before:
        return _shared_by_contrast(ctx, sent, cuts, q) if cuts else ""
    last = before[-1]
    if _CLAUSE_BREAK.search(text, sent.start_char + last.end, q.start):
        return ""
    return _months_of(ctx, sent, last)


def _shared_by_contrast(ctx: Context, sent: Span, cuts: list[re.Match[str]], q: Quantity) -> str:
    """The part of a ", а" contrast after the last of `cuts`, with a finite verb of its own
    and no date, is of the time of the part before it: "В прошлом году товарооборот превысил
    2,2 млрд, а инвестиции составили 5,7 млрд" (where the parser hangs the later clause
    beside the first, and the date seems another clause's) gives both that year. That is
    the one period of the earlier part's figures, where a date opens it before them and its
    verbs after the date have the later verb's tense ("…, а инвестиции составят 6 млрд" is
    no past year's, nor "…, а сейчас инвестиции составляют …"); "" otherwise."""
    text = ctx.document.text
    number = root(ctx, q.start, q.end)
    verb = anchor_predicate(number) if number is not None else None
    cut = cuts[-1]
    if verb is None or not is_finite(verb) or verb.idx < cut.end():
        return ""  # a gapped part ("…, а инвестиции — 5,7 млрд") is gapping's
    after = CONTRAST.search(text, q.end, sent.end_char)
    if dates_within(text, ctx.document.date, cut.end(), after.start() if after else sent.end_char):
        return ""
    first = cuts[-2].end() if len(cuts) > 1 else sent.start_char
    figures = [
        f
        for f in find_quantities(text[first : cut.start()])
        if f.kind in CLAIM_KINDS and not is_duration(f)
    ]
    dates = dates_within(text, ctx.document.date, first, cut.start())
    if not figures or not dates or dates[0].start > figures[0].start:
        return ""
    periods = {
        _period(ctx, replace(f, start=f.start + first, end=f.end + first), sent) for f in figures
    }
    told = ctx.doc.char_span(first + dates[0].end, cut.start(), alignment_mode="expand")
    verbs = [t for t in told or () if t.pos_ in ("VERB", "AUX") and is_finite(t)]
    if len(periods) != 1 or "" in periods or not verbs:
        return ""
    return periods.pop() if all(_same_time(v, verb) for v in verbs) else ""


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


def _other_conjunct(date: Token, number: Token) -> bool:
    """A date before a ", а"/", и" that opens a clause with a predicate of its own before the
    figure is of the earlier conjunct ("товарооборот в прошлом году составил 1,8 млрд, а стороны
    поставили цель довести его до 3 млрд к 2030 году"), however the parser hangs the figure:
    a date of the figure's own clause beats it; with none, it may still be shared."""
    doc = date.doc
    for t in doc[date.i + 1 : number.i]:
        if t.pos_ == "CCONJ" and t.i > 0 and doc[t.i - 1].text == ",":
            return any(is_predicate(v) for v in doc[t.i + 1 : number.i])
    return False


def _listed_title(date: Span, q: Quantity) -> bool:
    """A date in the title of a paper listed beside the figure, after it ("подписали 8
    документов, в том числе соглашение о …, меморандум о … и программу обмена на 2025–2027
    годы", "…, включая соглашение о торговле на …") or before it ("программу … на 2025–2027
    годы и 4 меморандума"), is that paper's term, not the figure's period; the papers counted
    ("3 программы на 2025–2027 годы") or a sum for one ("500 млн долларов на программу …")
    keep it."""
    paper = _titled_paper(date)
    doc = date.doc
    figure = doc.char_span(q.start, q.end, alignment_mode="expand")
    if paper is None or figure is None or figure.start <= paper.i < figure.end:
        return False
    if paper.i >= figure.end:
        return _list_gap(doc[figure.end : paper.i])
    if date.end <= figure.start:
        return _list_gap(doc[date.end : figure.start])
    return False  # the figure inside the title ("соглашение о поставках 2 млн тонн на …")


def _framing_title(date: Span, q: Quantity) -> bool:
    """A "на"-term closing the title of a paper that frames the figure's clause from before
    it ("В рамках программы сотрудничества Индии и Вьетнама на 2025–2028 годы реализуются 40
    проектов", "По программе … на 2024–2026 годы …") is the paper's term, whatever the parser
    hangs it on, not the period of what is done within it; a date of the clause ("В 2025–2028
    годах в рамках программы …"), the papers counted ("3 программы на 2025–2027 годы") and a
    sum for a paper ("выделит на программу … на 2025–2027 годы 500 млн") keep it."""
    paper = _titled_paper(date)
    figure = date.doc.char_span(q.start, q.end, alignment_mode="expand")
    if paper is None or figure is None or date.end > figure.start:
        return False
    return preposition(date.root) == "на" and _frames(paper)


def _frames(paper: Token) -> bool:
    """Whether a paper, or the noun whose genitive it is, is an oblique of a frame: "в рамках
    программы", "по программе", "согласно соглашению", "в соответствии с договором"."""
    t = paper
    while t.dep_ == "nmod" and t.head.i != t.i:
        t = t.head
    return t.dep_ == "obl" and frame_preposition(t, bare=t == paper)


def frame_preposition(t: Token, bare: bool = True) -> bool:
    """Whether a noun takes a preposition of a frame, a paper a deed is done under ("в рамках",
    "в соответствии с", and where `bare`, "по" and "согласно": a genitive's head "по итогам
    соглашения" is no frame)."""
    if preposition_noun(t, _FRAMES) or fixed_preposition(t, _FRAMES):
        return True
    return bare and preposition(t) in _FRAME_PREPOSITIONS


def _list_gap(gap: Span) -> bool:
    """Whether the words between a figure and a paper are a list's joints (", в том числе",
    ", включая", "и") and the titles of other papers listed ("соглашение о защите
    инвестиций, меморандум о сотрудничестве и"), adjectives before a paper aside."""
    joined = in_title = False
    for t in gap:
        if t.text == "," or t.pos_ == "CCONJ":
            joined, in_title = True, False
        elif paper_noun(t):
            in_title = True
        elif in_title and not (t.is_punct or is_predicate(t)):
            continue  # a word of the title before
        elif not (t.lower_ in _LIST_JOINTS or t.pos_ in ("ADJ", "DET")):
            return False
    return joined


def _titled_paper(date: Span) -> Token | None:
    """The paper noun (`agreement_kinds.tsv`) whose title runs on to the date, with only title
    words between them, a figure's too ("соглашение о поставках 2 млн тонн меди на …"): no
    punctuation, conjunction or predicate."""
    for t in reversed(date.doc[: date.start]):
        if paper_noun(t):
            return t
        if t.pos_ == "CCONJ" and _joins_title_words(t):
            continue
        if t.is_punct or t.pos_ == "CCONJ" or is_predicate(t):
            return None
    return None


def _joins_title_words(cc: Token) -> bool:
    """An "и" between two nouns of one title ("программы сотрудничества Индии и Вьетнама",
    "о торговле и инвестициях"): its conjunct a noun, no paper, beside a noun's modifier."""
    conj = cc.head
    return (
        conj.dep_ == "conj"
        and conj.pos_ in ("NOUN", "PROPN")
        and not paper_noun(conj)
        and conj.head.dep_ == "nmod"
    )


def _depth(token: Token, ancestor: Token) -> int:
    """How many steps up from `token` its `ancestor` is."""
    return next(i for i, a in enumerate(token.ancestors, 1) if a == ancestor)


def _agreed_when(date: Token, number: Token) -> bool:
    """A date on a verb of agreeing (claim_words.tsv `promise`) above the infinitive the
    figure is in tells when the deal was made, no term of what it aims at: "В марте Чили и
    Перу договорились увеличить товарооборот до 5 млрд" has no period, "… до 2 млн тонн к
    2030 году" the year of its own clause; "в 2025 году планирует увеличить" keeps 2025. A
    "к"-term on the verb is the aim's still ("договорились к 2028 году довести …"): the
    caller keeps it."""
    agreed = predicate(date)
    verb = predicate(number)
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
        if verb == agreed:
            return agreed.lemma_ in _PROMISES
    return False


def _of_another_deed(date: Token, number: Token, told: Token | None, on_number: bool) -> bool:
    """A date of a deed other than the figure's: on the number, one in a clause on its noun
    ("12 граждан, [задержанных в прошлом месяце]": the detention's); off it, a deadline of
    what befalls a thing whose measure the figure is ("ГЭС мощностью 500 МВт построят к 2030
    году": the building's)."""
    if on_number:
        return any(
            t.dep_ in ("acl", "acl:relcl") and t != told
            for t in [date, *date.ancestors][: _depth(date, number)]
        )
    return _by_date(date) and _sizes_thing(number)


def _other_object(date: Token, number: Token) -> bool:
    """A date inside another noun conjunct than the one holding the figure ("предусматривает
    стажировку 400 врачей и открытие до 2028 года двух клиник", "стажировку 500 врачей в
    2027 году и открытие трёх клиник"): a coordinated object with a time of its own keeps it
    to itself, however the parser hangs the date (on the verb, on the first conjunct); a date
    on the head before the conjuncts ("поставки в 2027 году 40 тыс. тонн риса и …") is none."""
    doc = date.doc
    start = date.left_edge.i
    if number.i < start:
        return any(
            joined.head in _noun_heads(number) and _plain(doc[joined.i + 1 : start])
            for joined in _noun_conjuncts(doc[number.i + 1 : start])
        )
    figure = number.left_edge.i  # "трёх [филиалов]": the number's own words
    return any(
        joined.head.i < start < joined.i < figure
        and _plain(doc[date.i + 1 : joined.i - 1])
        and _plain(doc[joined.i + 1 : figure])
        for joined in _noun_conjuncts(doc[date.i + 1 : figure])
    )


def _noun_conjuncts(words: Span) -> list[Token]:
    """The later noun conjuncts of a noun ("и [открытие]") whose "и" stands in `words`, each
    right after its "и" or its own words."""
    return [
        cc.head
        for cc in words
        if cc.dep_ == "cc" and cc.head.dep_ == "conj" and cc.i < cc.head.i
        and cc.head.pos_ == "NOUN" and cc.head.head.pos_ == "NOUN"
    ]  # fmt: skip


def _plain(words: Span) -> bool:
    """Words of one noun phrase: no mark, figure or predicate between."""
    return not any(t.is_punct or t.like_num or is_predicate(t) for t in words)


def _noun_heads(number: Token) -> list[Token]:
    """The nouns above a figure up to its predicate: the noun phrases that hold it."""
    heads = []
    for head in number.ancestors:
        if is_predicate(head) or head.pos_ != "NOUN":
            break
        heads.append(head)
    return heads


def _sizes_thing(number: Token) -> bool:
    """A figure a measure noun in the instrumental carries ("нефтепровод [протяжённостью]
    180 км", "ГЭС [мощностью] 500 МВт"), with no verb between: a property of a thing, which
    a deadline of what befalls the thing does not date."""
    return thing_measure(number) is not None


def _by_date(date: Token) -> bool:
    """A "к"-date: a deadline ("к 2028 году")."""
    return any(c.lower_ == "к" and c.dep_ == "case" for c in date.children)


def _is_deadline(date: Token, number: Token) -> bool:
    """ "… поставки 2 млн тонн к 2025 году": a "к"-date right after the figure, whatever
    the parser hung it on."""
    between = date.doc[number.i + 1 : date.left_edge.i]
    return (
        date.i > number.i
        and _by_date(date)
        and not any(t.is_punct or t.like_num or is_predicate(t) or t.dep_ == "cc" for t in between)
    )  # "вырасти на 6 % и к 2030 году достичь": the date opens the later conjunct


def _counted_when(date: Token, anchor: Token) -> bool:
    """A date in a participle on what "число"/"количество" counts, the subject of the
    figure's predicate, dates the count ("Число туристов, посетивших Мальдивы в 2024 году,
    выросло на 20 %"), and so the figure of a predicate joined to it that shares the subject
    ("… выросло на 23 % и составило 8,4 млн человек"; sixty-eighth pass, h-claims123), where
    "12 граждан, задержанных в прошлом месяце" dates a detention."""
    own = anchor_predicate(date)
    counted = own.head
    counter = counted.head
    shared = anchor.dep_ == "conj" and anchor.head == counter.head
    return (
        own.dep_ == "acl" and counted.dep_ == "nmod" and counter.lemma_ in COUNTERS
        and counter.dep_.startswith("nsubj") and (counter.head == anchor or shared)
    )  # fmt: skip


def _same_clause(date: Token, number: Token, anchor: Token) -> bool:
    """Whether a date modifies the number's predicate: the same one with no other clause
    between them, or a fronted date before coordinated predicates ("в 2023 году вырос на
    12 % и достиг 3,1 млрд"), or one the parser hung on a verb of saying after the
    number's clause ("По итогам года товарооборот составил …, сообщил министр")."""
    own = anchor_predicate(date)
    if own == anchor:
        return not _verb_between(date, number) and not _in_later_conjunct(date, number)
    if own.dep_ == "parataxis" and own.head == anchor and date.i < anchor.i < own.i:
        return True
    if _told_then(anchor) and own in anchor.ancestors:
        return True  # "в 2020 году объявила дефолт по долгу, который тогда составлял …"
    if _explained(anchor, own) and date.i < own.i:
        return True  # "в 2025 году X стал партнёром Y: товарооборот составил …": one time
    if _gerund_of(anchor, own) or (_gerund_of(own, anchor) and date.i < anchor.i):
        # "в 2023 году составил 181 млрд, увеличившись на 6 %": one period, also where the
        # parser hangs the fronted date on the gerund
        return True
    verb = gerund_verb(anchor)
    if verb != anchor.head and _gerund_of(anchor, verb):
        # "…, а в 2023 году вырос до 7 млрд, увеличившись на 40 %": the time of the later
        # clause the gerund goes with, as that clause's own verb takes it
        return _same_clause(date, number, verb)
    if anchor.dep_ == "csubj" and is_infinitive(anchor) and anchor.head == own:
        return True  # "в 2024 году их число планируется довести до 150 тыс.": the goal's year
    if (
        (_part_told(anchor) or _within_counted(anchor))
        and own in anchor.ancestors
        and date.i < anchor.i
    ):
        return _same_time(anchor, own)  # "в 2024 году составил 22,5 млрд, из них на экспорт …"
    than = number.head
    if _told_of_before(than) and date.i < own.i < than.i and own.head == than.head:
        return True  # "сообщил, что в 2025 году составил 2,1 млрд, что на 11 % больше": one period
    conj = anchor.dep_ == "conj" and anchor.head == own and date.i < own.i
    # ... also where the parser hung the fronted date on the later conjunct ("в 2024 году
    # товарооборот составил 560 млн, из которых на экспорт пришлось 310 млн")
    later = own.dep_ == "conj" and own.head == anchor and date.i < anchor.i
    return (conj and _same_time(own, anchor)) or (later and _same_time(anchor, own))


def _told_then(verb: Token) -> bool:
    """A clause that says its time is one told before ("тогда", "в то время", "на тот
    момент"): a relative or participle clause so marked on a noun of a dated clause tells
    its figure at that clause's date ("В 2020 году Замбия объявила дефолт по долгу, который
    тогда составлял 32,8 млрд" → 2020), where an unmarked one ("который составляет …") may
    be of now."""
    return any((c.dep_ == "advmod" and c.lemma_ == "тогда") or _that_time(c) for c in verb.children)


def _that_time(word: Token) -> bool:
    """ "в то время", "на тот момент", "в тот период" on a verb: a time told before."""
    return (
        word.dep_ == "obl"
        and word.lemma_ in _THAT_TIMES
        and preposition(word) in ("в", "на")
        and any(d.dep_ == "det" and d.lemma_ == "тот" for d in word.children)
    )


def _explained(anchor: Token, own: Token) -> bool:
    """A clause after a colon that the parse hangs on the clause before it, which it
    explains at the same time: "в 2025 году X стал вторым партнёром Y: товарооборот составил
    9,8 млрд" (a date of its own, "с 2019 года", is nearer the figure and wins)."""
    return (
        anchor.dep_ == "parataxis"
        and anchor.head == own
        and own.i < anchor.i
        and any(t.text == ":" for t in anchor.doc[own.i + 1 : anchor.left_edge.i + 1])
        and _same_time(own, anchor)
    )


def _told_of_before(than: Token) -> bool:
    """A difference told of the figure before it by "что" ("…, что на 11 % больше, чем
    годом ранее"), which the parser hangs beside that figure's clause under a verb of saying
    instead of on it: the difference is of that figure's time."""
    return than.lower_ in RISES + DROPS and any(
        c.lower_ == "что" and c.dep_ == "nsubj" for c in than.children
    )


def _part_told(anchor: Token) -> bool:
    """A clause telling a part of the figure before it ("…, из них на экспорт пришлось 12,1
    млрд", "…, из которых …"), which the parser hangs on that figure's clause as a parataxis
    or on its noun as a relative clause: the part is of the whole's time."""
    if anchor.dep_ not in ("parataxis", "acl:relcl"):
        return False
    return _part_opened(anchor) or any(
        c.dep_ == "obl" and c.lemma_ in ("они", "который") and preposition(c) == "из"
        for c in anchor.children
    )


def _part_opened(verb: Token) -> bool:
    """A verb whose clause opens ", из которых"/", из них" (`SUBSET`), wherever the parser
    hangs those words ("…, из которых экспорт составил 21,2 млрд": on the part's subject)."""
    doc = verb.doc
    comma = next((t for t in reversed(doc[verb.sent.start : verb.i]) if t.text == ","), None)
    return comma is not None and SUBSET.match(doc.text, comma.idx) is not None


def _within_counted(anchor: Token) -> bool:
    """A relative clause "в которых" on a counted noun ("650 аварий, в которых погибли 65
    человек"): what happened in the things counted is of their time; one on a noun of no
    count ("соглашение, в котором предусмотрено …") tells nothing of it, nor one of what is
    yet to be in them ("12 вертолетов, в которых будут служить 48 пилотов")."""
    if anchor.dep_ != "acl:relcl" or not any(c.dep_ == "nummod" for c in anchor.head.children):
        return False
    if tense(anchor) not in ("Past", "Pres"):
        return False
    return any(
        c.dep_ == "obl" and c.lemma_ == "который" and preposition(c) == "в" for c in anchor.children
    )


def _in_later_conjunct(date: Token, number: Token) -> bool:
    """A date inside a later infinitive conjunct than the number's dates that conjunct only:
    "может вырасти на 5 % и в 2027 году превысить 110 млрд" gives the 5 % no year, where a
    date fronted before both ("В 2027 году может вырасти на 5 % и превысить …") is both's."""
    mine, its = predicate(date), predicate(number)
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
    2026 году", the verb their gerund goes with, and a part's clause ", из которых …" told at
    the whole's time)."""
    lo, hi = sorted((a.i, b.i))
    anchors = {anchor_predicate(a), anchor_predicate(b)}
    return any(
        t.pos_ in ("VERB", "AUX")
        and is_finite(t)
        and t not in anchors
        and t.dep_ not in ("acl", "acl:relcl", "aux", "aux:pass", "cop")
        and not (t.dep_ == "conj" and t.head in anchors and _same_time(t.head, t))
        and not any(x.dep_ == "conj" and x.head == t and _same_time(t, x) for x in anchors)
        and not any(x.dep_.startswith("csubj") and x.head == t for x in anchors)
        and not _told_with(t, anchors)
        and not _aside(t)
        for t in a.doc[lo + 1 : hi]
    )


def _told_with(verb: Token, anchors: set[Token]) -> bool:
    """A verb told with the figure's own at one time, no other clause: the verb the
    figure's gerund goes with, a part's clause ", из которых …" (`_part_told`) and the verb
    of the whole it tells a part of."""
    if any(_gerund_of(x, verb) for x in anchors):
        return True
    if _part_told(verb) and _same_time(verb.head, verb):
        return True
    return any(_part_told(x) and x.head == verb and _same_time(verb, x) for x in anchors)


def _gerund_of(gerund: Token, verb: Token) -> bool:
    """A gerund's clause on a verb ("составил 4,8 млрд, увеличившись на 12 %"): it tells
    what went with the verb's deed, at the verb's time, so a date of either is both's."""
    return gerund.dep_ == "advcl" and is_gerund(gerund) and gerund_verb(gerund) == verb


def _aside(verb: Token) -> bool:
    """An aside of attribution set in the clause ("В 2024 году, как сообщил министр,
    товарооборот составил …"): the source's verb, not another clause's time."""
    return verb.dep_ == "parataxis" and any(
        c.lower_ == "как" and c.dep_ == "mark" for c in verb.children
    )
