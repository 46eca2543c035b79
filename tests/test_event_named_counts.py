"""A count of days, weeks or months from a named event ("через неделю после саммита", "через два дня
после переговоров") tells that many days after the day the text gives that event (told in
the sentence or the one before), not after the nearest event's; where the named event has
no day in the text, the counted one has none either, not the dateline's. Sentences of our
own about other pairs of states."""

from __future__ import annotations

import pytest

CASES = {
    "Президенты Польши и Литвы 2 мая провели саммит. 4 мая министры провели переговоры, "
    "а через неделю после саммита открыли форум.": "2025-05-09",
    "Президенты Кении и Уганды 4 мая провели переговоры, а через два дня после переговоров "
    "открыли бизнес-форум.": "2025-05-06",
    "Президенты Чили и Перу 2 мая провели саммит, а через две недели после саммита открыли "
    "бизнес-форум.": "2025-05-16",
    "Президенты Кении и Уганды 4 мая провели переговоры. Через два дня после переговоров "
    "министры двух стран открыли бизнес-форум.": "2025-05-06",
    # must not: a named event of no day the text gives leaves the count undated
    "Президенты Чили и Перу провели саммит. 4 мая министры провели переговоры, а через "
    "неделю после саммита открыли бизнес-форум.": "",
    "Президенты Польши и Литвы 4 мая провели переговоры, а через неделю после саммита "
    "открыли форум.": "",
    "Президенты Чили и Перу 4 мая провели переговоры, а через несколько дней после саммита "
    "открыли бизнес-форум.": "",
    # must not: a count with no named event counts from the events before, as it did
    "Президенты Кении и Уганды 4 мая провели переговоры, а на следующий день открыли "
    "бизнес-форум.": "2025-05-05",
}


# calendar months, not 30 days each ("через месяц" after 31 January: 28 February); a count of
# no number of months and a summit of no day the text gives leave the forum undated
# (h-events146)
MONTHS = {
    "Президенты Чили и Перу 2 мая провели саммит. Через два месяца после саммита министры "
    "открыли бизнес-форум.": "2025-07-02",
    "Президенты Кении и Уганды 31 января провели саммит. Через месяц после саммита министры "
    "открыли бизнес-форум.": "2025-02-28",
    "Президенты Руанды и Уганды 2 ноября 2024 года провели саммит. Спустя три месяца после "
    "саммита министры открыли бизнес-форум.": "2025-02-02",
    # must not
    "Президенты Кении и Уганды провели саммит. Через два месяца после саммита министры "
    "открыли бизнес-форум.": "",
    "Президенты Чили и Перу 2 мая провели саммит. Через несколько месяцев после саммита "
    "министры открыли бизнес-форум.": "",
}


# (text, dateline, the forum's day)
ROWS = [(t, "2025-05-20", d) for t, d in CASES.items()]
ROWS += [(t, "2025-09-16", d) for t, d in MONTHS.items()]


@pytest.mark.parametrize(("text", "news", "day"), ROWS)
def test_count_from_a_named_event(events, text: str, news: str, day: str) -> None:
    forums = [e.date for e in events(text, news) if e.kind == "Forum"]
    assert forums == [day]
