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
]  # fmt: skip


@pytest.mark.parametrize(("text", "day", "its"), CASES)
def test_a_birthday_does_not_date_the_death(events, text: str, day: str, its: bool) -> None:
    found = [e.date for e in events(text, DAY) if e.kind == "Death"]
    assert found and (day in found) == its
