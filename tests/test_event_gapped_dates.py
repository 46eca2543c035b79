"""A date before both verbs of a clause after ", а затем" / ", а потом" with no subject of its
own dates both events: the later is the next step of the same occasion. A date inside the
later clause, one after the first verb, a later clause with its own subject or a count of
days keep their own reading. Sentences of our own about other pairs of states."""

from __future__ import annotations

import pytest

# text (in a document of 10 May 2025), the dates read: "kind day" by ", "
DATED = [
    ("Президенты Польши и Литвы 4 мая провели переговоры, а затем открыли форум.",
     "Talks 2025-05-04, Forum 2025-05-04"),
    ("Президенты Чили и Перу 3 мая провели переговоры, а потом открыли бизнес-форум.",
     "Talks 2025-05-03, Forum 2025-05-03"),
    ("7 мая премьер-министры Кении и Уганды провели встречу, а затем открыли бизнес-форум.",
     "Meeting 2025-05-07, Forum 2025-05-07"),
    # must not: a date inside the later clause is that clause's only
    ("Президенты Польши и Литвы провели переговоры, а 4 мая открыли форум.",
     "Talks 2025-05-10, Forum 2025-05-04"),
    ("Президенты Кении и Уганды 4 мая провели переговоры, а затем 6 мая открыли бизнес-форум.",
     "Talks 2025-05-04, Forum 2025-05-06"),
    # must not: a date after the first verb stays its own
    ("Президенты Чили и Перу провели переговоры 4 мая, а затем открыли бизнес-форум.",
     "Talks 2025-05-04, Forum 2025-05-10"),
    # must not: a later clause with its own subject keeps its own date
    ("Президенты Польши и Литвы 4 мая провели переговоры, а министры Латвии и Эстонии "
     "открыли форум.", "Talks 2025-05-04, Forum 2025-05-10"),
    # must not: a count of days counts from the day
    ("Президенты Чили и Перу 4 мая провели переговоры, а затем через два дня открыли "
     "бизнес-форум.", "Talks 2025-05-04, Forum 2025-05-06"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dates"), DATED)
def test_date_before_both_verbs_dates_both(events, text: str, dates: str) -> None:
    first, later = (pair.split() for pair in dates.split(", "))
    read = {e.kind: e.date for e in events(text, "2025-05-10")}
    assert [read.get(first[0]), read.get(later[0])] == [first[1], later[1]]
