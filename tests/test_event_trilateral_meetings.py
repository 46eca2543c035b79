"""A meeting of three or more sides met "с" two persons each by a phrase of his own ("провёл
трёхстороннюю встречу с X и Y") is one meeting of all three, not one with each (as "провёл
встречу с X и Y" still is); a bilateral meeting that names a third state elsewhere in the
sentence does not gain it. Seventy-second pass, sentences of our own (h-events274)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

DAY = "2026-12-07"


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (
            "Министр иностранных дел Японии Такэси Ивая провёл трёхстороннюю встречу с "
            "госсекретарём США Марко Рубио и министром иностранных дел Южной Кореи Чо Тхэ Ёлем.",
            {"state/JPN", "state/USA", "state/KOR"},
        ),
        (
            "Премьер-министр Армении Никол Пашинян провёл трёхстороннюю встречу с президентом "
            "Франции Эмманюэлем Макроном и президентом Азербайджана Ильхамом Алиевым.",
            {"state/ARM", "state/FRA", "state/AZE"},
        ),
    ],
)
def test_a_trilateral_meeting_is_one(events, text: str, states: set[str]) -> None:
    (meeting,) = of_kind(events(text, DAY), "Meeting")
    persons = [k for k in meeting.participants if k.startswith("person/")]
    assert states <= set(meeting.participants) and len(persons) == 3


def test_a_meeting_with_each_stays_two(events) -> None:
    # must-not: with no word of three sides, met one after another (h-events266)
    text = (
        "Премьер-министр Армении Никол Пашинян провёл встречу с президентом Франции Эмманюэлем "
        "Макроном и президентом Азербайджана Ильхамом Алиевым."
    )
    assert len(of_kind(events(text, DAY), "Meeting")) == 2


@pytest.mark.parametrize(
    ("text", "states"),
    [
        # must-not: a third state the talk is about is no side
        (
            "Лидеры Японии и Южной Кореи провели встречу в Токио, обсудив отношения с США.",
            {"state/JPN", "state/KOR"},
        ),
        (
            "Лидеры Японии, США и Южной Кореи провели трёхстороннюю встречу, на которой обсудили "
            "ситуацию вокруг Китая.",
            {"state/JPN", "state/USA", "state/KOR"},
        ),
    ],
)
def test_no_state_talked_about_joins(events, text: str, states: set[str]) -> None:
    (meeting,) = of_kind(events(text, DAY), "Meeting")
    assert set(meeting.participants) == states
