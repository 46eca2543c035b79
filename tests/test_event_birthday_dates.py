"""A date of a clause of reaching an age, set off from the event by a dash or a colon ("убит
незадолго до юбилея — 4 февраля ему должно было исполниться 70 лет"), is the birthday's, not
the event's. The event's own clause still dates it. States of our own choice (Peru, Chile)."""

from __future__ import annotations

import pytest

DAY = "2025-10-01"

BIRTHDAY = [
    ("Сенатор Перу Марио Руис был убит незадолго до юбилея — 4 февраля ему должно было "
     "исполниться 70 лет.", "Death", "2025-02-04"),
    ("Сенатор Перу Марио Руис скончался накануне юбилея: 12 марта ему исполнилось бы 80 лет.",
     "Death", "2025-03-12"),
]  # fmt: skip

OWN_DAY = [
    # must-not: the date is in the event's own clause
    ("Бывший посол Чили Хуан Перес скончался 4 февраля, ему было 70 лет.", "Death",
     "2025-02-04"),
    ("Бывший посол Чили Хуан Перес скончался 4 февраля — в день, когда ему исполнилось 70 лет.",
     "Death", "2025-02-04"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "day"), BIRTHDAY)
def test_the_birthday_does_not_date_the_event(events, text: str, kind: str, day: str) -> None:
    found = [e.date for e in events(text, DAY) if e.kind == kind]
    assert found and day not in found


@pytest.mark.parametrize(("text", "kind", "day"), OWN_DAY)
def test_the_events_own_clause_dates_it(events, text: str, kind: str, day: str) -> None:
    assert [e.date for e in events(text, DAY) if e.kind == kind] == [day]
