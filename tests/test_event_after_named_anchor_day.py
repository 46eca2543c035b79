"""A sentence that opens with "После" and an event's noun ("После церемонии X и Y провели
переговоры") takes the day of the last event that noun names told in its paragraph or the
one before, not only the sentence before's date: a ceremony dated a paragraph before dates
the talks, and a concert's day told between does not (sixty-fifth pass, h-events242).
Must-nots: "После этого" still reads the sentence before alone, and a noun that names no
event told before dates nothing. Sentences of our own about other pairs of states."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import one_of_kind

from kg.extract.events import Event

CEREMONY = "4 декабря в Дакаре прошла церемония открытия Дней культуры Марокко. "
MINISTERS = "министр культуры Марокко Мохаммед Бенсаид и министр культуры Сенегала Халиль Диалло"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            CEREMONY + "В ней участвовали " + MINISTERS + ".\n\n"
            "После церемонии Бенсаид и Диалло провели переговоры.",
            "2026-12-04",
        ),
        (
            CEREMONY + "5 декабря в Сен-Луи прошёл концерт.\n\n"
            "После церемонии " + MINISTERS + " провели переговоры.",
            "2026-12-04",
        ),
        (
            CEREMONY
            + "5 декабря в Сен-Луи прошёл концерт. После церемонии "
            + MINISTERS
            + " провели переговоры.",
            "2026-12-04",
        ),
        # must not: "После этого" points at the sentence before, which gives no day
        (
            CEREMONY
            + "В ней участвовали министры культуры двух стран.\n\nПосле этого "
            + MINISTERS
            + " провели переговоры.",
            "",
        ),
        # must not: no forum was told before
        (
            CEREMONY
            + "В ней участвовали министры культуры двух стран.\n\nПосле форума "
            + MINISTERS
            + " провели переговоры.",
            "",
        ),
    ],
)
def test_after_named_anchor_day(events: Callable[..., list[Event]], text: str, day: str) -> None:
    talks = one_of_kind(events(text, "2026-12-07"), "Talks")
    assert talks.date == day
