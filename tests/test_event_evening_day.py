"""A part of the day alone in the instrumental opening a sentence ("Вечером X встретился с Y")
tells of the day the text told last, as "В тот же день" does, not of the report's day
(`dating._day_part_opens`, fifty-ninth pass, h-events195). Own sentences about Chile–Peru and
Ghana–Togo; must-nots: "Вечером 5 марта" keeps its own date; "Вечером в тот же день" as
before; a day part that does not open the sentence tells nothing."""

from __future__ import annotations

import pytest

TALKS = (
    "Президент Чили Габриэль Борич 3 марта провел переговоры с президентом Перу Диной Болуарте "
    "в Лиме. "
)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (TALKS + "Вечером Борич встретился с министром иностранных дел Перу Хавьером "
         "Гонсалесом-Олаэчеа.", "2026-03-03"),
        (TALKS + "Утром Борич встретился с министром иностранных дел Перу Хавьером "
         "Гонсалесом-Олаэчеа.", "2026-03-03"),
        # must-not: a date of its own
        (TALKS + "Вечером 4 марта Борич встретился с министром иностранных дел Перу Хавьером "
         "Гонсалесом-Олаэчеа.", "2026-03-04"),
        # must-not: as "Вечером в тот же день" was read already
        (TALKS + "Вечером в тот же день Борич встретился с министром иностранных дел Перу "
         "Хавьером Гонсалесом-Олаэчеа.", "2026-03-03"),
    ],
)  # fmt: skip
def test_the_evening_is_of_the_day_told(events, text, date):
    meetings = [e for e in events(text, "2026-03-05") if e.kind == "Meeting"]
    assert [e.date for e in meetings] == [date]


def test_a_day_part_inside_tells_nothing(events):
    """must-not: "провели встречу вечером" after a dated sentence keeps the report's day
    reading it had (no opening word points back)."""
    text = (
        "Президент Ганы Джон Махама 3 марта провел переговоры с президентом Того Фором "
        "Гнассингбе. Министры двух стран встретились вечером в Ломе."
    )
    base = text.replace("вечером ", "")
    dates = [[e.date for e in events(t, "2026-03-05") if e.kind == "Meeting"] for t in (text, base)]
    assert dates[0] == dates[1]
