"""A date that opens a death's own clause dates the death, though a report tail follows it
("6 марта 2016 года умер X, …, подтверждает Y, его сын"), wherever the parser hangs the date;
the report's day rule ("X скончался, сообщили в пятницу") holds only for a date in the report's
clause, or before a report told above the death. Sentences of our own (forty-seventh pass,
h-events124)."""

from __future__ import annotations

import pytest

# (text, the death's date)
CASES = [
    # the date opens the death's clause, a tail of confirmation after it
    ("6 марта 2016 года умер египетский дирижер Ахмед Хасан, один из величайших дирижёров в "
     "истории, подтверждает Омар Хасан, его сын.", "2016-03-06"),
    ("6 марта 2016 года умер египетский дирижер Ахмед Хасан, сообщил его сын.", "2016-03-06"),
    ("6 марта 2016 года умер египетский дирижер Ахмед Хасан, один из величайших дирижёров в "
     "истории.", "2016-03-06"),
    # must keep: a date in the report tail is the report's day
    ("Египетский дирижер Ахмед Хасан умер, сообщил 6 марта 2016 года его сын.", ""),
    ("Турецкий писатель Орхан Йылмаз скончался, сообщили в пятницу 6 марта 2016 года его "
     "родственники.", ""),
    # must keep: a date before a report told above the death is the report's
    ("В пятницу, 6 марта 2016 года, сын сообщил, что умер египетский дирижер Ахмед Хасан.", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day"), CASES)
def test_date_opening_the_death_dates_it(events, text, day) -> None:
    (death,) = [e for e in events(text, "2016-03-08") if e.kind == "Death"]
    assert death.date == day
