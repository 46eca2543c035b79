"""An event told "в (тот) день, когда …" (forty-second pass, h-events103, own sentences about
Chile–Peru, Estonia–Latvia, Egypt–Turkey, Canada–Mexico) is on the day the text gives the
clause's event, else on no day (not the news day); the clause's event of no date of its own
is on the event's day where the text gives one. Events with their own date keep it."""

from __future__ import annotations

import pytest

CASES = [
    # (text, kind, its date)
    # the clause's event dated before: the event takes its day
    ("12 марта 2024 года в Перу прошли муниципальные выборы. Президент Чили встретился с "
     "президентом Перу в день, когда прошли выборы.", "Meeting", "2024-03-12"),
    ("Саммит АТЭС открылся в Лиме 14 ноября 2024 года. Президент Чили прибыл в Перу в тот "
     "день, когда открылся саммит.", "Visit", "2024-11-14"),
    # no day given for the clause: none, not the news day
    ("Премьер-министр Эстонии Кая Каллас встретилась с президентом Латвии в день, когда Латвия "
     "отмечала годовщину независимости.", "Meeting", ""),
    ("В день, когда в Мексике прошли выборы, премьер-министр Канады провёл переговоры с "
     "президентом США.", "Talks", ""),
    ("В день, когда в Мексике прошли выборы, премьер-министр Канады провёл переговоры с "
     "президентом США.", "Election", ""),
    # the event's own day is the clause's too
    ("Президент Турции прибыл в Каир 14 февраля 2024 года, в день, когда в Египте прошли "
     "выборы.", "Visit", "2024-02-14"),
    ("Президент Турции прибыл в Каир 14 февраля 2024 года, в день, когда в Египте прошли "
     "выборы.", "Election", "2024-02-14"),
    # must keep: a day not of "когда" ("в этот день"), and the news day of a plain event
    ("Президент Египта встретился с президентом Турции 3 мая. В этот день стороны подписали "
     "соглашение о торговле.", "Signing", "2024-05-03"),
    ("Президент Чили встретился с президентом Перу в Лиме.", "Meeting", "2024-05-10"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "date"), CASES)
def test_day_of_when(events, text: str, kind: str, date: str) -> None:  # noqa: ANN001
    (event,) = [e for e in events(text, "2024-05-10") if e.kind == kind]
    assert event.date == date
