"""Issue 8, event recall: a conversation between two sides told by "беседа", "побеседовать",
a "телефонный звонок" or "телефонный контакт", a "видеоконференция" held, is a meeting or a
phone call; one with people
of no second side ("беседа со студентами", "побеседовал с журналистами"), an interview only
spoken of ("в беседе с журналистами заявил") or a call of no two sides ("поступил звонок о
минировании") is none. Sentences of our own about other states (events86)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

# text, kind, the states that take part
TOLD = [
    ("Глава МИД Индонезии провёл беседу с послом Малайзии.", "Meeting", ["state/IDN", "state/MYS"]),
    ("Беседа министров иностранных дел Египта и Судана состоялась в Каире.", "Meeting",
     ["state/EGY", "state/SDN"]),
    ("Министр иностранных дел Индии побеседовал с коллегой из Непала.", "Meeting",
     ["state/IND", "state/NPL"]),
    ("Президенты Египта и Судана провели телефонную беседу.", "PhoneCall",
     ["state/EGY", "state/SDN"]),
    ("Президенты Армении и Грузии провели телефонный звонок.", "PhoneCall",
     ["state/ARM", "state/GEO"]),
    ("Состоялся телефонный контакт президентов Египта и Турции.", "PhoneCall",
     ["state/EGY", "state/TUR"]),
    ("Президенты Франции и Италии провели видеоконференцию.", "Meeting",
     ["state/FRA", "state/ITA"]),
    ("Видеоконференция премьер-министров Индии и Японии состоялась в понедельник.", "Meeting",
     ["state/IND", "state/JPN"]),
    # review35: a call told as the frame of what was agreed; a topic's people from a state
    ("Во время телефонного звонка лидеры Вьетнама и Лаоса договорились расширить "
     "сотрудничество.", "PhoneCall", ["state/LAO", "state/VNM"]),
    ("В ходе телефонного звонка президенты Чили и Перу обсудили ситуацию на границе.",
     "PhoneCall", ["state/CHL", "state/PER"]),
    ("Состоялась беседа министров иностранных дел Индии и Непала о возвращении мигрантов из "
     "Непала.", "Meeting", ["state/IND", "state/NPL"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "states"), TOLD)
def test_conversation_told(events, text, kind, states) -> None:
    (event,) = of_kind(events(text), kind)
    assert [p for p in event.participants if p.startswith("state/")] == states
    assert event.status == "occurred"


SILENT = [
    "Президент Франции провёл беседу со студентами.",  # no second side
    "В беседе с корреспондентом агентства министр иностранных дел Египта рассказал о планах.",
    "Министр иностранных дел Египта рассказал в беседе с послом Судана о планах.",  # not held
    "Министр иностранных дел Индии побеседовал с журналистами.",
    "Студенты провели телефонный звонок.",
    "В полицию Бразилии поступил телефонный звонок о минировании посольства Аргентины.",
    "Президент Египта и король Иордании поддерживают постоянные контакты.",  # a habit
    "Президент Франции провёл видеоконференцию с губернаторами регионов.",  # one side
    # review35: a call denied, refused or of a stranger; people from a state are no side
    "Телефонного контакта между лидерами Вьетнама и Лаоса не было уже два года.",
    "Президент Мали отклонил телефонный звонок президента Нигера.",
    "Посольство Чили в Перу получило телефонный звонок с угрозой взрыва.",
    "Премьер-министр Вьетнама провёл беседу со студентами из Лаоса.",
    "Президент Чили провёл беседу с журналистами из Перу.",
]


@pytest.mark.parametrize("text", SILENT)
def test_no_conversation(events, text) -> None:
    assert not [e for e in events(text) if e.kind in {"Meeting", "PhoneCall", "Talks"}]


def test_talks_by_video_one_event(events) -> None:
    """ "переговоры в режиме видеоконференции": how the talks are held, no meeting besides."""
    found = events("Президенты Египта и Иордании провели переговоры в режиме видеоконференции.")
    assert [e.kind for e in found] == ["Talks"]
