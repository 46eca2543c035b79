"""Sentence and token boundaries for news and transcripts, as character spans.

razdel does the work inside a line; on top of it a line break always ends a
sentence (headlines, datelines and transcript turns carry no full stop), a
dateline that opens a line ("ХАНОЙ, 12 марта 2025 года —") is a sentence of its
own (parsed with the sentence after it, it takes that sentence's subject), and
a transcript turn ("В.Путин: …", "К.-Ж.Токаев: …") always starts one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from razdel import sentenize, tokenize
from razdel.substring import Substring

from kg.formats.textmeta import DATELINE

# "В.Путин:" / "К.-Ж.Токаев:" / "Н. Назарбаев:" at the start of a sentence-like run.
_TURN = re.compile(r"(?:(?<=\s)|^)(?:[А-ЯЁA-Z]\.\s?-?){1,3}\s?[А-ЯЁA-Z][а-яёa-z-]+:\s")
_LINE = re.compile(r"[^\n\r\u2028\u2029]+")
# The full stop after a capital glued to a number ("технологии 5G. Сумма", "танки Т-90С.
# Поставки") before a capitalised word: razdel reads the letter as an initial and runs on,
# but an initial follows a space or a full stop ("А. Б. Иванов"), never a digit.
# The full stop of a regnal number in Latin letters after a capitalised Cyrillic name
# ("король Норвегии Харальд V. Визит продлится"): razdel reads the one letter as an initial
# too, but a Russian text writes its initials in Cyrillic (fifty-ninth pass, h-events194).
_CODE_STOP = re.compile(
    r"(?:(?<=\d)[A-ZА-ЯЁ]|(?<![А-ЯЁа-яё])[А-ЯЁ][а-яё]+\s[IVX]+)\.(?=\s+[«\"„(]?[A-ZА-ЯЁ])"
)
# The full stop of a year or century after its number ("с 2007 г. Кроме того", "в XIX в.
# Однако") before a capitalised function word: razdel reads "г." as an abbreviation and runs
# on. A capitalised name or noun after it ("В 1995 г. Ельцин подписал") may be the same
# sentence's subject, so only a word whose likeliest reading is a preposition, conjunction,
# particle, pronoun or adverb, which never takes a capital inside a sentence, ends it.
_YEAR_STOP = re.compile(r"(?<=[\dIVXLC])\s?(?:гг?|вв?)\.(?=\s+([А-ЯЁ][а-яё]*)\b)")
_OPENERS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "ADVB"})


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each sentence; whitespace between them is in none."""
    for line in _LINE.finditer(text):
        base, body = line.start(), line.group()
        if (dateline := DATELINE.match(body)) and (cut := _dateline_end(dateline)) < len(body):
            yield base, base + len(body[:cut].rstrip())
            base, body = base + cut, body[cut:]
        for sent in sentenize(body):
            for start, end in _split_turns(sent.text):
                for a, b in _split_codes(sent.text[start:end]):
                    piece = sent.text[start + a : start + b]
                    for c, d in _split_years(piece):
                        offset = base + sent.start + start + a
                        yield offset + c, offset + d


def _dateline_end(match: re.Match[str]) -> int:
    """Where the sentence after a dateline starts: after its dash, or after "/ТАСС/."; what
    may follow the dash ("РИА Новости.") razdel cuts at its full stop."""
    return match.start("pub") if match["pub"] else match.end()


def _split_turns(sent: str) -> Iterator[tuple[int, int]]:
    cuts = [m.start() for m in _TURN.finditer(sent) if m.start() > 0]
    bounds = [0, *cuts, len(sent)]
    for start, end in zip(bounds, bounds[1:], strict=False):
        piece = sent[start:end]
        stripped = piece.rstrip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            yield start + lead, start + len(stripped)


def _split_codes(sent: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each piece of `sent` cut after a code's full stop (`_CODE_STOP`)."""
    start = 0
    for m in _CODE_STOP.finditer(sent):
        yield start, m.end()
        start = m.end() + len(sent[m.end() :]) - len(sent[m.end() :].lstrip())
    yield start, len(sent)


def _split_years(sent: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each piece of `sent` cut after a year's full stop (`_YEAR_STOP`)."""
    start = 0
    for m in _YEAR_STOP.finditer(sent):
        if _opens_sentence(m[1]):
            yield start, m.end()
            start = m.end() + len(sent[m.end() :]) - len(sent[m.end() :].lstrip())
    yield start, len(sent)


def _opens_sentence(word: str) -> bool:
    """Whether a capitalised `word` can only be a sentence's first (`_YEAR_STOP`)."""
    from kg.nlp.morph import morph  # the one morphology object, loaded by the pipeline anyway

    parses = morph().parse(word.lower())
    return bool(parses) and (parses[0].tag.POS in _OPENERS or "Apro" in parses[0].tag)


# "10–€" of "€10–€15 млн": razdel glues a range's dash and the next end's sign (not "$") to
# the first end, and the sum after the sign loses the verb both ends share
_GLUED_SIGN = re.compile(r"\d[\d.,]*[-–—][€£¥₽₸₴₹₺₩$]")
# "150," of "из 150, 60 проголосовали": razdel glues a comma to a number a space and another
# number follow (as it keeps "1,5" whole), and the list loses its next number
_GLUED_COMMA = re.compile(r"\d(?:[\d.,]*\d)?,")


def token_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield razdel token spans of text[start:end], as offsets into text."""
    tokens = list(tokenize(text[start:end]))
    for n, tok in enumerate(tokens):
        a, b = start + tok.start, start + tok.stop
        if _GLUED_SIGN.fullmatch(tok.text):  # the number, the dash, the sign
            yield from ((a, b - 2), (b - 2, b - 1), (b - 1, b))
        elif _GLUED_COMMA.fullmatch(tok.text):  # the number, the comma
            yield from ((a, b - 1), (b - 1, b))
        elif n and _code_letter(tokens[n - 1], tok):
            continue  # read with the number before it
        elif n + 1 < len(tokens) and _code_letter(tok, tokens[n + 1]):
            yield a, start + tokens[n + 1].stop  # "5G", "3D": one word, not a number
        else:
            yield a, b


def _code_letter(number: Substring, letter: Substring) -> bool:
    """Whether `letter` is one Latin capital glued to the digits of `number` ("5" "G" of
    "5G"), which razdel cuts apart: the number alone ("технологии 5") is no title word."""
    glued = number.stop == letter.start and number.text.isdigit()
    return glued and len(letter.text) == 1 and "A" <= letter.text <= "Z"
