"""A day pointed at takes the year of the day it points at (seventy-second pass, h-events279;
own sentences about Peru–Colombia, Vietnam–Laos, Chile–Argentina, Brazil–Chile).

"В тот же день", "На следующий день" and "Накануне" after a day told with no year take that
day as its event's tense resolved it (a past "3 мая" in a text of 28 April is last year's),
never the document's year beside it; and "На следующий день" after a paragraph that tells no
event is the day after the last day the text gave. Must-nots: a day ahead keeps its year, a
"в тот же день" of no day before and the day after elections of no day tell none."""

from __future__ import annotations

import pytest

APRIL = "2025-04-28"
JUNE = "2025-06-20"


def _days(read, kind: str) -> list[str]:
    return [e.date for e in read if e.kind == kind]


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        ("Президент Перу Дина Болуарте прибыла в Колумбию 3 мая. В тот же день она провела "
         "переговоры с президентом Колумбии Густаво Петро.", "Talks", "2024-05-03"),
        ("3 мая президент Вьетнама Во Ван Тхыонг прибыл во Вьентьян. На следующий день "
         "Во Ван Тхыонг провёл переговоры с президентом Лаоса Тхонглуном Сисулитом.", "Talks",
         "2024-05-04"),
        ("Президент Чили Габриэль Борич прибыл в Аргентину 3 мая. Накануне он провёл "
         "телефонный разговор с президентом Аргентины Хавьером Милеем.", "PhoneCall",
         "2024-05-02"),
        # a future eve of a day ahead: that day's eve, not the report's
        ("Президент Чили Габриэль Борич прибудет в Аргентину 3 мая. Накануне он проведёт "
         "телефонный разговор с президентом Аргентины Хавьером Милеем.", "PhoneCall",
         "2025-05-02"),
        # must-not: a day ahead told in the future keeps the document's year
        ("Президент Перу Дина Болуарте прибудет в Колумбию 3 мая. В тот же день она проведёт "
         "переговоры с президентом Колумбии Густаво Петро.", "Talks", "2025-05-03"),
        # must-not: a past day later in the calendar stays last year's (the documented rule)
        ("Президент Перу Дина Болуарте прибыла в Колумбию 3 мая. В тот же день она провела "
         "переговоры с президентом Колумбии Густаво Петро.", "Visit", "2024-05-03"),
        # must-not: a day the sentence before tells ahead lends a past eve none
        ("В среду президент Чили Габриэль Борич выступит на форуме в Аргентине. Накануне он "
         "провёл телефонный разговор с президентом Аргентины Хавьером Милеем.", "PhoneCall",
         "2025-04-27"),
    ],
)  # fmt: skip
def test_a_pointed_day_takes_the_year_of_its_day(events, text, kind, day):
    assert _days(events(text, APRIL), kind) == [day]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("12 июня в Сантьяго открылась выставка аргентинских художников.\n\nЕё посетили "
         "тысячи людей. На следующий день президент Чили Габриэль Борич принял министра "
         "иностранных дел Аргентины Херардо Вертейна.", "2025-06-13"),
        ("Посол Бразилии в Чили 12 июня вручил верительные грамоты.\n\nПо его словам, "
         "отношения двух стран крепнут. На следующий день президент Чили Габриэль Борич "
         "принял министра иностранных дел Аргентины Херардо Вертейна.", "2025-06-13"),
    ],
)  # fmt: skip
def test_the_next_day_after_a_paragraph_of_no_event(events, text, day):
    assert _days(events(text, JUNE), "Meeting") == [day]


@pytest.mark.parametrize(
    "between",
    [
        # an event told in the paragraph on no day: the day after it is unknown
        "Президент Чили Габриэль Борич посетил Аргентину. На следующий день он",
        # "после выборов" counts from elections of no day
        "Её посетили тысячи людей. На следующий день после выборов президент Чили Габриэль Борич",
    ],
)
def test_the_next_day_after_no_day_tells_none(events, between):
    """must-nots: no day the day after."""
    text = (
        "12 июня в Сантьяго открылась выставка аргентинских художников.\n\n"
        + between
        + " провёл переговоры с президентом Аргентины Хавьером Милеем."
    )
    assert "2025-06-13" not in _days(events(text, JUNE), "Talks")


def test_the_same_day_of_no_day_before_stays_undated(events):
    """must-not: "В тот же день" with no day told before it points at none."""
    text = (
        "Президент Перу Дина Болуарте выступила в парламенте Колумбии. В тот же день она "
        "провела переговоры с президентом Колумбии Густаво Петро."
    )
    assert _days(events(text), "Talks") == [""]
