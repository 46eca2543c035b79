"""A death the text dates only by the day it was reported on ("был убит, подтвердила в
понедельник, 4 декабря 2017 года пресс-служба", "сообщили в пятницу, 5 марта", "МИД сообщил
о гибели …") happened by that day, not on it: kg has no "by" date, so it gives none, neither
the report's day nor the dateline's, which may fall after it. A death told on its own day
("погиб в пятницу") keeps that day, and one no report dates keeps the dateline's. Sentences
of our own about Chile, Peru, Estonia (pass forty-three, branch h-events106)."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _deaths(found: list[Event]) -> list[Event]:
    return [e for e in found if e.kind == "Death"]


REPORTED = [
    ("Министр обороны Чили Хуан Перес был убит, подтвердила в понедельник, 4 декабря 2017 "
     "года, пресс-служба министерства.", "2017-12-05"),
    ("Посол Перу в Чили Хуан Перес скончался, сообщили в пятницу, 5 марта, в МИД Перу.",
     "2021-03-06"),
    ("В пятницу, 5 марта 2021 года, МИД Перу сообщил, что посол Перу в Чили Хуан Перес "
     "погиб.", "2021-03-06"),
    ("В пятницу, 5 марта, МИД Эстонии сообщил о гибели посла Эстонии в Латвии Яана Тамма.",
     "2021-03-06"),
    ("Посол Перу в Чили Хуан Перес скончался. Об этом сообщили в пятницу, 5 марта, в МИД "
     "Перу.", "2021-03-06"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date"), REPORTED)
def test_a_death_dated_only_by_its_report_has_no_day(events, text: str, date: str) -> None:
    for doc_date in ("", date):
        (death,) = _deaths(events(text, doc_date))
        assert death.date == "" and death.status == "occurred", doc_date


OWN_DAY = [  # must not change: the death's own day, the dateline of an unreported death
    ("Посол Перу в Чили Хуан Перес погиб в пятницу, 5 марта, сообщили в МИД Перу.",
     "2021-03-06", "2021-03-05"),
    ("В пятницу МИД Перу сообщил, что посол Перу в Чили Хуан Перес погиб в четверг, 4 марта.",
     "2021-03-06", "2021-03-04"),
    ("Посол Перу в Чили Хуан Перес скончался.", "2021-03-06", "2021-03-06"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "doc_date", "date"), OWN_DAY)
def test_a_death_of_its_own_day_keeps_it(events, text: str, doc_date: str, date: str) -> None:
    (death,) = _deaths(events(text, doc_date))
    assert death.date == date
