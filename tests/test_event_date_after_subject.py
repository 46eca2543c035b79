"""A date between the subject and the verb whose object is the event noun ("Президенты X и Y
4 мая провели переговоры, а через два дня после визита открыли форум") is the event's, though
the parser hangs it on the verb after "а"; not the dateline's. Sentences of our own about
other pairs of states."""

from __future__ import annotations

import pytest

# text, kind, its date (the document is of 10 May 2025)
CASES = [
    (
        "Президенты Польши и Литвы 4 мая провели переговоры, а через два дня после визита "
        "открыли форум.",
        "Talks",
        "2025-05-04",
    ),
    (
        "Президенты Кении и Танзании 4 мая провели переговоры, а через два дня после визита "
        "открыли форум.",
        "Talks",
        "2025-05-04",
    ),
    (
        "Президенты Чили и Боливии 3 мая провели встречу, а через неделю после саммита "
        "открыли форум.",
        "Meeting",
        "2025-05-03",
    ),
    # must not: the other clause's own day stays its own
    (
        "Президенты Кении и Танзании 4 мая провели переговоры, а 6 мая открыли форум.",
        "Forum",
        "2025-05-06",
    ),
    (
        "Президенты Кении и Танзании 4 мая провели переговоры, а 6 мая открыли форум.",
        "Talks",
        "2025-05-04",
    ),
]


@pytest.mark.parametrize(("text", "kind", "day"), CASES)
def test_a_date_after_the_subject_is_its_verbs(events, text: str, kind: str, day: str) -> None:
    (event,) = [e for e in events(text, "2025-05-10") if e.kind == kind]
    assert event.date == day
