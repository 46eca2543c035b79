"""Events review 43 found missed or misread (pass forty-third, h-events107): a monarch who
will leave the throne ("покинет престол") abdicates; one struck off a state's council or
cabinet ("исключил X из состава Совета Безопасности") leaves a post there, not one struck off
a team or a party; an appointment one receives ("получил назначение на пост X") is one's
own; "назначен на эту должность" is to the holder's title the sentence before gives; who
pardons or frees is the act's agent, not one of the freed in its label
("Освобождение X", not "X и Y"). Sentences of our own about other states."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

# text → kind, its participants exactly, status
FIRES = [
    ("Король Иордании Абдалла II заявил, что покинет престол 1 марта.", "Resignation",
     {"person/abdalla-ii", "state/JOR"}, "planned"),
    ("Король Иордании Абдалла II покинул трон в 2020 году.", "Resignation",
     {"person/abdalla-ii", "state/JOR"}, "occurred"),
    ("Президент Перу исключил Хосе Мартинеса из состава Совета национальной безопасности "
     "Перу.", "Resignation", {"person/khose-martines", "state/PER"}, "occurred"),
    ("Президент Перу Педро Кастильо исключил министра обороны Хосе Мартинеса из состава "
     "правительства.", "Resignation",
     {"person/khose-martines", "person/pedro-kastilo", "state/PER"}, "occurred"),
    # an appointment one receives is one's own
    ("Посол Перу Хосе Мартинес получил назначение на пост министра иностранных дел Перу.",
     "Appointment", {"person/khose-martines", "state/PER"}, "occurred"),
]  # fmt: skip

# text → the kind it must not tell
SILENT = [
    ("Хосе Мартинес покинул тронный зал.", "Resignation"),
    ("Тренер сборной Чили исключил Алексиса Санчеса из состава команды.", "Resignation"),
    ("Партия исключила депутата Хосе Мартинеса из своего состава.", "Resignation"),
    ("Страны G7 исключили Россию из состава группы.", "Resignation"),
    # news of another's appointment, and one with no post, are none
    ("Хосе Мартинес получил известие о назначении министра обороны Перу.", "Appointment"),
    ("Хосе Мартинес получил назначение в Чили.", "Appointment"),
]  # fmt: skip

# text → kind, label: who acts is no one acted on
LABELS = [
    ("Президент Перу Педро Кастильо помиловал Альберто Фухимори.", "Release",
     "Освобождение Альберто Фухимори"),
    ("Президент Перу Педро Кастильо помиловал Альберто Фухимори и Владимиро Монтесиноса.",
     "Release", "Освобождение Альберто Фухимори и Владимиро Монтесиноса"),
    ("Президент Перу Педро Кастильо приказал арестовать Альберто Фухимори.", "Arrest",
     "Задержание Альберто Фухимори в Перу"),
]  # fmt: skip


# text → the office of the one appointment: "на эту должность" is the holder's own title
# the sentence before sets beside their name
POINTED = [
    ("Посол Чили в Перу Хосе Мартинес отозван. Мартинес был назначен на эту должность в июне "
     "2019 года.", "посла Чили в Перу"),
    ("Министр обороны Перу Хорхе Чавес посетил Сантьяго. Он занял этот пост в июле прошлого "
     "года.", "министра обороны Перу"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "office"), POINTED)
def test_this_post_is_the_holders_title_before(events, text: str, office: str) -> None:
    (event,) = of_kind(events(text), "Appointment")
    assert event.label.endswith("на пост " + office)


def test_this_post_of_another_gives_no_title(events) -> None:
    # the post is the recalled one's: who takes it has no title told
    text = "Посол Чили в Перу Хосе Мартинес отозван. На эту должность назначен Педро Сото."
    assert not of_kind(events(text), "Appointment")


@pytest.mark.parametrize(("text", "kind", "participants", "status"), FIRES)
def test_missed_changes_of_office(events, text, kind, participants, status) -> None:
    (event,) = of_kind(events(text), kind)
    assert set(event.participants) == participants
    assert event.status == status


@pytest.mark.parametrize(("text", "kind"), SILENT)
def test_no_change_of_office(events, text: str, kind: str) -> None:
    assert not of_kind(events(text), kind)


@pytest.mark.parametrize(("text", "kind", "label"), LABELS)
def test_who_acts_is_not_acted_on(events, text: str, kind: str, label: str) -> None:
    (event,) = of_kind(events(text), kind)
    assert event.label == label
    # who pardons still takes part, as its agent
    assert "person/pedro-kastilo" in event.participants
