"""Metadata that plain-text news carries in its first and last lines.

Scraped articles start with a headline, sometimes a `date 2025-11-11`
marker, a timestamp line, a place line or an agency dateline
("МОСКВА, 28 ноября — РИА Новости."), and may end with the source URL.
Only the head and tail are read, so a 5 MB single-line file costs nothing.
"""

from __future__ import annotations

import re
from datetime import date

HEAD_CHARS = 4000
HEAD_LINES = 12
TAIL_LINES = 3
TITLE_MAX = 200

MONTHS: tuple[str, ...] = ("января", "февраля", "марта", "апреля", "мая", "июня")
MONTHS += ("июля", "августа", "сентября", "октября", "ноября", "декабря")
# full genitive names, then the abbreviations news sites print ("24 янв.", "3 сент.")
_ABBREVIATIONS: tuple[str, ...] = (
    "янв",
    "февр",
    "фев",
    "мар",
    "апр",
    "июн",
    "июл",
    "авг",
    "сент",
    "сен",
    "окт",
)
_ABBREVIATIONS += ("нояб", "ноя", "дек")
_MONTH = rf"(?P<month>(?i:{'|'.join(MONTHS + _ABBREVIATIONS)}))(?![а-яё])\.?"
_YEAR = r"(?P<year>\d{4})(?:\s*(?:года|г\.))?"
_TIME = r"(?:,?\s*(?:в\s+)?\d{1,2}:\d{2})"
_DATE_MARKER = re.compile(r"date[:\s]\s*(\d{4}-\d{2}-\d{2})\b[\s:]*", re.IGNORECASE)
_TIMESTAMP = re.compile(
    r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})(?:[ T,]+\d{1,2}:\d{2}(?::\d{2})?\S*)?"
)
# "24 января 2024, 15:30" or "15:30 24 янв. 2024" alone on a line
_RUSSIAN_TIMESTAMP = re.compile(
    rf"(?:\d{{1,2}}:\d{{2}},?\s+)?(?P<day>\d{{1,2}})\s+{_MONTH}(?:\s+{_YEAR})?{_TIME}?"
)
_URL = re.compile(r"https?://\S+")
# PLACE, DAY MONTH [YEAR][, TIME] then "— AGENCY." or "/AGENCY/" or "(AGENCY) —" or just a
# dash; or, with the year, a full stop ("НАЙРОБИ, 14 февраля 2024 года. Министр …") or the
# end of its own line ("ОСЛО, 20 мая 2025 года" above the text). The place may name where in
# it, as transcripts do: "Москва, Кремль, 14 мая 2025 года", "Ново-Огарёво, Московская
# область, …", "Ханой, провинция Бакнинь, …".
# Interfax's own site puts full stops and its name in Latin letters: "Найроби. 15 мая.
# INTERFAX.RU - Президент …" (only that form has a full stop after the place).
DATELINE = re.compile(
    r"[А-ЯЁ][А-ЯЁа-яё-]*(?:[ -][А-ЯЁ][А-ЯЁа-яё-]*){0,2}"
    r"(?:,\s+(?:[а-яё]+\s)?[А-ЯЁ][А-ЯЁа-яё-]*(?:\s[А-ЯЁа-яё][а-яё-]*)?){0,2}(?:,|(?P<dot>\.))\s+"
    rf"(?P<day>\d{{1,2}})\s+{_MONTH}(?:\s+{_YEAR})?{_TIME}?"
    r"(?(dot)\.\s+(?P<pub3>[A-Z][A-Za-z]+(?:\.[A-Za-z]{2,4})?)\s*[—–-]+"
    r"|(?:\s*\.?\s*[/(](?P<pub2>[^/()\n]{2,40})[/)]\.?(?:\s*[—–-]+)?"
    r"|\s*[—–-]+\s*(?:(?P<pub>[^.,\n]{2,40}?)\s*\.(?!\S))?"
    r"|(?(year)(?:\.?(?<=\.)(?=\s)|(?m:\.?$))|(?!))))"
)
# A place in capitals at a line's start before a day and month, however the line goes on
# ("АДДИС-АБЕБА, 3 июня. Премьер …"): a dateline's place, though without the agency or
# year DATELINE wants to read the date from.
CAPITALS_PLACE = re.compile(
    rf"[А-ЯЁ]{{2,}}(?:[ -][А-ЯЁ]{{2,}}){{0,2}},\s+\d{{1,2}}\s+{_MONTH}(?:\s+{_YEAR})?\s*[.—–-]"
)
_PUBLISHER_WORDS = 5
_VERBAL = {"VERB", "INFN", "PRTS", "GRND", "PRED"}
_FUNCTION_WORDS = {"PREP", "CONJ", "PRCL", "NPRO", "ADVB"}
_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?!\d)")
_DMY = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)")
_SENTENCE_END = re.compile(r"[.!?…]+(?=\s+[А-ЯЁA-Z0-9«\"„(—–-]|\s*$)")
_INITIAL = re.compile(r"(?:^|[\s(«\"])[А-ЯЁA-Z]$")


def iso_date(value: str) -> str:
    """ISO 8601 date at the precision given ("2022", "2022-11", "2022-11-28"), or ""."""
    value = value.strip()
    if match := _DMY.match(value):
        day, month, year = match.groups()
    elif match := _ISO.match(value):
        year, month, day = match.groups()
    else:
        return ""
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return ""
    return "-".join(f"{int(p):02d}" if len(p) < 4 else p for p in (year, month, day) if p)


def text_metadata(text: str, *, markdown: bool = False) -> dict[str, str]:
    """Title, date, url and publisher read from the text's own lines ("" when absent)."""
    meta = {"title": "", "date": "", "url": "", "publisher": ""}
    lines = [s for line in text[:HEAD_CHARS].splitlines() if (s := line.strip())]
    for index, line in enumerate(lines[:HEAD_LINES]):
        headline = False
        if (marker := _DATE_MARKER.match(line)) and (index == 0 or marker.end() == len(line)):
            # before the headline on the first line, or alone on a later head line
            meta["date"] = meta["date"] or iso_date(marker.group(1))
            line, headline = line[marker.end() :], True
        if _TIMESTAMP.fullmatch(line):
            meta["date"] = meta["date"] or iso_date(line)
            continue
        if stamp := _RUSSIAN_TIMESTAMP.fullmatch(line):
            meta["date"] = meta["date"] or _russian_date(stamp)
            continue
        if _URL.fullmatch(line):
            meta["url"] = meta["url"] or line
            continue
        if dateline := DATELINE.match(line):
            line, headline = line[_read_dateline(dateline, meta) :].strip(), True
        if line and not meta["title"]:
            meta["title"] = _headline(line.lstrip("#").strip() if markdown else line, headline)
    if not meta["url"]:
        tail = [s for line in text[-HEAD_CHARS:].splitlines() if (s := line.strip())]
        meta["url"] = next((s for s in reversed(tail[-TAIL_LINES:]) if _URL.fullmatch(s)), "")
    return meta


def _read_dateline(match: re.Match[str], meta: dict[str, str]) -> int:
    """Takes the date and the agency of a dateline; returns where the text after it starts.
    What follows the dash is an agency only if it reads as a name ("РИА Новости"), not as
    the article's first sentence ("Стороны договорились.")."""
    end = match.end()
    publisher = _agency_of(match["pub2"]) if match["pub2"] else match["pub3"] or ""
    if match["pub"]:
        if _is_publisher(match["pub"]):
            publisher = match["pub"]
        else:
            end = match.start("pub")
    meta["publisher"] = meta["publisher"] or publisher.strip()
    meta["date"] = meta["date"] or _russian_date(match)
    return end


# "/Корр. ИТАР-ТАСС Андрей Иванов/", "/Спец. корр. ТАСС/", "/Корр./": a correspondent's
# byline, its agency (a word in capitals) the publisher, a byline alone none
_BYLINE = re.compile(
    r"(?:[Сс]пец\.\s*)?[Кк]орр(?:еспондент)?\.?\s*(?P<agency>[A-ZА-ЯЁ][A-ZА-ЯЁ-]+\b)?"
)


def _agency_of(slashed: str) -> str:
    """The agency between slashes after a dateline ("/ТАСС/"), or of a byline there."""
    if byline := _BYLINE.match(slashed):
        return byline["agency"] or ""
    return slashed


def _russian_date(match: re.Match[str]) -> str:
    """ISO date of a day, month name and year; "" without a year (never guessed)."""
    if not match["year"]:
        return ""
    month = next(i for i, m in enumerate(MONTHS, 1) if m[:3] == match["month"][:3].lower())
    return iso_date(f"{match['year']}-{month:02d}-{int(match['day']):02d}")


def _is_publisher(text: str) -> bool:
    """A news agency or outlet's name: a few words, none a verb, a pronoun, an adverb or a
    function word, and every lower-case word able to stand in the nominative ("Российская
    газета", "Эхо Москвы", "Синьхуа", "Kazinform"); a sentence has a verb or an oblique case."""
    from kg.nlp.morph import morph

    words = re.findall(r"[\w-]+", text)
    if (
        not words
        or len(words) > _PUBLISHER_WORDS
        or not (words[0][0].isupper() or words[0].isascii())
    ):
        return False
    readings = morph().parse
    for word in words:
        if not re.search("[а-яё]", word, re.IGNORECASE):
            continue  # Latin names, numbers
        every = readings(word)
        parses = [p for p in every if p.tag.POS not in _VERBAL | _FUNCTION_WORDS]
        if not parses or every[0].tag.POS in _FUNCTION_WORDS:
            return False
        if word[0].islower() and not any(p.tag.case == "nomn" for p in parses):
            return False
    return True


def _headline(line: str, sentence: bool) -> str:
    """The line itself if it is headline-sized, else its first sentence, cut to TITLE_MAX."""
    if sentence or len(line) > TITLE_MAX:
        line = _first_sentence(line)
    if len(line) > TITLE_MAX:
        line = line[:TITLE_MAX].rsplit(" ", 1)[0].rstrip(" ,;:—–-") + "…"
    return line


def _first_sentence(line: str) -> str:
    for end in _SENTENCE_END.finditer(line):
        if not _INITIAL.search(line[max(0, end.start() - 3) : end.start()]):
            return line[: end.start()] if end.group() == "." else line[: end.end()]
    return line
