"""Figures whose verb a dash or a contrast leaves out take the metric, currency or unit of
the figure before them: "Победитель получит 368 млн рублей, … — 316 млн", "Бразилия добыла
90 млн тонн нефти, а Аргентина — 30 млн тонн газа", "погибли 64 человека, ещё около 300
получили ранения".
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import dropwhile, takewhile

from spacy.tokens import Span, Token

from kg.doc_text import span_text
from kg.extract.claims.deeds import participle_of
from kg.extract.claims.lexicons import (
    BARE_SCALE,
    CONTAINERS,
    COUNTERS,
    LEVELS,
    MILLIONS,
    MONEY_ONLY,
    PART_OF,
    PEOPLE,
    TRADE,
    WORDS,
    WOUNDS,
    lexicons,
)
from kg.extract.claims.metrics import _metric, granted_part, prior_metric, verb_named
from kg.extract.claims.parse import anchor_predicate, finite, root
from kg.extract.claims.people import _fate, _role, counted_by, reckoned_role
from kg.extract.claims.phrases import (
    animate_plural,
    genitive_name,
    left_modifiers,
    noun_phrase,
)
from kg.extract.claims.states import PARTNER_OPENS, flow_items, new_partner, partner_items
from kg.extract.common.number_units import is_currency
from kg.extract.common.numbers import CLAIM_KINDS, Quantity, scale_of
from kg.extract.common.quantities import find_quantities
from kg.extract.context import Context
from kg.nlp.deps import SUBJECTS, has_preposition, preposition, sentence_before
from kg.nlp.marks import DASHES_OR_HYPHEN
from kg.nlp.morph import is_animate, morph

_MONEY_NOUNS = WORDS["money"]
_CUSTODY = WORDS["custody"]
_TRADE_PART = WORDS["trade_part"]  # "на поставки в Японию": the measure a flow's part is of
_STAYING = {"оставаться", "остаться", "находиться"}  # "остаются под стражей": still held
# the words that size a sum of money ("объём инвестиций"), not count or share it ("доля")
_SUM_SIZES = CONTAINERS - COUNTERS - {"доля"}
_DASH_BEFORE = re.compile(r"\s[\u2013\u2014-][ \u00a0]*$")  # "третье — [290 млн]": a verb elided
_JOINED = re.compile(r",|\s[аи]\s|\s[\u2013\u2014-]\s")  # a contrast or list joins two figures
_DIGITS_ONLY = re.compile(r"\d+(?:,\d+)?")
_DASH_AFTER = re.compile(r"[ \u00a0]+[\u2013\u2014-][ \u00a0]")  # "и 12 — в 2021": the verb elided
_CONTRASTED = re.compile(r"(?:,|[ \u00a0](?:и|а)[ \u00a0])")  # a list or contrast before the figure
_SUBSET_BEFORE = re.compile(  # the start of a range may come between: "из них 5-[7 тысяч]"
    r",\s+из\s+(?:них|которых)\s+(?:\d+(?:[.,]\d+)?\s*[\u2013\u2014-]\s*)?$", re.IGNORECASE
)  # "…, из них [5-7 тысяч]"
# a scale word at a word's start: "тыс" (MILLIONS lacks it) and MILLIONS' words, "триллион" too
_SCALE_WORD = re.compile(rf"(?:тыс|{MILLIONS})", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,.;:!?]")  # where the gapped clause of a bare number ends
_CLAUSE_OR_BRACKET = re.compile(r"[,.;:!?(]")  # … or a bracket its own share opens


def elided_scales(ctx: Context, found: list[Quantity]) -> list[Quantity]:
    """A bare number a dash joins to a scaled sum before it in a list or contrast is a sum of
    that scale and currency: "10 млн долларов в 2020 году и 12 — в 2021", "5 млрд евро в
    2019 году, а в 2020-м — 7"; never across a sentence, nor a number with a noun of its
    own ("а 12 стран — …") or of another size ("12 — 1 млн": no sum of 12), nor one whose
    clause names a noun it counts ("а число предприятий — 45", "а танков — 14") or after a
    sum beside a count ("30 истребителей за 4 млрд евро, а Индия — 36": fighters)."""
    out = list(found)
    for i, q in enumerate(found):
        donor = next((p for p in reversed(out[:i]) if p.kind in CLAIM_KINDS), None)
        if donor is None or not _bare_of_scale(ctx.document.text, donor, q):
            continue
        if ctx.sentence_at(donor.start) != ctx.sentence_at(q.start):
            continue
        if _counts_beside(ctx, found[:i], donor) or _noun_of_its_own(ctx, donor, q):
            continue
        out[i] = replace(q, value=q.value * scale_of(donor), unit=donor.unit)
    return out


def repeated_measures(ctx: Context, found: list[Quantity]) -> list[Quantity]:
    """A number with no unit whose verb is the verb of a measure before it in its sentence
    told again after a join is in that measure's unit: "готова продать Аргентине 2 млн тонн
    зерна и уже продала 1 млн", "…, но продала только 1 млн" (`_verb_again`; the goods come
    after, by `elided_measure`); never another verb ("и закупила 1 млн"), a percent or sum,
    nor a number far off in size ("продала 2 млн тонн и продаст 3")."""
    out, text = list(found), ctx.document.text
    for i, q in enumerate(found):
        if q.kind != "amount" or q.unit or q.multiplier:
            continue
        donor = next((p for p in reversed(out[:i]) if p.kind in CLAIM_KINDS), None)
        if donor is None or donor.unit not in lexicons()["measure"]:
            continue
        if ctx.sentence_at(donor.start) != ctx.sentence_at(q.start):
            continue
        if not q.value * 100 > donor.value > q.value / 100:
            continue
        if _JOINED.search(text, donor.end, q.start) and _verb_again(ctx, donor, q):
            out[i] = replace(q, unit=donor.unit)
    return out


def counted_scales(ctx: Context, found: list[Quantity]) -> list[Quantity]:
    """A bare number a verb of level gives "число X" or "их число" counts the X a scaled
    count right before it (in its sentence or the one before) counted, at that scale: "Перу
    посетили 35 тысяч туристов из Чили. В 2024 году их число достигло 40" → 40 thousand
    tourists (was 40, or no claim); not another noun ("число студентов"), a part of them
    ("число задержанных туристов"), nor a number far off in size (`_bare_of_scale`'s test)."""
    out = list(found)
    for i, q in enumerate(found):
        if q.kind != "amount" or q.unit or q.multiplier or not _DIGITS_ONLY.fullmatch(q.text):
            continue
        counted = _level_of_count(ctx, q)
        donor = next((p for p in reversed(out[:i]) if p.kind in CLAIM_KINDS), None)
        if counted is None or donor is None or not _scaled_count(donor):
            continue
        if counted and counted != donor.unit.replace("ё", "е"):
            continue
        sent, told = ctx.sentence_at(q.start), ctx.sentence_at(donor.start)
        if sent is None or told is None or told not in (sent, sentence_before(sent)):
            continue
        if q.value * 100 > donor.value / scale_of(donor) > q.value / 100:
            # "число туристов" names its unit itself; "их число" takes the donor's
            unit = "" if counted else donor.unit
            out[i] = replace(q, value=q.value * scale_of(donor), unit=unit)
    return out


def _scaled_count(q: Quantity) -> bool:
    """A count of things told in thousands or more ("35 тысяч туристов")."""
    return (
        bool(q.unit) and q.unit != "percent" and not is_currency(q.unit) and (scale_of(q) >= 10**3)
    )


def _level_counter(ctx: Context, q: Quantity) -> Token | None:
    """The "число"/"количество" subject of the verb of level the bare number `q` hangs on
    ("число туристов достигло 40"), if any."""
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("nummod", "obj", "obl"):
        return None
    verb = span.root.head
    if verb.lemma_ not in LEVELS:
        return None
    return next((c for c in verb.children if c.dep_ in SUBJECTS and c.lemma_ in COUNTERS), None)


def _level_of_count(ctx: Context, q: Quantity) -> str | None:
    """What the "число"/"количество" a verb of level gives the bare number `q` to counts:
    the lemma of a bare genitive noun right after it ("число туристов достигло 40"), "" for
    "их число"; None for no counter, or one of a noun a participle restricts ("число
    задержанных туристов")."""
    counter = _level_counter(ctx, q)
    if counter is None:
        return None
    if any(c.lower_ == "их" and c.i < counter.i for c in counter.children):
        return ""
    nxt = ctx.doc[counter.i + 1] if counter.i + 1 < len(ctx.doc) else None
    if nxt is None or nxt.pos_ != "NOUN" or "Gen" not in nxt.morph.get("Case"):
        return None
    return nxt.lemma_.replace("ё", "е")


def _bare_of_scale(text: str, donor: Quantity, q: Quantity) -> bool:
    """Whether `q` is digits alone whose scale and currency `donor` told (`elided_scales`)."""
    if q.kind != "amount" or q.unit or q.multiplier or not _DIGITS_ONLY.fullmatch(q.text):
        return False
    if not is_currency(donor.unit) or scale_of(donor) < 10**3:
        return False
    between = text[donor.end : q.start]
    if not _CONTRASTED.search(between):
        return False
    dashed = _DASH_AFTER.match(text, q.end) or _DASH_BEFORE.search(between)
    return bool(dashed) and q.value * 100 > donor.value / scale_of(donor) > q.value / 100


def _counts_beside(ctx: Context, before: list[Quantity], donor: Quantity) -> bool:
    """Whether a count of things stands in the sentence of `donor` before the bare number:
    "купил 30 истребителей за 4 млрд евро, а Индия — 36" counts fighters, not euros."""
    sent = ctx.sentence_at(donor.start)
    return any(
        p is not donor and p.unit and not is_currency(p.unit) and ctx.sentence_at(p.start) == sent
        for p in before
    )


def _noun_of_its_own(
    ctx: Context, donor: Quantity, q: Quantity, end: re.Pattern[str] = _CLAUSE_END
) -> bool:
    """Whether the clause of the bare number `q` (from the contrast after `donor` to the next
    comma or the end) names a common noun with no preposition, the thing `q` counts: "а
    число предприятий — 45", "а самолётов — 48", "а 180 — число танков"; "в 2021 году — 12"
    names a time, "а импорт — 18" a sum of money (`_money_named`)."""
    text = ctx.document.text
    start = max(m.end() for m in _CONTRASTED.finditer(text, donor.end, q.start))
    # never past the figure's sentence: "2,5 млн." may take the stop that ends it
    sent = ctx.sentence_at(q.start)
    last = sent.end_char if sent is not None else len(text)
    stop = end.search(text, q.end, last)
    span = ctx.doc.char_span(start, stop.start() if stop else last, alignment_mode="contract")
    if span is None:
        return False
    nouns = [t for t in span if t.pos_ == "NOUN" and not q.start <= t.idx < q.end]
    # a preposition of its own, not one it shares as a conjunct ("на 12 млрд долларов, а
    # самолётов — 48": самолётов has none of its own)
    nouns = [t for t in nouns if not has_preposition(t) and not _in_place_phrase(t, span)]
    return bool(nouns) and not _money_named(nouns)


def _in_place_phrase(t: Token, span: Span) -> bool:
    """A genitive on a noun of the clause with a preposition belongs to that phrase: "а на
    сайте [правительства] — 51 000" names where, no thing counted."""
    head = t.head
    return t.dep_ == "nmod" and head.i != t.i and head in span and has_preposition(head)


def _money_named(nouns: list[Token]) -> bool:
    """Whether the nouns of a gapped clause name a sum of money, not a thing it counts: "а
    импорт — 18", "а объём инвестиций — 3" take the scale; "а число кредитов — 25" and "а
    доля импорта — 18" count or share, "а танков — 14" counts tanks and "а грантов — 14"
    grants (`_counted`)."""
    lemmas = {t.lemma_.lower().replace("ё", "е") for t in nouns}
    return (
        bool(lemmas & _MONEY_NOUNS)
        and lemmas <= _MONEY_NOUNS | _SUM_SIZES
        and not any(_counted(t) for t in nouns)
    )


def _counted(t: Token) -> bool:
    """A money noun in the genitive that no size word governs counts its things: "а грантов —
    14" is 14 grants, where "а объём инвестиций — 3" sizes a sum."""
    before = t.doc[t.i - 1] if t.i > 0 else t  # the parse may hang it past its size word
    sized = any(w.lemma_.lower().replace("ё", "е") in _SUM_SIZES for w in (t.head, before))
    return "Gen" in t.morph.get("Case") and not sized


def in_currency_of(
    ctx: Context, q: Quantity, donor: Quantity, clause: list[Token], after: list[Token]
) -> tuple[str, str, str] | None:
    """The metric of a bare sum in the currency of `donor`: its clause's, where that is one
    money measures ("импорт — 3 млрд", not "население — 140 миллионов"), else, where a verb
    of level gives it no noun ("выйти на 20 миллиардов"), the donor's; a part a verb of
    money tells after ", из которых" is what the verb says, not its whole (`granted_part`)."""
    granted = granted_part(ctx, q, donor.unit, (clause, after))
    if granted is not None:
        return granted
    metric = _metric(ctx, q, donor.unit, _past_contrast(clause), after)
    words = set() if metric is None else _metric_words(metric[1])
    if metric is not None and (words & _MONEY_NOUNS or verb_named(metric[1])):
        return metric  # "выделить 1,3 млрд рублей в 2018 году и 1,5 млрд в 2019": выделенные
    if not words & lexicons()["metric"] and _gapped(ctx, donor, q):
        sent = ctx.sentence_at(donor.start)  # "третье [место получит] — 290 млн"
        gapped = None if sent is None else prior_metric(ctx, donor, sent, donor.unit)
        return _of_gap_subject(ctx, q, gapped)
    if metric is not None:
        return None
    number = root(ctx, q.start, q.end)
    if number is None or q.value < 10**6:
        return None
    if not {number.head.lemma_, anchor_predicate(number).lemma_} & LEVELS:
        return None  # "В нём заняты 2 миллиона" is no sum
    sent = ctx.sentence_at(donor.start)
    return None if sent is None else prior_metric(ctx, donor, sent, donor.unit)


def _past_contrast(clause: list[Token]) -> list[Token]:
    """The words of a contrast ", а" the figure opens, its own: in "3 млрд приходится на
    экспорт Вьетнама, а 2 млрд — на импорт из Таиланда" the second sum is no "экспорт"; a
    clause with no contrast stays whole."""
    i = next(
        (i for i in range(len(clause) - 1, 0, -1)
         if clause[i].lower_ == "а" and clause[i - 1].text == ","),
        None,
    )  # fmt: skip
    return clause if i is None else clause[i:]


def _of_gap_subject(
    ctx: Context, q: Quantity, metric: tuple[str, str, str] | None
) -> tuple[str, str, str] | None:
    """A verb's sum a dash repeats for a thing of its own, the subject the parser hangs the
    sum on as an `orphan`: "ноутбук стоит 50 тысяч рублей, а планшет — 20 тысяч" → стоимость
    планшета, not the laptop's; a person's ("а победитель — 30 млн") stays unnamed, as a
    verb's sum names no person."""
    number = root(ctx, q.start, q.end)
    subject = number.head if number is not None and number.dep_ == "orphan" else None
    if metric is None or subject is None or subject.pos_ != "NOUN":
        return metric
    if is_animate(subject) or "Nom" not in subject.morph.get("Case"):
        return metric
    name = verb_named(metric[1])
    if name is None:
        return metric
    thing, thing_key = noun_phrase(ctx, subject)
    return f"{name} {genitive_name(thing)}", f"{name} {thing_key}", metric[2]


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
    return span is not None and not any(finite(t) for t in span)


def gapped_sum(
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
    return _of_gap_subject(ctx, q, prior_metric(ctx, prior, sent, unit))


def elided_measure(
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
    if prior is None or q.unit != prior.unit or q.unit not in lexicons()["measure"]:
        return metric  # a percent's share ("Ортис — 51 %, Масса — 49 %") is each one's own
    text = ctx.document.text
    if not _JOINED.search(text, prior.end, q.start):
        return metric
    again = _verb_again(ctx, prior, q)  # "готова продать 3 млн тонн газа, но продала 1 млн тонн"
    if not again and not _verbless(ctx, prior, q):
        return metric
    if metric is None and not again and not _DASH_BEFORE.search(text, prior.end, q.start):
        return None
    given = prior_metric(ctx, prior, sent, q.unit)
    if given is None:
        return metric
    if metric is None:
        return given if _of_gap_subject(ctx, q, given) == given else None
    if given[1].startswith(f"{metric[1]} "):
        return given
    whole = root(ctx, prior.start, prior.end)
    if whole is None or preposition(whole) != "из" or metric[1] not in TRADE:
        return metric
    # "Из 4 млн тонн зерна, купленных Турцией, 2 млн тонн поставил Казахстан": the part
    # takes the goods of the whole, by a deed of its own
    deed, _, goods = given[0].partition(" ")
    if deed not in TRADE or not goods:
        return metric
    return f"{metric[0]} {goods}", f"{metric[1]} {given[1].partition(' ')[2]}", metric[2]


def _verb_again(ctx: Context, prior: Quantity, q: Quantity) -> bool:
    """Whether `q`'s verb, after `prior`'s in a clause of its own, is `prior`'s verb told
    again ("была готова продать 3 млн тонн газа, но продала только 1 млн тонн", "хотел
    закупить …, но закупил лишь …"): the goods it leaves out are `prior`'s."""
    first, again = _own_verb(ctx, prior), _own_verb(ctx, q)
    if first is None or again is None:
        return False
    return first != again and first.lemma_ == again.lemma_


def _own_verb(ctx: Context, q: Quantity) -> Token | None:
    """The verb a figure's words hang on, or None past a noun that is no measure's."""
    t = root(ctx, q.start, q.end)
    while t is not None and t.pos_ != "VERB":
        if t.head.i == t.i or t.dep_ not in ("obj", "obl", "nummod", "nummod:gov"):
            return None
        t = t.head
    return t


def gapped_deed(
    ctx: Context, pair: tuple[Quantity | None, Quantity], sent: Span,
    metric: tuple[str, str, str] | None,
) -> tuple[str, str, str] | None:  # fmt: skip
    """The metric of a measure with goods of its own after a dash that stands for the verb of
    the measure before it: "Бразилия добыла 90 млн тонн нефти, а Аргентина — 3 млн тонн
    угля" → добыча угля (was уголь), "…, а Туркмения — 70 млрд кубометров газа" → добыча
    газа; a measured noun of its own ("а экспорт — 30 млн тонн") keeps its reading."""
    prior, q = pair
    measures = lexicons()["measure"]
    if metric is None or prior is None or q.unit not in measures or prior.unit not in measures:
        return metric
    deeds = _deeds()
    first = metric[1].partition(" ")[0]
    if first in deeds or first in lexicons()["metric"] or not _gapped(ctx, prior, q):
        return metric
    given = prior_metric(ctx, prior, sent, prior.unit)
    if given is None or given[1].partition(" ")[0] not in deeds:
        return metric
    deed = given[1].partition(" ")[0]
    return f"{deed} {genitive_name(metric[0])}", f"{deed} {metric[1]}", metric[2]


@lru_cache(maxsize=1)
def _deeds() -> frozenset[str]:
    """The one-word metrics verbs of measured amounts give (verb_metrics.tsv: добыча, экспорт,
    поставки), money's left out."""
    return frozenset(v for v in lexicons()["verb"].values() if " " not in v and v not in MONEY_ONLY)


def elided_unit(unit: str) -> bool:
    """An adjective read as the unit: its noun is elided ("268 играх из 410 [возможных]")."""
    return bool(unit) and morph().parse(unit)[0].tag.POS == "ADJF"


def elided_people(ctx: Context, q: Quantity, prior: Quantity | None) -> tuple[str, str, str] | None:
    """A bare number after a count of people in its sentence, as the subject of a verb of
    fate, counts them too: "погибли 64 человека, ещё около 300 получили ранения" →
    раненые, "захвачено 242 заложника, из них 43 были убиты" → убитые заложники."""
    if q.unit or prior is None or not prior.unit or BARE_SCALE.search(q.text):
        return None
    persons = "" if prior.unit in PEOPLE else animate_plural(prior.unit)
    if prior.unit not in PEOPLE and not persons:
        return None
    number = root(ctx, q.start, q.end)
    if number is None or number.dep_ not in SUBJECTS or number.head.pos_ not in ("VERB", "ADJ"):
        return None
    verb = number.head
    if not _fate(verb) and not any(c.lemma_ in WOUNDS for c in verb.children):
        return None
    role = _role(number, verb)
    if not role:
        return None
    name = f"{role} {persons}" if persons else role
    return name, f"{role} {prior.unit}" if persons else role, prior.unit


def bare_fated(
    ctx: Context, q: Quantity, prior: Quantity | None, whole: Quantity | None = None
) -> tuple[str, str, str] | None:
    """A bare number right before (or right after) a plural verb of fate, with no noun of its
    own, counts people, or the persons a count before it in its sentence counts: "Около 40
    пострадали" → пострадавшие, "Более 200 были задержаны" → задержанные, "242 иностранных
    заложника, из них 43 были убиты" → убитые заложники, however the parse hangs the number
    (a `nummod` of the verb, an oblique of "более"); "15 из них погибли" has a noun. A bare
    subject of "получили ранения" counts the wounded ("еще двое получили ранения"); a
    pronoun after the number ("двое других", "трое остальных") is no noun of its own where
    a count of people before it in its sentence tells whom it counts ("погибли трое, еще
    двое других получили ранения" → раненые 2; "казнен министр, а два других" stays none).
    The `whole` of the sentence before that "из них" points back to counts them as a count
    before it in its sentence does ("… задержаны 30 граждан Туниса. 12 из них освобождены"
    → освобождённые граждане)."""
    others = q.unit in _OTHERS and _people_before(ctx, q, prior)
    if (q.unit and not others) or q.multiplier or BARE_SCALE.search(q.text):
        return None
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    doc = span.doc
    after = [t for t in doc[span.end : span.end + 3] if t.sent == span.sent]
    between = list(takewhile(lambda t: t.pos_ == "AUX", after))
    verb = after[len(between)] if len(after) > len(between) else None
    if verb is None or not (_plural_fate(verb) or _fated_participle(verb)):
        fronted = doc[span.start - 1] if span.start > span.sent.start else None
        verb = fronted if fronted is not None and _plural_fate(fronted) else None
    number = span.root
    if verb is None and number.dep_ in SUBJECTS and _plural_fate(number.head):
        verb = number.head  # "пятеро из задержанных отпущены": the subject's own verb
    if verb is None and number.dep_ in SUBJECTS and _wounded(number.head):
        return "раненые", "раненые", "человек"  # "еще двое получили ранения"
    held = _held_in(number) if verb is None else ""
    if held:
        return held, held, "человек"  # "остальные 134 остаются под стражей"
    role = reckoned_role(number.head) if number.dep_ in SUBJECTS else ""  # "числятся пропавшими"
    if not role and verb is not None and not _own_object(verb, number):
        role = participle_of(verb)
    if not role:
        return None
    # "захвачено 242 иностранных заложника, из них 43 были убиты": the persons counted before
    same = prior is not None and ctx.sentence_at(prior.start) == ctx.sentence_at(q.start)
    counted = prior if same else whole
    persons = animate_plural(counted.unit) if counted and counted.unit not in PEOPLE else ""
    if persons and counted is not None:
        return f"{role} {persons}", f"{role} {counted.unit}", counted.unit
    return role, role, "человек"


def bare_part(ctx: Context, q: Quantity, prior: Quantity | None) -> tuple[str, str, str] | None:
    """A bare number the subject of a plural verb whose whole "из N X" the same verb takes
    counts those X the verb tells of: "Из десяти энергоблоков АЭС семь были разрушены" →
    разрушенные энергоблоки (the whole stays a claim of its own); a number with a noun of
    its own, or a whole of people (`bare_fated`), is read otherwise."""
    if q.unit or q.multiplier or BARE_SCALE.search(q.text) or prior is None or not prior.unit:
        return None
    number, whole = root(ctx, q.start, q.end), root(ctx, prior.start, prior.end)
    if number is None or whole is None or number.dep_ not in SUBJECTS:
        return None
    if whole.dep_.startswith("nummod"):
        whole = whole.head  # the counted noun of "из десяти энергоблоков"
    verb = number.head
    if whole.head.i != verb.i or preposition(whole) != "из" or whole.lemma_ != prior.unit:
        return None
    if verb.pos_ != "VERB" or "Plur" not in verb.morph.get("Number") or not whole.i < number.i:
        return None
    role = participle_of(verb)
    things = morph().inflect(prior.unit, {"nomn", "plur"})
    return (f"{role} {things}", f"{role} {prior.unit}", prior.unit) if role else None


def bare_counted(ctx: Context, q: Quantity) -> tuple[str, str, str] | None:
    """A bare number a level verb gives "число/количество" of a participle standing for
    people counts them: "Число погибших … достигло 17" → погибшие 17 человек, as
    "… достигло 17 человек" does."""
    if q.unit or q.multiplier or BARE_SCALE.search(q.text):
        return None
    counter = _level_counter(ctx, q)
    counted = counted_by(ctx, counter) if counter is not None else None
    return (*counted, "человек") if counted is not None else None


# pronouns a number can count in place of a noun: "двое других", "трое остальных"
_OTHERS = {"другой", "остальной"}


def _people_before(ctx: Context, q: Quantity, prior: Quantity | None) -> bool:
    """Whether the figure before `q` in its sentence counts people: bare ("погибли трое")
    or of persons ("погибли 5 человек")."""
    if prior is None or ctx.sentence_at(prior.start) != ctx.sentence_at(q.start):
        return False
    return not prior.unit or prior.unit in PEOPLE or bool(animate_plural(prior.unit))


def _wounded(verb: Token) -> bool:
    """A plural verb whose object is a wound: "получили ранения"."""
    plural = verb.pos_ == "VERB" and "Plur" in verb.morph.get("Number")
    return plural and any(c.dep_ == "obj" and c.lemma_ in WOUNDS for c in verb.children)


def _fated_participle(word: Token) -> bool:
    """A plural participle of a verb of fate standing as a noun, however tagged ("о 17
    погибших", "о 23 пострадавших")."""
    plural = "Plur" in word.morph.get("Number")
    participle = any(p.tag.POS == "PRTF" for p in morph().parse(word.lower_)[:2])
    return plural and participle and _fate(word)


def _held_in(number: Token) -> str:
    """A bare number that is the subject of a plural verb of staying in a place of custody
    (claim_words.tsv `custody`: "остальные 134 остаются под стражей", "20 находятся в плену")
    counts the persons held: "находящиеся под стражей"; "" otherwise ("остаются в
    распоряжении")."""
    verb = number.head
    if number.dep_ not in SUBJECTS or verb.lemma_ not in _STAYING:
        return ""
    if "Plur" not in verb.morph.get("Number"):
        return ""
    place = next((c for c in verb.children if c.dep_ == "obl" and c.lemma_ in _CUSTODY), None)
    prep = preposition(place) if place is not None else ""
    return f"находящиеся {prep} {place.lower_}" if place is not None and prep else ""


def _own_object(verb: Token, number: Token) -> bool:
    """Whether a verb of fate has an object other than a bare number beside it ("Около 30
    заключили контракты"): the number counts who did it, no people it befell."""
    return any(c.dep_ == "obj" and c.i != number.i for c in verb.children)


def _plural_fate(verb: Token) -> bool:
    """A verb of fate in the plural: "пострадали", "погибли", "задержаны"."""
    return verb.pos_ == "VERB" and _fate(verb) and "Plur" in verb.morph.get("Number")


def elided_count(ctx: Context, q: Quantity, prior: Quantity | None) -> tuple[str, str, str] | None:
    """A bare number the parse makes a conjunct of the noun a count before it counts counts
    that noun too: "записал 12 сольных альбомов и два в составе группы" → 2 альбомы; not
    "один" ("с двумя министрами и одним из …" is one of them)."""
    if q.unit or prior is None or not prior.unit or BARE_SCALE.search(q.text):
        return None
    number = root(ctx, q.start, q.end)
    if number is None or number.dep_ != "conj" or number.lemma_ == "один":
        return None
    counted = number.head
    if counted.pos_ != "NOUN" or counted.lemma_ != prior.unit or counted.i > number.i:
        return None
    return morph().inflect(prior.unit, {"nomn", "plur"}), prior.unit, prior.unit


# "51 000": thousands written in digits grouped by a space, which no year or small count is
_GROUPED_THOUSANDS = re.compile(r"\d[ \u00a0\u202f]\d{3}(?!\d)")
# "…, а сейчас их (уже) 2,5 млн": "их" with no verb counts the things the count before counted
_THEIR_COUNT = re.compile(r"[ \u00a0]их(?:[ \u00a0]+уже)?[ \u00a0]*$", re.IGNORECASE)
# ", а за его соперника — ": a contrast, then the dash that stands for the verb left out
_CONTRAST_GAP = re.compile(r"(?:,[ \u00a0]*|[ \u00a0])а[ \u00a0]")


def _gapped_scaled_count(
    ctx: Context, q: Quantity, prior: Quantity | None
) -> tuple[str, str, str] | None:
    """A bare scaled number a contrast and a dash gap after a count in its sentence counts
    what that count counts: "проголосовали 49 тысяч избирателей, а за его соперника — 44
    тысячи" → 44 тысячи избирателей, "набрала более 500 000 голосов, а на сайте РОИ — более
    51 000" (thousands in digits, grouped) → 51 000 голосов, "посетили 300 тысяч туристов из
    Турции, а Иорданию — 120 тысяч" → туристы (named by the counted noun alone: the first
    count's owner or place is not the second's); "их" with no verb stands for the dash
    ("проживали 3 млн индийцев, а сейчас их уже 3,5 млн" → индийцы). Not where the gapped
    clause has a noun or verb of its own ("а число наблюдателей — 3 тысячи", "а выслали — 1
    тысячу"), after a sum of money or a measure, nor a number far off in size."""
    if q.unit or q.multiplier or q.kind != "amount":
        return None
    if scale_of(q) < 10**3 and not _GROUPED_THOUSANDS.search(q.text):
        return None
    prior = _gap_donor(ctx, q, prior)
    if prior is None or not (_gapped(ctx, prior, q) or _their_count(ctx, prior, q)):
        return None
    if _noun_of_its_own(ctx, prior, q, _CLAUSE_OR_BRACKET):
        return None
    return morph().inflect(prior.unit, {"nomn", "plur"}), prior.unit, prior.unit


def their_people(ctx: Context, q: Quantity, prior: Quantity | None) -> tuple[str, str, str] | None:
    """A count of "человек" that "их" with no verb opens after a contrast counts the people
    the count before it counted, as the bare number does (`_gapped_scaled_count`): "работали
    2 млн пакистанцев, а сейчас их около 2,5 млн человек" → пакистанцы, was "работавшие" (the
    verb of the count before). Not after a count of "человек" or of things, nor with no count
    before ("а сейчас там проживают 2 млн человек" keeps its own verb)."""
    if q.unit not in PEOPLE or q.multiplier or q.kind != "amount":
        return None
    prior = _gap_donor(ctx, q, prior)
    if prior is None or prior.unit in PEOPLE or not animate_plural(prior.unit):
        return None
    if not _their_count(ctx, prior, q):
        return None
    return morph().inflect(prior.unit, {"nomn", "plur"}), prior.unit, prior.unit


def _gap_donor(ctx: Context, q: Quantity, prior: Quantity | None) -> Quantity | None:
    """The count before `q` in its sentence whose verb a contrast after it may leave out for
    `q`: none after a sum of money or a measure, in another sentence or far off in size."""
    prior = _count_before(ctx, q, prior)
    if prior is None or not prior.unit or prior.unit == "percent" or is_currency(prior.unit):
        return None
    if prior.unit in lexicons()["measure"] or not q.value * 100 > prior.value > q.value / 100:
        return None
    if ctx.sentence_at(prior.start) != ctx.sentence_at(q.start):
        return None
    return prior if _CONTRAST_GAP.search(ctx.document.text, prior.end, q.start) else None


def _their_count(ctx: Context, prior: Quantity, q: Quantity) -> bool:
    """ "их" right before `q` with no verb since `prior` stands for what `prior` counts."""
    their = _THEIR_COUNT.search(ctx.document.text, prior.end, q.start)
    return bool(their) and _verbless(ctx, prior, q)


def _count_before(ctx: Context, q: Quantity, prior: Quantity | None) -> Quantity | None:
    """The figure before `q` in its sentence past a percent in brackets after it: "49 тысяч
    избирателей (52,3 процента голосов), а за его соперника — 44 тысячи" → the 49 thousand."""
    if prior is None or prior.unit != "percent":
        return prior
    text = ctx.document.text
    sent = ctx.sentence_at(q.start)
    if sent is None or text.rfind("(", sent.start_char, prior.start) < 0:
        return prior
    base = sent.start_char
    figures = [
        replace(f, start=f.start + base, end=f.end + base)
        for f in find_quantities(span_text(sent))
        if f.kind in CLAIM_KINDS and f.start + base < prior.start
    ]
    before = figures[-1] if figures else None
    if before is None or not re.fullmatch(r"\s*\(", text[before.end : prior.start]):
        return prior
    return before


# "[27 мест] в парламенте из [81]": the words a count counts, then "из" before its total
_TOTAL_AFTER = re.compile(r"[^,;:()\u2013\u2014]{1,80}\s+из\s+$", re.IGNORECASE)


def total_after(ctx: Context, q: Quantity, prior: Quantity | None) -> tuple[str, str, str] | None:
    """A bare number after "из" that follows a count and the words it counts is that count's
    total, in its unit and named by its noun with no owner: "получила 27 мест в парламенте
    из 81" → 81 места в парламенте (a total right after its count, "в 268 играх из 410",
    stays none); not one no larger than the count, nor past a comma, dash or finite verb,
    nor one a participle qualifies ("300 вагонов угля из 1200 запланированных": what was
    planned, not more of what was sent; "из 81 возможного" is the total)."""
    if q.unit or prior is None or not prior.unit or prior.unit == "percent":
        return None
    if is_currency(prior.unit) or BARE_SCALE.search(q.text) or q.value <= prior.value:
        return None
    if not _TOTAL_AFTER.fullmatch(ctx.document.text, prior.end, q.start):
        return None
    counted = root(ctx, prior.start, prior.end)  # "27 мест": the noun heads the figure
    if counted is None or counted.lemma_ != prior.unit or prior.unit in lexicons()["measure"]:
        return None
    between = counted.doc[counted.i + 1 : counted.i + 12]
    if any(finite(t) for t in between if t.idx < q.start):
        return None
    after = next((t for t in counted.doc[counted.i + 1 :] if t.idx >= q.end), None)
    if after is not None and "Part" in after.morph.get("VerbForm"):
        return None
    return (*noun_phrase(ctx, counted, counted=True), prior.unit)


# the dash of a gapped list item before its figure, and a preposition or bound it keeps
_ITEM_DASH = re.compile(
    r"[ \u00a0]+[\u2013\u2014][ \u00a0]+(?:(?:на|до|около|более|менее|свыше|почти|примерно|"
    r"порядка)[ \u00a0]+)?$",
    re.IGNORECASE,
)
_ITEM_START = re.compile(
    r"(?:[,;][ \u00a0]*(?:(?:а|но)[ \u00a0]+)?|[ \u00a0](?:а|но)[ \u00a0]+)", re.IGNORECASE
)
_ITEM_WORDS = ("NOUN", "ADJ", "DET")


def list_item(ctx: Context, prior: Quantity | None, q: Quantity) -> list[Token]:
    """The words a gapped item of a list keeps before the dash that stands for the verb of the
    figure before it: "Экспорт … составил 2 млрд долларов, [импорт] — 1,5 млрд", "на долю
    меди пришлось 40 %, [фруктов] — 15 %, [рыбы] — 10 %"; a noun phrase alone, after a comma,
    "а" or "но" (not a date, "в 2021 году — 12", a name or a clause with a verb)."""
    if prior is None or ctx.sentence_at(prior.start) != ctx.sentence_at(q.start):
        return []
    text = ctx.document.text
    dash = _ITEM_DASH.search(text, prior.end, q.start)
    starts = [] if dash is None else list(_ITEM_START.finditer(text, prior.end, dash.start()))
    if dash is None or not starts:
        return []
    span = ctx.doc.char_span(starts[-1].end(), dash.start(), alignment_mode="contract")
    if span is None or not 0 < len(span) <= 4 or not _verbless(ctx, prior, q):
        return []
    if any(t.pos_ not in _ITEM_WORDS or t.like_num for t in span):
        return []
    return list(span) if any(t.pos_ == "NOUN" for t in span) else []


def _ending(words: list[str], tail: list[str]) -> int:
    """How many of `tail`'s last words `words` ends with."""
    n = 0
    while n < min(len(words), len(tail)) and words[-1 - n] == tail[-1 - n]:
        n += 1
    return n


def listed_metric(
    ctx: Context, item: list[Token], first: tuple[tuple[str, str, str], list[Token]] | None,
    metric: tuple[str, str, str] | None,
) -> tuple[str, str, str] | None:  # fmt: skip
    """The metric of a gapped list item (`list_item`), from the item itself and the metric of
    the list's first figure (`first`: that metric and the words of its clause): a measured
    noun is its own ("…, импорт — 1,5 млрд, инвестиции — 0,5 млрд" → инвестиции), goods in
    the genitive take the first figure's goods' place ("Экспорт меди вырос на 10 %, фруктов
    — на 5 %" → экспорт фруктов, "На долю меди пришлось 40 %, рыбы — 10 %" → доля рыбы), not
    whichever item the parse hangs the figure on; a figure with no metric gets none."""
    noun = next((t for t in item if t.pos_ == "NOUN"), None)
    if metric is None or first is None or noun is None:
        return metric
    (name, key, _), words = first
    case = noun.morph.get("Case")
    if noun.lemma_ in lexicons()["metric"]:
        own = {t.lemma_ for t in item} & set(metric[1].split())
        if "Nom" not in case or key.startswith("доля") or own:
            return metric  # "а число совместных проектов — 25": read by its own words already
        return (*noun_phrase(ctx, noun), metric[2])
    if "Gen" not in case or ctx.mentions_in(noun.idx, noun.idx + len(noun)):
        return metric
    told = " ".join(t.text.lower() for t in item)
    own_key = noun_phrase(ctx, noun)[1]
    names, keys = name.split(), key.split()
    goods = [
        t for t in words
        if t.pos_ == "NOUN" and "Gen" in t.morph.get("Case")
        and t.lemma_ not in lexicons()["metric"] and t.lower_ in names and t.lemma_ in keys
        and not ctx.mentions_in(t.idx, t.idx + len(t))
    ]  # fmt: skip
    if goods:  # the first goods with their adjectives: "рафинированной меди" → "свежих фруктов"
        were = goods[-1]
        mods = left_modifiers(were)
        n, k = names.index(were.lower_), keys.index(were.lemma_)
        names[n - _ending(names[:n], [t.lower_ for t in mods]) : n + 1] = [told]
        keys[k - _ending(keys[:k], [t.lemma_ for t in mods]) : k + 1] = [own_key]
        return " ".join(names), " ".join(keys), metric[2]
    if names[0] != "доля" or keys[0] != "доля":
        return metric
    if names[1:2] not in ([], ["в"], ["во"]):
        return f"доля {told}", f"доля {own_key}", metric[2]  # "40 % экспорта, фруктов — 15 %"
    # "доля в экспорте" → "доля газа в экспорте"
    return " ".join(["доля", told, *names[1:]]), " ".join(["доля", own_key, *keys[1:]]), metric[2]


def part_named(ctx: Context, q: Quantity) -> tuple[str, str, str] | None:
    """A bare figure after ", из них" / ", из которых" that a dash says who they are of
    counts the people its plural noun names: "из них 5–7 тысяч — выходцы из Египта" →
    выходцы из Египта; "из них 200 — в Анкаре" (a place) names none."""
    if q.unit or q.multiplier:
        return None
    if not _SUBSET_BEFORE.search(ctx.document.text[max(0, q.start - 30) : q.start]):
        return None
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    # past the range's end, its scale word and spaces ("5-7 тысяч\xa0— выходцы")
    words = [t for t in ctx.doc[span.end : span.end + 6] if not t.is_space] if span else []
    words = list(dropwhile(lambda t: t.like_num or _SCALE_WORD.match(t.text), words))
    if len(words) < 2 or words[0].text not in DASHES_OR_HYPHEN:
        return None
    noun = words[1]
    plural = {"Plur"} == set(noun.morph.get("Number")) and "Nom" in noun.morph.get("Case")
    if noun.pos_ != "NOUN" or not plural or not is_animate(noun):
        return None
    name, key = noun_phrase(ctx, noun, counted=True)
    return name, key, noun.lemma_


_OUT_OF_ONLY = re.compile(r"[ \u00a0]+из[ \u00a0]+", re.IGNORECASE)  # "80 из 100"
# the first pair's total, its words up to a comma, the words of where, then the dash that
# stands for the first pair's verb: "550 депутатов, [в верхней палате] — 80 из 100"
_PAIR_GAP = re.compile(
    r"[^,;:()\u2013\u2014]{0,60}?,[ \u00a0]*(?:(?:а|но)[ \u00a0]+)?"
    r"(?P<scope>[^,;:()\u2013\u2014]{1,60}?)[ \u00a0]+[\u2013\u2014][ \u00a0]+$",
    re.IGNORECASE,
)


def gapped_pair(
    ctx: Context, found: list[Quantity], i: int
) -> tuple[Quantity, Quantity | None, list[Token]] | None:
    """For found[i], one figure of a bare "N из M" whose verb a dash leaves out after a first
    "N из M" with its noun ("за соглашение проголосовали 300 из 550 депутатов, в верхней
    палате — 80 из 100"): the first pair's figure in its place (its part, with its total, for
    the part; its total, with none, for the total) and the words of where the gapped pair
    counts ("в верхней палате"), a prepositional phrase with no verb; None for any other
    figure. The gapped pair is read
    as the first is, of its own place: no count of its own noun nor a lost total."""
    q = found[i]
    if i + 1 < len(found) and _OUT_OF_ONLY.fullmatch(ctx.document.text, q.end, found[i + 1].start):
        part, place = i, 0
    elif i > 0 and _OUT_OF_ONLY.fullmatch(ctx.document.text, found[i - 1].end, q.start):
        part, place = i - 1, 1
    else:
        return None
    if part < 2 or part + 1 >= len(found):
        return None
    first, first_total, total = found[part - 2], found[part - 1], found[part + 1]
    text = ctx.document.text
    if any(f.unit or f.multiplier or f.kind != "amount" for f in (found[part], total)):
        return None
    if not first_total.unit or not _OUT_OF_ONLY.fullmatch(text, first.end, first_total.start):
        return None
    sent = ctx.sentence_at(q.start)
    if sent is None or first.start < sent.start_char:
        return None
    gap = _PAIR_GAP.fullmatch(text, first_total.end, found[part].start)
    if gap is None:
        return None
    scope = ctx.doc.char_span(gap.start("scope"), gap.end("scope"), alignment_mode="contract")
    words = list(scope) if scope is not None else []
    if not words or words[0].pos_ != "ADP" or len(words) > 6:
        return None
    if any(t.pos_ in ("VERB", "AUX") or t.like_num for t in words):
        return None
    return (first, first_total, words) if place == 0 else (first_total, None, words)


# the holder a gapped count keeps before the dash that stands for the verb of the count
# before it: ", партия «Свобода» - [25]", ", а у консерваторов — [16]", ": левые - [30]"
_HOLDER_GAP = re.compile(
    r"(?P<sep>[,;:])[ \u00a0]*(?:(?:а|но)[ \u00a0]+)?"
    r"(?P<item>[^,;:()\u2013\u2014]{1,60}?)[ \u00a0]+[-\u2013\u2014][ \u00a0]+$",
    re.IGNORECASE,
)
_NAME_DASH = re.compile(r"[»\"”]?[ \u00a0]+[-\u2013\u2014][ \u00a0]+")  # "TOP 09 - [41]"


def _named_number(t: Token) -> bool:
    """A number that ends a name, right after a capitalized word: "TOP 09", "«Блок 21»"."""
    before = t.doc[t.i - 1] if t.i else None
    return t.like_num and before is not None and before.text[:1].isupper()


def _in_name(ctx: Context, f: Quantity, q: Quantity) -> bool:
    """Whether the bare figure `f` right before the dash of `q` ends the holder's name."""
    if f.unit or f.multiplier or not f.text.isdigit():
        return False
    if not _NAME_DASH.fullmatch(ctx.document.text, f.end, q.start):
        return False
    span = ctx.doc.char_span(f.start, f.end)
    return span is not None and _named_number(span[0])


def _holder_item(ctx: Context, start: int, q: Quantity) -> re.Match[str] | None:
    """The gap of a holder's bare number (`_HOLDER_GAP`) from `start` to `q`: a noun phrase
    with no verb and no number whose noun (or a name) is the subject, in the nominative
    ("консерваторы", "партия «Центр»", a Latin name "SDE"), or the owner after "у"; not a
    metric noun ("число пилотов") nor a genitive that names a thing of its own ("а
    вертолётов — 48")."""
    text = ctx.document.text
    gap = _HOLDER_GAP.search(text, start, q.start)
    if gap is None or gap.end() != q.start:
        return None
    span = ctx.doc.char_span(gap.start("item"), gap.end("item"), alignment_mode="contract")
    if span is None or not 0 < len(span) <= 6 or any(finite(t) for t in span):
        return None
    if any(t.like_num and not _named_number(t) for t in span):
        return None
    if any(t.pos_ in ("VERB", "AUX", "SCONJ") for t in span):
        return None
    nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN")]
    if not nouns or nouns[0].lemma_ in lexicons()["metric"]:
        return None
    owned = span[0].lower_ == "у"
    # a name in Latin letters has no case to tell: "SDE - 26", "CSSD - 56"
    latin = nouns[0].pos_ == "PROPN" and nouns[0].text.isascii()
    case = nouns[0].morph.get("Case")
    if not owned and (not ("Nom" in case or latin) or has_preposition(nouns[0])):
        return None
    return gap


def gapped_holder_count(ctx: Context, found: list[Quantity], i: int) -> tuple[str, str, str] | None:
    """The metric of a bare number found[i] counts when a dash after a holder of its own stands
    for the verb of the count before it (`_holder_item`): "Либералы имеют 150 мест,
    консерваторы - 120" → места; down a list ("…, а партия «Центр» — 26, партия
    «Отечество» — 12") and into a list after a colon the next sentence opens with no verb
    ("Противостоящие им правые: партия «Отечество» - 12"); None for none. The first count is
    of things or people, not a percent, money or a measure, and near in size."""
    unit = _held_unit(ctx, found, i)
    return (morph().inflect(unit, {"nomn", "plur"}), unit, unit) if unit else None


def _held_unit(ctx: Context, found: list[Quantity], i: int) -> str:
    """The unit of `gapped_holder_count`, "" for none."""
    q = found[i]
    if i == 0 or q.unit or q.multiplier or q.kind != "amount" or BARE_SCALE.search(q.text):
        return ""
    sent = ctx.sentence_at(q.start)
    k = i - 2 if i > 1 and _in_name(ctx, found[i - 1], q) else i - 1
    prior = found[k]
    if sent is None or prior.kind not in CLAIM_KINDS:
        return ""
    if prior.start >= sent.start_char:
        gap = _holder_item(ctx, prior.end, q)
        if gap is None or not _verbless(ctx, prior, q):
            return ""
    else:  # a list after a colon going on with the sentence before
        gap = _holder_item(ctx, sent.start_char, q)
        if gap is None or gap.group("sep") != ":":
            return ""
        lead = ctx.doc.char_span(sent.start_char, gap.start(), alignment_mode="contract")
        if lead is None or any(finite(t) for t in lead):
            return ""
        if ctx.sentence_at(prior.start) != sentence_before(sent):
            return ""
    if not prior.unit:
        return _held_unit(ctx, found, k)
    if prior.unit == "percent" or is_currency(prior.unit) or prior.multiplier:
        return ""
    if prior.unit in lexicons()["measure"] or not q.value * 100 > prior.value > q.value / 100:
        return ""
    return prior.unit


# the item of a gapped ratio between the ratio before it and its own "в": ", а пенсия — в"
_RATIO_GAP = re.compile(
    r"(?:[ \u00a0]*[,;])?[ \u00a0]*(?:(?:а|но)[ \u00a0]+)?(?P<item>[^,;:()\d\u2013\u2014-]{1,40}?)"
    r"(?:[ \u00a0]+[-\u2013\u2014])?[ \u00a0]+(?P<v>в)[ \u00a0]+$",
    re.IGNORECASE,
)


def gapped_ratios(ctx: Context, found: list[Quantity]) -> tuple[list[Quantity], dict[int, Token]]:
    """`found` with each bare number a list gaps after a ratio ("в 3 раза") read as a ratio
    too, and the noun each such gapped ratio changes, by index: "зарплата выросла в 3 раза,
    а пенсия — в 2", "…в 3 раза пенсия в 2" (no mark) → "в 2" of пенсия; "а пенсия в 2
    раза" names its noun too. The item is a noun phrase in the nominative with no verb and
    no number, in the ratio's sentence."""
    out, nouns = list(found), {}
    text = ctx.document.text
    for i in range(1, len(found)):
        prior, q = found[i - 1], found[i]
        if not prior.multiplier or prior.kind != "change" or q.unit:
            continue
        if ctx.sentence_at(prior.start) != ctx.sentence_at(q.start):
            continue
        bare = not q.multiplier and q.kind == "amount" and q.text.isdigit()
        if not bare and not (q.multiplier and q.text.lower().startswith("в ")):
            continue
        between = text[prior.end : q.start] + ("" if bare else "в ")
        gap = _RATIO_GAP.fullmatch(between)
        item = (
            (0, 0) if gap is None else (prior.end + gap.start("item"), prior.end + gap.end("item"))
        )
        span = ctx.doc.char_span(*item, alignment_mode="contract") if gap is not None else None
        if gap is None or span is None or not 0 < len(span) <= 4:
            continue
        if any(finite(t) or t.like_num or t.pos_ in ("VERB", "AUX", "ADP") for t in span):
            continue
        noun = next((t for t in reversed(span) if t.pos_ == "NOUN"), None)
        if noun is None or "Nom" not in noun.morph.get("Case"):
            continue
        if ctx.mentions_in(noun.idx, noun.idx + len(noun)):
            continue
        if bare:
            start = prior.end + gap.start("v")
            out[i] = replace(
                q, start=start, text=text[start : q.end], kind="change", multiplier=True
            )
        nouns[i] = noun
    return out, nouns


# "8 мужских сборных и 4 женских": what joins a count to the gapped one after it
_COUNT_JOIN = re.compile(r"\s*(?:,\s*)?(?:и|а)?\s*")


def gapped_noun(ctx: Context, q: Quantity, prior: Quantity | None) -> tuple[str, str, str] | None:
    """The metric of a count whose noun is left out after an adjective and a count of that
    noun before it that "и"/"а"/"," joins: "8 мужских сборных и 4 женских" → женские сборные,
    сборный; None where the count before has no noun of its own ("в 268 играх из 410
    возможных" is joined by "из", a total, not a gap)."""
    text = ctx.document.text
    if prior is None or not elided_unit(q.unit) or not prior.unit:
        return None
    if not _COUNT_JOIN.fullmatch(text, prior.end, q.start) or prior.end == q.start:
        return None
    noun = ctx.doc.char_span(prior.start, prior.end, alignment_mode="expand")
    last = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    if noun is None or last is None:
        return None
    counted, adjective = noun[-1], last[-1]
    ends = counted.idx + len(counted) == prior.end and adjective.idx + len(adjective) == q.end
    if counted.pos_ != "NOUN" or not ends or adjective.pos_ != "ADJ":
        return None
    if adjective.lemma_ in _OTHERS:
        return None  # "пять человек погибли, трое других получили ранения": no kind of them
    after = ctx.doc[adjective.i + 1] if adjective.i + 1 < len(ctx.doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN"):
        return None  # "4 женских команд": a noun of its own
    plural = {"nomn", "plur"}
    name = f"{morph().inflect(adjective.text, plural)} {morph().inflect(counted.text, plural)}"
    return name, f"{adjective.lemma_} {prior.unit}", prior.unit


# "из которых 3 млн тонн пришлось на Филиппины", "Из них 200 миллиардов приходится на Китай",
# "Из них на Египет пришлось 3 млрд": the opening may come a few words before the part
_PART_OPENING = re.compile(rf"(?:^|[\s,]){PART_OF}\s+(?:[^\s\d.,;:!?]+\s+){{0,4}}$", re.IGNORECASE)
# "60 % из которых приходится на Россию": a share told before its relative
_SHARE_OF_WHICH = re.compile(r"\s+из\s+(?:них|которых)(?![а-яё])", re.IGNORECASE)
_ACCOUNTING = {"приходиться", "прийтись"}


def accounted_part(
    ctx: Context, q: Quantity, prior: Quantity | None
) -> tuple[str, str, str] | None:
    """A total's part that a verb of accounting gives its holder ("…, из которых 3 млн тонн
    пришлось на Филиппины", "Из них 200 миллиардов приходится на Китай" after a sum, "Из них
    на Египет пришлось 3 млрд") and that names no measured noun of its own measures what the
    total does, in the total's unit: the figure before, in its sentence or the one before. A
    share of it ("12 млн тонн пшеницы, 60 % из которых приходится на Россию") measures it in
    percent. Not a part in another unit ("из которых 10 млн долларов" of tonnes), nor one of
    no accounting verb ("из них двое погибли", "60 % из которых приехали")."""
    if prior is None or q.multiplier:
        return None
    if _part_twin(ctx, q, prior):  # "5 млрд пришлось на Перу, а 3 млрд — на Боливию"
        return accounted_part(ctx, prior, _figure_before(ctx, prior))
    share = q.unit == "percent" and prior.unit != "percent"
    if q.unit and q.unit != prior.unit and not share:
        return None
    bare_sum = is_currency(prior.unit) and BARE_SCALE.search(q.text)
    if not q.unit and not bare_sum and not (scale_of(q) >= 1000 and _partners_part(ctx, q, prior)):
        return None  # a partner's bare "800 тысяч" after "7 млн тонн" is in tonnes
    text = ctx.document.text
    told_after = share and _SHARE_OF_WHICH.match(text, q.end) is not None
    opened = told_after or _PART_OPENING.search(text, max(0, q.start - 60), q.start)
    verb = _accounting_verb(ctx, q)
    if verb is None or not (opened or _partners_part(ctx, q, prior)):
        return None
    sent, here = ctx.sentence_at(prior.start), ctx.sentence_at(q.start)
    if sent is None or here is None or sent.start < (sentence_before(here) or here).start:
        return None
    return prior_metric(ctx, prior, sent, q.unit or prior.unit)


def partner_part(
    ctx: Context, q: Quantity, whole: Quantity | None, sent: Span
) -> tuple[str, str, str] | None:
    """What a partner's part told after its whole in its sentence measures
    (`neighbours.partners_total`: ", на Чили пришлось 7 млн тонн", ", на Боливию — 3 млн"):
    what the whole does, in its unit; the parse gives the part no noun of its own. A flow's
    part (", на экспорт Чили пришлось 3 млрд") names its own measure."""
    if whole is None or whole.start < sent.start_char or not _opens(partner_items(ctx, sent), q):
        return None
    return prior_metric(ctx, whole, sent, whole.unit)


def opened_partner_measure(
    ctx: Context, q: Quantity, whole: Quantity | None, sent: Span,
    metric: tuple[str, str, str] | None,
) -> tuple[str, str, str] | None:  # fmt: skip
    """`metric`, or the measure of the total of the sentence before where a sentence opening
    with a partner (`partner_opens`) tells its part and `metric` is read from the opening's
    share noun or names only the total's goods: "Экспорт Вьетнама составил 350 млрд долларов.
    На долю Японии пришлось 24 млрд долларов" is the export (no "стоимость доли"), "…
    экспортировала 17 млн тонн меди. На Чили пришлось 7 млн тонн меди" the copper's export.
    A sentence after none keeps its own reading."""
    if metric is None or whole is None or whole.start >= sent.start_char:
        return metric
    borrowed = accounted_part(ctx, q, whole) if partner_opens(ctx, q, sent) else None
    words = metric[1].split()
    if borrowed is None or not ("доля" in words or set(words) <= set(borrowed[1].split())):
        return metric
    return borrowed


def flow_measure(
    ctx: Context, q: Quantity, whole: Quantity | None, sent: Span
) -> tuple[str, str, str] | None:
    """What a flow's part told after its total in its sentence (`neighbours.flow_total`)
    measures: the measure noun after "на" ("…, на поставки в Японию пришлось 24 млрд
    долларов" → поставки), which the parse may hang on no verb of the figure; in the part's
    own unit, the total's where a bare scale leaves it out."""
    items = flow_items(ctx, sent)
    item = next((a for a, end in items if end == q.start), None)
    if whole is None or whole.start < sent.start_char or item is None:
        return None
    at = ctx.doc.char_span(item, q.start, alignment_mode="expand")
    noun = next((t for t in at or () if t.lemma_.replace("ё", "е") in _TRADE_PART), None)
    return None if noun is None else (*noun_phrase(ctx, noun), q.unit or whole.unit)


def flow_share(
    ctx: Context, q: Quantity, whole: Quantity | None, sent: Span,
    metric: tuple[str, str, str] | None,
) -> tuple[str, str, str] | None:  # fmt: skip
    """`metric`, or for a percent a flow's part takes of the total before it in its sentence
    (`neighbours.flow_total`) the flow's share in that total: "Товарооборот Чили и Перу
    составил 5 млрд долларов, на экспорт Чили пришлось 40 %" → "доля экспорта в
    товарообороте", as "Доля экспорта Чили в товарообороте" reads."""
    if metric is None or whole is None or q.unit != "percent" or metric[0].startswith("доля"):
        return metric
    total = prior_metric(ctx, whole, sent, whole.unit) if _opens(flow_items(ctx, sent), q) else None
    if total is None:
        return metric
    name, key, unit = metric
    return (
        f"доля {genitive_name(name)} в {genitive_name(total[0], 'loct')}",
        f"доля {key} в {total[1]}",
        unit,
    )


def _opens(items: list[tuple[int, int]], q: Quantity) -> bool:
    """Whether `q` is the figure one of `items` (a part told after a total) opens with."""
    return any(end == q.start for _, end in items)


def _partners_part(ctx: Context, q: Quantity, prior: Quantity) -> bool:
    """Whether a part with no opening is the part of the total before it that a partner takes
    (`partner_opens`: "Перу экспортировала 17 млн тонн меди. На Чили пришлось 7 млн тонн", "…
    на 300 млрд долларов. На Японию пришлось 24 млрд"): both amounts in one unit, never a part
    of a change, nor one larger than the total (`exceeds`)."""
    here = ctx.sentence_at(q.start)
    if q.unit not in ("", prior.unit) or q.kind != "amount" or prior.kind != "amount":
        return False
    return here is not None and partner_opens(ctx, q, here) and not exceeds(q, prior)


def in_total_unit(q: Quantity, total: Quantity) -> bool:
    """Whether a partner's part `q` is told in its `total`'s unit: in that unit, or bare with a
    scale word of thousands or more that leaves the unit out ("7 млн тонн, на Перу пришлось
    800 тысяч", "350 млрд долларов …, на Таиланд — 900 млн"), read with its own scale."""
    return q.unit == total.unit or not (q.unit or q.multiplier or scale_of(q) < 1000)


def exceeds(q: Quantity, total: Quantity) -> bool:
    """Whether a part `q` told in its `total`'s unit (`in_total_unit`) is larger than the
    total: no part of it ("Экспорт составил 3 млн тонн, на Венгрию пришлось 5 млн тонн")."""
    return in_total_unit(q, total) and q.value > total.value


def partner_opens(ctx: Context, q: Quantity, sent: Span) -> bool:
    """Whether `q`'s sentence opens with a state "на" a verb of accounting before it ("На
    Чили пришлось 7 млн тонн") that the sentence before does not name: a part of that
    sentence's figure going to a partner, as one "Из них" opens; never a period ("На этот год
    пришлось"), a measure ("На экспорт Египта приходится") nor a side of the whole ("Товарооборот
    Перу и Боливии … На Перу пришлось")."""
    opening = PARTNER_OPENS.fullmatch(ctx.document.text, sent.start_char, q.start)
    before = sentence_before(sent)
    if opening is None or before is None:
        return False
    return new_partner(ctx, opening.span("partner"), (before.start_char, before.end_char))


def _part_twin(ctx: Context, q: Quantity, part: Quantity) -> bool:
    """Whether `q` is told in a contrast after `part` in its sentence, in its unit or none,
    with a dash after it standing for `part`'s verb and no verb of its own ("Из них 5 млрд
    пришлось на Перу, а 3 млрд — на Боливию": the parser makes "на Боливию" an orphan), so
    that it is a part of the same whole as `part` is."""
    if q.unit and q.unit != part.unit or ctx.sentence_at(part.start) != ctx.sentence_at(q.start):
        return False
    text = ctx.document.text
    if not _CONTRAST_GAP.fullmatch(text, part.end, q.start) and not re.fullmatch(
        r"[^,;:()]*,[ \u00a0]*а[ \u00a0]", text[part.end : q.start]
    ):
        return False
    sent = ctx.sentence_at(q.start)
    if sent is None or not _DASH_AFTER.match(text, q.end):
        return False
    rest = ctx.doc.char_span(q.end, sent.end_char, alignment_mode="contract")
    return rest is not None and not any(finite(t) for t in rest)


def _figure_before(ctx: Context, q: Quantity) -> Quantity | None:
    """The last figure before `q` in its sentence or the one before: the total a part
    opening "Из них" or "из которых" is of."""
    sent = ctx.sentence_at(q.start)
    if sent is None:
        return None
    start = (sentence_before(sent) or sent).start_char
    figures = [
        replace(f, start=f.start + start, end=f.end + start)
        for f in find_quantities(ctx.document.text[start : q.start])
        if f.kind in CLAIM_KINDS
    ]
    return figures[-1] if figures else None


def _accounting_verb(ctx: Context, q: Quantity) -> Token | None:
    """The verb of accounting a part is the subject of, or, where the parser hangs the part
    on the total's noun ("из которых 3 млн тонн пришлось": "тонн" on the first "тонн"), the
    one right after it or after its "из которых" ("60 % из которых приходится")."""
    number = root(ctx, q.start, q.end)
    if number is None:
        return None
    # the subject, or one the parse misreads ("На Чили пришлось 7 [млн]": parataxis)
    if number.dep_ in (*SUBJECTS, "parataxis", "obj") and number.head.lemma_ in _ACCOUNTING:
        return number.head
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    end = span.end if span is not None else len(ctx.doc)
    if end + 2 < len(ctx.doc) and ctx.doc[end].lower_ == "из":
        end += 2  # "60 % из которых приходится"
    nxt = ctx.doc[end] if end < len(ctx.doc) else None
    return nxt if nxt is not None and nxt.lemma_ in _ACCOUNTING else None
