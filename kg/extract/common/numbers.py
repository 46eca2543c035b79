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

This module keeps `Quantity` and reads a number's value (`parse_number`, digits and words,
scale words: `scaled`, `scale_of`); since the forty-fifth pass (h-split49) `quantities`
finds the numbers of a text (`find_quantities`), `number_kinds` says what each is and its
comparator, `number_units` what it counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache

from kg.extract.common.dates import MONTH_RE, fold_case
from kg.extract.common.number_words import WORD_VALUES
from kg.memory import CACHE_ENTRIES
from kg.nlp.morph import OC_CASE, morph


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

SCALE_RE = re.compile(
    r"\s*(?:(?P<k>тыс\.|тыс|тысяч(?:а|и|у|ей|ею|е|ам|ами|ах)?)|(?P<m>млн\.?|миллион(?:{0})?)"
    r"|(?P<b>млрд\.?|миллиард(?:{0})?)|(?P<t>трлн\.?|триллион(?:{0})?)"
    r"|(?P<ten>десят(?:ок|к(?:{0}|и|у)))|(?P<hun>сот(?:ня|ни|не|ню|ней|ен|н[яе]м|нями|нях))"
    r"|(?P<doz>дюжин(?:{0}|ой)?))(?![а-яё])".format("а|у|ом|е|ы|ов|ам|ами|ах"),
    re.IGNORECASE,
)
SCALE_VALUES = {"k": 10**3, "m": 10**6, "b": 10**9, "t": 10**12, "ten": 10, "hun": 100, "doz": 12}
SP = " \u00a0\u202f\u2009"
DIGITS = rf"\d{{1,3}}(?:[{SP}]\d{{3}})+(?:,\d+)?(?!\d)|\d+(?:[.,]\d+)?"
DIGITS_AT = re.compile(rf"(?:{DIGITS})(?![.,]?\d)")
# "$635,000", "1,200,000": thousands an English comma groups (`_english_thousands`)
_COMMA_THOUSANDS = re.compile(r"\d{1,3}(?P<groups>(?:,\d{3})+)(?![.,]?\d)")
_MAX_DIGITS = 16  # with a trillion scale still within Decimal's 28 digits
_CHAINED = re.compile(rf"[{SP}]+({DIGITS})")
# "23 тысячи 226 дней": the units after a count of thousands, up to three digits that no
# hyphen, decimal, digit, scale word or month goes on ("15 тысяч 1 мая" is a date)
_UNITS_AFTER = re.compile(
    rf"[{SP}]+(\d{{1,3}})(?![\d\-–—]|[.,]\d)(?![{SP}]+(?:\d|{MONTH_RE}))",
    re.IGNORECASE,
)
_HALF = re.compile(r"[ \t\u00a0]+с[ \t\u00a0]+половиной(?![а-яё])", re.IGNORECASE)
_WORD_AT = re.compile(r"[ \t\u00a0]*([а-яё]+)(?![\w-])", re.IGNORECASE)
SIGNS = {"$": "USD", "€": "EUR", "₽": "RUB", "£": "GBP", "¥": "JPY", "₸": "KZT", "₴": "UAH",
          "₺": "TRY", "₹": "INR", "₩": "KRW"}  # fmt: skip
SIGN_BEFORE = re.compile(rf"(?P<s>[{''.join(SIGNS)}])[{SP}]?$")


@dataclass(frozen=True)
class FirstOf:
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
    def of(cls, rows: Iterable[tuple[str, str]], template: str) -> FirstOf:
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


# Words whose number value is kept: `_may_start` asks for every word of a text (82,000 calls
# in 400 NEREL documents), and a miss is a parse (~30 µs). At `CACHE_ENTRIES` they missed
# 44,900 times against 33,700 at 4,096, ~1-2 % of a build's CPU, for ~0.4 MB less memory;
# 2,048 is between (h-perf79: 4,096 entries held 0.66 MB at the end of a 400-document build's
# documents, where it peaks, against 0.26 MB at 10).
WORD_VALUES_KEPT = 2_048


@lru_cache(maxsize=WORD_VALUES_KEPT)
def word_value(word: str) -> Decimal | None:
    """Value of a cardinal number word in any case ("семисот" -> 700), else None."""
    word = word.lower()
    if not morph().may_read_as(word, _numeral_forms()):
        return None  # most words: each parse also evicted a word the lemmatizer parses again
    # The likeliest reading: "семью" is a family.
    lemma = morph().normal_form(word)
    return Decimal(WORD_VALUES[lemma]) if lemma in WORD_VALUES else None


def whole_count(word: str) -> int:
    """A count in digits or a word ("3", "трёх") as a whole number, 0 for none: a count of
    states or persons ("трёх стран", "3 лидера") is read here, digits too."""
    if word.isdigit():
        return int(word)
    value = word_value(word)
    return int(value) if value is not None and value == int(value) else 0


@cache
def _numeral_forms() -> frozenset[str]:
    return morph().paradigm_forms(WORD_VALUES)


@lru_cache(maxsize=CACHE_ENTRIES)
def likeliest_parse(word: str) -> tuple[str, str]:
    """(POS, normal form) of the likeliest reading of a word; an unknown hyphenated noun's
    from its parts ("две дочери-близнеца" count "дочь-близнец")."""
    p = morph().parse(word.lower())[0]
    compound = morph().compound_lemma(word.lower())
    if compound or p.tag.POS != "NOUN" or p.tag.case not in OC_CASE:
        return str(p.tag.POS or ""), compound or p.normal_form
    # of two lemmas ranked alike, `Morph.lemma`'s choice ("статей": статья, not стать)
    return "NOUN", morph().lemma(word.lower(), "NOUN", OC_CASE[p.tag.case])


def plain_decimal(d: Decimal) -> Decimal:
    """A decimal without exponent or trailing zeros: 24.5e9 -> 24500000000."""
    if d == d.to_integral_value():
        return d.quantize(Decimal(1))
    return d.normalize()


def digits_value(raw: str) -> Decimal:
    """Digits to Decimal; Russian writes "1 200,5" with spaced thousands and a decimal comma."""
    return Decimal(re.sub(rf"[{SP}]", "", raw).replace(",", "."))


def _scales(text: str, pos: int) -> tuple[int, int]:
    """Multiplier of the scale words at `pos` ("млн", "тысяч") and where they end."""
    m = SCALE_RE.match(text, pos)
    if not m:
        return 1, pos
    return SCALE_VALUES[m.lastgroup or "k"], m.end()


@dataclass
class Read:
    """A number as read, before deciding what it counts."""

    value: Decimal
    end: int
    words: list[str]  # the number words read, empty for digits
    scaled: bool
    bare_scale: bool  # a scale word with no number before it ("тысячи", "миллион")


def _read_words(text: str, pos: int) -> Read | None:
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
        v = word_value(m[1])
        if v is None or not _follows(last, v):
            break
        current += v
        last = v
        words.append(m[1])
        end = m.end()
    if not words:
        return None
    bare = scaled and word_value(words[0]) is None
    return Read(total + current, end, words, scaled, bare)


def _follows(last: Decimal, v: Decimal) -> bool:
    """Whether number word `v` can continue a number ending in `last` ("сто двадцать пять")."""
    if not last:
        return True
    if last >= 100 and last % 100 == 0:
        return v < 100
    return 20 <= last < 100 and last % 10 == 0 and v < 10 and v == v.to_integral_value()


def read_number_at(text: str, pos: int) -> Read | None:
    """A number starting exactly at `pos`: digits or words, with any scale words."""
    english = _english_thousands(text, pos)
    if english is not None:
        return english
    m = DIGITS_AT.match(text, pos)
    if m and sum(c.isdigit() for c in m[0]) > _MAX_DIGITS:
        return None  # an identifier, not a quantity
    if m:
        digits = digits_value(m[0])
        half = _HALF.match(text, m.end()) if not digits % 1 else None
        if half is not None:  # "2 с половиной года"
            digits += Decimal("0.5")
        scale, end = _scales(text, half.end() if half else m.end())
        value = digits * scale
        while scale > 1 and (more := _CHAINED.match(text, end)):
            smaller, after = _scales(text, more.end())
            if not 1 < smaller < scale:
                break
            value, scale, end = value + digits_value(more[1]) * smaller, smaller, after
        units = _UNITS_AFTER.match(text, end) if scale == 1000 else None
        if units is not None and _scales(text, units.end())[0] == 1:
            value, end = value + int(units[1]), units.end()
        return Read(value, end, [], end != m.end(), False)
    return _read_words(text, pos)


def _english_thousands(text: str, pos: int) -> Read | None:
    """Digits an English comma groups in thousands: two groups or more ("1,200,000"; a
    decimal comma comes once), or one after a currency sign with no scale word ("$635,000",
    while "$1,5 млн" and "3,500 млн" keep their Russian decimal comma)."""
    m = _COMMA_THOUSANDS.match(text, pos)
    if m is None:
        return None
    signed = SIGN_BEFORE.search(text, max(0, pos - 2), pos) is not None
    if m["groups"].count(",") < 2 and not (signed and _scales(text, m.end())[0] == 1):
        return None
    return Read(Decimal(m[0].replace(",", "")), m.end(), [], False, False)


def parse_number(text: str) -> Decimal | None:
    """Value of a number written in digits or words ("1 200,5", "полтора", "1,2 млн")."""
    s = text.strip()
    try:
        r = read_number_at(s, 0)
    except InvalidOperation:
        return None
    if r is None or r.end != len(s):
        return None
    return plain_decimal(r.value)


def scaled(q: Quantity) -> bool:
    """A figure told with a scale word ("45 тыс. человек", "5,1 млн туристов"): a total that
    statistics give for a stretch of time, not a count one actor piles up."""
    return SCALE_RE.search(q.text) is not None


def scale_of(q: Quantity) -> int:
    """The multiplier of the scale word a figure is told with ("12 млн" → 10**6), 1 for none."""
    m = SCALE_RE.search(q.text)
    return 1 if m is None else SCALE_VALUES[m.lastgroup or "k"]
