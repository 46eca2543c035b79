"""Who takes part in an event agreed on whose noun names its holders, and in a commission's
sitting.

"Лидеры договорились провести консультации министров иностранных дел" after talks: the
consultations are the ministers', so of the two states, not of the leaders who agreed; the
leaders' own meeting ("договорились встретиться", "провести следующую встречу") stays theirs.
"Заседание межправкомиссии X и Y", "смешанной комиссии X и Y": the states in the genitive
under the commission are the sitting's; a commission of one state's body is that state's alone.
Sentences of our own about other pairs of states, with cases that must not change."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.events import Event

TALKS = (
    "Президент Эквадора Даниэль Нобоа и президент Колумбии Густаво Петро провели в "
    "понедельник переговоры в Кито. "
)
BOTH = ["state/COL", "state/ECU"]
LEADERS = ["person/daniel-noboa", "person/gustavo-petro", *BOTH]


def _planned(read: list[Event]) -> list[list[str]]:
    return [sorted(e.participants) for e in read if e.status == "planned"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (TALKS + "Лидеры договорились провести консультации министров иностранных дел.", BOTH),
        (TALKS + "Стороны договорились провести встречу экспертов по энергетике.", BOTH),
        (TALKS + "Президенты договорились провести в мае заседание смешанной комиссии.", BOTH),
        (
            "Министры обороны Эквадора и Колумбии Хуан Варгас и Педро Санчес договорились "
            "провести консультации заместителей министров.",
            BOTH,
        ),
        # must not: the leaders' own meeting, agreed on, stays theirs
        (TALKS + "Лидеры договорились встретиться в Боготе.", LEADERS),
        (TALKS + "Президенты договорились провести следующую встречу в Боготе.", LEADERS),
    ],
)
def test_an_agreed_event_is_of_those_its_noun_names(
    events: Callable[..., list[Event]], text: str, who: list[str]
) -> None:
    assert _planned(events(text, "2025-03-12")) == [who]


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (
            "Следующее заседание межправкомиссии Непала и Бутана пройдёт в Тхимпху в мае.",
            ["state/BTN", "state/NPL"],
        ),
        (
            "Заседание смешанной комиссии Эквадора и Колумбии по пограничным вопросам прошло в "
            "Кито.",
            BOTH,
        ),
        # must not: a commission of one state's parliament is that state's alone
        (
            "Комиссия парламента Непала по международным отношениям провела заседание, "
            "посвящённое отношениям с Бутаном.",
            ["state/NPL"],
        ),
    ],
)
def test_a_commission_sitting_is_of_the_states_under_it(
    events: Callable[..., list[Event]], text: str, states: list[str]
) -> None:
    (sitting,) = [e for e in events(text, "2025-03-12") if e.kind == "Meeting"]
    assert sorted(sitting.participants) == states
