"""Talks told as going on since a start ("переговоры ведутся с 2022 года") are a process,
not one round: merged into no meeting the text tells as agreed or planned, which they made
held (and then moved to last year's month); a report of the meeting held ("Переговоры,
которые прошли в октябре в …") still tells it held, and a round under way since a day of
the news's week ("идут с понедельника") stays one round. Sentences of our own about other
pairs of states (fifty-third pass, h-events150)."""

from __future__ import annotations

import pytest

from kg.extract.events import Event

AGREED = (
    "Президент Чили Андрес Сото и президент Перу Луис Мендоса договорились встретиться на "
    "полях саммита АТЭС в Лиме в ноябре. "
)
AGREED_JORDAN = (
    "Король Иордании Абдалла II и президент Египта Абдель Фаттах ас-Сиси договорились провести "
    "встречу в Акабе в декабре. "
)


def _rows(read: list[Event]) -> list[tuple[str, str, str, str]]:
    return sorted(
        (e.kind, e.status, e.date, e.location)
        for e in read
        if e.kind in {"Meeting", "Talks"} and e.participants
    )


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            AGREED + "Напомним, что переговоры о делимитации морской границы ведутся с 2019 года.",
            ("Meeting", "planned", "2025-11", "Лима"),
        ),
        (
            AGREED + "Переговоры о торговом соглашении идут с января.",
            ("Meeting", "planned", "2025-11", "Лима"),
        ),
        (
            AGREED_JORDAN + "Переговоры о разделе водных ресурсов продолжаются с 2021 года.",
            ("Meeting", "planned", "2025-12", "Акаба"),
        ),
        (
            AGREED_JORDAN + "Переговоры о поставках газа велись с марта 2020 года.",
            ("Meeting", "planned", "2025-12", "Акаба"),
        ),
    ],
)
def test_talks_going_on_since_a_start_make_no_planned_meeting_held(
    events, text: str, row: tuple[str, str, str, str]
) -> None:
    assert _rows(events(text, "2025-08-12")) == [row]


def test_talks_the_sides_hold_since_a_start_stand_apart(events) -> None:
    # "ведут переговоры": the process by its verb's object, of the sides, apart and undated
    text = (
        "Президенты Чили и Перу договорились встретиться в Лиме в ноябре. Стороны ведут "
        "переговоры о границе с 2019 года."
    )
    assert _rows(events(text, "2025-08-12")) == [
        ("Meeting", "planned", "2025-11", "Лима"),
        ("Talks", "occurred", "", ""),
    ]


def test_a_meeting_told_held_after_the_agreement_stays_held(events) -> None:
    # must-not: talks told as held ("прошли"), not as going on, are the meeting agreed on
    text = (
        "Президент Чили Андрес Сото и президент Перу Луис Мендоса в сентябре договорились "
        "встретиться в Лиме. Переговоры, которые прошли в Лиме, завершились подписанием "
        "меморандума."
    )
    assert _rows(events(text, "2025-12-02")) == [("Talks", "occurred", "2025-12-02", "Лима")]


def test_a_round_under_way_since_a_day_of_the_week_is_one_round(events) -> None:
    # must-not: talks under way since Monday are the round the lead tells held in Geneva
    text = (
        "Министры иностранных дел Чили и Перу провели переговоры в Женеве. Переговоры идут "
        "с понедельника."
    )
    rows = _rows(events(text, "2025-08-14"))
    assert [r[:2] for r in rows] == [("Talks", "occurred")]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Переговоры между Чили и Перу ведутся с 2019 года.", ""),
        ("Переговоры между Египтом и Иорданией продолжаются с июня.", ""),
        # must-not: a round under way since a day of the news's week is the news
        ("Переговоры между Чили и Перу идут с понедельника.", "2025-08-12"),
    ],
)
def test_talks_going_on_since_a_start_take_no_news_day(events, text: str, date: str) -> None:
    (talks,) = [e for e in events(text, "2025-08-12") if e.kind == "Talks"]
    assert talks.date == date
