"""kg.extract.common.date_bounds: which bound of a span of time a date is, by the word before
it, read once for events and agreements, which make different facts of it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.common.date_bounds import bound, is_term_or_limit, term_ends
from kg.extract.common.dates import find_dates
from kg.extract.context import Context
from kg.extract.events import Event
from kg.model import Document

# sentence, the date's text, its bound, whether it bounds what is done rather than dates it
BOUNDS = [
    ("Выставка продлится до 23 июня.", "23 июня", "end", True),
    ("Учения шли с 8 по 13 октября.", "8 по 13 октября", "start", False),
    ("Первый визит в Чили с 2012 года.", "2012 года", "start", False),
    ("Стороны обязались завершить работы к 2030 году.", "2030 году", "deadline", True),
    ("Встреча намечена на 15 мая.", "15 мая", "term", True),
    ("Делегация прибыла 15 мая.", "15 мая", "", False),
    ("15 мая делегация прибыла в Лиму.", "15 мая", "", False),  # a sentence's first word
]


@pytest.mark.parametrize(("text", "date", "kind", "limit"), BOUNDS)
def test_bound(analyse: Callable[..., Context], text: str, date: str, kind: str,
               limit: bool) -> None:  # fmt: skip
    ctx = analyse(Document(id="b", text=text))
    first = ctx.doc.char_span(text.index(date), len(text), alignment_mode="expand")[0]
    assert (bound(first), is_term_or_limit(first)) == (kind, limit)


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("Подписана программа на 2025–2027 годы.", ["2025", "2027"]),
        # a bracket before "на" is a word of its own: the term's ends all the same (the
        # text's four characters before the date, "(на ", read as no "на" before)
        ("Подписана программа (на 2025–2027 годы).", ["2025", "2027"]),
        ("С 2025 по 2027 год программа действовала.", []),
        ("На форуме 2025–2027 годы назвали ключевыми.", []),
    ],
)
def test_term_ends(analyse: Callable[..., Context], text: str, ends: list[str]) -> None:
    ctx = analyse(Document(id="t", text=text))
    assert [d.value for d in term_ends(ctx.doc, find_dates(text))] == ends


def test_events_read_the_bound(events: Callable[..., list[Event]]) -> None:
    """An event is dated neither by its end nor by a term's range, bracketed or not (the
    bracketed one dated the signing 2025); a plan is dated by its "на"."""
    found = events(
        "Визит президента Чили в Перу продлится до 23 июня. Чили и Перу подписали программу "
        "сотрудничества (на 2025–2027 годы). Переговоры министров Чили и Перу назначены на "
        "15 июля 2024 года.",
        date="2024-06-12",
    )
    dates = {e.kind: e.date for e in found}
    assert dates["Visit"] != "2024-06-23"
    assert dates["Signing"] not in ("2025", "2027")
    assert dates.get("Talks") == "2024-07-15"
