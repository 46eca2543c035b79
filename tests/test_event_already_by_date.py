"""A sentence that opens with a date and tells what was already so by it ("В апреле 2017
года X уже был приговорён") sets no frame for the next: what that one tells ("X был
арестован и экстрадирован") came before the date. Without "уже" the date goes on as
before. Sentences of our own (forty-fifth pass, h-events116)."""

from __future__ import annotations

import pytest

# (text, kind, the date it must have)
CASES = [
    ("В апреле 2017 года Хорхе Варгас уже был приговорён судом Чили к 27 годам тюрьмы. Варгас "
     "был арестован в Лиме и экстрадирован в Чили.", "Arrest", ""),
    ("В апреле 2017 года Хорхе Варгас уже был приговорён судом Чили к 27 годам тюрьмы. Варгас "
     "был арестован в Лиме и экстрадирован в Чили.", "Expulsion", ""),
    ("В мае 2019 года Ахмед Салех уже был осуждён в Египте. Салех был задержан в Стамбуле.",
     "Arrest", ""),
    # must keep: a date told as the time of the sentence's own act goes on
    ("В апреле 2017 года Хорхе Варгас был приговорён судом Чили к 27 годам тюрьмы. Варгас "
     "был арестован в Лиме и экстрадирован в Чили.", "Arrest", "2017-04"),
    ("В мае 2019 года Ахмед Салех был осуждён в Египте. Салех был задержан в Стамбуле.",
     "Arrest", "2019-05"),
    # must keep: the sentence's own date still dates its own event
    ("В мае 2019 года Ахмед Салех уже был задержан в Стамбуле.", "Arrest", "2019-05"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "date"), CASES)
def test_a_date_already_reached_frames_nothing_after(events, text, kind, date) -> None:
    (event,) = [e for e in events(text) if e.kind == kind]
    assert event.date == date
