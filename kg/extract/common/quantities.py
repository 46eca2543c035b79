"""Every number of a text with its kind: `find_quantities`, the entry of `common.numbers`.

Scans the text for numbers in digits and words, multipliers and counts of times ("втрое",
"дважды"), compound adjectives ("семилетний") and special forms, reads each where it starts
(`_quantities_at`: ranges "10–15%" as two ends, a measure told with its part "2 часа 45
минут", years of a list by years), and lets coordinated figures share a unit ("на 20 и 10
лет") and a hedge. What each number is comes from `number_kinds`, what it counts from
`number_units`, its value from `numbers`.

Split out of numbers.py (forty-fifth pass, h-split49)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from itertools import chain
from pathlib import Path

from kg.extract.common.dates import URL, find_dates, fold_case
from kg.extract.common.number_kinds import (
    V_BEFORE,
    classify,
    dated_item,
    finish,
    hyphen_compound,
    is_change,
    valid_words,
    year_range,
)
from kg.extract.common.number_words import count_forms
from kg.extract.common.numbers import (
    CLAIM_KINDS,
    DIGITS,
    DIGITS_AT,
    SCALE_RE,
    SCALE_VALUES,
    SIGN_BEFORE,
    SIGNS,
    SP,
    Quantity,
    digits_value,
    likeliest_parse,
    plain_decimal,
    read_number_at,
    scale_of,
    word_value,
)
from kg.lexicon import load_rows
from kg.nlp.morph import morph

MEASURE_PARTS = Path(__file__).with_name("measure_parts.tsv")
# "половиной миллиарда", "четверть миллиона": a part of a bare scale word after it
_PART_BEFORE = re.compile(r"(?<![а-яё])(половин[а-яё]*|четверт[а-яё]*)[ \u00a0]+$", re.IGNORECASE)
_PARTS = {"поло": Decimal("0.5"), "четв": Decimal("0.25")}
_ABOUT_BEFORE = re.compile(r"(?<![а-яё])с\s+$", re.IGNORECASE)  # "с десяток" = about ten
# "в первую десятку", "второй сотни": a scale word after an ordinal is a rank, not a count
_RANK_BEFORE = re.compile(
    r"(?<![а-яё])(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)[а-яё]{1,3}\s+$",
    re.IGNORECASE,
)
# "в десятку рейтинга", "вошёл в сотню богатейших": a place among the first so many
_TOP = re.compile(r"(?:десятку|сотню)(?![а-яё])", re.IGNORECASE)
_INTO = re.compile(r"(?<![а-яё])во?\s+$", re.IGNORECASE)
_TOKEN = re.compile(
    rf"(?P<num>(?<![\w.,])(?<!\w-)(?:{DIGITS}))|(?P<word>(?<![\w-])[а-яё]+(?![\w-]))",
    re.IGNORECASE,
)
_SIGN_LEADS = re.compile(rf"(?P<s>[{''.join(SIGNS)}])[{SP}]?")  # "€10": a sum's own sign
# "дважды участвовал": a count of times in one word
_TIMES_VALUES = {"дважды": 2, "трижды": 3, "четырежды": 4}
_TIMES_WORD = re.compile(rf"(?<![а-яё])(?P<n>{'|'.join(_TIMES_VALUES)})(?![а-яё])", re.IGNORECASE)
_UNIT_GAP = re.compile(r"\s*(?:,|и|или|(?P<to>до))\s*", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"(?<![а-яё])от\s+$", re.IGNORECASE)
# "10–15", "€10–€15": a range's dash, and the second end's own sign (`_range_sign`)
_RANGE = re.compile(rf"[{SP}]?[-–—][{SP}]?(?P<s>[{''.join(SIGNS)}][{SP}]?)?(?=\d)")
# "вдвое", "втрое": "в" and a collective count; "удвоить"; "двукратный", "пятикратный": a
# compound on a genitive count ("дву" its short stem, "сто" its own)
_MULT_ADVERBS = count_forms(2, 10, ("nomn",), collective=True)
_MULT_STEMS = {**count_forms(2, 10, ("gent",)), "дву": 2, "сто": 100}
_MULT_VERBS = {"удво": 2, "утро": 3, "учетвер": 4}
MULT_WORD = re.compile(
    rf"(?<![а-яё])(?:в(?P<adv>{'|'.join(_MULT_ADVERBS)})"
    r"|(?P<verb>удво|утро(?=ить|ени|ил|ит|ят|ен)|учетвер)[а-яё]*"
    rf"|(?P<adj>{'|'.join(_MULT_STEMS)})кратн[а-яё]*)"
    r"(?![а-яё])",
    re.IGNORECASE,
)
_UNITS_GEN = "|".join(("одно", *count_forms(2, 9, ("gent",))))  # "одно-", "двух-", "трёх-"
COMPOUND_SUFFIXES = ("летн", "месячн", "недельн", "дневн")
_TENS_GEN = "|".join(count_forms(20, 90, ("gent",)))  # "двадцати-", "сорока-"
_TEENS_GEN = "|".join(count_forms(10, 19, ("gent",)))  # "десяти-", "пятнадцати-"
COMPOUND_WORD = re.compile(
    rf"(?<![а-яё-])(?P<n>(?:(?:{_TENS_GEN})(?:{_UNITS_GEN})?)|{_UNITS_GEN}|сто|{_TEENS_GEN})"
    rf"(?P<s>{'|'.join(COMPOUND_SUFFIXES)})[а-яё]*",
    re.IGNORECASE,
)
_MULT_VALUES = {**_MULT_ADVERBS, **_MULT_VERBS, **_MULT_STEMS}
# Each with what it cannot match without (`_scan`): one of these strings in the text.
SPECIAL = (
    (re.compile(r"(?<!\d)(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?!\d)"), "time", (":",)),
    (
        re.compile(
            r"(?<![\w+])(?:\+\d{1,3}|8)[\s-]?\(?\d{3,5}\)?[\s-]?\d{1,3}[\s-]?\d{2}[\s-]?\d{2}(?!\d)"
        ),
        "reference",
        (),
    ),
    (re.compile(r"(?:№|\bN|\bNo\.?)\s?\d[\w/-]*"), "reference", ("№", "N")),
    (re.compile(r"(?<![\w.,-])\d+[-–][А-ЯЁA-Z]+(?![\w])"), "reference", ("-", "–")),
    # a path with digits, not the word an address is glued to ("закона[https://…")
    (
        re.compile(URL.pattern + r"|[^\s\[\]()«»]+/\S*\d\S*", re.IGNORECASE),
        "reference",
        ("/", "www."),
    ),
    (re.compile(r"(?m)^[ \t]*\d{1,2}[.)](?=[ \t])"), "list", ()),
    # "2) …" is an item, "(80)" a figure in brackets ("Свердловской (80) и …")
    (re.compile(r"(?<![\w.,(])\d{1,2}\)(?=\s)"), "list", (")",)),
)
MULT_NEEDS = (*(f"в{adverb}" for adverb in _MULT_ADVERBS), *_MULT_VERBS, "кратн")


def find_quantities(text: str) -> list[Quantity]:
    """Every number in `text` with its kind; claim candidates have kind in CLAIM_KINDS."""
    return list(_quantities_of(text))


# The claims' readers scan a sentence again at each figure it holds (its coordinated
# figures, periods and durations): 67 of 337 scans per 100 NEREL documents, the longer
# sentences. The last few texts are kept.
@lru_cache(maxsize=8)
def _quantities_of(text: str) -> tuple[Quantity, ...]:
    """`_find_quantities(text)`, kept as a tuple: each caller gets a list of its own."""
    return tuple(_find_quantities(text))


def _find_quantities(text: str) -> list[Quantity]:
    out: list[Quantity] = []
    taken = bytearray(len(text) + 1)

    def claim(q: Quantity) -> None:
        out.append(q)
        taken[q.start : q.end] = b"\x01" * (q.end - q.start)

    for d in find_dates(text):
        m = re.search(r"\d+", d.text)
        if m:
            kind = "year" if re.fullmatch(r"\d{4}", d.value) else "date"
            claim(Quantity(d.start, d.end, d.text, Decimal(m[0]), "", "eq", kind))
    lower = fold_case(text)
    for rx, kind, needs in SPECIAL:
        for m in _scan(rx, text, lower, needs):
            if not any(taken[m.start() : m.end()]):
                num = re.search(r"\d+", m[0])
                claim(
                    Quantity(
                        m.start(), m.end(), m[0], Decimal(num[0] if num else 0), "", "eq", kind
                    )
                )
    for q in _ratio_words(text, lower):
        if not any(taken[q.start : q.end]):
            claim(q)
    for m in _scan(COMPOUND_WORD, text, lower, COMPOUND_SUFFIXES):
        if not any(taken[m.start() : m.end()]):
            kind = "age" if m["s"].lower() == "летн" else "attribute"
            claim(Quantity(m.start(), m.end(), m[0], _compound_value(m["n"]), "", "eq", kind))
    for m in _TOKEN.finditer(text):
        if taken[m.start()] or not _may_start(text, m):
            continue
        for q in _outside_dates(_quantities_at(text, m.start()), taken):
            if not any(taken[q.start : q.end]):
                claim(q)
    out += _bounded_units(text, taken)
    found = _share_units(text, sorted(out, key=lambda q: (q.start, q.end)))
    return _join_parts(text, _share_hedges(text, _compared_units(text, found)))


# a deadline's bound on a bare unit, one of it: "не ранее чем за год до выборов", "не позднее
# чем через месяц", "не дольше недели" (a day is none: "не позднее дня голосования" is a date)
_BOUNDED_UNIT = re.compile(
    r"(?<![а-яё])не\s+(?:позднее|позже|ранее|раньше|дольше)(?:,?\s+чем)?(?:\s+(?:за|через))?"
    r"\s+(?P<u>год|месяц|недел[юи]|сутки|суток)(?![а-яё])",
    re.IGNORECASE,
)
# notice of a bare unit ahead of an expiry: "уведомив за год до истечения", "за месяц до
# окончания его срока" (one unit, as `_notice` of durations.py reads "за три месяца до")
_NOTICE_UNIT = re.compile(
    r"(?<![а-яё])за\s+(?P<u>год|месяц|неделю|сутки)\s+до\s+(?:(?:его|её|ее|их)\s+)?"
    r"(?:истечени|окончани)[а-яё]",
    re.IGNORECASE,
)
_BARE_UNITS = {"год": "год", "мес": "месяц", "нед": "неделя", "сут": "сутки"}


def _bounded_units(text: str, taken: bytearray) -> Iterator[Quantity]:
    """One of a bare unit a deadline's bound is on ("не ранее чем за год до выборов"), where
    no figure read before holds the unit; so is one of notice ahead of an expiry."""
    for m in chain(_BOUNDED_UNIT.finditer(text), _NOTICE_UNIT.finditer(text)):
        if not any(taken[m.start("u") : m.end("u")]):
            unit = _BARE_UNITS[m["u"][:3].lower()]
            yield finish(text, m.start("u"), m.end("u"), Decimal(1), unit, "amount")


# `re.IGNORECASE` as a plain int: `int & RegexFlag` goes through `enum`'s `__and__` (~5 µs
# against ~0.1), and `_scan` asks it of every pattern at each text scanned.
_IGNORECASE = int(re.IGNORECASE)


def _scan(
    rx: re.Pattern[str], text: str, lower: str, needs: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """`rx.finditer(text)`, or nothing at once where the text holds none of `needs` (in
    `lower`, `fold_case(text)`, for a pattern that ignores case): `re` tries a pattern that
    opens with a lookbehind at every position of the text, and these scans were a third of
    `find_quantities`' time, for patterns most texts cannot match (a time needs a colon)."""
    if needs:
        folded = lower if rx.flags & _IGNORECASE else text
        if not any(n in folded for n in needs):
            return iter(())
    return rx.finditer(text)


def _ratio_words(text: str, lower: str) -> list[Quantity]:
    """Numbers told in one word of times: multipliers ("втрое", "удвоить") and counts of
    times ("дважды участвовал": an amount of "раз")."""
    out = []
    for m in _scan(MULT_WORD, text, lower, MULT_NEEDS):
        key = (m["adv"] or m["verb"] or m["adj"]).lower()
        out.append(finish(text, m.start(), m.end(), Decimal(_MULT_VALUES[key]), "", "change", True))
    for m in _scan(_TIMES_WORD, text, lower, tuple(_TIMES_VALUES)):
        value = Decimal(_TIMES_VALUES[m["n"].lower()])
        out.append(finish(text, m.start(), m.end(), value, "раз", "amount"))
    return out


def _may_start(text: str, m: re.Match[str]) -> bool:
    """Whether `_quantities_at` may read a number at a token: digits, or a scale or number
    word (`_read_words` reads no other word). Most tokens are other words, and reading each
    to find nothing cost ~8 % of the claims kind."""
    word = m["word"]
    return not word or bool(SCALE_RE.match(text, m.start())) or word_value(word) is not None


def _outside_dates(found: list[Quantity], taken: bytearray) -> list[Quantity]:
    """A range whose second end a date has taken is that date's: "25—26 января"."""
    if len(found) == 2 and any(taken[found[1].start : found[1].end]):
        return [replace(found[0], kind="date")]
    return found


def _compound_value(prefix: str) -> Decimal:
    """Value of the numeral a compound adjective opens with: "двадцатипяти" → 25."""
    tens = re.match(r"(?:двадцати|тридцати|сорока|пятидесяти|шестидесяти|семидесяти"
                    r"|восьмидесяти|девяноста)(?=.)", prefix, re.IGNORECASE)  # fmt: skip
    parts = [tens[0], prefix[tens.end() :]] if tens else [prefix]
    return sum((word_value(p) or Decimal(1) for p in parts), Decimal(0))


def _share_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """The first of two coordinated numbers takes the second's unit ("на 20 и 10 лет"); a
    factor has none to take ("выросло в 2,5 раза до 1,2 млн человек" is no 2,5 млн человек),
    nor a number before a comma the unit of an adjective counted after it ("погибли трое, 12
    раненых": the three are no wounded; "двое или трое раненых", "на 20, 10 лет" share)."""
    out = list(found)
    for i, (a, b) in enumerate(zip(found, found[1:], strict=False)):
        loose = not a.multiplier and (
            a.kind in CLAIM_KINDS or (a.kind == "year" and a.text.isdigit())
        )
        gap = _UNIT_GAP.fullmatch(text[a.end : b.start])
        sign = _signed_range(a, b) if gap and gap["to"] else None
        if (a.unit and sign is None) or not b.unit or not loose or b.kind not in CLAIM_KINDS:
            continue
        if not gap or (gap[0].strip() == "," and likeliest_parse(b.unit)[0] in {"ADJF", "PRTF"}):
            continue  # "погибли трое, 12 раненых": an adjective's count names its own group
        value = a.value
        a_text = a.text[sign:] if sign is not None else a.text
        a_raw, b_raw = DIGITS_AT.fullmatch(a_text), DIGITS_AT.search(b.text)
        scale = SCALE_RE.search(b.text)
        if a_raw and b_raw and not b.multiplier:
            value = plain_decimal(value * b.value / digits_value(b_raw[0]))
        elif not a_raw and scale and scale.start() and not SCALE_RE.search(a.text):
            value = plain_decimal(
                value * SCALE_VALUES[scale.lastgroup or ""]
            )  # "от двух до пяти тысяч"
        comparator = a.comparator
        if gap["to"] and _FROM_BEFORE.search(text[max(0, a.start - 10) : a.start]):
            comparator = "ge"
            out[i + 1] = replace(b, comparator="le" if b.comparator == "eq" else b.comparator)
        out[i] = replace(a, value=value, unit=b.unit, kind=b.kind, comparator=comparator)
    return out


# what sets a bare figure against the one before it: "против 9 тысяч", "вместо прежних
# 400", "по сравнению с 5 млрд", "чем прошлогодние 12"
COMPARED_GAP = re.compile(
    r"(?:[ \u00a0]+[а-яёА-ЯЁ-]+){0,4}?[ \u00a0]*,?[ \u00a0]+"
    r"(?:против|вместо|относительно|чем|(?:по|в)[ \u00a0]+сравнени[юи][ \u00a0]+со?)"
    r"(?:[ \u00a0]+[а-яё]+(?:ых|их|ыми|ими|ые|ие))?[ \u00a0]+",
    re.IGNORECASE,
)


def _compared_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """A bare figure set against the one before it ("до 15 тысяч граждан против 9 тысяч",
    "1 200 грузовиков вместо прежних 400", "7 млрд долларов по сравнению с 5 млрд") counts
    what that one counts: the earlier level of the same measure."""
    out = list(found)
    for i, (a, b) in enumerate(zip(found, found[1:], strict=False)):
        compared = COMPARED_GAP.fullmatch(text, a.end, b.start)
        bare = not b.unit and not b.multiplier and b.kind == "amount"
        if compared and a.unit and bare and a.kind in CLAIM_KINDS:
            out[i + 1] = replace(b, unit=a.unit, kind=a.kind)
    return out


# "порядка 8 тыс. кафе и 5 тыс. ресторанов": what the first figure counts, then "и"
_HEDGE_GAP = re.compile(r"((?:[ \u00a0]+[а-яёa-z-]+){0,3})[ \u00a0]+и[ \u00a0]+", re.IGNORECASE)


def _share_hedges(text: str, found: list[Quantity]) -> list[Quantity]:
    """A hedge before the first of figures joined by "и", each after what the one before it
    counts, hedges the next round one told at its scale ("порядка 8 тыс. кафе и 5 тыс.
    ресторанов": about 5 thousand too); not an exact count after a round total ("около 18
    тысяч туристов и 37 дипломатов"), nor across a verb ("около 800 кафе открылись и 500
    закрылись"), nor a bound's ("более 8 тыс. кафе и 5 тыс. ресторанов")."""
    out = list(found)
    for i, b in enumerate(found[1:], 1):
        a = out[i - 1]
        gap = _HEDGE_GAP.fullmatch(text, a.end, b.start)
        if (
            a.comparator != "approx"
            or b.comparator != "eq"
            or not a.kind == b.kind == "amount"
            or gap is None
            or scale_of(a) != scale_of(b)
            or (scale_of(b) == 1 and b.value % 10)
            or any(morph().finite_verb(word) for word in gap[1].split())
        ):
            continue
        out[i] = replace(b, comparator="approx")
    return out


def _signed_range(a: Quantity, b: Quantity) -> int | None:
    """Where the digits of `a` begin when a sign stands before both ends of a range: a range
    still, whose low end takes a scale told after the last only ("от €10 до €15 млн": 10
    million euros, not 10 euros)."""
    signs = _SIGN_LEADS.match(a.text), _SIGN_LEADS.match(b.text)
    if signs[0] is None or signs[1] is None or signs[0]["s"] != signs[1]["s"]:
        return None
    return signs[0].end()


_PART_GAP = re.compile(r"\s+(?:и\s+)?")


@cache
def _measure_parts() -> dict[tuple[str, str], Decimal]:
    """measure_parts.tsv: (a unit, a smaller unit) → how many of the smaller make it."""
    return {(row[0], row[1]): Decimal(row[2]) for row in load_rows(MEASURE_PARTS)}


def _join_parts(text: str, found: list[Quantity]) -> list[Quantity]:
    """One measure told in a unit and its part ("2 часа 45 минут", "двух часов и восьми
    минут", "21 метр 36 сантиметров") is one figure, not two: in the larger unit where that
    takes two decimals at most (2.75 часа, 21.36 метра), else in the smaller (128 минут)."""
    out: list[Quantity] = []
    for q in found:
        a = out[-1] if out else None
        factor = _measure_parts().get((a.unit, q.unit)) if a is not None else None
        if (
            a is None
            or factor is None
            or not a.kind == q.kind == "amount"
            or q.comparator != "eq"
            or q.value >= factor
            or not _PART_GAP.fullmatch(text[a.end : q.start])
        ):
            out.append(q)
            continue
        whole = a.value + q.value / factor
        value, unit = (
            (whole, a.unit) if whole == round(whole, 2) else (a.value * factor + q.value, q.unit)
        )
        out[-1] = replace(
            a, end=q.end, text=text[a.start : q.end], value=plain_decimal(value), unit=unit
        )
    return out


def _quantities_at(text: str, start: int) -> list[Quantity]:
    """The quantity (two for a range "10–15%") whose number starts at `start`."""
    try:
        r = read_number_at(text, start)
    except InvalidOperation:
        return []
    if r is None:
        return []
    if r.words:
        if not valid_words(text, start, r):
            return []
        part = _PART_BEFORE.search(text, max(0, start - 16), start) if r.bare_scale else None
        if part is not None:  # "более чем половиной миллиарда": half of the scale
            start, r = part.start(), replace(r, value=r.value * _PARTS[part[1][:4].lower()])
        q = classify(text, start, r)
        if r.bare_scale and _RANK_BEFORE.search(text[max(0, start - 20) : start]):
            return [replace(q, kind="ordinal")]  # "в первую десятку банков": a rank
        if (
            r.bare_scale
            and _TOP.match(text, start)
            and _INTO.search(text[max(0, start - 4) : start])
        ):
            return [replace(q, kind="ordinal")]  # "вывели песню в десятку рейтинга": a rank
        about = r.bare_scale and _ABOUT_BEFORE.search(text[max(0, start - 4) : start])
        return [replace(q, comparator="approx") if about and q.comparator == "eq" else q]
    special = hyphen_compound(text, start, r)
    if special:
        return [special]
    rng = _RANGE.match(text, r.end)
    lead = SIGN_BEFORE.search(text, max(0, start - 2), start)
    if rng and (not r.scaled or rng["s"] or _scaled_end(text, rng)) and _range_sign(lead, rng):
        years = year_range(text, start, r, rng.end())
        if years:
            return years
        if dated_item(text, start, r, rng):
            return [classify(text, start, r)]  # "в 2024 — 8–10 тысяч": a year, then its figure
        second = _quantities_at(text, rng.end())
        loose_dash = "—" in rng[0]  # also a sentence dash: only with a unit after it
        if second and lead and not second[-1].unit:  # "$2–3 млрд": the sign is both ends'
            second = [*second[:-1], replace(second[-1], unit=SIGNS[lead["s"]])]
        if second and second[-1].kind in CLAIM_KINDS and (second[-1].unit or not loose_dash):
            q2 = second[-1]
            if q2.kind == "amount" and is_change(text, start, q2.unit):
                q2 = replace(q2, kind="change")  # "вырастет на 6-8 %": "на" is before the first
            q2 = _ranged_multiplier(text, start, q2)
            first = DIGITS_AT.match(text, rng.end())
            first_raw = digits_value(first[0]) if first else None
            own = q2.multiplier or r.scaled  # "$2 млрд–$3 млрд": the low end's own scale
            factor = q2.value / first_raw if first_raw and not own else Decimal(1)
            begin = lead.start() if lead else start
            low = plain_decimal(r.value * factor)
            q1 = Quantity(begin, r.end, text[begin : r.end], low, q2.unit,
                          "ge", q2.kind, q2.multiplier)  # fmt: skip
            return [q1, replace(q2, comparator="le" if q2.comparator == "eq" else q2.comparator)]
    return [classify(text, start, r)]


def _ranged_multiplier(text: str, start: int, q2: Quantity) -> Quantity:
    """The high end of "в 3-4 раза" is a multiplier as "в 4 раза" is: the "в" stands before
    the low end only, so the high end alone reads as a count of times."""
    if (
        q2.kind != "amount"
        or q2.unit != "раз"
        or not V_BEFORE.search(text, max(0, start - 40), start)
    ):
        return q2
    return replace(q2, unit="", kind="change", multiplier=True)


def _scaled_end(text: str, rng: re.Match[str]) -> bool:
    """A dash between two ends each with its own scale ("2 млрд–3 млрд долларов") joins a
    range with no sign too; a spaced em dash there is rather a sentence's ("2 млн — 3 млн из
    них")."""
    second = read_number_at(text, rng.end())
    return second is not None and second.scaled and not (rng[0][0] in SP and "—" in rng[0])


def _range_sign(lead: re.Match[str] | None, rng: re.Match[str]) -> bool:
    """Whether a dash is a range's as far as currency signs tell: a sign after the dash only
    where the same sign stands before the first end ("€10–€15 млн"; "5–€10" is no range),
    and the dash no sentence dash ("$5 млн — $3 млн из них")."""
    if not rng["s"]:
        return True
    spaced = rng[0][0] in SP and "—" in rng[0]
    return lead is not None and lead["s"] == rng["s"][0] and not spaced
