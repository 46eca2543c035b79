"""Events a condition only supposes ("в случае его отставки") are not told; one whose outcome
it supposes ("в случае победы X на выборах") lies ahead, and who wins or loses it ran; a
wish to act ("заявил о желании посетить") is a plan. States and persons of our own choice."""

from __future__ import annotations

import pytest

# the noun of "в случае" / "при условии" is no event the text tells
SUPPOSED = [
    ("Вице-президент Аргентины займёт пост главы государства в случае отставки президента "
     "Альберто Фернандеса.", "Resignation"),
    ("Вице-президент Аргентины займёт пост главы государства в случае смерти президента "
     "Альберто Фернандеса.", "Death"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), SUPPOSED)
def test_an_event_a_condition_supposes_is_not_told(events, text: str, kind: str) -> None:
    assert not [e for e in events(text) if e.kind == kind]


def test_an_occasion_is_no_condition(events) -> None:
    text = "В случае отказа президент Чили встретился с президентом Аргентины в Сантьяго."
    (meeting,) = [e for e in events(text) if e.kind == "Meeting"]
    assert meeting.status == "occurred"  # the condition's noun is "отказ", not the meeting


# whose victory at the elections a condition supposes: they run, the elections lie ahead; the
# subject of the verb the condition hangs on does not run
RUNNERS = [
    ("Министр пообещал в случае победы Альберто Фернандеса на президентских выборах сохранить "
     "посольство в Чили.", "person/alberto-fernandez", "planned"),
    ("Эксперты обсудили победу Альберто Фернандеса на президентских выборах в Аргентине.",
     "person/alberto-fernandez", "occurred"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "runner", "status"), RUNNERS)
def test_whose_victory_is_told_ran_in_the_elections(
    events, text: str, runner: str, status: str
) -> None:
    (election,) = [e for e in events(text) if e.kind == "Election"]
    assert runner in election.participants
    assert election.status == status


# a wish told as a noun is a plan, as "намерение" is
WISHES = [
    ("Министр иностранных дел Чили заявил о желании посетить Аргентину в мае.", "Visit",
     "planned"),
    ("Гендиректор компании Codelco Хуан Перес заявил о желании оставить пост.", "Resignation",
     "planned"),
    ("Министр иностранных дел Чили посетил Аргентину в мае.", "Visit", "occurred"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "status"), WISHES)
def test_a_wish_to_act_is_a_plan(events, text: str, kind: str, status: str) -> None:
    (event,) = [e for e in events(text) if e.kind == kind]
    assert event.status == status
