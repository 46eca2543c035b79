"""A coach or captain who takes a team ("возглавил сборную Перу по футболу", "возглавил
команду") takes no office of a state, and a coach's post of a national team ("назначен
главным тренером сборной Мексики") is not its state's; a state's body led ("возглавил
министерство обороны", "возглавил правительство") stays an appointment of its state.
Sentences of our own (events99)."""

from __future__ import annotations

import pytest

NO_APPOINTMENT = [
    "Хорхе Варгас возглавил сборную Перу по футболу.",
    "Аргентинец Хорхе Варгас возглавил сборную Чили в 2022 году.",
    "Бывший тренер клуба Хорхе Варгас возглавил национальную сборную Эстонии.",
    "Хуан Перес возглавил сборную команду Египта на Олимпиаде.",
    "Весной Хорхе Варгас возглавил команду и вывел её в финал турнира.",
]


@pytest.mark.parametrize("text", NO_APPOINTMENT)
def test_taking_a_team_is_no_appointment(events, text: str) -> None:
    assert not [e for e in events(text, "2024-05-10") if e.kind == "Appointment"]


# (text, a state the appointment must not have)
COACHES = [
    ("Хорхе Варгас назначен главным тренером сборной Мексики.", "state/MEX"),
    ("Федерация назначила Хуана Переса главным тренером сборной Канады по хоккею.",
     "state/CAN"),
    ("Хорхе Варгас стал главным тренером сборной Латвии.", "state/LVA"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "state"), COACHES)
def test_a_coach_of_a_national_team_serves_no_state(events, text: str, state: str) -> None:
    found = [e for e in events(text, "2024-05-10") if e.kind == "Appointment"]
    assert all(state not in e.participants for e in found)


# must keep: a state's body one heads, and a state's post
KEPT = [
    ("Хорхе Варгас возглавил министерство обороны Чили.", "state/CHL"),
    ("Хуан Перес возглавил правительство Перу.", "state/PER"),
    ("Премьер-министр Эстонии Кая Каллас в 2021 году возглавила правительство.", "state/EST"),
    ("Хуан Перес назначен министром спорта Перу.", "state/PER"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "state"), KEPT)
def test_a_state_body_led_is_an_appointment(events, text: str, state: str) -> None:
    found = [e for e in events(text, "2024-05-10") if e.kind == "Appointment"]
    assert found and state in found[0].participants
