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


# elections a condition or a possibility only supposes are not told: what follows from "если"
# or "в случае" (however the parser hangs the clause), "возможные выборы"
SUPPOSED_ELECTIONS = [
    "Если и они не получат одобрения парламента, то будут назначены внеочередные парламентские "
    "выборы в Хорватии.",
    "Если и они не получат одобрения, будут назначены внеочередные выборы в Сербии.",
    "В случае неудачи переговоров с оппозицией досрочные выборы в Сербии могут состояться в "
    "декабре.",
    "Возможные досрочные выборы в Хорватии обсуждались в парламенте.",
    "Оппозиция Сербии готовится к возможным досрочным выборам.",
]


@pytest.mark.parametrize("text", SUPPOSED_ELECTIONS)
def test_elections_only_supposed_are_not_told(events, text: str) -> None:
    assert not [e for e in events(text) if e.kind == "Election"]


# must not: a case in point, any case, or elections set, are told; what happened the day
# before a vote told as held does not put the vote ahead
TOLD = [
    ("В случае с Кенией переговоры президентов Кении и Эфиопии прошли успешно.", "Talks",
     "occurred"),
    ("В любом случае выборы в Сербии пройдут 5 мая.", "Election", "planned"),
    # what a condition supposes is said of the event, not whether it happens
    ("В случае принятия такого решения, вступление Сербии в ЕС станет первым расширением "
     "союза.", "Accession", "planned"),
    ("Президент Сербии назначил досрочные выборы на 5 мая.", "Election", "planned"),
    ("Активистов задержали накануне прошедших недавно парламентских выборов в Сербии.",
     "Election", "occurred"),
    ("Активистов задержали накануне парламентских выборов в Сербии.", "Election", "planned"),
]  # fmt: skip


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


@pytest.mark.parametrize(("text", "kind", "status"), WISHES + TOLD)
def test_a_wish_is_a_plan_and_what_no_condition_supposes_is_told(
    events, text: str, kind: str, status: str
) -> None:
    (event,) = [e for e in events(text) if e.kind == kind]
    assert event.status == status
