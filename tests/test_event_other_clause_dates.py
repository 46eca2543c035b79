"""An event's date is its own clause's: a verb joined by "и затем" or "с тех пор" takes no
date of the verb before it, and a date on a verb of saying or confirming is the saying's,
not that of the event its "что" clause reports. A death told with a tail of saying ("…,
сообщили в воскресенье, 8 июля") takes no date of the report either. Sentences of our own
about Chile–Peru and Egypt–Turkey (pass forty-two, branch h-events104)."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _kind(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.kind == kind]


# text, kind, date
CASES = [
    # the extradition came later than the arrest: its date is not told
    ("Хуан Перес был задержан в марте 2018 года в Чили и затем экстрадирован в Перу.",
     "Expulsion", ""),
    ("Хуан Перес был задержан в марте 2018 года в Чили и затем экстрадирован в Перу.",
     "Arrest", "2018-03"),
    # a date of its own opens the second verb (the parser makes it a clause of its own)
    ("Хуан Перес был задержан в марте 2018 года в Чили и в июне 2018 года экстрадирован в "
     "Перу.", "Expulsion", "2018-06"),
    # custody since then: a state that began after the extradition, not an arrest in May
    ("Хуан Перес был экстрадирован в Перу в мае 2019 года и с тех пор находился под арестом.",
     "Arrest", ""),
    ("Хуан Перес был экстрадирован в Перу в мае 2019 года и с тех пор находился под арестом.",
     "Expulsion", "2019-05"),
    # the day of the confirmation, not of the arrests it confirms
    ("Генеральный прокурор Египта Хамада ас-Сави в четверг, 9 мая 2019 года, подтвердил, что "
     "власти страны задержали 40 граждан Турции.", "Arrest", ""),
    ("Генеральный прокурор Египта Хамада ас-Сави в четверг, 9 мая 2019 года, сообщил, что "
     "власти задержали гражданина Турции Мехмета Йылмаза.", "Arrest", ""),
    # must-not: the date in the event's own clause, or on a verb joined with no sequence
    ("Генеральный прокурор Египта сообщил, что 9 мая 2019 года власти задержали гражданина "
     "Турции Мехмета Йылмаза.", "Arrest", "2019-05-09"),
    ("Власти Египта 9 мая 2019 года задержали гражданина Турции Мехмета Йылмаза, сообщил "
     "генеральный прокурор.", "Arrest", "2019-05-09"),
    ("В четверг, 9 мая 2019 года, власти Египта задержали гражданина Турции Мехмета Йылмаза.",
     "Arrest", "2019-05-09"),
    ("Хуан Перес был задержан в Чили и экстрадирован в Перу в марте 2018 года.", "Expulsion",
     "2018-03"),
    # must-not: the trigger itself before the "что" keeps the date before it
    ("В интервью агентству «Андина» 27 декабря 2021 года министр иностранных дел Перу Хуан "
     "Перес утверждал, что: «Я был против этого».", "Publication", "2021-12-27"),
    # deaths: a tail of saying's day is the report's, the day of the death's own clause its own
    ("44-летний Хуан Перес скончался в больнице в Сантьяго, сообщили в воскресенье, 8 июля "
     "2018 года, представители полиции.", "Death", ""),
    ("Бывший президент Перу Хуан Перес был убит, подтвердила в понедельник, 4 декабря 2017 "
     "года, его партия после появления в соцсетях видео с телом политика.", "Death", ""),
    ("Бывший министр Перу Хуан Перес скончался в пятницу, 5 марта 2021 года, в Сантьяго.",
     "Death", "2021-03-05"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "date"), CASES)
def test_an_event_takes_its_own_clause_date(events, text, kind, date) -> None:
    (event,) = _kind(events(text), kind)
    assert event.date == date and event.status == "occurred"
