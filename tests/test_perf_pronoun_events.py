"""An event told again by a pronoun ("Визит отложен. Он состоится в июне"), looked for with
fewer Tokens (sixty-first pass, h-perf62): only in a sentence after one with an event noun,
and there only at the pronouns, picked from the lemma array. What it reads is what it read
(musts and must-nots below; the quad digests). States of our own: Chile, Peru, Bolivia."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.events import Event, hits

_DAY = "2026-03-12"


class _Counted(frozenset[str]):
    """The pronouns, counting the words asked about."""

    asked = 0

    def __contains__(self, word: object) -> bool:
        _Counted.asked += 1
        return super().__contains__(word)


def _read(
    events: Callable[..., list[Event]], text: str, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[tuple[str, str, str]], int]:
    """The events' kinds, dates and statuses, and how many words were asked whether they
    are a pronoun that may stand for an event."""
    _Counted.asked = 0
    monkeypatch.setattr(hits, "_PRONOUNS", _Counted(hits._PRONOUNS))
    read = events(text, _DAY)
    return sorted((e.kind, e.date, e.status) for e in read), _Counted.asked


# (text, events): musts, then must-nots ("он" of a person; no event noun before the pronoun)
CASES = [
    ("Визит президента Чили в Перу отложен. Он состоится в июне.",
     [("Visit", "2026-06", "planned")]),
    ("Встреча министров Чили и Боливии перенесена. Она пройдёт в июле.",
     [("Meeting", "2026-07", "planned")]),
    ("Визит президента Чили в Перу отложен. Он заявил, что посетит страну позже.",
     [("Visit", "", "cancelled")]),
    ("Министр Чили прибыл в Лиму. Он пройдёт обследование в июне.",
     [("Visit", "2026-03-12", "occurred")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rows"), CASES)
def test_a_pronoun_event_reads_as_before(
    events: Callable[..., list[Event]], monkeypatch: pytest.MonkeyPatch, text: str, rows: list
) -> None:
    assert _read(events, text, monkeypatch)[0] == rows


def test_no_word_is_asked_after_a_sentence_of_no_event(
    events: Callable[..., list[Event]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sentences after one that tells no event ask about none of their words."""
    text = "Погода в Лиме была тёплой. Он состоится в июне. Министры говорили о торговле."
    assert _read(events, text, monkeypatch) == ([], 0)


def test_only_the_words_of_the_sentence_after_an_event_are_asked(
    events: Callable[..., list[Event]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """After "Визит … отложен." only the next sentence's words are asked (5 with its
    full stop), none of the first's nor of a third after a sentence of no event."""
    text = "Визит президента Чили в Перу отложен. Он состоится в июне. Погода в Лиме была тёплой."
    rows, asked = _read(events, text, monkeypatch)
    assert rows == [("Visit", "2026-06", "planned")]
    assert asked == 5
