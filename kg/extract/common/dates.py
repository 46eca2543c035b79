"""Date mentions in Russian text, resolved to ISO 8601 at the precision the text supports.

Decisions (the contract says dates are never guessed):
- Explicit dates keep their precision: "28 ноября 2022 года" -> "2022-11-28",
  "в марте 2019 года" -> "2019-03", "в 2022 году" -> "2022".
- Anything that needs the document date ("12 июня", "в марте", "вчера",
  "в прошлом году", "во вторник") is `relative=True`; its value is "" when
  `doc_date` is missing or too coarse (a day offset needs a full doc date).
  A year or month named by its shift in another case counts after a word of time
  ("по итогам прошлого года", "за прошлый год", "в первом квартале этого года" -> the
  year), not as an attribute ("событие нынешнего года").
- Day and month without a year take the document's year.
- Weekdays resolve to the latest such day on or before the document date,
  unless the phrase says "следующий/ближайший" or the clause is in the future
  tense ("во вторник состоится"), the event is set for that day ("запланированную на
  пятницу", "намеченная на четверг") or was to be then ("должен был посетить Осло в
  четверг"), then the first one on or after it; a weekday
  with a day date right after it ("в понедельник, 28 апреля") is that date.
- Weeks ("на прошлой неделе") are reported at the coarsest precision that
  contains the whole week: its month, else its year.
- "накануне" followed by a noun phrase is a preposition ("накануне визита")
  and is not a date; standing alone it is the day before the document date, or before the
  one day the sentence before gives where it opens or ends its sentence (`eve_of`); "днём
  ранее" and "за день до этого" are only the day before that one day (or the report's:
  `dating.eve_of_day_before`).
- Decades ("в 1990-х") and year ranges' ends are returned separately (also a bare year
  opening a span to a month: "с 2022 по март 2023 года"); a decade
  has value "" because ISO 8601 dates have no decade precision.
- Numeric ranges of days ("10–12 июня") resolve to the first day.
- A named day of a fixed date told "в …" (`named_days.tsv`: "в День Победы") is that day, as
  its day and month written out would be (sixty-ninth pass, h-places72).
- A season with no year told as past ("прошли осенью") is only its year (`season_year`);
  one a planned event is told for ("пройдёт осенью", "зимой"), the year of the season ahead
  (`season_ahead`; a winter's, that of its January and February).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from calendar import monthrange
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from kg.extract.common.number_words import count_forms
from kg.lexicon import load_dict
from kg.nlp.morph import morph

ORDINAL_DAYS = Path(__file__).with_name("ordinal_days.tsv")
RELATIVE_SHIFTS = Path(__file__).with_name("relative_shifts.tsv")
NAMED_DAYS = Path(__file__).with_name("named_days.tsv")


@dataclass(frozen=True)
class DateMention:
    """A stretch of text naming a date, and its ISO value ("" when unresolved)."""

    start: int
    end: int
    text: str
    value: str
    relative: bool
    # a day or month written without its year, which took the document's: the clause's
    # tense may say it is the next or the last one ("посетит Каир в феврале" in November)
    yearless: bool = False


_MONTHS = (
    r"январ(?:ь|я|е|ю|ём|ем)",
    r"феврал(?:ь|я|е|ю|ём|ем)",
    r"март(?:а|е|у|ом)?",
    r"апрел(?:ь|я|е|ю|ем)",
    r"ма(?:й|я|е|ю|ем)",
    r"июн(?:ь|я|е|ю|ем)",
    r"июл(?:ь|я|е|ю|ем)",
    r"август(?:а|е|у|ом)?",
    r"сентябр(?:ь|я|е|ю|ём|ем)",
    r"октябр(?:ь|я|е|ю|ём|ем)",
    r"ноябр(?:ь|я|е|ю|ём|ем)",
    r"декабр(?:ь|я|е|ю|ём|ем)",
)
_MONTH_ABBR = (
    "янв",
    "февр?",
    "мар",
    "апр",
    "мая",
    "июн",
    "июл",
    "авг",
    "сент?",
    "окт",
    "нояб?",
    "дек",
)
_B = r"(?![а-яёa-z0-9])"
_A = r"(?<![а-яёa-z0-9])"
MONTH_RE = "(?:" + "|".join(f"(?P<m{i + 1}>{m})" for i, m in enumerate(_MONTHS)) + ")" + _B
_MONTH_ANY = (
    "(?:"
    + "|".join(
        f"(?P<m{i + 1}>{m}{_B}|{a}\\.)"
        for i, (m, a) in enumerate(zip(_MONTHS, _MONTH_ABBR, strict=True))
    )
    + ")"
)
_YEAR_WORD = r"(?:гг\.|г\.|(?:годами|годах|годам|годов|годом|годы|года|году|год|гг|г)(?![а-яё]))"
_ORD_DAYS = {k: int(v) for k, v in load_dict(ORDINAL_DAYS).items()}
# An ordinal's word is the whole run of letters, ending in one of these, before the space
# that parts it from the month: read possessively and its ending checked behind it, a word
# is read once, not once more for each of its letters the ending might start at (the scan
# of every word of a text for these ran 1.7× longer; the same matches).
_ORD_ENDINGS = ("ого", "ое", "ом", "ый", "ой", "ий", "ье", "ьего", "ьем")
_ORD_WORD = (
    r"(?:(?P<tens>двадцать|тридцать)\s+)?"
    rf"(?P<ord>[а-яё]++(?:{'|'.join(f'(?<=[а-яё]{e})' for e in _ORD_ENDINGS)}))"
)


def _unless_after(before: str, first: str) -> str:
    """One character of the class `first`, not right after one of the class `before`: the
    lookbehind `(?<!before)first`, written after that character and looking back over it.
    A pattern that opens with a lookbehind is tried at every position of a text; one that
    opens with a digit, only at the digits (a scan of news ~3× faster, the same matches).
    """
    return f"{first}(?<!{before}{first})"


# The first digit of a date's number: after no digit (an ISO year); after no digit or point
# (a day of "12.05.2020"); after no letter or digit (a day before its month, as `_A`); after
# no digit, point or comma (a decade).
_DIGIT_AFTER_NO_DIGIT = _unless_after(r"\d", r"\d")
_DIGIT_AFTER_NO_POINT = _unless_after(r"[\d.]", r"\d")
_DIGIT_AFTER_NO_WORD = _unless_after(r"[а-яёa-z0-9]", r"\d")
_DIGIT_AFTER_NO_FIGURE = _unless_after(r"[\d.,]", r"\d")

_FLAGS = re.IGNORECASE
_ISO = re.compile(
    rf"(?P<y>{_DIGIT_AFTER_NO_DIGIT}\d{{3}})-(?P<mo>\d{{2}})"
    r"(?:-(?P<d>\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?(?![\d-])"
)
_NUMERIC = re.compile(
    rf"(?P<d>{_DIGIT_AFTER_NO_POINT}\d?)(?P<sep>[./])(?P<mo>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}|\d{{2}})(?![\d.]\d)"
    rf"(?:\s*{_YEAR_WORD})?",
    _FLAGS,
)
_DAY_MONTH = re.compile(
    rf"(?P<d>{_DIGIT_AFTER_NO_WORD}\d?)(?:-?го)?(?:(?:\s*[-–—]\s*|\s+(?:и|по|до)\s+)\d{{1,2}}(?:-?го)?)?\s+{_MONTH_ANY}"
    rf"(?:\s+(?P<y>\d{{4}})(?:\s*{_YEAR_WORD})?)?",
    _FLAGS,
)
_WORD_DAY_MONTH = re.compile(
    rf"{_A}{_ORD_WORD}\s+{MONTH_RE}(?:\s+(?P<y>\d{{4}})(?:\s*{_YEAR_WORD})?)?", _FLAGS
)
# A year written with four digits: never "0000", which no calendar has.
_Y4 = r"[1-9]\d{3}"
_Y4_ALONE = _unless_after(r"[\d.,]", "[1-9]") + r"\d{3}"  # no digit, point or comma before it
_MONTH_YEAR = re.compile(rf"{_A}{MONTH_RE}(?:\s+(?P<y>{_Y4})(?:\s*{_YEAR_WORD})?)?", _FLAGS)
_YEAR_RANGE = re.compile(
    rf"(?P<y1>{_Y4_ALONE})(?P<mid>\s*[-–—,]\s*|\s+(?:и|или|по|до)\s+)(?P<y2>{_Y4})\s*{_YEAR_WORD}",
    _FLAGS,
)
# "в 2025 финансовом году": a year of accounts is its year, as a crop's or a school's
# ("2024/25 маркетинговый год", "сельскохозяйственный год", "учебный год")
_FISCAL_WORDS = (
    "финансов",
    "бюджетн",
    "отчетн",
    "отчётн",
    "маркетингов",
    "сельскохозяйственн",
    "учебн",
)
_FISCAL = rf"(?:{'|'.join(_FISCAL_WORDS)})[а-яё]*\s+"
_YEAR = re.compile(
    rf"(?P<y>{_Y4_ALONE})(?:\s*-?\s*(?:м|го|й|му|ом)\b)?"
    rf"(?:\s*(?:{_FISCAL})?{_YEAR_WORD}|(?<=[мйо])(?![а-яё]))",
    _FLAGS,
)
# "в 2024/25 финансовом году": a year of accounts across two calendar years, whose months a
# state sets: the span of the two years (2024/2025)
_FISCAL_SPAN = re.compile(
    rf"(?P<y1>{_Y4_ALONE})\s*/\s*(?P<y2>\d\d(?:\d\d)?)(?:\s*-?\s*(?:м|го|й|му|ом)\b)?\s*"
    rf"{_FISCAL}{_YEAR_WORD}",
    _FLAGS,
)
# "в сезоне 2024/25", "сезона 2023-2024": a season across two calendar years (a harvest's,
# a sport's), the span of the two years (2024/2025)
_SEASON_SPAN = re.compile(
    rf"{_A}сезон[а-яё]*\s+(?P<span>(?P<y1>{_Y4_ALONE})\s*[/–—-]\s*(?P<y2>\d\d(?:\d\d)?))(?![\d/])",
    _FLAGS,
)
_YEAR_SPAN = re.compile(
    r"(?<![\w.,])(?:с|от)\s+(?P<y1>(?:18|19|20)\d\d)\s+(?:по|до)\s+(?P<y2>(?:18|19|20)\d\d)"
    r"(?=\s*(?:[.,;:!?)»—–-]|$))",
    _FLAGS,
)
# "с 2022 по март 2023 года": a bare year opening a span whose end names a month and year.
_YEAR_TO_MONTH = re.compile(
    rf"(?<![\w.,])(?:с|от)\s+(?P<y>(?:18|19|20)\d\d)\s+по\s+(?=(?:\d{{1,2}}\s+)?{MONTH_RE}\s+{_Y4})",
    _FLAGS,
)
# What both spans above hold, a year and "по" or "до" after it: one scan that starts only at
# the digits 1 and 2, where theirs, opening with a lookbehind, try every position of a text.
_YEAR_THEN_TO = re.compile(r"(?:18|19|20)\d\d\s+(?:по|до)\s+", _FLAGS)
_DECADE = re.compile(
    rf"{_DIGIT_AFTER_NO_FIGURE}(?:\d{{3}}|0)\s*-?\s*(?:х|е|ые|ых|ым|ыми)\b(?:\s*{_YEAR_WORD})?",
    _FLAGS,
)
_RANGE_GAP = re.compile(r"\s*(?:[-–—]|по|до|и)\s*", _FLAGS)
_SIMPLE_REL = {"сегодня": 0, "вчера": -1, "позавчера": -2, "завтра": 1, "послезавтра": 2}
_REL_DAY = re.compile(rf"{_A}(?P<w>сегодня|вчера|позавчера|завтра|послезавтра){_B}", _FLAGS)
_EVE = re.compile(rf"{_A}накануне{_B}(?P<rest>\s*[а-яё]*(?:-[а-яё]+)*)", _FLAGS)
# "днём ранее", "днем раньше", "за день до этого": the day before the one the sentence
# before tells (`eve_of`), or the report's where its paragraph tells none before it
_DAY_EARLIER = re.compile(
    rf"{_A}(?:дн[её]м\s+(?:ранее|раньше)|за\s+день\s+до\s+(?:этого|того)){_B}", _FLAGS
)
_SHIFT_WORDS = {k: int(v) for k, v in load_dict(RELATIVE_SHIFTS).items()}
_SHIFT = "|".join(sorted(_SHIFT_WORDS, key=len, reverse=True))
_REL_PERIOD = re.compile(
    rf"{_A}(?:в|на|во)\s+(?P<s>{_SHIFT})\s+(?P<u>году|месяце|неделе)(?:\s*,?\s*(?P<y>\d{{4}})\s+(?:году|г\.))?{_B}",
    _FLAGS,
)
# "по итогам прошлого года", "за прошлый год", "в первом квартале этого года", "за девять
# месяцев текущего года", "за первое полугодие прошлого года": only after
# words that make the phrase a time ("основное событие нынешнего года" is none)
_PERIOD_OF_LEAD = (
    r"(?:по\s+итогам|за|в\s+течение|в\s+начале|в\s+конце|в\s+середине|к\s+концу|до\s+конца"
    r"|с\s+начала|к\s+началу|во?\s+[а-яё]+\s+(?:квартале|полугодии|половине)"
    r"|летом|весной|осенью|зимой"  # "летом прошлого года": that year (sixty-first, h-relations61)
    r"|за\s+(?:перв[а-яё]+\s+)?(?:\d{1,2}|[а-яё]+)\s+месяц(?:а|ев)"  # "за девять месяцев"
    r"|за\s+[а-яё]+\s+(?:квартал|полугодие))"
)
_REL_PERIOD_OF = re.compile(
    rf"{_A}{_PERIOD_OF_LEAD}\s+(?P<s>{_SHIFT})\s+(?P<u>года|месяца|недели|год|месяц|неделю)"
    rf"(?P<y>){_B}",
    _FLAGS,
)
# "отложили визит на следующий год", "перенесли на будущий месяц": the accusative a time is
# set or put off to (after `_SET_OR_PUT_OFF`), "в следующем году" as a new time; alone "на
# следующий год" is mostly a span a thing is for ("бюджет на следующий год"), no date
_REL_PERIOD_FOR = re.compile(
    rf"{_A}на\s+(?P<s>{_SHIFT})\s+(?P<u>год|месяц|неделю)(?P<y>){_B}", _FLAGS
)
# "в конце месяца", "в начале месяца": a part of the document's own month, with no word
# naming which ("в конце следующего месяца" is _REL_PERIOD_OF's)
_PART_OF_MONTH = re.compile(
    rf"{_A}в\s+(?:начале|конце|середине)\s+(?P<u>месяца)(?P<s>)(?P<y>){_B}", _FLAGS
)
# "с начала года": the document's own year so far, with no word naming which ("за год", "в
# течение года" are a length of time; "до конца года", "к концу года" a deadline, no date)
_OWN_YEAR_PART = re.compile(rf"{_A}с\s+начала\s+(?P<u>года)(?P<s>)(?P<y>){_B}", _FLAGS)
_AGO_NUMS = {"": 1, **count_forms(1, 10, ("nomn", "accs"))}  # "год назад", "одну", "две"
# "немногим более года назад", "около месяца назад": a span of about one unit, told by its
# genitive after a word of measure (events121); "более двух лет" (a genitive count) is none
_AGO_ABOUT = r"(?P<q>(?:немногим\s+|чуть\s+)?(?:более|больше|менее|меньше|около|почти)\s+)"
_AGO = re.compile(
    rf"{_A}(?:{_AGO_ABOUT}(?=(?:года|месяца|дня)\s))?"
    rf"(?:(?P<n>\d{{1,3}}|{'|'.join(k for k in _AGO_NUMS if k)})\s+)?"
    rf"(?P<u>год|года|лет|месяц|месяца|месяцев|день|дня|дней)\s+назад{_B}",
    _FLAGS,
)
_WEEKDAYS = {
    "понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5,
    "воскресенье": 6,
}  # fmt: skip
_WEEKDAY = re.compile(
    rf"{_A}(?P<p>в|во|на)\s+(?:(?P<q>прошлый|прошлую|минувший|минувшую|прошедший|прошедшую|следующий|следующую"
    rf"|ближайший|ближайшую|этот|эту"
    # "воскресенье" is neuter: "в минувшее воскресенье"
    rf"|прошлое|минувшее|прошедшее|следующее|ближайшее|это)\s+)?(?P<w>{'|'.join(_WEEKDAYS)}){_B}",
    _FLAGS,
)
# What each pattern above cannot match without: a digit, or a word of it in the text folded
# as `re.IGNORECASE` folds it. A text without it is not scanned by the patterns that need it:
# most texts read for dates are sentences with none, and scanning every one with every
# pattern cost ~0.15 s CPU per 100 NEREL documents. The words are checked with `in`.
# _ISO, _NUMERIC, _DAY_MONTH, _YEAR_RANGE, _YEAR_SPAN, _FISCAL_SPAN, _SEASON_SPAN, _YEAR,
# _DECADE
_DIGIT = re.compile(r"\d")
# _FISCAL_SPAN (a word of `_FISCAL_WORDS`, above) and _SEASON_SPAN, besides a digit
_SEASON_WORDS = ("сезон",)
# Each month of MONTH_RE begins with one of these ("ма" + "й", "я", "е", "ю": "мая", "маем").
_MONTH_STEMS = ("январ", "феврал", "март", "апрел", "май", "мая", "мае", "маю", "июн", "июл",
                "август", "сентябр", "октябр", "ноябр", "декабр")  # fmt: skip
# Letters `re.IGNORECASE` takes for a Cyrillic one that `str.lower` leaves as they are (old
# glyph variants: "ᲀ" matches "в").
_IGNORECASE_ONLY = str.maketrans("ᲀᲁᲂᲃᲄᲅᲆ", "вдостть")
_OLD_GLYPH = re.compile("[ᲀᲁᲂᲃᲄᲅᲆ]")


def fold_case(text: str) -> str:
    """`text` lower-cased as `re.IGNORECASE` reads it: whether a pattern's word occurs in it is
    then one substring test. `translate` looks every character up (a third of `find_dates`'
    time); texts with one of the old glyphs are rare, and only they need it."""
    lower = text.lower()
    return lower.translate(_IGNORECASE_ONLY) if _OLD_GLYPH.search(lower) else lower


def _has(folded: str, *words: str) -> bool:
    return any(w in folded for w in words)


_FUTURE_HINT = re.compile(r"(?:состоится|пройд[её]т|будет|будут|планиру|намерен|собира)", _FLAGS)
# right before "на пятницу": what is set for that day, ahead of the text ("поездку,
# запланированную на пятницу", "встреча, намеченная на четверг")
_SET_FOR = re.compile(r"(?:запланирован|намечен|назначен|перенес[её]н)\w*\s*$", _FLAGS)
# earlier in the clause of "на следующий год": a verb that sets or puts off an event to it
_SET_OR_PUT_OFF = re.compile(
    r"(?:запланир|намеч|назнач|перен[её]с|перенос|отлож|отклад)\w*[^.!?;]{0,40}$", _FLAGS
)
# earlier in the weekday's sentence: a plan told in the past ("должен был посетить Осло в
# четверг", after "отменил визит"): the day it was to be, ahead of the text
_WAS_TO = re.compile(r"(?:должен|должна|должно|должны)\s+был[аио]?\s", _FLAGS)


def _month(m: re.Match[str]) -> int:
    """Which of the numbered month groups matched."""
    return next(i for i in range(1, 13) if m.group(f"m{i}"))


def _ymd(y: int, mo: int = 0, d: int = 0) -> str:
    """ISO string at the given precision, or "" for an impossible date."""
    try:
        if d:
            return date(y, mo, d).isoformat()
    except ValueError:
        return ""
    if mo:
        return f"{y:04d}-{mo:02d}" if 1 <= mo <= 12 else ""
    return f"{y:04d}" if 1 <= y <= 9999 else ""


def _parse_doc(doc_date: str) -> tuple[int, int, int]:
    """(year, month, day) of the document date; 0 for the parts it does not give."""
    m = re.match(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", doc_date or "")
    if not m:
        return 0, 0, 0
    return int(m[1]), int(m[2] or 0), int(m[3] or 0)


def _doc_day(doc: tuple[int, int, int]) -> date | None:
    try:
        return date(*doc) if all(doc) else None
    except ValueError:
        return None


def _within(a: date, b: date) -> str:
    """The finest of month or year that contains both days, else ""."""
    if (a.year, a.month) == (b.year, b.month):
        return _ymd(a.year, a.month)
    return _ymd(a.year) if a.year == b.year else ""


def _explicit(text: str, doc: tuple[int, int, int]) -> list[DateMention]:
    """Dates written out in the text; a missing year comes from the document date."""
    out: list[DateMention] = []

    def add(m: re.Match[str], value: str, relative: bool = False, yearless: bool = False) -> None:
        out.append(DateMention(m.start(), m.end(), m.group(), value, relative, yearless))

    digits, folded = bool(_DIGIT.search(text)), fold_case(text)
    months = _has(folded, *_MONTH_STEMS)
    for m in _ISO.finditer(text) if digits else ():
        add(m, _ymd(int(m["y"]), int(m["mo"]), int(m["d"] or 0)))
    for m in _NUMERIC.finditer(text) if digits else ():
        y = int(m["y"])
        if len(m["y"]) == 2:
            y += 2000 if y < 50 else 1900
        add(m, _ymd(y, int(m["mo"]), int(m["d"])))
    for rx in [rx for rx, may in ((_DAY_MONTH, digits), (_WORD_DAY_MONTH, months)) if may]:
        for m in rx.finditer(text):
            day = int(m["d"]) if "d" in m.groupdict() and m["d"] else _word_day(m)
            if not day:
                continue
            if m["y"]:
                add(m, _ymd(int(m["y"]), _month(m), day))
            else:
                year, named = _year_after(text, m.end(), doc[0])
                add(m, _ymd(year, _month(m), day) if year else "", True, not named)
    for m in _MONTH_YEAR.finditer(text) if months else ():
        if m["y"]:
            add(m, _ymd(int(m["y"]), _month(m)))
        else:
            year, named = _year_after(text, m.end(), doc[0])
            add(m, _ymd(year, _month(m)) if year else "", True, not named)
    if digits:
        out.extend(_years(text, folded))
    if any(name in text for name in _NAMED_DAYS):
        out.extend(_named_days(text, doc[0]))
    return out


_YEAR_SHIFT = re.compile(rf"\s+(?P<s>{_SHIFT})\s+года{_B}", _FLAGS)


def _year_after(text: str, end: int, doc_year: int) -> tuple[int, bool]:
    """The year of a day or month named without one: the document's, shifted by the words
    after it ("в декабре прошлого года", "15 марта следующего года"); 0 with no document
    year. And whether those words name it (else the year is the document's by default)."""
    m = _YEAR_SHIFT.match(text, end)
    year = doc_year + _SHIFT_WORDS[m["s"].lower()] if doc_year and m else doc_year
    return year, m is not None


# "в День взятия Бастилии", "в Новый год 2024 года": a named day of `NAMED_DAYS`, its name
# written as the table spells it (a lowercase "в новый год" is a year ahead, not 1 January)
_NAMED_DAYS = load_dict(NAMED_DAYS)
_NAMED_DAY = re.compile(
    r"(?i:(?<![а-яёa-z0-9])во?)\s+(?P<name>"
    + "|".join(r"\s+".join(map(re.escape, n.split())) for n in _NAMED_DAYS)
    + r")(?![а-яёА-ЯЁa-zA-Z0-9])"
    + rf"(?:\s+(?P<y>{_Y4})(?:\s*{_YEAR_WORD})?)?"
)


def _named_days(text: str, doc_year: int) -> list[DateMention]:
    """Named days of a fixed date told "в …" ("в День Победы" 9 May): a day of the year
    after it ("в День Победы 2020 года", "в Новый год прошлого года"), else, as "14 июля"
    alone, of the document's year, `yearless`, for the clause's tense to move (no year
    without the document's). "накануне Дня Победы", "в канун Нового года" name no day: the
    eve is told as a span of days before it. Sixty-ninth pass (h-places72)."""
    out: list[DateMention] = []
    for m in _NAMED_DAY.finditer(text):
        month, day = map(int, _NAMED_DAYS[" ".join(m["name"].split())].split("-"))
        if m["y"]:
            year, named = int(m["y"]), True
        else:
            year, named = _year_after(text, m.end(), doc_year)
        value = _ymd(year, month, day) if year else ""
        out.append(
            DateMention(
                m.start("name"),
                m.end(),
                text[m.start("name") : m.end()],
                value,
                not m["y"],
                not named,
            )
        )
    return out


def _years(text: str, folded: str) -> list[DateMention]:
    """Years, ranges and spans of years, decades (`folded`: `fold_case(text)`)."""
    out: list[DateMention] = []

    def add(m: re.Match[str], value: str, g: int | str = 0) -> None:
        out.append(DateMention(m.start(g), m.end(g), m.group(g), value, False))

    for m in _YEAR_RANGE.finditer(text):
        out.append(DateMention(m.start("y1"), m.end("y1"), m["y1"], m["y1"], False))
        out.append(
            DateMention(m.start("y2"), m.end(), text[m.start("y2") : m.end()], m["y2"], False)
        )
    spans_to = _YEAR_THEN_TO.search(text) is not None
    for m in _YEAR_SPAN.finditer(text) if spans_to else ():
        add(m, m["y1"], g="y1")
        add(m, m["y2"], g="y2")
    for m in _YEAR_TO_MONTH.finditer(text) if spans_to else ():
        add(m, m["y"], g="y")
    spans = ((_FISCAL_SPAN, 0, _FISCAL_WORDS), (_SEASON_SPAN, "span", _SEASON_WORDS))
    for rx, g in ((rx, g) for rx, g, needs in spans if _has(folded, *needs)):
        for m in rx.finditer(text):
            second = int(m["y1"]) + 1  # "1999/00": the next year, in the next century
            if str(second).endswith(m["y2"]):
                add(m, f"{m['y1']}/{second}", g=g)
    for m in _YEAR.finditer(text):
        add(m, m["y"])
    for m in _DECADE.finditer(text):
        if not _ordinal_of_noun(text, m):
            add(m, "")
    return out


_BEFORE_DECADE = frozenset({"в", "во", "с", "со", "до", "конца", "начала", "середины"})


def _ordinal_of_noun(text: str, m: re.Match[str]) -> bool:
    """ "10-е заседание", "Следующее, 20-е совещание": an ordinal agreeing with a neuter noun
    after it, no preposition before it, is no decade ("в 80-е производство упало" is one).
    Sixty-first pass (h-events209)."""
    if m.group().rstrip()[-1:].lower() != "е" or re.search(r"\d\s*год", m.group()):
        return False
    before = text[: m.start()].split()
    if before and before[-1].lower().strip(",") in _BEFORE_DECADE:
        return False
    after = re.match(r"\s+([а-яё]+)", text[m.end() :], re.IGNORECASE)
    return after is not None and any(
        p.tag.POS == "NOUN"
        and {"neut", "sing"} <= p.tag.grammemes
        and p.tag.case in ("nomn", "accs")
        for p in morph().parse(after[1].lower())
    )


def _word_day(m: re.Match[str]) -> int:
    """Day number written as an ordinal word: "двенадцатого" -> 12, "двадцать пятого" -> 25."""
    lemma = morph().normal_form(m["ord"].lower())
    unit = _ORD_DAYS.get(lemma, 0)
    tens = {"двадцать": 20, "тридцать": 30}.get((m["tens"] or "").lower(), 0)
    if tens and not 1 <= unit <= 9:
        return 0
    day = tens + unit
    return day if 1 <= day <= 31 else 0


def _relative(text: str, doc: tuple[int, int, int]) -> list[DateMention]:
    """Dates that only mean something against the document date ("вчера", "во вторник")."""
    out: list[DateMention] = []
    day = _doc_day(doc)

    def add(start: int, end: int, value: str) -> None:
        out.append(DateMention(start, end, text[start:end], value, True))

    folded = fold_case(text)
    for m in _REL_DAY.finditer(text) if _has(folded, "сегодня", "вчера", "завтра") else ():
        shift = _SIMPLE_REL[m["w"].lower()]
        add(m.start(), m.end(), (day + timedelta(days=shift)).isoformat() if day else "")
    for m in _EVE.finditer(text) if "накануне" in folded else ():
        if not _is_preposition(m["rest"].strip(), text[m.end() :]):
            add(
                m.start(),
                m.start() + len("накануне"),
                (day - timedelta(days=1)).isoformat() if day else "",
            )
    for m in _DAY_EARLIER.finditer(text) if _has(folded, "ранее", "раньше", "за день") else ():
        add(m.start(), m.end(), "")
    periods = _has(folded, "год", "месяц", "недел")
    patterns = (
        (_REL_PERIOD, periods),
        (_REL_PERIOD_OF, periods),
        (_PART_OF_MONTH, "месяца" in folded),  # each needs its own word too
        (_OWN_YEAR_PART, "начала" in folded),
    )
    for pattern in (pattern for pattern, may in patterns if may):
        for m in pattern.finditer(text):
            add(m.start(), m.end(), _period(m, doc, day))
    for m in _REL_PERIOD_FOR.finditer(text) if periods else ():
        if _SET_OR_PUT_OFF.search(text, max(0, m.start() - 60), m.start()):
            add(m.start(), m.end(), _period(m, doc, day))
    for m in _AGO.finditer(text) if "назад" in folded else ():
        add(m.start(), m.end(), _ago(m, doc, day))
    for m in _WEEKDAY.finditer(text) if _has(folded, *_WEEKDAYS) else ():
        if m["p"].lower() != "на" or _SET_FOR.search(text, max(0, m.start() - 30), m.start()):
            add(m.start(), m.end(), _weekday(text, m, day))
    return out


def days_after(day: str, n: int) -> str:
    """The ISO day `n` days after `day` (before it where `n` is negative)."""
    return (date.fromisoformat(day) + timedelta(days=n)).isoformat()


def months_after(day: str, n: int) -> str:
    """The ISO day `n` calendar months after `day`, the month's last where it has no such day
    (31 January and a month: 28 February): "через два месяца после саммита" counts months,
    not 30 days each (h-events146)."""
    d = date.fromisoformat(day)
    year, month = divmod(d.month - 1 + n, 12)
    year, month = d.year + year, month + 1
    return date(year, month, min(d.day, monthrange(year, month)[1])).isoformat()


def eve_of(mention: DateMention, day: str) -> DateMention:
    """A bare "накануне" or "днём ранее" told against a day the text gives rather than the
    document's date ("X 14 мая прибыл в Бразилиа. Накануне он провёл телефонный разговор":
    13 May): the day before `day`; any other mention, or a `day` that is no full day, as it
    is."""
    if not is_eve(mention) or len(day) != 10:
        return mention
    return replace(mention, value=days_after(day, -1))


def day_word_of(mention: DateMention, day: str) -> DateMention:
    """A day word ("сегодня", "вчера", "завтра") told against a day the text gives rather than
    the document's date, in a text with none of its own (a transcript under "Лима, 5 марта
    2026 года": "Завтра я приму участие в форуме" is 6 March); any other mention, or a `day`
    that is no full day, as it is (fifty-seventh pass, h-events184)."""
    if len(day) != 10 or not _REL_DAY.fullmatch(mention.text):
        return mention
    return replace(mention, value=days_after(day, _SIMPLE_REL[fold_case(mention.text)]))


def is_eve(mention: DateMention) -> bool:
    """A bare "накануне" or "днём ранее": the day before another."""
    return fold_case(mention.text) == "накануне" or bool(_DAY_EARLIER.fullmatch(mention.text))


def _is_preposition(next_word: str, after: str) -> bool:
    """Whether "накануне" governs the next word, a genitive noun phrase ("накануне визита",
    "накануне Олимпиады", "Накануне Песаха Израиль и Иордания открыли …"); not a whole
    hyphenated word with no genitive ("Накануне премьер-министр …"), nor a name that is the
    subject of the verb after it (`after`, the text that follows the word): a nominative name
    with its verb after the name's other capitalised words ("Накануне Педро Санчес провёл
    …"), or a word read only as a name's genitive right before its verb ("Накануне Лула
    завершил …": pymorphy's "Лул"). A name reading alone says nothing: "Олимпиады" and
    "Песаха" have them too."""
    if not next_word:
        return False
    parses = morph().parse(next_word.lower())
    genitives = [
        p
        for p in parses
        if {"gent"} <= p.tag.grammemes and p.tag.POS in {"NOUN", "ADJF", "PRTF", "NUMR", "NPRO"}
    ]
    if not genitives:
        return False
    named = {p.tag.number for p in parses if "nomn" in p.tag and p.tag.grammemes & _NAMES}
    if named and _verb_follows(after, named, past_names=True):
        return False
    if all(p.tag.grammemes & _NAMES for p in genitives):
        return not _verb_follows(after, {p.tag.number for p in genitives}, past_names=False)
    return True


def _verb_follows(after: str, numbers: set[str | None], *, past_names: bool) -> bool:
    """Whether a finite verb of one of `numbers` comes next in the clause, right after the
    name or, with `past_names`, after more capitalised words of it ("Санчес провёл")."""
    clause = re.split(r"[,.;:!?()«»\"]", after, maxsplit=1)[0]
    for word in _WORD.findall(clause)[:4]:
        verbs = [p for p in morph().parse(word.lower()) if p.tag.POS == "VERB"]
        if verbs:
            return any(p.tag.number in numbers for p in verbs)
        if not (past_names and word[0].isupper()):
            return False
    return False


_WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)*", _FLAGS)
_NAMES = frozenset({"Name", "Surn"})


def _period(m: re.Match[str], doc: tuple[int, int, int], day: date | None) -> str:
    """A named year, month or week counted from the document's ("в прошлом году")."""
    shift = _SHIFT_WORDS.get(m["s"].lower(), 0)  # no shift word: the document's own
    unit = m["u"].lower()
    if m["y"]:
        return m["y"]
    if unit.startswith("год"):
        return _ymd(doc[0] + shift) if doc[0] else ""
    if unit.startswith("месяц"):
        if not doc[1]:
            return ""
        y, mo = divmod(doc[0] * 12 + doc[1] - 1 + shift, 12)
        return _ymd(y, mo + 1)
    if not day:
        return ""
    monday = day - timedelta(days=day.weekday()) + timedelta(weeks=shift)
    return _within(monday, monday + timedelta(days=6))


def _ago(m: re.Match[str], doc: tuple[int, int, int], day: date | None) -> str:
    """A span counted back from the document date ("два года назад")."""
    raw = (m["n"] or "").lower()
    n = int(raw) if raw.isdigit() else _AGO_NUMS.get(raw, 0)
    unit = m["u"].lower()
    about = bool(m["q"]) and not raw and unit in {"года", "месяца", "дня"}
    n = 1 if about else n  # "немногим более года назад": about one year back
    if not raw and not about and unit not in {"год", "месяц", "день"}:
        return ""  # "несколько дней назад": no count, no date
    if unit.startswith(("год", "лет")):
        return _ymd(doc[0] - n) if doc[0] else ""
    if unit.startswith("месяц"):
        if not doc[1]:
            return ""
        y, mo = divmod(doc[0] * 12 + doc[1] - 1 - n, 12)
        return _ymd(y, mo + 1)
    return (day - timedelta(days=n)).isoformat() if day else ""


def _weekday(text: str, m: re.Match[str], day: date | None) -> str:
    """The named weekday nearest the document date in the direction the clause points."""
    if not day:
        return ""
    target = _WEEKDAYS[m["w"].lower()]
    q = (m["q"] or "").lower()
    if q in ("этот", "эту", "это"):  # "в это воскресенье": of the document's own week
        return (day + timedelta(days=target - day.weekday())).isoformat()
    clause = re.split(r"[.!?;]", text[m.end() : m.end() + 80], maxsplit=1)[0]
    before = re.split(r"[.!?;]", text[max(0, m.start() - 80) : m.start()])[-1]
    ahead = bool(
        _FUTURE_HINT.search(clause)
        or _WAS_TO.search(before)
        or _told_in_future(before.split(",")[-1], clause.split(",")[0])
    )
    future = q.startswith(("следующ", "ближайш")) or (
        not q.startswith(("прошл", "минувш", "прошедш")) and (ahead or m["p"].lower() == "на")
    )
    # a weekday qualified as past or next is never the document's own day ("в минувшую
    # пятницу" told on a Friday is a week before)
    other = q.startswith(("прошл", "минувш", "прошедш", "следующ"))
    if future:
        ahead_by = (target - day.weekday()) % 7
        return (day + timedelta(days=ahead_by or 7 * other)).isoformat()
    back_by = (day.weekday() - target) % 7
    return (day - timedelta(days=back_by or 7 * other)).isoformat()


def _told_in_future(before: str, after: str) -> bool:
    """Whether the finite verb nearest the weekday in its comma-bounded clause (the last one
    before it, else the first after) is a future ("медики прибудут в Себу в пятницу", "в
    пятницу прибудет"): every pymorphy3 reading of it a future verb, so that a word that is
    also a noun or a present ("стали", "инвестирует") says nothing."""
    words = _WORD.findall(before)[::-1] + _WORD.findall(after)
    for word in words:
        parses = morph().parse(word.lower())
        if parses and all(p.tag.POS == "VERB" for p in parses):  # "стали": read on
            return all(p.tag.tense == "futr" for p in parses)
    return False


def _non_overlapping(items: list[DateMention]) -> list[DateMention]:
    """Longest mention wins where two overlap; result in text order."""
    chosen: list[DateMention] = []
    for d in sorted(items, key=lambda d: (-(d.end - d.start), d.start)):
        if all(d.end <= c.start or d.start >= c.end for c in chosen):
            chosen.append(d)
    return sorted(chosen, key=lambda d: d.start)


def of_an_earlier_year(value: str, doc_date: str) -> bool:
    """Whether an ISO date falls in a year before the document's ("В 2018 году …" in a report
    of 2026): of those who held office then, not of today's holders."""
    year, now = value[:4], doc_date[:4]
    return year.isdigit() and now.isdigit() and year < now


def of_a_later_year(value: str, doc_date: str) -> bool:
    """Whether an ISO date falls in a year after the document's ("в 2027 году", "в следующем
    году" in a report of 2026): still to come whatever tense tells of it; a month or day of
    the document's year may be last year's told in the past ("в сентябре")."""
    year, now = value[:4], doc_date[:4]
    return year.isdigit() and now.isdigit() and year > now


# How many days after its dateline a text may tell a day as past: a time zone puts one day
# between the dateline and the day where it happened, a story filed before a weekend and
# finished after it up to three. Further on, last year's day is the likelier reading.
_FILING_LAG_DAYS = 3


def filed_before(day: str, doc_date: str) -> bool:
    """Whether full day `day` falls within the few days after the document's that a text told
    in the past still means ("ЛИМА, 12 марта. … 13 марта завершил визит"): the dateline is
    when the story was filed, not the last day it tells (fifty-sixth pass, h-events177)."""
    if len(day) != 10 or len(doc_date) != 10:
        return False
    return doc_date < day <= days_after(doc_date, _FILING_LAG_DAYS)


def ended_before(value: str, doc_date: str) -> bool:
    """Whether an ISO date or period ends before the document's date, at its own precision
    ("в 2024 году" or "в январе" in a text of March 2026; of a range, its end): a time past
    whatever tense tells of it, where the document's own year or month may be still to come."""
    end = value.split("/")[-1]
    n = min(len(end), len(doc_date))
    return n >= 4 and end[:4].isdigit() and end[:n] < doc_date[:n]


#: a verb's morphological tense (`deps.tense`) as `year_by_tense` reads it
VERB_TENSES = {"Past": "past", "Fut": "future"}


def year_by_tense(value: str, doc_date: str, tense: str, *, by_day: bool = False) -> str:
    """The year of a day or month the text gives without one, which took the document's,
    once its clause's tense ("past", "future", else "") is known: told in the past, one
    after the document is last year's ("в декабре посетил" in January), unless a day within
    the few days after it the story was filed before (`filed_before`: that year's, or the
    next one's across New Year); told in the future, one before it next year's ("посетит
    Каир в феврале" in November). `by_day` compares days (an office taken "20 января" in a
    text of 10 January was taken last year), else months (an event within the document's
    month keeps its year). 29 February keeps its year: the one beside has none."""
    n = min(len(value), 10 if by_day else 7)
    when, now = value[:n], doc_date[:n]
    if len(now) < n or value[5:] == "02-29":
        return value
    shift = -1 if tense == "past" and when > now and not filed_before(when, now) else 0
    shift = 1 if tense == "past" and filed_before(_year_on(when, 1), now) else shift
    shift = 1 if tense == "future" and when < now else shift
    return _year_on(value, shift)


def _year_on(value: str, shift: int) -> str:
    """ISO `value` moved `shift` years (its month and day kept)."""
    return f"{int(value[:4]) + shift:04d}{value[4:]}" if shift else value


# The first month of each season a year holds whole; winter spans two years.
_SEASON_STARTS = {"spring": 3, "summer": 6, "autumn": 9}
# The last month of each season: winter's is February, of the year that names it.
_SEASON_ENDS = {"spring": 5, "summer": 8, "autumn": 11, "winter": 2}


def season_year(season: str, doc_date: str) -> str:
    """The year of a season told as past with no year of its own ("выборы прошли осенью"):
    that of the last such season begun by the document's date, never its day (the text
    gives none). Winter, which spans two years, and a document with no month give none."""
    start = _SEASON_STARTS.get(season)
    if start is None or len(doc_date) < 7:
        return ""
    return year_by_tense(f"{doc_date[:4]}-{start:02d}", doc_date, "past")[:4]


def season_ahead(season: str, doc_date: str) -> str:
    """The year of a season a planned event is told for with no year of its own ("пройдёт
    осенью"): the document's where the season has not ended by its date, else the next.
    A winter, which spans two years, is the one not ended by that date, named by the year
    of its January and February as "зимой 2025 года" is (the contract's dates are a year,
    a month or a day, no span): a December's is the next year's. A document with no month
    gives none. Fiftieth pass (h-events135); winter fifty-first (h-events137)."""
    end = _SEASON_ENDS.get(season)
    if end is None or len(doc_date) < 7:
        return ""
    return year_by_tense(f"{doc_date[:4]}-{end:02d}", doc_date, "future")[:4]


# The months of a year a part of it names before the year ("за девять месяцев 2024 года",
# "в первом квартале", "по итогам первого полугодия прошлого года"): a figure's period
# covers them.
_PART_COUNTS = count_forms(2, 11, ("nomn", "gent"))  # "за девять месяцев", "первых двух"
_PART_ORDINALS = {"перв": 1, "втор": 2, "трет": 3, "четверт": 4, "i": 1, "ii": 2, "iii": 3,
                  "iv": 4, "1-": 1, "2-": 2, "3-": 3, "4-": 4}  # fmt: skip
_YEAR_PART = (
    r"(?:за|в\s+течение|по\s+итогам)\s+(?:перв(?:ые|ых)\s+)?(?P<n>\d{1,2}|"
    + "|".join(_PART_COUNTS)
    + r")\s+месяц(?:а|ев)"
    r"|(?:за|во?|по\s+итогам)\s+(?P<h>перв|втор|[12]-)[а-яё]*\s+(?:полугоди[еия]|половин[аеуы])"
    r"|(?:за|во?|по\s+итогам)\s+(?P<q>перв|втор|трет|четв[её]рт|iv|i{1,3}|[1-4]-)[а-яё]*"
    r"\s+квартал[ае]?"
)
_YEAR_PART_BEFORE = re.compile(rf"{_A}(?:{_YEAR_PART})\s+$", _FLAGS)
_YEAR_PART_OPENING = re.compile(rf"(?:{_YEAR_PART})(?:\s|$)", _FLAGS)
_YEAR_PART_ALONE = re.compile(rf"{_A}(?:{_YEAR_PART}){_B}", _FLAGS)
_SPACE = re.compile(r"\s*$")
# "к концу года", "до конца года": a deadline in the document's own year (a figure's period;
# no date of an event, `_OWN_YEAR_PART`)
_OWN_YEAR_END = re.compile(rf"{_A}(?:к\s+концу|до\s+конца)\s+года{_B}", _FLAGS)


def yearless_parts(
    text: str, doc_date: str, dates: list[DateMention], tense: str = ""
) -> list[DateMention]:
    """The parts of a year `text` names with no year ("за первое полугодие", "в первом
    квартале"), each a mention of the document's year whose text is the part, so `year_part`
    reads its months as "за январь–март" takes the document's year. A part a date of `dates`
    follows or holds ("в первом квартале 2024 года", "… текущего года") is that date's. A
    count of months is the year's only where they end in the two months before the
    document's ("за девять месяцев" told in October); else, and "в течение шести месяцев",
    it is a span of time ("за два месяца переговоров"). A part not yet begun at the
    document's date, or for a verb of `tense` "Past" not yet ended, is the year before's
    ("в четвертом квартале товарооборот вырос" told in January), unless the verb is ahead
    ("в четвертом квартале откроется"). A deadline at the year's end with no year ("к концу
    года", "до конца года") is the document's year, as "к концу этого года" is; told by a
    verb in the past, the year before's, whose end has come ("До конца года Турция
    поставила 30 беспилотников" told in January)."""
    year, month, _ = _parse_doc(doc_date)
    end_year = year - 1 if tense == "Past" else year
    found = [
        DateMention(m.start(), m.end(), m[0], f"{end_year:04d}", False)
        for m in _OWN_YEAR_END.finditer(text)
        if year
    ]
    for m in _YEAR_PART_ALONE.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in dates) or any(
            _SPACE.fullmatch(text, m.end(), d.start) for d in dates if d.start >= m.end()
        ):
            continue
        first, last = _part_months(m)
        if m["n"] and (m[0].lower().startswith("в") or not month - 2 <= last < month):
            continue
        if year:
            value = part_year((first, last), doc_date, tense)
            found.append(DateMention(m.start(), m.end(), m[0], value, False))
    return found


def part_year(months: tuple[int, int], doc_date: str, tense: str, *, ended: bool = True) -> str:
    """The year of a part of a year told with none (its first and last month): the
    document's, or the year before's where the part has not begun by the document's date
    and the verb (`tense` "Past", "Fut" or "") is not ahead ("в четвертом квартале прошли
    переговоры" told in March), or, where what is told needs the part `ended` (a figure's
    period: "в четвертом квартале товарооборот вырос" told in January), has not ended and
    the verb is past. "" without the document's year."""
    year, month, _ = _parse_doc(doc_date)
    first, last = months
    before = (first > month and tense != "Fut") or (ended and last >= month and tense == "Past")
    return f"{year - before:04d}" if year else ""


def year_part_of(phrase: str) -> tuple[int, int] | None:
    """The first and last month of the half or quarter of a year `phrase` opens with ("во
    второй половине года" 7, 12; "в 3-м квартале" 7, 9), the one reader of such parts for
    figures (`yearless_parts`) and events; a count of months ("за девять месяцев") is a
    span of time, none."""
    m = _YEAR_PART_OPENING.match(phrase)
    return None if m is None or m["n"] else _part_months(m)


def _part_months(m: re.Match[str]) -> tuple[int, int]:
    """The first and last month of a part of a year `_YEAR_PART` matched ("в третьем
    квартале" 7, 9; "за девять месяцев" 1, 9)."""
    if m["n"]:
        return 1, int(m["n"]) if m["n"].isdigit() else _PART_COUNTS[m["n"].lower()]
    size = 6 if m["h"] else 3
    n = _PART_ORDINALS[(m["h"] or m["q"]).lower().replace("ё", "е")]
    return (n - 1) * size + 1, n * size


def year_part(before: str, mention: DateMention) -> str:
    """The mention's value, or where it is a year a part of it names the months of that part
    as an ISO 8601 interval: "за девять месяцев 2024 года" 2024-01/2024-09, "в первом квартале
    2024 года" 2024-01/2024-03, "за второе полугодие" 2024-07/2024-12. `before` is the text
    right before the mention; a relative one ("за девять месяцев текущего года") opens with
    its part."""
    if len(mention.value) != 4:
        return mention.value
    m = _YEAR_PART_BEFORE.search(before) or _YEAR_PART_OPENING.match(mention.text)
    if m is None:
        return mention.value
    first, last = _part_months(m)
    if not 1 <= last <= 12 or (first, last) == (1, 12):
        return mention.value  # "за 12 месяцев 2024 года" is the year
    return f"{mention.value}-{first:02d}/{mention.value}-{last:02d}"


# "с 2000 года", "начиная с января", "с начала 2024 года": a start with no end named
_SINCE = re.compile(
    r"(?:^|[\s(,])(?:начиная\s+)?со?\s+(?:(?:начала|середины|конца)\s+)?$", re.IGNORECASE
)


def since(before: str, mention: DateMention, today: str) -> str:
    """The period of a date opened by "с" with no end: what was done since ("С 2000 года ЕС
    предоставил Сербии 3,6 млрд евро") runs to `today`, the document's date, as an ISO 8601
    interval 2000/2025-03 ("" without a document date, never guessed), not the year it
    starts; a start after `today` stays its date ("с 1 июля пошлина составит 25 %"). The end
    is the document's month after a year or a month (a gYear and an xsd:date compare in no
    SHACL `lessThan`), its day after a day. `before` is the text right before the mention."""
    start = mention.value
    if "/" in start or not _SINCE.search(before):
        return start
    if not today:
        return ""
    return start if start >= today[: len(start)] else f"{start}/{today[: max(len(start), 7)]}"


def find_dates(text: str, doc_date: str = "") -> list[DateMention]:
    """All date mentions in `text`; relative ones resolved against `doc_date` when it allows."""
    return list(_scan(text, doc_date))


def dates_within(text: str, doc_date: str, start: int, end: int) -> list[DateMention]:
    """The dates `find_dates` reads in `text[start:end]` (a sentence of the document `text`),
    their offsets in that slice: cut from the document's one scan, which every extractor
    shares, rather than a scan of each sentence (the two agree on all NEREL-train sentences)."""
    starts, ordered = _by_start(text, doc_date)
    inside = ordered[bisect_left(starts, start) : bisect_left(starts, end)]
    return [  # in the scan's order, as find_dates gives them
        replace(d, start=d.start - start, end=d.end - start)
        for _, d in sorted((n, d) for n, d in inside if d.end <= end)
    ]


@lru_cache(maxsize=1)
def _by_start(text: str, doc_date: str) -> tuple[list[int], list[tuple[int, DateMention]]]:
    """The document's dates by where they start, each with its place in the scan: a
    sentence's are found by bisection, not by reading all of them for every sentence."""
    ordered = sorted(enumerate(_scan(text, doc_date)), key=lambda nd: nd[1].start)
    return [d.start for _, d in ordered], ordered


# Extractors read the same texts (the whole document, its sentences) for dates: 1,823 calls
# on 100 NEREL documents, 1,561 texts, 37 % of the characters read again. A text is read
# once while the few last ones are kept; of long texts (a whole document) only the last.
_MEMO_CHARS = 10_000


def _read(text: str, doc_date: str) -> tuple[DateMention, ...]:
    return tuple(_find_dates(text, doc_date))


_memo = lru_cache(maxsize=128)(_read)
_memo_long = lru_cache(maxsize=1)(_read)


def _scan(text: str, doc_date: str) -> tuple[DateMention, ...]:
    return (_memo if len(text) <= _MEMO_CHARS else _memo_long)(text, doc_date)


# A web address ("https://www.znak.com/2016-06-30/…") names a page, whatever digits it holds.
URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


def _find_dates(text: str, doc_date: str) -> list[DateMention]:
    doc = _parse_doc(doc_date)
    found = _non_overlapping(_explicit(text, doc) + _relative(text, doc))
    urls = [(m.start(), m.end()) for m in URL.finditer(text)] if "/" in text else []
    found = [d for d in found if not any(a <= d.start < b for a, b in urls)]
    return _borrow_years(text, _stated_weekdays(text, found))


def _stated_weekdays(text: str, found: list[DateMention]) -> list[DateMention]:
    """A weekday the text dates right after it ("в понедельник, 28 апреля 2014 года") is
    that date, not the weekday nearest the document's: one mention of both, the date's."""
    out: list[DateMention] = []
    for d in found:
        a = out[-1] if out else None
        if (
            a is not None
            and _WEEKDAY.fullmatch(a.text)
            and re.match(r"\d{1,2}\D", d.text)  # a day, not a year
            and re.fullmatch(r"\s*,?\s*", text[a.end : d.start])
        ):
            d = replace(d, start=a.start, text=text[a.start : d.end])
            out.pop()
        out.append(d)
    return out


# "12 по 14 мая", "10–12 июня", "25—26 января" (an em dash too): the days a span of them
# opens a date mention with
_DAY_SPAN = re.compile(r"\d{1,2}(?:-?го)?(?:\s*[-–—]\s*|\s+(?:по|до)\s+)\d{1,2}(?:-?го)?\s", _FLAGS)


def spans_days(d: DateMention) -> bool:
    """Whether the mention tells a span of days ("с 12 по 14 мая", "10–12 июня"), which
    resolves to its first day: what lasts them (a visit) is on none of them alone."""
    return bool(_DAY_SPAN.match(d.text))


# "24 по 26 ноября", "3–5 марта": the last day of a span the mention opens
_DAY_SPAN_LAST = re.compile(
    r"\d{1,2}(?:-?го)?(?:\s*[-–—]\s*|\s+(?:по|до)\s+)(?P<last>\d{1,2})(?:-?го)?\s", _FLAGS
)
_DAYS_GAP = re.compile(r"\s*[-–—]\s*|\s+(?:по|до)\s+", _FLAGS)  # "30 мая по 2 июня"
_DAY_PAIR = re.compile(r"(?P<first>\d{1,2})\s+и\s+(?P<last>\d{1,2})\s", _FLAGS)
_COUNTED_DAYS = re.compile(r"(?:^|\s)(?P<n>\d|[а-яё]+)\s+(?:дня|дней)\s*[,—–-]\s*$", _FLAGS)
_SPAN_COUNTS = count_forms(2, 7, ("nomn", "accs"))  # "два дня, 7 и 8 апреля"
_LONGEST_SPAN = 31  # days: a longer "с … по …" is a period, not one event's days


def _counted_pair(text: str, d: DateMention) -> re.Match[str] | None:
    """Two days joined by "и" that a count of days just before says are all the days of one
    span ("проходили два дня, 7 и 8 апреля"; sixty-ninth pass, h-events261): "3 и 5 марта"
    alone, or a count that does not fit, is two days of no span."""
    m = _DAY_PAIR.match(d.text)
    counted = m and _COUNTED_DAYS.search(text, max(0, d.start - 40), d.start)
    if not (m and counted):
        return None
    n = counted["n"].lower()
    days = int(n) if n.isdigit() else _SPAN_COUNTS.get(n.replace("ё", "е"), 0)
    return m if days == int(m["last"]) - int(m["first"]) + 1 else None


def days_spanned(text: str, d: DateMention, dates: list[DateMention]) -> int:
    """How many days past its first a span of days the mention `d` of `text` opens lasts:
    "с 24 по 26 ноября", "3–5 марта" 2, "с 30 мая по 2 июня" (the next mention its end) 3;
    0 for a day alone. A talk or visit over the span is on all of its days, its start
    dated as before (`spans_days`) and its end told too (sixty-eighth pass, h-events258)."""
    if len(d.value) != 10:
        return 0
    first = date.fromisoformat(d.value)
    if (m := _DAY_SPAN_LAST.match(d.text) or _counted_pair(text, d)) is not None:
        try:
            last = first.replace(day=int(m["last"]))
        except ValueError:
            return 0
    else:
        after = [b for b in dates if b.start >= d.end]
        end = min(after, key=lambda b: b.start) if after else None
        if end is None or len(end.value) != 10 or not _DAYS_GAP.fullmatch(text[d.end : end.start]):
            return 0
        last = date.fromisoformat(end.value)
    days = (last - first).days
    return days if 0 < days <= _LONGEST_SPAN else 0


def _borrow_years(text: str, found: list[DateMention]) -> list[DateMention]:
    """The first end of a range takes the year of the second ("с 9 июня по 7 июля 2006 года")."""
    out = list(found)
    for i, (a, b) in enumerate(zip(found, found[1:], strict=False)):
        if not a.relative or b.relative or len(b.value) < 4:
            continue
        if not _RANGE_GAP.fullmatch(text[a.end : b.start]):
            continue
        m = _DAY_MONTH.fullmatch(a.text) or _MONTH_YEAR.fullmatch(a.text)
        if not m:
            continue
        year, month = int(b.value[:4]), _month(m)
        if len(b.value) >= 7 and month > int(b.value[5:7]):
            year -= 1
        day = int(m["d"]) if "d" in m.groupdict() and m["d"] else 0
        out[i] = DateMention(a.start, a.end, a.text, _ymd(year, month, day), False)
    return out
