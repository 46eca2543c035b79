"""A date of a clause of reaching an age, set off from the event by a dash or a colon ("убит
незадолго до юбилея — 4 февраля ему должно было исполниться 70 лет"), is the birthday's, not
the death's. The death's own clause still dates it. People of our own choice (Peru, Chile)."""

from __future__ import annotations

import pytest

DAY = "2025-10-01"

CASES = [
    ("Сенатор Перу Марио Руис был убит незадолго до юбилея — 4 февраля ему должно было "
     "исполниться 70 лет.", "2025-02-04", False),
    ("Сенатор Перу Марио Руис скончался накануне юбилея: 12 марта ему исполнилось бы 80 лет.",
     "2025-03-12", False),
    # must-not: the date is in the death's own clause
    ("Бывший посол Чили Хуан Перес скончался 4 февраля, ему было 70 лет.", "2025-02-04", True),
    ("Бывший посол Чили Хуан Перес скончался 4 февраля — в день, когда ему исполнилось 70 лет.",
     "2025-02-04", True),
    # must-not: a day tied to another moment is no day the dash tells
    ("Бывший президент Чили Хуан Перес скончался в Сантьяго на следующий день после визита в "
     "Перу — 4 февраля ему должно было исполниться 70 лет.", "2025-02-04", False),
    ("Бывший президент Чили Хуан Перес погиб в тот же день, когда вернулся из Перу, — 1 марта "
     "ему должно было исполниться 75 лет.", "2025-03-01", False),
]  # fmt: skip

#: the event's own clause names the day the dash then tells: the birthday is the event's day
ON_THE_DAY = [
    ("Президент Перу посетит Чили в день своего юбилея — 10 марта ему исполнится 60 лет.",
     "Visit", "2026-03-10"),
    ("Президент Перу Дина Болуарте прибудет в Чили в день рождения — 31 мая ей исполнится 62 года.",
     "Visit", "2026-05-31"),
    ("Переговоры президентов Перу и Чили пройдут в особый день: 31 мая президенту Перу "
     "исполнится 62 года.", "Talks", "2026-05-31"),
    ("Визит президента Перу в Чили приурочен ко дню его рождения — 10 марта 2026 года ему "
     "исполнится 60 лет.", "Visit", "2026-03-10"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day", "its"), CASES)
def test_a_birthday_does_not_date_the_death(events, text: str, day: str, its: bool) -> None:
    found = [e.date for e in events(text, DAY) if e.kind == "Death"]
    assert found and (day in found) == its


@pytest.mark.parametrize(("text", "kind", "day"), ON_THE_DAY)
def test_a_day_the_event_is_on_dates_it(events, text: str, kind: str, day: str) -> None:
    assert day in [e.date for e in events(text, DAY) if e.kind == kind]
