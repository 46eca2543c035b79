""" "В тот же день" inside a clause, and the day it points at whatever the text dated there (a
statement's day): own sentences about Peru–Chile (sixty-second pass, h-events220)."""

from __future__ import annotations

import pytest

_LEAD = (
    "ЛИМА, 12 марта. Правительство Перу решило закрыть границу с Чили. Об этом в понедельник "
    "заявил премьер-министр Перу Густаво Адриансен.\n\n"
)
_FIGURES = "По его словам, только за февраль пограничники зафиксировали более 300 нарушений.\n\n"

# (the text, the days of the summons and of the note: "" where the text tells none)
SAME_DAY = [
    (_LEAD + _FIGURES + "МИД Перу в тот же день вызвал посла Чили и вручил ему ноту протеста.",
     ("2026-03-09", "2026-03-09")),
    (_LEAD + "МИД Перу в этот же день вызвал посла Чили.", ("2026-03-09", None)),
    (_LEAD + _FIGURES + "Тем же днём посол Чили был вызван в МИД Перу.", ("2026-03-09", None)),
    # must not: a year of its own; no day told before; a day tied to another moment
    (_LEAD + "МИД Перу вызвал посла Чили в тот же день, когда в Сантьяго прошли протесты.",
     ("", None)),
    (_LEAD + "МИД Перу в тот же день в 1999 году вызвал посла Чили.", ("1999", None)),
    ("Правительство Перу решило закрыть границу с Чили. Об этом заявил премьер-министр Перу "
     "Густаво Адриансен.\n\nМИД Перу в тот же день вызвал посла Чили и вручил ему ноту протеста.",
     ("", "")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "days"), SAME_DAY)
def test_same_day_inside_a_clause(events, text: str, days) -> None:
    read = events(text, "2026-03-12")
    (summons,) = [e for e in read if e.kind == "Summons"]
    notes = [e.date for e in read if e.kind == "Message"]
    assert (summons.date, notes[0] if notes else None) == days
