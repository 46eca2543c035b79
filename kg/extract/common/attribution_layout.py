"""The layout of attributed text: quotation marks, dashes, lines and answers.

Which straight mark opens and which closes a quotation (they nest, told apart by what
touches them), where a quotation or a line ends, a dash-led line, a question and the
answer after it in an interview, and the trimming of a region's edges.

Split out of attribution.py (forty-fourth pass, h-split46)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token

from kg.extract.common.attribution_words import ANSWERING, EMPHASIS
from kg.nlp.marks import DASH_CHARS
from kg.nlp.morph import features
from kg.nlp.quote_marks import CLOSING, OPENING, PAIRS

# what follows a quotation that ends its sentence: the line's end or a new sentence
_NEXT_SENTENCE = re.compile(r"[ \t\u00a0]*$|\s+[«„“\"А-ЯЁA-Z]", re.M)


# an interview's turns labelled as such: "Вопрос: Как вы оцениваете …?\nОтвет: …"
_QUESTION = re.compile(r"Вопрос[ \t]*:[ \t]")


_ANSWER = re.compile(r"Ответ[ \t]*:[ \t]*")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a stretch past surrounding whitespace, dashes and quotation marks."""
    junk = " \t\r\n\u00a0" + DASH_CHARS + "".join(PAIRS) + "".join(CLOSING)
    while start < end and text[start] in junk:
        start += 1
    while end > start and text[end - 1] in junk:
        end -= 1
    return start, end


def line_end(text: str, pos: int) -> int:
    """Where the line (a news paragraph) that `pos` stands in ends."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def ends_sentence(text: str, close: int) -> bool:
    """Whether the quotation closed at `close` ends its sentence: a full stop inside or right
    after the mark, or the line's end ("«Спартак» выиграл" goes on)."""
    stop = close + 1 if text[close + 1 : close + 2] in (".", "!", "?", "…") else close
    if stop == close and text[close - 1] not in ".!?…":
        return not text[close + 1 : line_end(text, close)].strip(" \t\u00a0")
    return _NEXT_SENTENCE.match(text, stop + 1) is not None


def _dash_led(line: str) -> bool:
    """Whether a paragraph opens with a dash: a line of an interview or dialogue."""
    return line[:1] in DASH_CHARS and line[1:2].isspace()


def answers_questions(t: Token) -> bool:
    """ "ответил на вопросы": a verb of answering an interviewer's questions, plural."""
    return t.lemma_ in ANSWERING and any(
        c.lemma_ == "вопрос" and c.dep_ == "obl" and features(c, "Number") == ("Plur",)
        for c in t.children
    )


def asked(line: str) -> bool:
    """Whether a paragraph is an interviewer's question: dash-led or labelled "Вопрос:"."""
    return (_dash_led(line) or _QUESTION.match(line) is not None) and line.endswith("?")


def answer_start(line: str) -> int | None:
    """Where an interview's answer starts in its paragraph: at a dash, or past an "Ответ:"
    label (no words of the speaker's); None for a paragraph that is no answer."""
    if _dash_led(line):
        return 0
    label = _ANSWER.match(line)
    return label.end() if label else None


def paragraph_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line: news paragraphs are lines."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n\r\u2028\u2029]+", text)
            if m.group().strip()]  # fmt: skip


def opening_after(text: str, pos: int) -> int | None:
    """The quotation mark that opens the text at `pos`, past spaces and wiki italics
    ("заявил: ''«…»''"), and past a straight mark doubled before another ("''"«…»''", the
    straight one never closed); None where words come first."""
    k = pos
    while k < len(text) and (text[k] in " \t\u00a0" or text[k] == EMPHASIS):
        k += 1
    doubled = text[k : k + 1] == '"' and text[k + 1 : k + 2] in OPENING
    if doubled and matching_close(text, k) is None:
        k += 1
    return k if text[k : k + 1] in OPENING else None


def unclosed_open(text: str) -> int | None:
    """Index of the last quotation mark `text` opens and does not close, if any."""
    if text.count("«") > text.count("»"):
        return text.rfind("«")
    if text.count('"') % 2:
        unclosed: list[int] = []  # straight marks nest: «"A "B" C» leaves A's open
        for k in _straight_marks(text, 0, len(text)):
            if _straight_role(text, k) == "open":
                unclosed.append(k)
            elif unclosed:
                unclosed.pop()
        return unclosed[0] if unclosed else text.rfind('"')
    if text.count("„") > text.count("“"):
        return text.rfind("„")
    return None


def stray_close(text: str, start: int, end: int) -> int | None:
    """Index of the first quotation mark in text[start:end] that closes one opened before
    `start` (a » or a closing straight mark with no opening one after `start`)."""
    depth = {"«": 0, '"': 0}
    for k in range(start, end):
        kind = "«" if text[k] in "«»" else text[k]
        if kind not in depth:
            continue
        role = {"«": "open", "»": "close"}.get(text[k]) or _straight_role(text, k)
        if role == "open":
            depth[kind] += 1
        elif role == "close":
            if depth[kind] == 0:
                return k
            depth[kind] -= 1
    return None


def matching_open(text: str, floor: int, close: int) -> int | None:
    """Index of the quotation mark opening the one at `close`, not before `floor`."""
    mark = text[close]
    if mark == "»":
        return _nested_pair(text, range(close, floor - 1, -1), "»", "«")
    if mark == '"':
        marks = reversed(_straight_marks(text, floor, close))
        if (k := _straight_pair(text, marks, "close")) is not None:
            return k
    openers = [o for o, c in PAIRS.items() if c == mark]
    k = max(text.rfind(o, floor, close) for o in openers)
    return k if k >= floor else None


def matching_close(text: str, opening: int) -> int | None:
    """Index of the quotation mark closing the one at `opening`."""
    mark = text[opening]
    if mark not in OPENING:
        return None
    if mark == "«":
        return _nested_pair(text, range(opening, len(text)), "«", "»")
    if mark == '"':
        if _straight_role(text, opening) == "close":
            return None  # a mark that closes a quotation opens none
        marks = _straight_marks(text, opening + 1, line_end(text, opening))
        if (k := _straight_pair(text, marks, "open")) is not None:
            return k
    k = text.find(PAIRS[mark], opening + 1)
    return k if k >= 0 else None


def _nested_pair(text: str, walk: Iterable[int], own: str, other: str) -> int | None:
    """Where the guillemet `own` that `walk` starts at is paired, walking on: the `other`
    that brings the nesting back to none ("«Договор «Об обороне» подписан»")."""
    depth = 0
    for k in walk:
        if text[k] == own:
            depth += 1
        elif text[k] == other:
            depth -= 1
            if depth == 0:
                return k
    return None


def _straight_pair(text: str, marks: Iterable[int], deeper: str) -> int | None:
    """Where a straight mark `"` is paired among the `marks` after it in the walk: the one
    that brings the nesting back to none, a mark of role `deeper` nesting one more."""
    depth = 1
    for k in marks:
        depth += 1 if _straight_role(text, k) == deeper else -1
        if depth == 0:
            return k
    return None


def _straight_marks(text: str, start: int, end: int) -> list[int]:
    """Positions of the straight marks `"` in text[start:end]."""
    return [start + m.start() for m in re.finditer('"', text[start:end])]


def _straight_role(text: str, k: int) -> str:
    """Whether the straight mark `"` at `k` opens or closes a quotation, by what touches it:
    a space before and a word after open ("выделило "Петробраз""), a word before and a space
    or punctuation after close; "" where it could be either."""
    before = text[k - 1] if k > 0 else " "
    after = text[k + 1] if k + 1 < len(text) else " "
    opens = (before.isspace() or before in "([«„-–—:/'") and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in ".,;:!?)]»…-–—'")
    if opens != closes:
        return "open" if opens else "close"
    return ""
