"""Issue 8, events not held and event roles (events90): a meeting or talks one only hopes or
counts on ("рассчитывал встретиться с X", "надеялся провести переговоры") lie ahead; one a
speaker denies ("опроверг, что встречался", "опроверг сообщения о том, что встречался")
is none, unless the denial is negated ("не отрицал, что встречался") or only joined to the
act ("опроверг слухи и встретился"); a call that "пришёл"/"поступил" to a titled holder of
a state's office ("Президенту X пришёл звонок от президента Y") takes both states. Sentences
of our own about other pairs of states."""

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
