"""What a number counts: its currency, percent, written unit or counted noun.

The unit right after a number (a currency's name or sign, an ISO code, "%", a written unit
such as "кв. км" from measure_abbreviations.tsv) and, for a count, the lemma of the noun it
counts past adjectives, coordinated attributes, a count's complement and the noun a second
count shares ("200 чилийских и 150 перуанских компаний"); `is_currency` and `names_currency`
tell a sum of money. `number_kinds.classify` reads a number's unit here.

Split out of numbers.py (forty-fifth pass, h-split49)."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from kg.extract.common.numbers import SIGNS, SP, FirstOf, likeliest_parse
from kg.lexicon import load_list, load_rows
from kg.nlp.morph import morph, singular_only

CURRENCIES = Path(__file__).with_name("currencies.tsv")
MEASURE_ABBREVIATIONS = Path(__file__).with_name("measure_abbreviations.tsv")
WEIGHED_GOODS = Path(__file__).with_name("weighed_goods.txt")
# units of measure, not things counted (claims read a metric for them, titles leave them out)
MEASURE_UNITS = Path(__file__).with_name("measure_units.txt")
_COUNTED_AT = re.compile(r"[ \t\u00a0]*([а-яё]+(?:-[а-яё]+)?)(?![\w-])", re.IGNORECASE)
_SIGN_AFTER = re.compile(rf"[{SP}]*(?P<s>[{''.join(SIGNS)}])")
_CODES = ("USD", "EUR", "RUB", "KZT", "CNY", "GBP", "JPY", "UZS", "BYN", "TRY", "INR", "KRW",
          "UAH", "CHF", "AZN", "AMD", "GEL", "KGS", "TJS")  # fmt: skip
_CURRENCY_CODE = re.compile(r"[A-Z]{3}")  # the unit of a sum: `is_currency`
_CODE_AFTER = re.compile(rf"[{SP}]*(?P<c>{'|'.join(_CODES)})(?![A-Za-z])")
_PERCENT = re.compile(
    r"[ \u00a0\u202f\u2009]*(?:%|процентн[а-яё]*\s+пункт[а-яё]*|процент[а-яё]*|проц\.|п\.\s?п\.)",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _currencies() -> FirstOf:
    """Currency name patterns from currencies.tsv, qualified names first."""
    rows = ((code, rx) for code, rx in load_rows(CURRENCIES))
    return FirstOf.of(rows, "[ \u00a0]*(?:{})")


def unit_after(text: str, pos: int) -> tuple[str, int]:
    """Currency or percent right after `pos`: (unit, end), or ("", pos)."""
    m = _PERCENT.match(text, pos)
    if m:
        return "percent", m.end()
    m = _SIGN_AFTER.match(text, pos)
    if m:
        return SIGNS[m["s"]], m.end()
    m = _CODE_AFTER.match(text, pos)
    if m:
        return m["c"], m.end()
    return _currencies().match(text, pos) or ("", pos)


@lru_cache(maxsize=1)
def _abbreviations() -> FirstOf:
    """Written units ("кв. км", "м²") from measure_abbreviations.tsv."""
    rows = ((unit, rx) for rx, unit in load_rows(MEASURE_ABBREVIATIONS))
    return FirstOf.of(rows, "[ \u00a0]*(?:{})(?![а-яёa-z])")


# words between a number and what it counts: "80 [его] сторонников", "две [подряд] победы"
_BETWEEN = {"его", "её", "ее", "их", "подряд"}
_AND = {"и", "или"}  # "чилийских и перуанских компаний": adjectives the noun after shares
_DIMENSIONS = {"квадратный", "кубический"}  # "квадратных километров": the unit is both words


def counted_lemma(text: str, pos: int) -> tuple[str, int]:
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
        pos_tag, lemma = likeliest_parse(m[1])
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
        tag = likeliest_parse(word[1])[0]
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
        tag, lemma = likeliest_parse(word[1])
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


def not_genitive(words: str) -> bool:
    """A noun after a scale word that no reading makes a genitive: "60 млн страна получала"
    counts no country; "60 млн стран", "2 млн тонн", "17,363 тыс. кв. км" count theirs."""
    noun = words.split()[-1] if words.split() else ""
    known = noun.isalpha() and morph().can_be(noun, "nomn")  # no written unit ("кв. км")
    return known and not morph().can_be(noun, "gent")


def uncounted(words: str, value: Decimal) -> bool:
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
    return (
        nxt is None
        or not nxt[1].islower()
        or likeliest_parse(nxt[1])[0] not in {"NOUN", "ADJF", "PRTF"}
    )


# a pound with no adjective or "стерлингов": a currency's name or a unit of mass
_BARE_POUND = re.compile(r"[ \u00a0]*фунт(?:а|у|ом|е|ы|ов|ам|ами|ах)?", re.IGNORECASE)
_COMPARATOR = r"(?:(?:около|более|свыше|почти|порядка|примерно|менее|не\s+менее|не\s+более|до)\s+)?"
# a word of weight right before the figure: "весом 20 фунтов", "массой около 300", "весит 5"
_WEIGHT_RIGHT_BEFORE = re.compile(
    rf"(?<![а-яё])(?:вес(?:ом)?|массой|вес(?:ит|ят|ил[аио]?|ящ[а-яё]*|ивш[а-яё]*))"
    rf"(?:\s+в)?\s*[—–-]?\s*{_COMPARATOR}$",
    re.IGNORECASE,
)
# "вес/масса …" in the clause a level verb gives the figure: "Вес посылки составил 20 фунтов"
_WEIGHT_LEVEL = re.compile(
    rf"(?<![а-яё])(?:вес|масса)(?![а-яё])[^.!?;\n]*?(?<![а-яё])(?:состав|превы|достиг)[а-яё]*"
    rf"\s+{_COMPARATOR}$",
    re.IGNORECASE,
)
# a price, a sum or a size before the figure: "стоимостью 5 млн фунтов", "за 300 млн фунтов"
_PRICE_BEFORE = re.compile(
    rf"(?<![а-яё])(?:стоимостью|на\s+сумму|за|ценой|по\s+цене|в\s+размере)\s+{_COMPARATOR}$",
    re.IGNORECASE,
)


def weighed_pound(text: str, start: int, end: int, unit_end: int) -> bool:
    """A bare "фунт" after a number that weighs, no sum of money: goods in the genitive
    after it ("500 тысяч фунтов говядины", "300 фунтов кокаина": a substance by
    `singular_only` or a good of weighed_goods.txt) or a word of weight before it ("посылка
    весом 20 фунтов", "Вес груза составил 300 фунтов"); a price or a sum before it
    ("стоимостью", "на сумму", "за"), "стерлингов", an adjective ("британских фунтов") or a
    sum of anything else ("20 млн фунтов помощи") stay money."""
    if _BARE_POUND.fullmatch(text, end, unit_end) is None:
        return False
    before = text[max(0, start - 100) : start]
    if _PRICE_BEFORE.search(before):
        return False
    if _WEIGHT_RIGHT_BEFORE.search(before) or _WEIGHT_LEVEL.search(before):
        return True
    return _goods_after(text, unit_end)


def _goods_after(text: str, pos: int) -> bool:
    """Whether the noun after `pos`, past its lower-case adjectives, is goods in the genitive
    that a weight measures ("[свежей] говядины", "кокаина"; not "помощи", "инвестиций")."""
    for _ in range(4):
        m = _COUNTED_AT.match(text, pos)
        if m is None or not m[1].islower():
            return False
        tag, lemma = likeliest_parse(m[1])
        if tag in {"ADJF", "PRTF"}:
            pos = m.end()
            continue
        weighed = singular_only(lemma) or lemma in load_list(WEIGHED_GOODS)
        return tag == "NOUN" and weighed and morph().can_be(m[1].lower(), "gent")
    return False


def is_currency(unit: str) -> bool:
    """A sum of money's unit: every currency reads as its ISO 4217 code ("USD", "NOK")."""
    return _CURRENCY_CODE.fullmatch(unit) is not None


def names_currency(word: str) -> bool:
    """A word that is a currency's name by itself ("долларов", "евро"): the unit of a sum the
    parser split from its number, no thing the sum belongs to."""
    found = _currencies().match(word, 0)
    return found is not None and found[1] == len(word)
