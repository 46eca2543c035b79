"""Military exercises of one or more states: the event kind `Exercise` (sixty-second pass,
h-events219). Own sentences about pairs of states other than the corpus's, with the sentences
that look alike and must give no exercises; a build with exercises validates."""

from __future__ import annotations

from pathlib import Path

import pytest
from fact_reads import built_of_class, of_kind, state_keys

_DAY = "2024-05-10"


# text, the states taking part, label, status, location
EXERCISES = [
    # the subject's states, a quoted name, a month ahead, off a coast
    ("Индия и Франция проведут в июне у побережья Гоа очередные военно-морские учения "
     "«Варуна».", {"state/IND", "state/FRA"}, "Учения «Варуна»", "planned", "Гоа"),
    # the states "с участием" whose forces the exercises are held
    ("Учения прошли в Красном море с участием военных Египта и Саудовской Аравии.",
     {"state/EGY", "state/SAU"}, "Совместные учения Египта и Саудовской Аравии", "occurred",
     "Красное море"),
    # the states' forces as subject; manoeuvres
    ("Вооружённые силы Перу и Эквадора провели совместные манёвры.",
     {"state/PER", "state/ECU"}, "Совместные манёвры Перу и Эквадора", "occurred", ""),
    ("ВМС Японии и Филиппин провели совместные учения у берегов Палавана.",
     {"state/JPN", "state/PHL"}, "Совместные учения Филиппин и Японии", "occurred", "Палаван"),
    # called off
    ("Бразилия и Аргентина отменили совместные учения.", {"state/BRA", "state/ARG"},
     "Совместные учения Аргентины и Бразилии", "cancelled", ""),
    # the exercises' noun the subject of a verb of happening ("стартовали")
    ("Совместные учения Кении и Уганды стартовали в понедельник.", {"state/KEN", "state/UGA"},
     "Совместные учения Кении и Уганды", "occurred", ""),
    # those who take part in them
    ("Военные Чили и Перу примут участие в совместных учениях.", {"state/CHL", "state/PER"},
     "Совместные учения Перу и Чили", "planned", ""),
    # one state's own exercises are kept, with one participant
    ("Армия Израиля провела учения на севере страны.", {"state/ISR"}, "Учения Израиля",
     "occurred", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states", "label", "status", "location"), EXERCISES)
def test_exercises_with_their_roles(events, text, states, label, status, location) -> None:
    (exercise,) = of_kind(events(text, _DAY), "Exercise")
    assert state_keys(exercise) == states
    assert exercise.label == label
    assert exercise.status == status
    assert exercise.location == location


NO_EXERCISE = [
    # a teaching, singular or plural with no word of the military
    "Учение Конфуция популярно в Китае и Вьетнаме.",
    "Философ из Индии изучал учения Конфуция и Лао-цзы.",
    # no state's forces
    "В школе прошли учения по гражданской обороне.",
    # a training camp, political manoeuvres
    "Студенты из Вьетнама и Лаоса прошли учебные сборы.",
    "Депутаты обвинили премьера Чили в политических манёврах.",
    # a topic of talks, not exercises held
    "Министры обороны Польши и Литвы обсудили проведение совместных учений.",
]


@pytest.mark.parametrize("text", NO_EXERCISE)
def test_words_that_tell_no_exercise(events, text) -> None:
    assert not of_kind(events(text, _DAY), "Exercise")


def test_a_build_with_exercises_validates(tmp_path: Path) -> None:
    text = "date 2024-05-10\nВооружённые силы Перу и Эквадора провели совместные манёвры.\n"
    ok, report, exercises = built_of_class(tmp_path, text, "Exercise")
    assert ok, report
    assert exercises
