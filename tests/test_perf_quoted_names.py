"""A quoted name after an event's word ("учения «Южный щит»") read from the Doc's text kept
once (sixty-fourth pass, h-perf65): the events' rules ask `quoted_after` of every trigger
word, and spaCy's `Doc.text` joins a `Token` made per word of the document at each call
(~0.2 s CPU of a 100-document build). What it reads is what it read: the names below, and
must-nots where no quoted name follows the word. States of our own: Chile, Peru, Ecuador."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from call_counts import count_calls
from fact_reads import of_kind

from kg.extract.events import Event, labels

_DAY = "2025-09-18"


def _read(
    events: Callable[..., list[Event]], text: str, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[str], int]:
    """The exercises' labels, and how many times the quoted name's reader asked for the
    Doc's kept text."""
    asked = count_calls(monkeypatch, labels, "doc_text")
    return [e.label for e in of_kind(events(text, _DAY), "Exercise")], asked.n


# (text, labels): a quoted name right after the word, then none after it
CASES = [
    ("Чили и Перу проведут в октябре военно-морские учения «Южный щит».",
     ["Учения «Южный щит»"]),
    ("Перу и Эквадор провели совместные учения \"Андский кондор\".",
     ["Учения «Андский кондор»"]),
    ("Вооружённые силы Чили и Эквадора провели совместные учения.",
     ["Совместные учения Чили и Эквадора"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rows"), CASES)
def test_quoted_names_read_from_the_kept_text(
    events: Callable[..., list[Event]], monkeypatch: pytest.MonkeyPatch, text: str, rows: list
) -> None:
    read, asked = _read(events, text, monkeypatch)
    assert read == rows
    assert asked  # the kept text, not spaCy's joined anew


def test_a_quote_further_on_is_no_name(events: Callable[..., list[Event]]) -> None:
    text = "Армия Чили провела учения, сообщила газета «Эль Меркурио»."
    assert [e.label for e in of_kind(events(text, _DAY), "Exercise")] == ["Учения Чили"]
