"""A season told as recurring ("каждую весну", "каждое лето", "каждой осенью") is a time of
a routine, as a weekday or a month so told is: no event and no date; a season told once
("весной посетил", "этой весной") still dates its event (forty-ninth pass, h-events131).
Sentences of our own about Egypt–Jordan, Turkey–Greece, Peru–Ecuador."""

from __future__ import annotations

import pytest

_DAY = "2025-03-05"


# (text, the kinds of events read: none for a routine)
SEASONS = [
    ("Каждую весну президент Египта посещал Иорданию.", []),
    ("Каждое лето министр обороны Турции посещал Грецию.", []),
    ("Каждую осень президент Перу встречался с президентом Эквадора.", []),
    ("Каждую зиму король Иордании будет посещать Египет.", []),
    # must-nots: a season told once dates its event
    ("Весной 2024 года президент Египта посетил Иорданию.", ["Visit"]),
    ("Этим летом министр обороны Турции посетил Грецию.", ["Visit"]),
    ("Осенью 2023 года президент Перу встретился с президентом Эквадора.", ["Meeting"]),
]


@pytest.mark.parametrize(("text", "kinds"), SEASONS)
def test_a_recurring_season_tells_a_routine(events, text: str, kinds: list[str]) -> None:
    assert sorted(e.kind for e in events(text, _DAY)) == kinds
