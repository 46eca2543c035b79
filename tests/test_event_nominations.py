"""Nominations beyond "в члены" (pass forty-five, h-status47), sentences of our own about
other pairs of states: "выдвинул X на пост посла", "выдвинул X кандидатом на пост
премьер-министра" (the parse hangs "кандидатом" as an oblique), "выдвинут кандидатом в
президенты Чили" (the post after "кандидат в") are appointments yet to be confirmed,
planned as "номинирован" is. A candidacy "на выборах" stays the election's; an idea or a
prize put forward is no appointment."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

DAY = "2019-03-01"

NOMINATED = [
    # text, the appointment's label
    ("Президент Мексики выдвинул Хуана Переса на пост посла в Канаде.",
     "Назначение Хуана Переса на пост посла в Канаде"),
    ("Президент Египта выдвинул Ахмеда Салеха кандидатом на пост премьер-министра.",
     "Назначение Ахмеда Салеха на пост премьер-министра"),
    ("Хуан Перес выдвинут кандидатом в президенты Чили.",
     "Назначение Хуана Переса на пост президента Чили"),
    ("Правящая партия Эстонии выдвинула Андреса Тамма кандидатом в президенты.",
     "Назначение Андреса Тамма на пост президента"),
    # must not change: "номинировал на пост" was read so before
    ("Президент Мексики номинировал Хуана Переса на пост посла в Канаде.",
     "Назначение Хуана Переса на пост посла в Канаде"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label"), NOMINATED)
def test_a_nomination_is_a_planned_appointment(events, text: str, label: str) -> None:
    (appointment,) = of_kind(events(text, DAY), "Appointment")
    assert (appointment.label, appointment.status) == (label, "planned")


def test_a_nomination_years_before_the_news_was_made(events) -> None:
    text = "В мае 2009 года президент Мексики выдвинул Хуана Переса на должность посла в Канаде."
    (appointment,) = of_kind(events(text, DAY), "Appointment")
    assert (appointment.date, appointment.status) == ("2009-05", "occurred")


NOT_APPOINTED = [
    "Хуан Перес выдвинул идею провести референдум в Чили.",
    "Хуан Перес номинирован на премию «Оскар».",
    "Оппозиция Чили выдвинула Марию Лопес кандидатом в депутаты от Сантьяго.",
    "Правящая партия Чили выдвинула Хуана Переса кандидатом в президенты страны на выборах "
    "2021 года.",
]


@pytest.mark.parametrize("text", NOT_APPOINTED)
def test_no_appointment_from_an_idea_a_prize_or_an_election(events, text: str) -> None:
    assert of_kind(events(text, DAY), "Appointment") == []


BECAME_CANDIDATE = [
    "Хуан Перес стал кандидатом в президенты Чили.",
    "Андрес Тамм был избран кандидатом в президенты Эстонии.",
]


@pytest.mark.parametrize("text", BECAME_CANDIDATE)
def test_becoming_a_candidate_takes_no_post(events, text: str) -> None:  # must not
    assert of_kind(events(text, DAY), "Appointment") == []
