"""What a number is: an amount, a change, a year, a date, an age, a reference, an ordinal.

The comparator told before a number (`comparator_before`), the kind and span `classify`
gives the number read at a position (a reference "№ 123", an hour of a day part, an age, a
year and a span of years, a compound "30-летие"), and whether an amount is a change ("вырос
на 12%", a change told before its verb, "на долю X падает N %" no change).

Split out of numbers.py (forty-fifth pass, h-split49)."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from kg.extract.common.number_units import (
    counted_lemma,
    is_currency,
    not_genitive,
    uncounted,
    unit_after,
    weighed_pound,
)
from kg.extract.common.numbers import (
    DIGITS_AT,
    SIGN_BEFORE,
    SIGNS,
    SP,
    Quantity,
    Read,
    likeliest_parse,
    plain_decimal,
)
from kg.nlp.morph import animate_word, morph

_SCALE_LEMMAS = {"тысяча", "миллион", "миллиард", "триллион", "десяток", "сотня", "дюжина"}
_TIMES = re.compile(r"[ \u00a0]*раз[а]?(?![а-яё])", re.IGNORECASE)
V_BEFORE = re.compile(r"(?<![а-яё])во?[ \u00a0]+$", re.IGNORECASE)
_EXTRA = re.compile(r"[ \u00a0]+с[ \u00a0]+(?:лишним|небольшим)(?![а-яё])", re.IGNORECASE)
# a deadline's bound: "не позднее 14 дней", "не позже чем через 10 дней" cap the time; told
# of notice before an event ("не позднее чем за 30 дней до учений") it is the least notice
_LATEST = r"не\s+(?:позднее|позже)"
_EARLIEST = r"не\s+(?:ранее|раньше)"
_AHEAD = r",?\s+(?:чем\s+)?за"
_DEADLINE_TAIL = r"(?:,?\s+чем)?(?:,?\s+через)?"
# a deadline's bound with no "за" whose time an event after it ends: "не позднее шести месяцев
# до выборов" is notice ahead as "не позднее чем за шесть месяцев до выборов" is (a date after
# "до", "до 1 марта", is none)
_DEADLINE = re.compile(rf"(?P<latest>{_LATEST})|{_EARLIEST}", re.IGNORECASE)
_EVENT_AFTER = re.compile(r"[ \u00a0]+до[ \u00a0]+(?![\d\s])", re.IGNORECASE)
_TIME_UNITS = {"год", "месяц", "неделя", "день", "сутки", "час"}
_COMPARATORS = (
    (
        r"не\s+менее|не\s+меньше|как\s+минимум|минимум|не\s+ниже"
        rf"|по\s+(?:крайней|меньшей)\s+мере,?|хотя\s+бы|{_LATEST}{_AHEAD}"
        rf"|{_EARLIEST}(?!{_AHEAD}\s){_DEADLINE_TAIL}",
        "ge",
    ),
    (
        r"не\s+более|не\s+больше|не\s+свыше|не\s+выше|как\s+максимум|максимум|в\s+пределах"
        rf"|не\s+дольше|{_EARLIEST}{_AHEAD}|{_LATEST}(?!{_AHEAD}\s){_DEADLINE_TAIL}",
        "le",
    ),
    (r"(?:чуть|немногим|немного|несколько)\s+(?:более|больше|свыше)|свыше|более|больше|выше", "gt"),
    (r"(?:чуть|немногим|немного|несколько)\s+(?:менее|меньше)|менее|меньше|ниже", "lt"),
    (r"около|порядка|примерно|приблизительно|почти|ориентировочно|где-то|в\s+районе", "approx"),
)
_COMPARATOR_BEFORE = re.compile(
    r"(?<![а-яё-])(?:"
    + "|".join(f"(?P<{op}>{rx})" for rx, op in _COMPARATORS)
    + r")(?:\s+чем)?(?:\s+(?:на|в|во|за))?\s+$",  # a comma before "чем" only in a deadline
    re.IGNORECASE,
)
# "N 5", "No. 5", "№ 5": a Latin "n"/"no" is a sign only as a word of its own, never the
# end of a name ("Indian Oil Corporation 1,2 млн тонн")
_REFERENCE_BEFORE = re.compile(
    r"(?<![а-яёa-z])(?:(?:под)?пункт[аеуы]?|стать[яиюе]|част[ьиюе]|глав[аыеу]|раздел[аеу]?"
    r"|параграф[аеу]?|абзац[аеу]?|приложени[еяюи]|резолюци[яиюей]|номер[аеу]?|том[аеу]?"
    r"|страниц[аыеу]|(?:пп?|ст|ч|гл|стр|рис|табл)\.|№|no\.?|n)\s*$",
    re.IGNORECASE,
)
# "Boeing 737", "Airbus A-320", "COVID-19": a number after a Latin word is part of a name
# (a currency code, "USD 100", has no lower-case letter); one with a scale word is an amount
# told after a Latin name ("поставлять Petroperu 1,2 млн тонн"), no model is numbered so
_NAME_BEFORE = re.compile(r"(?<![A-Za-z])(?:[A-Za-z]*[a-z][A-Za-z]*[ \u00a0-]|[A-Z]+-)$")
_DAY_PARTS = {"утро", "вечер", "ночь", "полдень", "полночь"}
# "около 8 часов утра": the hour of a day part is a time of day, not how long
_OF_DAY = re.compile(r"[ \u00a0]+(?:утра|вечера|дня|ночи)(?![а-яё])", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"возраст[а-яё]*\s+(?:[а-яё]+\s+)?$", re.IGNORECASE)
# "на 75 году жизни": the year of a life is an age
_AGE_AFTER = re.compile(r"[ \u00a0]+жизни(?![а-яё])", re.IGNORECASE)
# "мужчины лет 20": years before their number, after whom they are of
_INVERTED_YEARS = re.compile(r"(?<![а-яё])([а-яё]+)[ \u00a0]+лет[ \u00a0]+$", re.IGNORECASE)
# a verb or noun of change; the imperfective "рос", "растёт", "падает" as whole words only
# ("российский" is none)
_CHANGE_WORD = re.compile(
    r"(?<![а-яё])(?:вырос|выраст|возрос|возраста[лтюе]|возраст(?:[её]т|ут)(?![а-яё])|подн(?:им|ял)[а-яё]*?с[яь](?![а-яё])|подрос|прирос|увелич|сократ|сокращ|сниз"
    r"|сниж|упал|упад|паден|повыс|повыш|пониз|пониж|уменьш|прибав|подскоч|подорож|подешев"
    r"|просел|просед|обвал|нараст|наращ|(?:при)?рост(?:а|у|ом|е)?(?![а-яё])|спад"
    r"|(?:рос(?:ла|ло|ли)?|раст[её]т|растут|пада(?:л|ла|ло|ли|ет|ют))(?![а-яё]))",
    re.IGNORECASE,
)
# "на долю Китая падает 30 %", "а на Францию падает 8 %": what a side accounts for, no fall
_SHARE_FALLS = re.compile(
    r"(?<![а-яё])на\s+[а-яё]+\s+(?:\S+\s+){0,3}пада(?:ет|ют|л|ла|ло|ли)\s+$", re.IGNORECASE
)
# "акции обрушились на 6 %" fell; "крыша обрушилась на 200 зрителей" fell onto them
_COLLAPSE = re.compile(r"(?<![а-яё])обрушил", re.IGNORECASE)
_CHANGE_NOUN = re.compile(
    r"(?<![а-яё])(?:(?:при)?рост|снижени|паден|сокращени|увеличени|уменьшени|спад)",
    re.IGNORECASE,
)
# where a figure's clause begins: a sentence's end, or a contrast ("рост ВВП составит 6 %, а
# инфляция не превысит 4 %": the inflation is a level, not a change)
_CLAUSE_BREAK = re.compile(
    r"[.!?;:\n]|,\s+(?:а|но|тогда\s+как|в\s+то\s+время\s+как)(?![а-яё])", re.IGNORECASE
)
_RELATIVE = re.compile(r",\s+(?:[а-яё]+\s+)?котор[а-яё]+(?![а-яё])", re.IGNORECASE)
_NA_BEFORE = re.compile(r"(?<![а-яё])на\s+(?:[а-яё]+\s+){0,3}$", re.IGNORECASE)
_MINUS_BEFORE = re.compile(r"(?<![а-яё])минус\s+$", re.IGNORECASE)
_DO_BEFORE = re.compile(r"(?<![а-яё])до\s+$", re.IGNORECASE)
_S_BEFORE = re.compile(r"(?<![а-яё])со?\s+$", re.IGNORECASE)  # "с 46 % до 20 %": the level before
_NA_RIGHT_BEFORE = re.compile(r"(?<![а-яё])на\s+$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"[ \u00a0]+([а-яё]+)", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([а-яё]+)[ \u00a0]+$", re.IGNORECASE)
# "10-дневный"; a space stands for the hyphen before a compound's second part: "4 месячного"
_SUFFIX = re.compile(
    r"(?:[-–]|[ \u00a0](?=(?:летн|месячн|недельн|дневн|процентн|кратн)[а-яё]+))(?P<s>[а-яёa-z]+)",
    re.IGNORECASE,
)
_ORDINAL_ENDINGS = {"й", "я", "е", "го", "му", "м", "ми", "х", "ю", "ый", "ой", "ий", "ая", "ое",
                    "ые", "ого", "ому", "ом", "ых", "ым", "ыми", "ую", "ее", "его"}  # fmt: skip


def comparator_before(text: str, start: int) -> tuple[str, int]:
    """The comparator told before a number at `start` ("около", "более чем"), "eq" for none,
    and where its words begin."""
    head = text[max(0, start - 60) : start]
    m = _COMPARATOR_BEFORE.search(head)
    if m is None:
        return "eq", start
    return m.lastgroup or "eq", start - len(head) + m.start()


# a preposition of time before a year ("в 2024 — …")
_TIME_PREPOSITION = re.compile(rf"(?:^|[\s(])(?:в|во|к|с|до|по|за)[{SP}]+$", re.IGNORECASE)


def dated_item(text: str, start: int, r: Read, rng: re.Match[str]) -> bool:
    """A year after a preposition of time and a spaced dash: an item of a list by years ("в
    2023 году — 5 тысяч, в 2024 — 8–10 тысяч"), whose figure follows the dash; the year is
    no low end of a range ("с 2024 — 2030" has no space-less dash, "1900–2000 долларов" no
    preposition)."""
    spaced = "—" in rng[0] and rng[0][:1].isspace()
    if not spaced or r.words or r.scaled or not _is_year(text[start : r.end], r.value):
        return False
    return _TIME_PREPOSITION.search(text, max(0, start - 6), start) is not None


def year_range(text: str, start: int, r: Read, second: int) -> list[Quantity]:
    """A span of years ("сезон 2013-2014", "в 1990–1995 годах"): two years, not a range
    of a count of the noun after it; [] for any other range."""
    m = DIGITS_AT.match(text, second)
    if m is None or not _is_year(text[start : r.end], r.value) or not _is_year(m[0], Decimal(m[0])):
        return []
    if not 0 < int(m[0]) - r.value <= 10 or unit_after(text, m.end())[0]:
        return []  # "1900–2000 долларов" is money
    raw = text[start : r.end]
    return [Quantity(start, r.end, raw, r.value, "", "eq", "year"),
            Quantity(m.start(), m.end(), m[0], Decimal(m[0]), "", "eq", "year")]  # fmt: skip


def valid_words(text: str, start: int, r: Read) -> bool:
    """Drop number words that are not quantities: lone "один", plural "тысячи людей"."""
    if r.bare_scale:
        word = r.words[0].lower()
        parses = [p for p in morph().parse(word) if p.normal_form in _SCALE_LEMMAS]
        if not parses:
            return False  # "млн" alone is an abbreviation, not "one million"
        singular = all("sing" in p.tag for p in parses)
        return singular or bool(_COMPARATOR_BEFORE.search(text[max(0, start - 40) : start]))
    if len(r.words) == 1 and likeliest_parse(r.words[0])[1] == "один":
        return bool(unit_after(text, r.end)[0])
    return True


def hyphen_compound(text: str, start: int, r: Read) -> Quantity | None:
    """Numbers glued to a word by a hyphen: "30-летие", "5-й", "70-летний", "5-процентный"."""
    m = _SUFFIX.match(text, r.end)
    if not m or r.scaled:
        return None
    suffix = m["s"].lower()
    end = m.end()
    if suffix.startswith("лети"):
        kind = "anniversary"
    elif suffix.startswith("летн"):
        kind = "age"
    elif suffix.startswith("процентн"):
        return finish(text, start, end, r.value, "percent", "amount")
    elif suffix.startswith("кратн"):
        return finish(text, start, end, r.value, "", "change", True)
    elif suffix in _ORDINAL_ENDINGS:
        kind = "year" if _is_year(text[start : r.end], r.value) else "ordinal"
    else:
        kind = "attribute"
    return Quantity(start, end, text[start:end], plain_decimal(r.value), "", "eq", kind)


def _is_year(raw: str, value: Decimal) -> bool:
    """A plain four-digit number in the years news talk about."""
    return bool(re.fullmatch(r"\d{4}", raw)) and 1800 <= value <= 2100


# a time noun in the instrumental singular before "ранее"/"позже" after a figure says when it
# was ("11,2 млрд годом ранее"), no unit of it ("пятью днями ранее" is a count of days)
_TIME_BACK = re.compile(
    r"[ \u00a0]+(?:годом|месяцем|кварталом|неделей|днём|днем)"
    r"[ \u00a0]+(?:ранее|раньше|позже|позднее)(?![а-яё])",
    re.IGNORECASE,
)
_SCALE_END = re.compile(r"(?:тыс|млн|млрд|трлн|тысяч[аи]?|миллион(?:а|ов)?|миллиард(?:а|ов)?)\.?$")


def classify(text: str, start: int, r: Read) -> Quantity:
    """Unit, kind and span of the number read at `start`, looking at the words around it."""
    before = text[max(0, start - 40) : start]
    raw = text[start : r.end]
    named = _NAME_BEFORE.search(before) and not r.scaled
    if not r.words and (_REFERENCE_BEFORE.search(before) or named):
        return Quantity(start, r.end, raw, plain_decimal(r.value), "", "eq", "reference")
    end, value = r.end, r.value
    minus = _MINUS_BEFORE.search(before)
    if minus:
        start, value = start - len(minus[0]), -value
    extra = _EXTRA.match(text, end)
    if extra:
        end = extra.end()
    v = V_BEFORE.search(before)
    if v and (times := _TIMES.match(text, end)):
        q = finish(text, start - len(v[0]), times.end(), r.value, "", "change", True)
        return replace(q, comparator="gt") if extra and q.comparator == "eq" else q
    unit, unit_end = unit_after(text, end)
    if unit == "GBP" and weighed_pound(text, start, end, unit_end):
        unit = "фунт"  # "500 тысяч фунтов говядины", "весом 20 фунтов": a weight, no money
    sign = SIGN_BEFORE.search(before)
    if not unit and sign:
        unit, start = SIGNS[sign["s"]], start - len(sign[0])
    if not unit:
        unit, unit_end = counted_lemma(text, end)
        if unit and _SCALE_END.search(raw) and not_genitive(text[end:unit_end]):
            unit, unit_end = "", end  # "40–60 млн [страна] получала": the clause's subject
        if unit and _TIME_BACK.match(text, end):
            unit, unit_end = "", end  # "против 11,2 млрд [годом ранее]": when, not what
    if unit in _DAY_PARTS or (
        unit == "час" and r.value <= 24 and (v or _OF_DAY.match(text, unit_end))
    ):
        return Quantity(
            start, unit_end, text[start:unit_end], plain_decimal(r.value), unit, "eq", "time"
        )
    if _aged(before, text, unit, unit_end):
        end = unit_end if unit == "год" else end  # "лет 20 [восточной внешности]"
        return Quantity(start, end, text[start:end], plain_decimal(r.value), "год", "eq", "age")
    if (not unit or unit == "год" or uncounted(text[end:unit_end], r.value)) and (
        not r.scaled and _is_year(raw, r.value)
    ):
        return Quantity(start, r.end, raw, plain_decimal(r.value), "", "eq", "year")
    q = finish(text, start, max(unit_end, end), value, unit, "amount")
    return replace(q, comparator="gt") if extra and q.comparator == "eq" else q


def _aged(before: str, text: str, unit: str, unit_end: int) -> bool:
    """An age: "в возрасте 70 лет", "на 75 году жизни", a person's "лет 20" ("мужчина лет
    20"), unlike "лет 10 назад"."""
    if unit == "год" and (_AGE_BEFORE.search(before) or _AGE_AFTER.match(text, unit_end)):
        return True
    inverted = _INVERTED_YEARS.search(before)
    return inverted is not None and animate_word(inverted[1])


def finish(
    text: str, start: int, end: int, value: Decimal, unit: str, kind: str, multiplier: bool = False
) -> Quantity:
    """Attach the comparator before the number and decide amount vs change."""
    comparator, span_start = comparator_before(text, start)
    comparator = _ahead_of_event(text, (span_start, start, end), unit, comparator)
    if kind == "amount" and (is_change(text, start, unit) or _fronted_change(text, start, end)):
        kind = "change"
    q = Quantity(
        span_start, end, text[span_start:end], plain_decimal(value), unit, comparator, kind
    )
    return replace(q, multiplier=multiplier) if multiplier else q


def _ahead_of_event(text: str, at: tuple[int, int, int], unit: str, comparator: str) -> str:
    """The bound of a time an event after it ends, told with no "за": "не позднее шести
    месяцев до выборов" is at least six months ahead (ge), "не ранее трёх дней до визита" at
    most three (le), as with "за"; `at` is where the comparator's words, the number and the
    figure end. Not after a date ("не позднее 14 дней до 1 марта" stays le)."""
    if comparator not in ("le", "ge") or unit not in _TIME_UNITS:
        return comparator
    bound = _DEADLINE.match(text, at[0], at[1])
    if bound is None or _EVENT_AFTER.match(text, at[2]) is None:
        return comparator
    return "ge" if bound["latest"] else "le"


def _rate_or_sum(unit: str) -> bool:
    """A percent or a currency: what a verb of collapse can change by."""
    return unit == "percent" or is_currency(unit)


def _fronted_change(text: str, start: int, end: int) -> bool:
    """A change told before its verb: "на N" right before the figure and a verb of change
    right after it ("На 10 процентов сократились выплаты"; not "на 10 млн закупили")."""
    na = _NA_RIGHT_BEFORE.search(text, max(0, start - 10), start)
    if na is None or _noun_before(text, na.start()):
        return False  # "Кредит на 10 млн долларов увеличит экспорт": the credit's size
    after = _WORD_AFTER.match(text, end)
    return (
        after is not None
        and _CHANGE_WORD.match(after[1]) is not None
        and bool(morph().finite_verb(after[1]))
    )


def _noun_before(text: str, at: int) -> bool:
    """Whether the word right before `at` reads first as a noun or adjective, which a "на N"
    after it sizes ("кредит на 10 млн")."""
    word = _WORD_BEFORE.search(text, max(0, at - 40), at)
    return word is not None and morph().parse(word[1].lower())[0].tag.POS in ("NOUN", "ADJF")


def is_change(text: str, start: int, unit: str) -> bool:
    """A growth or fall by an amount: "вырос на 12%", "рост составил 5%", not "вырос до 5%"
    nor the level it left ("с 46 % до 20 %");
    "на N" takes the sentence's verb of change across a gap ("вырос на 10 %, а инвестиции —
    на 15 %"), a noun of change counts only in the figure's own clause."""
    head = text[max(0, start - 80) : start]
    sentence = re.split(r"[.!?;:\n]", head)[-1]
    # "обязательства по сокращению расходов, которые страна взяла после получения кредита на
    # 5 млрд": a relative clause the figure is in has no change of the clause before it
    sentence = _RELATIVE.split(sentence)[-1]
    if _DO_BEFORE.search(sentence) or _S_BEFORE.search(sentence):
        return False  # "вырос до 5 %", "снизили пошлины на товары с 46 %": a level, no change
    if _SHARE_FALLS.search(sentence):
        return False  # "на долю X падает 30 %": X's share, the "на" is not the change's
    if _NA_BEFORE.search(sentence) and (
        _CHANGE_WORD.search(sentence) or _COLLAPSE.search(sentence) and _rate_or_sum(unit)
    ):
        return True
    return unit == "percent" and bool(_CHANGE_NOUN.search(_CLAUSE_BREAK.split(sentence)[-1]))
