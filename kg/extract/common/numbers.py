"""Quantities in Russian text: value, unit, comparator and whether it is a quantity at all.

Decisions:
- Every number is returned; `kind` says what it is. Only "amount" (a measured
  quantity) and "change" (a growth or fall: "вырос на 12%", "втрое") are
  candidates for numeric claims. The others are "year", "date", "time",
  "ordinal" ("5-й"), "age" ("в возрасте 70 лет", "73-летний"), "anniversary"
  ("30-летие"), "reference" ("№ 123", "пункт 3 статьи 15", "53-ФЗ", phone
  numbers), "list" ("1." at a line start) and "attribute" ("10-дневный").
- A bare four-digit integer from 1800 to 2100 with no unit is a year.
- Comparators: свыше/более/больше/выше = gt, не менее/как минимум/по крайней (меньшей)
  мере = ge, менее/меньше/ниже = lt, не более/в пределах/максимум = le,
  около/порядка/примерно/приблизительно/почти = approx ("почти" is a hedge,
  not a bound), anything else = eq. A preposition may stand between a comparator and
  its number ("оценивается приблизительно в 6 млрд", "более чем за 100 лет"). "до"
  stays eq: it is as often a target ("довести до 30 млрд") as a bound, and the
  extractor knows which.
- A range "10–15%" gives two quantities: ge 10 and le 15.
- Multipliers ("втрое", "в 2,5 раза", "удвоить") are kind "change",
  `multiplier=True`, unit "". Counts of times ("18 раз", "дважды", "трижды") are
  amounts of unit "раз".
- An hour of a day part ("около 8 часов утра") is a time; "на 75 году жизни" and a
  person's "лет 20" ("мужчина лет 20") are ages; an ordinal counts nothing ("две
  первых 24 секунды").
- "десяток", "сотня", "дюжина" are numbers like "тысяча": "два десятка" = 20, a
  bare singular counts ("с десяток министров" = approx 10), a bare plural
  ("десятки компаний") does not. "сотни тысяч" multiplies.
- Compound adjectives in words are like "73-летний": "семилетний" is kind "age"
  with value 7, "трёхмесячный" kind "attribute"; the claim extractor decides
  when such a term is a claim ("семилетний срок").
- Values of non-quantities are the number as written (a year's value is the year).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from pathlib import Path

from kg.extract.common.dates import MONTH_RE, URL, find_dates, fold_case
from kg.extract.common.number_words import WORD_VALUES, count_forms
from kg.lexicon import load_rows
from kg.memory import CACHE_ENTRIES
from kg.nlp.morph import OC_CASE, animate_word, morph

CURRENCIES = Path(__file__).with_name("currencies.tsv")
MEASURE_ABBREVIATIONS = Path(__file__).with_name("measure_abbreviations.tsv")
MEASURE_PARTS = Path(__file__).with_name("measure_parts.tsv")


@dataclass(frozen=True)
class Quantity:
    """A number read from text; the span covers comparator through unit."""

    start: int
    end: int
    text: str
    value: Decimal
    unit: str
    comparator: str
    kind: str
    multiplier: bool = False


CLAIM_KINDS = ("amount", "change")

_SCALE_RE = re.compile(
    r"\s*(?:(?P<k>тыс\.|тыс|тысяч(?:а|и|у|ей|ею|е|ам|ами|ах)?)|(?P<m>млн\.?|миллион(?:{0})?)"
    r"|(?P<b>млрд\.?|миллиард(?:{0})?)|(?P<t>трлн\.?|триллион(?:{0})?)"
    r"|(?P<ten>десят(?:ок|к(?:{0}|и|у)))|(?P<hun>сот(?:ня|ни|не|ню|ней|ен|н[яе]м|нями|нях))"
    r"|(?P<doz>дюжин(?:{0}|ой)?))(?![а-яё])".format("а|у|ом|е|ы|ов|ам|ами|ах"),
    re.IGNORECASE,
)
_SCALE_VALUES = {"k": 10**3, "m": 10**6, "b": 10**9, "t": 10**12, "ten": 10, "hun": 100, "doz": 12}
_SCALE_LEMMAS = {"тысяча", "миллион", "миллиард", "триллион", "десяток", "сотня", "дюжина"}
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
_SP = " \u00a0\u202f\u2009"
_DIGITS = rf"\d{{1,3}}(?:[{_SP}]\d{{3}})+(?:,\d+)?(?!\d)|\d+(?:[.,]\d+)?"
_DIGITS_AT = re.compile(rf"(?:{_DIGITS})(?![.,]?\d)")
# "$635,000", "1,200,000": thousands an English comma groups (`_english_thousands`)
_COMMA_THOUSANDS = re.compile(r"\d{1,3}(?P<groups>(?:,\d{3})+)(?![.,]?\d)")
_MAX_DIGITS = 16  # with a trillion scale still within Decimal's 28 digits
_CHAINED = re.compile(rf"[{_SP}]+({_DIGITS})")
# "23 тысячи 226 дней": the units after a count of thousands, up to three digits that no
# hyphen, decimal, digit, scale word or month goes on ("15 тысяч 1 мая" is a date)
_UNITS_AFTER = re.compile(
    rf"[{_SP}]+(\d{{1,3}})(?![\d\-–—]|[.,]\d)(?![{_SP}]+(?:\d|{MONTH_RE}))",
    re.IGNORECASE,
)
_TOKEN = re.compile(
    rf"(?P<num>(?<![\w.,])(?<!\w-)(?:{_DIGITS}))|(?P<word>(?<![\w-])[а-яё]+(?![\w-]))",
    re.IGNORECASE,
)
_COUNTED_AT = re.compile(r"[ \t\u00a0]*([а-яё]+(?:-[а-яё]+)?)(?![\w-])", re.IGNORECASE)
_HALF = re.compile(r"[ \t\u00a0]+с[ \t\u00a0]+половиной(?![а-яё])", re.IGNORECASE)
_WORD_AT = re.compile(r"[ \t\u00a0]*([а-яё]+)(?![\w-])", re.IGNORECASE)
_SIGNS = {"$": "USD", "€": "EUR", "₽": "RUB", "£": "GBP", "¥": "JPY", "₸": "KZT", "₴": "UAH",
          "₺": "TRY", "₹": "INR", "₩": "KRW"}  # fmt: skip
_SIGN_AFTER = re.compile(rf"[{_SP}]*(?P<s>[{''.join(_SIGNS)}])")
_SIGN_BEFORE = re.compile(rf"(?P<s>[{''.join(_SIGNS)}])[{_SP}]?$")
_SIGN_LEADS = re.compile(rf"(?P<s>[{''.join(_SIGNS)}])[{_SP}]?")  # "€10": a sum's own sign
_CODES = ("USD", "EUR", "RUB", "KZT", "CNY", "GBP", "JPY", "UZS", "BYN", "TRY", "INR", "KRW",
          "UAH", "CHF", "AZN", "AMD", "GEL", "KGS", "TJS")  # fmt: skip
_CURRENCY_CODE = re.compile(r"[A-Z]{3}")  # the unit of a sum: `is_currency`
_CODE_AFTER = re.compile(rf"[{_SP}]*(?P<c>{'|'.join(_CODES)})(?![A-Za-z])")
_PERCENT = re.compile(
    r"[ \u00a0\u202f\u2009]*(?:%|процентн[а-яё]*\s+пункт[а-яё]*|процент[а-яё]*|проц\.|п\.\s?п\.)",
    re.IGNORECASE,
)
_TIMES = re.compile(r"[ \u00a0]*раз[а]?(?![а-яё])", re.IGNORECASE)
_V_BEFORE = re.compile(r"(?<![а-яё])во?[ \u00a0]+$", re.IGNORECASE)
_EXTRA = re.compile(r"[ \u00a0]+с[ \u00a0]+(?:лишним|небольшим)(?![а-яё])", re.IGNORECASE)
_COMPARATORS = (
    (
        r"не\s+менее|не\s+меньше|как\s+минимум|минимум|не\s+ниже"
        r"|по\s+(?:крайней|меньшей)\s+мере,?|хотя\s+бы",
        "ge",
    ),
    (r"не\s+более|не\s+больше|не\s+свыше|не\s+выше|как\s+максимум|максимум|в\s+пределах", "le"),
    (r"(?:чуть|немногим|немного|несколько)\s+(?:более|больше|свыше)|свыше|более|больше|выше", "gt"),
    (r"(?:чуть|немногим|немного|несколько)\s+(?:менее|меньше)|менее|меньше|ниже", "lt"),
    (r"около|порядка|примерно|приблизительно|почти|ориентировочно|где-то|в\s+районе", "approx"),
)
_COMPARATOR_BEFORE = re.compile(
    r"(?<![а-яё-])(?:"
    + "|".join(f"(?P<{op}>{rx})" for rx, op in _COMPARATORS)
    + r")(?:\s+чем)?(?:\s+(?:на|в|во|за))?\s+$",
    re.IGNORECASE,
)
_REFERENCE_BEFORE = re.compile(
    r"(?<![а-яё])(?:(?:под)?пункт[аеуы]?|стать[яиюе]|част[ьиюе]|глав[аыеу]|раздел[аеу]?"
    r"|параграф[аеу]?|абзац[аеу]?|приложени[еяюи]|резолюци[яиюей]|номер[аеу]?|том[аеу]?"
    r"|страниц[аыеу]|(?:пп?|ст|ч|гл|стр|рис|табл)\.|№|no\.?|n)\s*$",
    re.IGNORECASE,
)
# "Boeing 737", "Airbus A-320", "COVID-19": a number after a Latin word is part of a name
# (a currency code, "USD 100", has no lower-case letter)
_NAME_BEFORE = re.compile(r"(?<![A-Za-z])(?:[A-Za-z]*[a-z][A-Za-z]*[ \u00a0-]|[A-Z]+-)$")
_DAY_PARTS = {"утро", "вечер", "ночь", "полдень", "полночь"}
# "около 8 часов утра": the hour of a day part is a time of day, not how long
_OF_DAY = re.compile(r"[ \u00a0]+(?:утра|вечера|дня|ночи)(?![а-яё])", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"возраст[а-яё]*\s+(?:[а-яё]+\s+)?$", re.IGNORECASE)
# "на 75 году жизни": the year of a life is an age
_AGE_AFTER = re.compile(r"[ \u00a0]+жизни(?![а-яё])", re.IGNORECASE)
# "мужчины лет 20": years before their number, after whom they are of
_INVERTED_YEARS = re.compile(r"(?<![а-яё])([а-яё]+)[ \u00a0]+лет[ \u00a0]+$", re.IGNORECASE)
# "дважды участвовал": a count of times in one word
_TIMES_VALUES = {"дважды": 2, "трижды": 3, "четырежды": 4}
_TIMES_WORD = re.compile(rf"(?<![а-яё])(?P<n>{'|'.join(_TIMES_VALUES)})(?![а-яё])", re.IGNORECASE)
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
_UNIT_GAP = re.compile(r"\s*(?:,|и|или|(?P<to>до))\s*", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"(?<![а-яё])от\s+$", re.IGNORECASE)
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
# "10–15", "€10–€15": a range's dash, and the second end's own sign (`_range_sign`)
_RANGE = re.compile(rf"[{_SP}]?[-–—][{_SP}]?(?P<s>[{''.join(_SIGNS)}][{_SP}]?)?(?=\d)")
# "вдвое", "втрое": "в" and a collective count; "удвоить"; "двукратный", "пятикратный": a
# compound on a genitive count ("дву" its short stem, "сто" its own)
_MULT_ADVERBS = count_forms(2, 10, ("nomn",), collective=True)
_MULT_STEMS = {**count_forms(2, 10, ("gent",)), "дву": 2, "сто": 100}
_MULT_VERBS = {"удво": 2, "утро": 3, "учетвер": 4}
_MULT_WORD = re.compile(
    rf"(?<![а-яё])(?:в(?P<adv>{'|'.join(_MULT_ADVERBS)})"
    r"|(?P<verb>удво|утро(?=ить|ени|ил|ит|ят|ен)|учетвер)[а-яё]*"
    rf"|(?P<adj>{'|'.join(_MULT_STEMS)})кратн[а-яё]*)"
    r"(?![а-яё])",
    re.IGNORECASE,
)
_UNITS_GEN = "|".join(("одно", *count_forms(2, 9, ("gent",))))  # "одно-", "двух-", "трёх-"
_COMPOUND_SUFFIXES = ("летн", "месячн", "недельн", "дневн")
_TENS_GEN = "|".join(count_forms(20, 90, ("gent",)))  # "двадцати-", "сорока-"
_TEENS_GEN = "|".join(count_forms(10, 19, ("gent",)))  # "десяти-", "пятнадцати-"
_COMPOUND_WORD = re.compile(
    rf"(?<![а-яё-])(?P<n>(?:(?:{_TENS_GEN})(?:{_UNITS_GEN})?)|{_UNITS_GEN}|сто|{_TEENS_GEN})"
    rf"(?P<s>{'|'.join(_COMPOUND_SUFFIXES)})[а-яё]*",
    re.IGNORECASE,
)
_MULT_VALUES = {**_MULT_ADVERBS, **_MULT_VERBS, **_MULT_STEMS}
# Each with what it cannot match without (`_scan`): one of these strings in the text.
_SPECIAL = (
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
_MULT_NEEDS = (*(f"в{adverb}" for adverb in _MULT_ADVERBS), *_MULT_VERBS, "кратн")


@dataclass(frozen=True)
class _FirstOf:
    """Patterns tried in order at a position, the first that matches winning, as one
    pattern: an alternation tries its branches in order, each as that pattern alone would
    match (one `match` call, not one per pattern: ~30,000 fewer per 100 NEREL documents, and
    one compile, not ~100).

    Case-insensitive as `re.IGNORECASE`, but by matching the text case-folded (`fold_case`)
    with the expressions lower-cased: compiled with `re.IGNORECASE`, each Cyrillic letter and
    class is expanded to its cases, and the currencies' alternation cost ~0.02 s CPU of
    every build that reads a document, ~0.008 s without."""

    rx: re.Pattern[str]
    values: tuple[str, ...]

    @classmethod
    def of(cls, rows: Iterable[tuple[str, str]], template: str) -> _FirstOf:
        """(value, expression) rows, each expression put in `template`'s `{}`; none holds a
        group of its own, so the group that matched names its row."""
        values, branches = [], []
        for n, (value, rx) in enumerate(rows):
            values.append(value)
            branches.append(f"(?P<_{n}>{template.format(_lower_expression(rx))})")
        return cls(re.compile("|".join(branches)), tuple(values))

    def match(self, text: str, pos: int) -> tuple[str, int] | None:
        """(the first matching row's value, where its match ends) at `pos`, else None."""
        m = self.rx.match(_same_length_folded(text), pos)
        return (self.values[int(m.lastgroup[1:])], m.end()) if m and m.lastgroup else None


def _lower_expression(rx: str) -> str:
    """A regular expression's letters lower-cased, its escapes kept ("\\S" is no "\\s")."""
    return re.sub(r"\\.|[^\\]+", lambda m: m[0] if m[0][0] == "\\" else m[0].lower(), rx)


@lru_cache(maxsize=4)  # the text of a sentence, asked at each of its numbers
def _same_length_folded(text: str) -> str:
    """`fold_case(text)`, its offsets those of `text`: the rare letter that lower-cases to
    two ("İ") is kept as written."""
    folded = fold_case(text)
    if len(folded) == len(text):
        return folded
    return "".join(fold_case(c) if len(fold_case(c)) == 1 else c for c in text)


@lru_cache(maxsize=1)
def _currencies() -> _FirstOf:
    """Currency name patterns from currencies.tsv, qualified names first."""
    rows = ((code, rx) for code, rx in load_rows(CURRENCIES))
    return _FirstOf.of(rows, "[ \u00a0]*(?:{})")


# Words whose number value is kept: `_may_start` asks for every word of a text (82,000 calls
# in 400 NEREL documents), and a miss is a parse (~30 µs). At `CACHE_ENTRIES` they missed
# 44,900 times against 33,700 at 4,096, ~1-2 % of a build's CPU, for ~0.4 MB less memory;
# 2,048 is between (h-perf79: 4,096 entries held 0.66 MB at the end of a 400-document build's
# documents, where it peaks, against 0.26 MB at 10).
WORD_VALUES_KEPT = 2_048


@lru_cache(maxsize=WORD_VALUES_KEPT)
def _word_value(word: str) -> Decimal | None:
    """Value of a cardinal number word in any case ("семисот" -> 700), else None."""
    word = word.lower()
    if not morph().may_read_as(word, _numeral_forms()):
        return None  # most words: each parse also evicted a word the lemmatizer parses again
    # The likeliest reading: "семью" is a family.
    lemma = morph().normal_form(word)
    return Decimal(WORD_VALUES[lemma]) if lemma in WORD_VALUES else None


@cache
def _numeral_forms() -> frozenset[str]:
    return morph().paradigm_forms(WORD_VALUES)


@lru_cache(maxsize=CACHE_ENTRIES)
def _parse(word: str) -> tuple[str, str]:
    """(POS, normal form) of the likeliest reading of a word; an unknown hyphenated noun's
    from its parts ("две дочери-близнеца" count "дочь-близнец")."""
    p = morph().parse(word.lower())[0]
    compound = morph().compound_lemma(word.lower())
    if compound or p.tag.POS != "NOUN" or p.tag.case not in OC_CASE:
        return str(p.tag.POS or ""), compound or p.normal_form
    # of two lemmas ranked alike, `Morph.lemma`'s choice ("статей": статья, not стать)
    return "NOUN", morph().lemma(word.lower(), "NOUN", OC_CASE[p.tag.case])


def _plain(d: Decimal) -> Decimal:
    """A decimal without exponent or trailing zeros: 24.5e9 -> 24500000000."""
    if d == d.to_integral_value():
        return d.quantize(Decimal(1))
    return d.normalize()


def _digits_value(raw: str) -> Decimal:
    """Digits to Decimal; Russian writes "1 200,5" with spaced thousands and a decimal comma."""
    return Decimal(re.sub(rf"[{_SP}]", "", raw).replace(",", "."))


def _scales(text: str, pos: int) -> tuple[int, int]:
    """Multiplier of the scale words at `pos` ("млн", "тысяч") and where they end."""
    m = _SCALE_RE.match(text, pos)
    if not m:
        return 1, pos
    return _SCALE_VALUES[m.lastgroup or "k"], m.end()


@dataclass
class _Read:
    """A number as read, before deciding what it counts."""

    value: Decimal
    end: int
    words: list[str]  # the number words read, empty for digits
    scaled: bool
    bare_scale: bool  # a scale word with no number before it ("тысячи", "миллион")


def _read_words(text: str, pos: int) -> _Read | None:
    """A number written in words ("двадцати пяти тысяч"), summed group by group."""
    total = current = Decimal(0)
    last = Decimal(0)
    words: list[str] = []
    end = pos
    scaled = False
    last_scale = 0
    while True:
        m = _WORD_AT.match(text, end)
        if not m:
            break
        scale, after = _scales(text, end)
        if scale > 1:
            if not current and total and scale > last_scale:
                total *= scale  # "сотни тысяч": a scale of a scale
            else:
                total += (current or 1) * scale
            current, last, scaled, last_scale = Decimal(0), Decimal(0), True, scale
            words.append(m[1])
            end = after
            continue
        half = _HALF.match(text, end) if current and not current % 1 else None
        if half is not None:  # "два с половиной миллиарда": 2.5 of the scale after it
            current, last, end = current + Decimal("0.5"), Decimal("0.5"), half.end()
            words.append(half[0].strip())
            continue
        v = _word_value(m[1])
        if v is None or not _follows(last, v):
            break
        current += v
        last = v
        words.append(m[1])
        end = m.end()
    if not words:
        return None
    bare = scaled and _word_value(words[0]) is None
    return _Read(total + current, end, words, scaled, bare)


def _follows(last: Decimal, v: Decimal) -> bool:
    """Whether number word `v` can continue a number ending in `last` ("сто двадцать пять")."""
    if not last:
        return True
    if last >= 100 and last % 100 == 0:
        return v < 100
    return 20 <= last < 100 and last % 10 == 0 and v < 10 and v == v.to_integral_value()


def _read(text: str, pos: int) -> _Read | None:
    """A number starting exactly at `pos`: digits or words, with any scale words."""
    english = _english_thousands(text, pos)
    if english is not None:
        return english
    m = _DIGITS_AT.match(text, pos)
    if m and sum(c.isdigit() for c in m[0]) > _MAX_DIGITS:
        return None  # an identifier, not a quantity
    if m:
        digits = _digits_value(m[0])
        half = _HALF.match(text, m.end()) if not digits % 1 else None
        if half is not None:  # "2 с половиной года"
            digits += Decimal("0.5")
        scale, end = _scales(text, half.end() if half else m.end())
        value = digits * scale
        while scale > 1 and (more := _CHAINED.match(text, end)):
            smaller, after = _scales(text, more.end())
            if not 1 < smaller < scale:
                break
            value, scale, end = value + _digits_value(more[1]) * smaller, smaller, after
        units = _UNITS_AFTER.match(text, end) if scale == 1000 else None
        if units is not None and _scales(text, units.end())[0] == 1:
            value, end = value + int(units[1]), units.end()
        return _Read(value, end, [], end != m.end(), False)
    return _read_words(text, pos)


def _english_thousands(text: str, pos: int) -> _Read | None:
    """Digits an English comma groups in thousands: two groups or more ("1,200,000"; a
    decimal comma comes once), or one after a currency sign with no scale word ("$635,000",
    while "$1,5 млн" and "3,500 млн" keep their Russian decimal comma)."""
    m = _COMMA_THOUSANDS.match(text, pos)
    if m is None:
        return None
    signed = _SIGN_BEFORE.search(text, max(0, pos - 2), pos) is not None
    if m["groups"].count(",") < 2 and not (signed and _scales(text, m.end())[0] == 1):
        return None
    return _Read(Decimal(m[0].replace(",", "")), m.end(), [], False, False)


def parse_number(text: str) -> Decimal | None:
    """Value of a number written in digits or words ("1 200,5", "полтора", "1,2 млн")."""
    s = text.strip()
    try:
        r = _read(s, 0)
    except InvalidOperation:
        return None
    if r is None or r.end != len(s):
        return None
    return _plain(r.value)


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
    for rx, kind, needs in _SPECIAL:
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
    for m in _scan(_COMPOUND_WORD, text, lower, _COMPOUND_SUFFIXES):
        if not any(taken[m.start() : m.end()]):
            kind = "age" if m["s"].lower() == "летн" else "attribute"
            claim(Quantity(m.start(), m.end(), m[0], _compound_value(m["n"]), "", "eq", kind))
    for m in _TOKEN.finditer(text):
        if taken[m.start()] or not _may_start(text, m):
            continue
        for q in _outside_dates(_quantities_at(text, m.start()), taken):
            if not any(taken[q.start : q.end]):
                claim(q)
    found = _share_units(text, sorted(out, key=lambda q: (q.start, q.end)))
    return _join_parts(text, _share_hedges(text, found))


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
    for m in _scan(_MULT_WORD, text, lower, _MULT_NEEDS):
        key = (m["adv"] or m["verb"] or m["adj"]).lower()
        out.append(
            _finish(text, m.start(), m.end(), Decimal(_MULT_VALUES[key]), "", "change", True)
        )
    for m in _scan(_TIMES_WORD, text, lower, tuple(_TIMES_VALUES)):
        value = Decimal(_TIMES_VALUES[m["n"].lower()])
        out.append(_finish(text, m.start(), m.end(), value, "раз", "amount"))
    return out


def _may_start(text: str, m: re.Match[str]) -> bool:
    """Whether `_quantities_at` may read a number at a token: digits, or a scale or number
    word (`_read_words` reads no other word). Most tokens are other words, and reading each
    to find nothing cost ~8 % of the claims kind."""
    word = m["word"]
    return not word or bool(_SCALE_RE.match(text, m.start())) or _word_value(word) is not None


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
    return sum((_word_value(p) or Decimal(1) for p in parts), Decimal(0))


def _share_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """The first of two coordinated numbers takes the second's unit ("на 20 и 10 лет"); a
    factor has none to take ("выросло в 2,5 раза до 1,2 млн человек" is no 2,5 млн человек)."""
    out = list(found)
    for i, (a, b) in enumerate(zip(found, found[1:], strict=False)):
        loose = not a.multiplier and (
            a.kind in CLAIM_KINDS or (a.kind == "year" and a.text.isdigit())
        )
        gap = _UNIT_GAP.fullmatch(text[a.end : b.start])
        sign = _signed_range(a, b) if gap and gap["to"] else None
        if (a.unit and sign is None) or not b.unit or not loose or b.kind not in CLAIM_KINDS:
            continue
        if not gap:
            continue
        value = a.value
        a_text = a.text[sign:] if sign is not None else a.text
        a_raw, b_raw = _DIGITS_AT.fullmatch(a_text), _DIGITS_AT.search(b.text)
        scale = _SCALE_RE.search(b.text)
        if a_raw and b_raw and not b.multiplier:
            value = _plain(value * b.value / _digits_value(b_raw[0]))
        elif not a_raw and scale and scale.start() and not _SCALE_RE.search(a.text):
            value = _plain(value * _SCALE_VALUES[scale.lastgroup or ""])  # "от двух до пяти тысяч"
        comparator = a.comparator
        if gap["to"] and _FROM_BEFORE.search(text[max(0, a.start - 10) : a.start]):
            comparator = "ge"
            out[i + 1] = replace(b, comparator="le" if b.comparator == "eq" else b.comparator)
        out[i] = replace(a, value=value, unit=b.unit, kind=b.kind, comparator=comparator)
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


def comparator_before(text: str, start: int) -> tuple[str, int]:
    """The comparator told before a number at `start` ("около", "более чем"), "eq" for none,
    and where its words begin."""
    head = text[max(0, start - 60) : start]
    m = _COMPARATOR_BEFORE.search(head)
    if m is None:
        return "eq", start
    return m.lastgroup or "eq", start - len(head) + m.start()


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
        out[-1] = replace(a, end=q.end, text=text[a.start : q.end], value=_plain(value), unit=unit)
    return out


def _quantities_at(text: str, start: int) -> list[Quantity]:
    """The quantity (two for a range "10–15%") whose number starts at `start`."""
    try:
        r = _read(text, start)
    except InvalidOperation:
        return []
    if r is None:
        return []
    if r.words:
        if not _valid_words(text, start, r):
            return []
        part = _PART_BEFORE.search(text, max(0, start - 16), start) if r.bare_scale else None
        if part is not None:  # "более чем половиной миллиарда": half of the scale
            start, r = part.start(), replace(r, value=r.value * _PARTS[part[1][:4].lower()])
        q = _classify(text, start, r)
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
    special = _compound(text, start, r)
    if special:
        return [special]
    rng = _RANGE.match(text, r.end)
    lead = _SIGN_BEFORE.search(text, max(0, start - 2), start)
    if rng and (not r.scaled or rng["s"] or _scaled_end(text, rng)) and _range_sign(lead, rng):
        years = _year_range(text, start, r, rng.end())
        if years:
            return years
        if _dated_item(text, start, r, rng):
            return [_classify(text, start, r)]  # "в 2024 — 8–10 тысяч": a year, then its figure
        second = _quantities_at(text, rng.end())
        loose_dash = "—" in rng[0]  # also a sentence dash: only with a unit after it
        if second and lead and not second[-1].unit:  # "$2–3 млрд": the sign is both ends'
            second = [*second[:-1], replace(second[-1], unit=_SIGNS[lead["s"]])]
        if second and second[-1].kind in CLAIM_KINDS and (second[-1].unit or not loose_dash):
            q2 = second[-1]
            if q2.kind == "amount" and _is_change(text, start, q2.unit):
                q2 = replace(q2, kind="change")  # "вырастет на 6-8 %": "на" is before the first
            q2 = _ranged_multiplier(text, start, q2)
            first = _DIGITS_AT.match(text, rng.end())
            first_raw = _digits_value(first[0]) if first else None
            own = q2.multiplier or r.scaled  # "$2 млрд–$3 млрд": the low end's own scale
            factor = q2.value / first_raw if first_raw and not own else Decimal(1)
            begin = lead.start() if lead else start
            q1 = Quantity(begin, r.end, text[begin : r.end], _plain(r.value * factor), q2.unit,
                          "ge", q2.kind, q2.multiplier)  # fmt: skip
            return [q1, replace(q2, comparator="le" if q2.comparator == "eq" else q2.comparator)]
    return [_classify(text, start, r)]


def _ranged_multiplier(text: str, start: int, q2: Quantity) -> Quantity:
    """The high end of "в 3-4 раза" is a multiplier as "в 4 раза" is: the "в" stands before
    the low end only, so the high end alone reads as a count of times."""
    if (
        q2.kind != "amount"
        or q2.unit != "раз"
        or not _V_BEFORE.search(text, max(0, start - 40), start)
    ):
        return q2
    return replace(q2, unit="", kind="change", multiplier=True)


def _scaled_end(text: str, rng: re.Match[str]) -> bool:
    """A dash between two ends each with its own scale ("2 млрд–3 млрд долларов") joins a
    range with no sign too; a spaced em dash there is rather a sentence's ("2 млн — 3 млн из
    них")."""
    second = _read(text, rng.end())
    return second is not None and second.scaled and not (rng[0][0] in _SP and "—" in rng[0])


def _range_sign(lead: re.Match[str] | None, rng: re.Match[str]) -> bool:
    """Whether a dash is a range's as far as currency signs tell: a sign after the dash only
    where the same sign stands before the first end ("€10–€15 млн"; "5–€10" is no range),
    and the dash no sentence dash ("$5 млн — $3 млн из них")."""
    if not rng["s"]:
        return True
    spaced = rng[0][0] in _SP and "—" in rng[0]
    return lead is not None and lead["s"] == rng["s"][0] and not spaced


# a preposition of time before a year ("в 2024 — …")
_TIME_PREPOSITION = re.compile(rf"(?:^|[\s(])(?:в|во|к|с|до|по|за)[{_SP}]+$", re.IGNORECASE)


def _dated_item(text: str, start: int, r: _Read, rng: re.Match[str]) -> bool:
    """A year after a preposition of time and a spaced dash: an item of a list by years ("в
    2023 году — 5 тысяч, в 2024 — 8–10 тысяч"), whose figure follows the dash; the year is
    no low end of a range ("с 2024 — 2030" has no space-less dash, "1900–2000 долларов" no
    preposition)."""
    spaced = "—" in rng[0] and rng[0][:1].isspace()
    if not spaced or r.words or r.scaled or not _is_year(text[start : r.end], r.value):
        return False
    return _TIME_PREPOSITION.search(text, max(0, start - 6), start) is not None


def _year_range(text: str, start: int, r: _Read, second: int) -> list[Quantity]:
    """A span of years ("сезон 2013-2014", "в 1990–1995 годах"): two years, not a range
    of a count of the noun after it; [] for any other range."""
    m = _DIGITS_AT.match(text, second)
    if m is None or not _is_year(text[start : r.end], r.value) or not _is_year(m[0], Decimal(m[0])):
        return []
    if not 0 < int(m[0]) - r.value <= 10 or _unit_after(text, m.end())[0]:
        return []  # "1900–2000 долларов" is money
    raw = text[start : r.end]
    return [Quantity(start, r.end, raw, r.value, "", "eq", "year"),
            Quantity(m.start(), m.end(), m[0], Decimal(m[0]), "", "eq", "year")]  # fmt: skip


def _valid_words(text: str, start: int, r: _Read) -> bool:
    """Drop number words that are not quantities: lone "один", plural "тысячи людей"."""
    if r.bare_scale:
        word = r.words[0].lower()
        parses = [p for p in morph().parse(word) if p.normal_form in _SCALE_LEMMAS]
        if not parses:
            return False  # "млн" alone is an abbreviation, not "one million"
        singular = all("sing" in p.tag for p in parses)
        return singular or bool(_COMPARATOR_BEFORE.search(text[max(0, start - 40) : start]))
    if len(r.words) == 1 and _parse(r.words[0])[1] == "один":
        return bool(_unit_after(text, r.end)[0])
    return True


def _compound(text: str, start: int, r: _Read) -> Quantity | None:
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
        return _finish(text, start, end, r.value, "percent", "amount")
    elif suffix.startswith("кратн"):
        return _finish(text, start, end, r.value, "", "change", True)
    elif suffix in _ORDINAL_ENDINGS:
        kind = "year" if _is_year(text[start : r.end], r.value) else "ordinal"
    else:
        kind = "attribute"
    return Quantity(start, end, text[start:end], _plain(r.value), "", "eq", kind)


def _is_year(raw: str, value: Decimal) -> bool:
    """A plain four-digit number in the years news talk about."""
    return bool(re.fullmatch(r"\d{4}", raw)) and 1800 <= value <= 2100


def _unit_after(text: str, pos: int) -> tuple[str, int]:
    """Currency or percent right after `pos`: (unit, end), or ("", pos)."""
    m = _PERCENT.match(text, pos)
    if m:
        return "percent", m.end()
    m = _SIGN_AFTER.match(text, pos)
    if m:
        return _SIGNS[m["s"]], m.end()
    m = _CODE_AFTER.match(text, pos)
    if m:
        return m["c"], m.end()
    return _currencies().match(text, pos) or ("", pos)


@lru_cache(maxsize=1)
def _abbreviations() -> _FirstOf:
    """Written units ("кв. км", "м²") from measure_abbreviations.tsv."""
    rows = ((unit, rx) for rx, unit in load_rows(MEASURE_ABBREVIATIONS))
    return _FirstOf.of(rows, "[ \u00a0]*(?:{})(?![а-яёa-z])")


# words between a number and what it counts: "80 [его] сторонников", "две [подряд] победы"
_BETWEEN = {"его", "её", "ее", "их", "подряд"}
_AND = {"и", "или"}  # "чилийских и перуанских компаний": adjectives the noun after shares
_DIMENSIONS = {"квадратный", "кубический"}  # "квадратных километров": the unit is both words


def _counted(text: str, pos: int) -> tuple[str, int]:
    """Lemma of the counted noun after a number, skipping adjectives ("170 совместных
    проектов"), possessives ("80 его сторонников") and "подряд" ("двух подряд неудачных
    попыток"); a written unit of area or volume
    ("29,8 тыс. кв. км", "квадратных километров") is "квадратный километр"."""
    if written := _abbreviations().match(text, pos):
        return written
    end, dimension, attribute, attribute_word = pos, "", False, ""
    for _ in range(6):
        m = _COUNTED_AT.match(text, end)
        if not m or not m[1].islower():
            break
        if attribute and m[1] in _AND:  # "120 чилийских [и] перуанских компаний"
            end, attribute = m.end(), False
            continue
        pos_tag, lemma = _parse(m[1])
        if pos_tag == "NOUN" and _attribute_of_next(text, m):
            pos_tag = "ADJF"  # "2 рабочие группы": an attribute of the noun after it
        if pos_tag == "NOUN" and attribute_word and _complement_of(attribute_word, text, m):
            end = m.end()  # "двух больных [туберкулёзом] верблюдов": the adjective's object
            continue
        if pos_tag == "NOUN" and lemma == "гол" and _genitive_next(text, m.end()):
            return "голова", m.end()  # "650 тыс. голов свиней": heads of livestock, no goals
        if pos_tag == "NOUN":
            return (f"{dimension} {lemma}" if dimension else lemma), m.end()
        if pos_tag == "ADJF" and (shared := _noun_of_next_count(text, m)):
            return shared, m.end()  # "200 [чилийских] и 150 перуанских туристов"
        coordinated = pos_tag in {"ADJF", "PRTF"} and _coordinated_attribute(text, m)
        if pos_tag == "ADJF" and _substantive(text, m) and not coordinated:
            return lemma, m.end()  # "300 военных", "десять пострадавших"
        if pos_tag not in {"ADJF", "PRTF"} and m[1].lower() not in _BETWEEN:
            break
        dimension = lemma if lemma in _DIMENSIONS else ""
        end, attribute = m.end(), coordinated
        attribute_word = m[1] if pos_tag in {"ADJF", "PRTF"} else ""
    return "", pos


def _complement_of(attribute: str, text: str, m: re.Match[str]) -> bool:
    """A noun only in the instrumental after a count's adjective or participle that it does
    not agree with, when the next word is a noun the attribute does agree with: "двух
    больных [туберкулёзом] верблюдов", "20 вооружённых [автоматами] боевиков" count the
    camels and the fighters, also past adjectives of the noun ("трёх раненных осколками
    египетских солдат"); "двумя больными верблюдами" (the attribute's own case) is none."""
    word = m[1].lower()
    if (
        morph().can_be(word, "gent")
        or morph().can_be(word, "nomn")
        or not morph().can_be(word, "ablt")
    ):
        return False
    if _agrees(attribute, word):
        return False
    nxt = _COUNTED_AT.match(text, m.end())
    for _ in range(3):  # "трёх раненных осколками [египетских] солдат": past its adjectives
        if nxt is None or not nxt[1].islower() or not _agrees(attribute, nxt[1], "ADJF"):
            break
        nxt = _COUNTED_AT.match(text, nxt.end())
    return nxt is not None and nxt[1].islower() and _agrees(attribute, nxt[1])


def _agrees(attribute: str, noun: str, tag: str = "NOUN") -> bool:
    """Whether an adjective or participle reading of `attribute` agrees in case and number
    with a noun reading of `noun` (or a reading tagged `tag`: another adjective of it)."""
    forms = {
        (p.tag.case, p.tag.number)
        for p in morph().parse(attribute.lower())
        if p.tag.POS in ("ADJF", "PRTF")
    }
    nouns = [p for p in morph().parse(noun.lower()) if tag == p.tag.POS]
    return any((p.tag.case, p.tag.number) in forms for p in nouns)


def _coordinated_attribute(text: str, m: re.Match[str]) -> bool:
    """An adjective joined by "и"/"или" to others before the noun they all qualify: "120
    [чилийских] и перуанских компаний", "300 эстонских и латвийских студентов" count the
    companies and the students; "300 военных и полицейских" with no noun after are two
    kinds of people, the first one counted."""
    nxt = _COUNTED_AT.match(text, m.end())
    if nxt is None or nxt[1] not in _AND:
        return False
    pos, adjectives = nxt.end(), 0
    for _ in range(3):
        word = _COUNTED_AT.match(text, pos)
        if word is None or not word[1].islower():
            return False
        tag = _parse(word[1])[0]
        if tag == "NOUN":
            return adjectives > 0 and not _attribute_of_next(text, word)
        if tag not in {"ADJF", "PRTF"}:
            return False
        adjectives, pos = adjectives + 1, word.end()
    return False


# "и 150 перуанских туристов": a second count after "и"/"или", its digits and scale word
_NEXT_COUNT = re.compile(
    r"[ \t\u00a0]+(?:и|или)[ \t\u00a0]+\d[\d \u00a0]*(?:[,.]\d+)?"
    r"(?:[ \t\u00a0]*(?:тысяч[аи]?|тыс\.?|млн\.?|миллион(?:а|ов)?))?",  # longest first
    re.IGNORECASE,
)


def _noun_of_next_count(text: str, m: re.Match[str]) -> str:
    """The noun a count's adjective shares with the next count joined by "и": "200
    [чилийских] и 150 перуанских туристов" counts tourists, each of its own state; the
    second count's words must be adjectives before that noun ("300 военных и 150
    полицейских" stay two kinds of people, "5 новых и 3 завода" no shared noun)."""
    gap = _NEXT_COUNT.match(text, m.end())
    if gap is None:
        return ""
    pos, adjectives = gap.end(), 0
    for _ in range(4):
        word = _COUNTED_AT.match(text, pos)
        if word is None or not word[1].islower():
            return ""
        tag, lemma = _parse(word[1])
        if tag == "NOUN":
            agree = adjectives > 0 and not _attribute_of_next(text, word)
            return lemma if agree and morph().qualifies(m[1], word[1]) else ""
        if tag != "ADJF":
            return ""
        adjectives, pos = adjectives + 1, word.end()
    return ""


def _genitive_next(text: str, pos: int) -> bool:
    """Whether the noun after `pos`, past its lower-case adjectives, is a genitive of
    livestock: an animate noun or "скот" ("голов скота", "голов крупного рогатого скота",
    "голов свиней"; not "голов в ворота", "голов национальной команды")."""
    for _ in range(4):
        nxt = _COUNTED_AT.match(text, pos)
        if nxt is None or not nxt[1].islower():
            return False
        parses = morph().parse(nxt[1])
        if parses[0].tag.POS == "ADJF":  # the likeliest reading: "в" is no adjective
            pos = nxt.end()
            continue
        return parses[0].tag.POS == "NOUN" and any(
            p.tag.POS == "NOUN"
            and p.tag.case == "gent"
            and ("anim" in p.tag or p.normal_form == "скот")
            for p in parses
        )
    return False


def _attribute_of_next(text: str, m: re.Match[str]) -> bool:
    """A word read as a noun that is an adjective agreeing with the noun after it: "2
    совместные рабочие группы" count groups, not workers ("5 рабочих завода" count workers)."""
    nxt = _COUNTED_AT.match(text, m.end())
    return nxt is not None and nxt[1].islower() and morph().qualifies(m[1], nxt[1])


_SCALE_END = re.compile(r"(?:тыс|млн|млрд|трлн|тысяч[аи]?|миллион(?:а|ов)?|миллиард(?:а|ов)?)\.?$")


def _not_genitive(words: str) -> bool:
    """A noun after a scale word that no reading makes a genitive: "60 млн страна получала"
    counts no country; "60 млн стран", "2 млн тонн", "17,363 тыс. кв. км" count theirs."""
    noun = words.split()[-1] if words.split() else ""
    known = noun.isalpha() and morph().can_be(noun, "nomn")  # no written unit ("кв. км")
    return known and not morph().can_be(noun, "gent")


def _uncounted(words: str, value: Decimal) -> bool:
    """A noun no number counts in its form: "1983" counts "мужа" or "мужей", so "В 1983 её
    муж …" is a year with the clause's subject after it; only one ending in 1 takes a
    nominative singular."""
    noun = words.split()[-1] if words.split() else ""
    if not noun or (value % 10 == 1 and value % 100 != 11):
        return False
    return not morph().can_be(noun, "plur") and not morph().can_be(noun, "gent")


def _substantive(text: str, m: re.Match[str]) -> bool:
    """An adjective counted as a noun: plural genitive and no noun after it ("300 военных.",
    "15 раненых, 2 погибших"), unlike "300 военных советников" and an ordinal ("две первых
    24 секунды")."""
    if not morph().can_be(m[1], "gent") or not morph().can_be(m[1], "plur"):
        return False
    if "Anum" in morph().parse(m[1])[0].tag:
        return False
    nxt = _COUNTED_AT.match(text, m.end())
    return nxt is None or not nxt[1].islower() or _parse(nxt[1])[0] not in {"NOUN", "ADJF", "PRTF"}


def _classify(text: str, start: int, r: _Read) -> Quantity:
    """Unit, kind and span of the number read at `start`, looking at the words around it."""
    before = text[max(0, start - 40) : start]
    raw = text[start : r.end]
    if not r.words and (_REFERENCE_BEFORE.search(before) or _NAME_BEFORE.search(before)):
        return Quantity(start, r.end, raw, _plain(r.value), "", "eq", "reference")
    end, value = r.end, r.value
    minus = _MINUS_BEFORE.search(before)
    if minus:
        start, value = start - len(minus[0]), -value
    extra = _EXTRA.match(text, end)
    if extra:
        end = extra.end()
    v = _V_BEFORE.search(before)
    if v and (times := _TIMES.match(text, end)):
        q = _finish(text, start - len(v[0]), times.end(), r.value, "", "change", True)
        return replace(q, comparator="gt") if extra and q.comparator == "eq" else q
    unit, unit_end = _unit_after(text, end)
    sign = _SIGN_BEFORE.search(before)
    if not unit and sign:
        unit, start = _SIGNS[sign["s"]], start - len(sign[0])
    if not unit:
        unit, unit_end = _counted(text, end)
        if unit and _SCALE_END.search(raw) and _not_genitive(text[end:unit_end]):
            unit, unit_end = "", end  # "40–60 млн [страна] получала": the clause's subject
    if unit in _DAY_PARTS or (
        unit == "час" and r.value <= 24 and (v or _OF_DAY.match(text, unit_end))
    ):
        return Quantity(start, unit_end, text[start:unit_end], _plain(r.value), unit, "eq", "time")
    if _aged(before, text, unit, unit_end):
        end = unit_end if unit == "год" else end  # "лет 20 [восточной внешности]"
        return Quantity(start, end, text[start:end], _plain(r.value), "год", "eq", "age")
    if (not unit or unit == "год" or _uncounted(text[end:unit_end], r.value)) and (
        not r.scaled and _is_year(raw, r.value)
    ):
        return Quantity(start, r.end, raw, _plain(r.value), "", "eq", "year")
    q = _finish(text, start, max(unit_end, end), value, unit, "amount")
    return replace(q, comparator="gt") if extra and q.comparator == "eq" else q


def _aged(before: str, text: str, unit: str, unit_end: int) -> bool:
    """An age: "в возрасте 70 лет", "на 75 году жизни", a person's "лет 20" ("мужчина лет
    20"), unlike "лет 10 назад"."""
    if unit == "год" and (_AGE_BEFORE.search(before) or _AGE_AFTER.match(text, unit_end)):
        return True
    inverted = _INVERTED_YEARS.search(before)
    return inverted is not None and animate_word(inverted[1])


def _finish(
    text: str, start: int, end: int, value: Decimal, unit: str, kind: str, multiplier: bool = False
) -> Quantity:
    """Attach the comparator before the number and decide amount vs change."""
    comparator, span_start = comparator_before(text, start)
    if kind == "amount" and (_is_change(text, start, unit) or _fronted_change(text, start, end)):
        kind = "change"
    q = Quantity(span_start, end, text[span_start:end], _plain(value), unit, comparator, kind)
    return replace(q, multiplier=multiplier) if multiplier else q


def is_currency(unit: str) -> bool:
    """A sum of money's unit: every currency reads as its ISO 4217 code ("USD", "NOK")."""
    return _CURRENCY_CODE.fullmatch(unit) is not None


def names_currency(word: str) -> bool:
    """A word that is a currency's name by itself ("долларов", "евро"): the unit of a sum the
    parser split from its number, no thing the sum belongs to."""
    found = _currencies().match(word, 0)
    return found is not None and found[1] == len(word)


def scaled(q: Quantity) -> bool:
    """A figure told with a scale word ("45 тыс. человек", "5,1 млн туристов"): a total that
    statistics give for a stretch of time, not a count one actor piles up."""
    return _SCALE_RE.search(q.text) is not None


def scale_of(q: Quantity) -> int:
    """The multiplier of the scale word a figure is told with ("12 млн" → 10**6), 1 for none."""
    m = _SCALE_RE.search(q.text)
    return 1 if m is None else _SCALE_VALUES[m.lastgroup or "k"]


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


def _is_change(text: str, start: int, unit: str) -> bool:
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
