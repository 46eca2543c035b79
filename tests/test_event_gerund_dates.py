"""An act told by a gerund ("отметили это, назначив X руководителем …") has the date of the
verb the gerund hangs on (forty-fourth pass, h-events113). Sentences of our own about other
states."""

from __future__ import annotations

import pytest

# text, the date of its appointment
APPOINTMENTS = [
    ("В декабре 2013 года власти Турции отметили это, назначив Мехмета Шимшека руководителем "
     "нового информационного агентства «Анадолу».", "2013-12"),
    ("В декабре 2013 года президент Египта удивил парламент, назначив Ахмеда Шафика "
     "министром финансов.", "2013-12"),
    # must stay: the verb's own date, and a gerund with its own date
    ("В декабре 2013 года власти Турции назначили Мехмета Шимшека руководителем "
     "информационного агентства «Анадолу».", "2013-12"),
    ("В декабре 2013 года президент Египта выступил в парламенте, а 5 января 2014 года, "
     "назначив Ахмеда Шафика министром финансов, уехал в Каир.", "2014-01-05"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "told"), APPOINTMENTS)
def test_gerund_dated_by_its_verb(events, text: str, told: str) -> None:
    (appointment,) = [e for e in events(text, "2024-07-01") if e.kind == "Appointment"]
    assert appointment.date == told
