"""A clause a count of days sets ("а на следующий день", "через два дня", "днём позже") tells
of that many days after the one day the events told before it in the sentence (else those
of the sentence before) have, where the text gives that day; where it gives none, of no
day, not the dateline's. Sentences of our own about other pairs of states."""

from __future__ import annotations

import pytest

# document date, text, the date of the one event of this kind
CASES = [
    (
        "2025-03-10",
        "Премьер-министры Кении и Танзании 7 марта обсудили в Найроби строительство дороги, "
        "а через два дня открыли бизнес-форум.",
        "Forum",
        "2025-03-09",
    ),
    (
        "",
        "Премьер-министры Кении и Танзании 6 марта 2025 года провели переговоры в Найроби, а "
        "на следующий день открыли бизнес-форум.",
        "Forum",
        "2025-03-07",
    ),
    (
        "",
        "Президенты Польши и Литвы 4 мая 2025 года провели переговоры, а двумя днями позже "
        "открыли форум.",
        "Forum",
        "2025-05-06",
    ),
    # from the sentence before
    (
        "",
        "Президенты Польши и Литвы 4 мая 2025 года провели переговоры в Вильнюсе. Днём позже "
        "министры двух стран открыли бизнес-форум в Каунасе.",
        "Forum",
        "2025-05-05",
    ),
    (
        "",
        "Президенты Перу и Чили 12 июня 2025 года провели переговоры в Лиме. Спустя сутки "
        "министры двух стран открыли бизнес-форум.",
        "Forum",
        "2025-06-13",
    ),
    # must not: from an event of no day the text gives, a month or some days: no day, not
    # the dateline's
    (
        "2025-03-10",
        "Премьер-министры Кении и Танзании обсудили в Найроби строительство дороги, а на "
        "следующий день открыли бизнес-форум.",
        "Forum",
        "",
    ),
    (
        "2025-05-20",
        "Президенты Польши и Литвы в мае провели переговоры, а через два дня открыли форум.",
        "Forum",
        "",
    ),
    (
        "2025-05-20",
        "Президенты Польши и Литвы 4 мая провели переговоры, а через несколько дней открыли форум.",
        "Forum",
        "",
    ),
    # must not: the counted event's day is not the one it counts from
    (
        "2025-03-10",
        "Премьер-министры Кении и Танзании 7 марта обсудили в Найроби строительство дороги, "
        "а через два дня открыли бизнес-форум.",
        "Talks",
        "2025-03-07",
    ),
]


@pytest.mark.parametrize(("date", "text", "kind", "day"), CASES)
def test_days_counted_from_the_event_told_before(
    events, date: str, text: str, kind: str, day: str
) -> None:
    (event,) = [e for e in events(text, date) if e.kind == kind]
    assert event.date == day
