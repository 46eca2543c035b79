"""Arrests of many told over a period (forty-ninth pass, h-events128, own sentences about
Egypt–Jordan, Peru–Chile): a period opened by "с" or "начиная с" is no date an event is
counted from for them but their start ("С 2010 года в Египте были арестованы 15 граждан
Иордании": 2010), and a range of years written with a dash is dated from its start, as "с
2010 по 2012 год" is. One person's arrest or a visit "с 2012 года" stays undated, and one
held under arrest since then is no act of that year."""

from __future__ import annotations

import pytest

CASES = [
    # (text, its date)
    ("С 2010 года в Египте были арестованы 15 граждан Иордании.", "2010"),
    ("С 2010 года в Египте арестовали 15 граждан Иордании.", "2010"),
    ("Начиная с апреля 2017 года в Перу были арестованы сотни человек.", "2017-04"),
    ("В 2010—2012 годах в Египте были арестованы трое журналистов из Иордании.", "2010"),
    ("В 2010 – 2012 годах в Египте были задержаны 15 граждан Иордании.", "2010"),
    # unchanged: a range "с … по …"
    ("В период с 2010 по 2012 год в Египте были задержаны 15 граждан Иордании.", "2010"),
    # must not: one person, counted from ("впервые с"), held since then
    ("С 2010 года в Египте задержан гражданин Иордании Ахмад Хасан.", ""),
    ("Впервые с 2010 года в Египте задержан гражданин Иордании Ахмад Хасан.", ""),
    ("Начиная с апреля 2017 года в Перу задержан гражданин Чили Хуан Перес.", ""),
    ("С 2010 года в Египте находятся под арестом 15 граждан Иордании.", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date"), CASES)
def test_period_of_acts(events, text: str, date: str) -> None:  # noqa: ANN001
    (event,) = [e for e in events(text) if e.kind == "Arrest"]
    assert event.date == date


VISITS = [
    ("Впервые с 2012 года президент Ганы посетил Кот-д'Ивуар.", ""),
    ("Начиная с 2015 года президент Ганы трижды посетил Кот-д'Ивуар.", ""),
]


@pytest.mark.parametrize(("text", "date"), VISITS)
def test_counted_from_visit(events, text: str, date: str) -> None:  # noqa: ANN001
    (event,) = [e for e in events(text) if e.kind == "Visit"]
    assert event.date == date
