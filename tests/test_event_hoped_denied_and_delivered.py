"""Issue 8, events not held and event roles (events90): a meeting or talks one only hopes or
counts on ("рассчитывал встретиться с X", "надеялся провести переговоры") lie ahead; one a
speaker denies ("опроверг, что встречался", "опроверг сообщения о том, что встречался")
is none, unless the denial is negated ("не отрицал, что встречался") or only joined to the
act ("опроверг слухи и встретился"); a call that "пришёл"/"поступил" to a titled holder of
a state's office ("Президенту X пришёл звонок от президента Y") takes both states. A denial
refused ("не стал опровергать") or a rumour confirmed drops nothing, and a hope in a relative
clause leaves the main clause's event held (fix37c). Sentences of our own about other pairs of
states."""

from __future__ import annotations

import pytest

# text, kind, status
HOPED = [
    ("Премьер-министр Вьетнама рассчитывал встретиться с президентом Лаоса.", "Meeting"),
    ("Президент Кении надеялся встретиться с премьер-министром Эфиопии.", "Meeting"),
    ("Министр иностранных дел Египта рассчитывал провести переговоры с коллегой из Судана.",
     "Talks"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), HOPED)
def test_a_hoped_for_meeting_lies_ahead(events, text: str, kind: str) -> None:
    (event,) = [e for e in events(text) if e.kind == kind]
    assert event.status == "planned"


DENIED = [
    "Министр обороны Пакистана опроверг, что встречался с министром обороны Индии.",
    "Президент Сербии отрицал, что встречался с премьер-министром Хорватии.",
    "Министр иностранных дел Алжира опроверг сообщения о том, что встречался с послом Марокко.",
]


@pytest.mark.parametrize("text", DENIED)
def test_a_denied_meeting_is_none(events, text: str) -> None:
    assert not [e for e in events(text) if e.kind in {"Meeting", "Talks"}]


# must not: a denial negated is an admission; a denial only joined to the act leaves it held
HELD = [
    "Президент Сербии не отрицал, что встречался с премьер-министром Хорватии.",
    "Министр обороны Пакистана опроверг слухи о болезни и встретился с министром обороны Индии.",
    "Президент Кении надеется на помощь Эфиопии и встретился с премьер-министром Эфиопии.",
]


@pytest.mark.parametrize("text", HELD)
def test_a_meeting_admitted_or_beside_a_denial_is_held(events, text: str) -> None:
    (event,) = [e for e in events(text) if e.kind == "Meeting"]
    assert event.status == "occurred"


# text, the states of the call
CALLS = [
    ("Президенту Боливии пришёл звонок от президента Парагвая.", ["state/BOL", "state/PRY"]),
    ("Премьер-министру Норвегии поступил звонок от премьер-министра Швеции.",
     ["state/NOR", "state/SWE"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states"), CALLS)
def test_a_call_come_to_a_titled_side(events, text: str, states: list[str]) -> None:
    (call,) = [e for e in events(text) if e.kind == "PhoneCall"]
    assert [p for p in call.participants if p.startswith("state/")] == states
    assert call.status == "occurred"


# must not: a call to a body, or from a stranger, takes no side
SILENT = [
    "Посольству Боливии пришёл звонок с угрозой взрыва.",
    "Послу Боливии поступил звонок от неизвестного.",
]


@pytest.mark.parametrize("text", SILENT)
def test_a_call_of_no_two_sides(events, text: str) -> None:
    assert not [e for e in events(text) if e.kind == "PhoneCall"]


# must not (review37c): a denial its verb refuses or negates ("не стал опровергать",
# "отказался опровергать") admits the meeting; text, status
ADMITTED = [
    ("Президент Сербии не стал опровергать, что встречался с премьер-министром Хорватии.",
     "occurred"),
    ("Президент Хорватии не смог опровергнуть, что встречался с президентом Сербии.",
     "occurred"),
    ("Премьер-министр Греции отказался опровергать, что встречался с президентом Турции.",
     "occurred"),
    ("Министр обороны Индии не спешил опровергать, что встретится с коллегой из Пакистана.",
     "planned"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "status"), ADMITTED)
def test_a_denial_refused_or_negated_keeps_the_meeting(events, text: str, status: str) -> None:
    (event,) = [e for e in events(text) if e.kind == "Meeting"]
    assert event.status == status


# must not (review37c): a hope in a relative or participle clause, or one followed by the
# hoped verb done ("рассчитывал провести … и провёл их"), leaves the event held; text, kind
HOPED_THEN_HELD = [
    ("Премьер-министр Индии, рассчитывавший провести переговоры с премьер-министром Бангладеш"
     " ещё в январе, провёл их только в мае.", "Talks"),
    ("Премьер-министр Эфиопии, который рассчитывал провести переговоры с президентом Кении,"
     " провёл их в среду в Найроби.", "Talks"),
    ("Президент Лаоса, который давно надеялся посетить Вьетнам, прибыл в Ханой с визитом.",
     "Visit"),
    ("Премьер-министр Эфиопии рассчитывал провести переговоры с президентом Кении и провёл их"
     " в среду.", "Talks"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), HOPED_THEN_HELD)
def test_a_hope_in_a_clause_beside_the_held_event(events, text: str, kind: str) -> None:
    (event,) = [e for e in events(text) if e.kind == kind]
    assert event.status == "occurred"


# must not: a hope then a contrast ("но встретился только с Y") leaves the hoped one ahead
def test_a_hope_missed_stays_ahead(events) -> None:
    text = (
        "Президент Лаоса надеялся встретиться с президентом Вьетнама, но встретился только с"
        " премьер-министром Камбоджи."
    )
    (hoped,) = [e for e in events(text) if "state/VNM" in e.participants]
    assert hoped.status == "planned"


# must not (review37c): a rumour confirmed is no denial; text, kind
CONFIRMED = [
    ("Слухи о том, что премьер-министр Пакистана посетит Индию, подтвердил МИД Пакистана.",
     "Visit"),
    ("Слухи о том, что президенты Алжира и Марокко встретятся, подтвердились.", "Meeting"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), CONFIRMED)
def test_a_confirmed_rumour_keeps_the_event(events, text: str, kind: str) -> None:
    (event,) = [e for e in events(text) if e.kind == kind]
    assert event.status == "planned"
