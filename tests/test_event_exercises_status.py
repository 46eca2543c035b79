"""Exercises only possible, called off or not held, and plans then called off (sixty-third
pass, h-events227). Own sentences about pairs of states other than the corpus's, each beside
the sentences that look alike and must keep their reading."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, person_keys, state_keys

_DAY = "2024-05-10"

# what a paper allows, or what the forces can do, is no event
ONLY_POSSIBLE = [
    "Договор разрешает вооружённым силам Египта и Иордании участвовать в совместных учениях "
    "и спасательных операциях.",
    "Соглашение, позволяющее военным Египта и Иордании участвовать в совместных учениях, "
    "вступило в силу.",
    "Военные Кении и Уганды могут проводить совместные учения.",
    "Министр иностранных дел Чили Альберто ван Кларен поблагодарил Перу за поддержку. Он "
    "напомнил, что в 2023 году стороны подписали соглашение, которое позволяет военным двух "
    "стран участвовать в совместных учениях и спасательных операциях.",
]


@pytest.mark.parametrize("text", ONLY_POSSIBLE)
def test_what_is_only_allowed_or_possible_is_no_exercise(events, text) -> None:
    assert not of_kind(events(text, _DAY), "Exercise")


# text, kind, status: the look-alikes keep theirs
STATUSES = [
    # a negated future of holding calls the exercises off
    ("Бразилия и Аргентина не проведут совместные учения в этом году.", "Exercise",
     "cancelled"),
    ("Армии Перу и Эквадора не будут проводить совместные учения в этом году.", "Exercise",
     "cancelled"),
    # a plan told in the past, then called off by "но его/её отменили"
    ("Визит президента Чили в Перу был запланирован на май, но его отменили.", "Visit",
     "cancelled"),
    ("Встреча министров иностранных дел Чили и Перу должна была пройти в мае, но её "
     "отменили.", "Meeting", "cancelled"),
    # must-nots
    ("Совместные учения Кении и Уганды отменены.", "Exercise", "cancelled"),
    ("Совместные учения Индии и Франции начнутся в мае.", "Exercise", "planned"),
    ("Индия и Франция провели совместные учения.", "Exercise", "occurred"),
    ("Индия и Франция не только провели совместные учения, но и подписали соглашение.",
     "Exercise", "occurred"),
    ("Военные Кении и Уганды могут провести совместные учения в июне.", "Exercise", "planned"),
    ("Встреча министров иностранных дел Чили и Перу запланирована на май, и она состоится.",
     "Meeting", "planned"),
    ("Визит президента Чили в Перу был запланирован на май, но его перенесли на июль.",
     "Visit", "planned"),
    ("Президент Египта заявил, что военные Египта и Иордании проведут совместные учения.",
     "Exercise", "planned"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "status"), STATUSES)
def test_statuses_of_exercises_and_plans(events, text, kind, status) -> None:
    (event,) = of_kind(events(text, _DAY), kind)
    assert event.status == status


def test_exercises_not_held_in_the_past_are_none(events) -> None:
    text = "Бразилия и Аргентина не провели совместные учения в прошлом году."
    assert not of_kind(events(text, _DAY), "Exercise")


# the one who says so ("Он напомнил, что …") is no participant of the exercises told
SPEAKER_TOLD = [
    "Министр иностранных дел Чили Альберто ван Кларен поблагодарил Перу за поддержку. Он "
    "напомнил, что военные двух стран участвовали в совместных учениях в марте.",
    "Министр иностранных дел Чили Альберто ван Кларен поблагодарил Перу за поддержку. Он "
    "напомнил, что военные двух стран провели совместные учения в марте.",
]


@pytest.mark.parametrize("text", SPEAKER_TOLD)
def test_the_speaker_is_no_participant(events, text) -> None:
    (exercise,) = of_kind(events(text, _DAY), "Exercise")
    assert state_keys(exercise) == {"state/CHL", "state/PER"}
    assert not person_keys(exercise)


# "Страны"/"Стороны" as the exercises' subject stand for the report's pair
_TALKS = "Министры обороны Бразилии и Аргентины провели переговоры в Буэнос-Айресе. "
PAIR_SUBJECT = [
    ("Страны не будут проводить совместные учения в этом году.", "cancelled"),
    ("Стороны проведут совместные учения в мае.", "planned"),
    ("Страны провели совместные учения в марте.", "occurred"),
]


@pytest.mark.parametrize(("text", "status"), PAIR_SUBJECT)
def test_the_pair_holds_exercises_of_sides(events, text, status) -> None:
    (exercise,) = of_kind(events(_TALKS + text, _DAY), "Exercise")
    assert state_keys(exercise) == {"state/BRA", "state/ARG"}
    assert exercise.status == status


def test_states_of_others_hold_none_of_the_pairs(events) -> None:
    text = _TALKS + "Страны НАТО провели учения в Балтийском море."
    assert not of_kind(events(text, _DAY), "Exercise")


# must-nots: the states of the clause's own subject stay
SPOKEN_OF = [
    ("Министр иностранных дел Чили Альберто ван Кларен поблагодарил Перу за поддержку. Он "
     "напомнил, что военные Чили участвовали в совместных учениях в марте.", {"state/CHL"}),
    ("Министр обороны Индии Раджнатх Сингх напомнил, что армии Индии и Франции провели "
     "совместные учения в марте.", {"state/IND", "state/FRA"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states"), SPOKEN_OF)
def test_the_speaker_takes_no_part_in_exercises(events, text, states) -> None:
    (exercise,) = of_kind(events(text, _DAY), "Exercise")
    assert state_keys(exercise) == states
    assert not person_keys(exercise)
