"""What those who talked agree on, trips called off by whom they are, guests received.

"Стороны / Президенты / Они договорились встретиться" after a call or talks is a meeting
planned by those who talked, its own event, not the call nor talks the title tells as done;
not where others are named as the ones to meet ("министры иностранных дел Кении и Танзании").
"X отменил визит в Y": X is who was to travel, not where the text names another traveller.
"Принял в субботу в Абудже президента X", the guest parsed as a genitive, is a meeting.
Sentences of our own about other pairs of states, with cases that must not change."""

from __future__ import annotations

import pytest

from kg.extract.events import Event

CALL = (
    "Президент Кении Уильям Кипроно провёл в понедельник телефонный разговор с президентом "
    "Танзании Самией Мвинье. "
)


def _meetings(read: list[Event]) -> list[tuple[str, str, list[str]]]:
    return [(e.status, e.location, sorted(e.participants)) for e in read if e.kind == "Meeting"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (CALL + "Президенты договорились встретиться в Найроби.", "Найроби"),
        (CALL + "Стороны договорились встретиться в Найроби.", "Найроби"),
        (
            "Король Иордании и президент Египта провели телефонный разговор. Они также "
            "договорились провести встречу в Акабе.",
            "Акаба",
        ),
    ],
)
def test_a_meeting_agreed_in_a_call_is_of_those_who_talked(events, text: str, place: str) -> None:
    read = events(text, "2025-06-05")
    (call,) = [e for e in read if e.kind == "PhoneCall"]
    assert call.status == "occurred"
    assert _meetings(read) == [("planned", place, sorted(call.participants))]


@pytest.mark.parametrize(
    "text",
    [
        # others named as the ones to meet take no part of the callers
        CALL + "Министры иностранных дел Кении и Танзании договорились встретиться в Найроби.",
        # the sides named by themselves
        "Президенты Кении и Танзании договорились встретиться в Найроби.",
    ],
)
def test_a_meeting_of_others_named_is_of_their_states(events, text: str) -> None:
    read = events(text, "2025-06-05")
    assert _meetings(read) == [("planned", "Найроби", ["state/KEN", "state/TZA"])]


def test_an_agreed_meeting_is_not_the_talks_of_the_title(events) -> None:
    text = (
        "Чили и Перу обсудили границу\n"
        "САНТЬЯГО, 12 марта 2025 — РИА Новости. Министр иностранных дел Чили Андрес Сото в "
        "понедельник провёл телефонный разговор с главой МИД Перу Луисом Мендосой. Стороны "
        "договорились встретиться в Лиме в апреле."
    )
    read = events(text, "2025-03-12")
    rows = sorted((e.kind, e.status, e.date, e.location) for e in read)
    assert rows == [
        ("Meeting", "planned", "2025-04", "Лима"),
        ("PhoneCall", "occurred", "2025-03-10", ""),
    ]


@pytest.mark.parametrize(
    ("text", "visitor", "states"),
    [
        (
            "Президент Перу Хорхе Кинтана отменил запланированный на следующую неделю визит в "
            "Чили.",
            "person/khorkhe-kintana",
            ["state/CHL", "state/PER"],
        ),
        (
            "Президент Бенина Патрис Агбоссу отменил поездку в Нигерию.",
            "person/patris-agbossu",
            ["state/BEN", "state/NGA"],
        ),
        (
            "Президент Перу Хорхе Кинтана отложил визит в Чили.",
            "person/khorkhe-kintana",
            ["state/CHL", "state/PER"],
        ),  # fmt: skip
        # must not: the one whose visit is called off is named, not the one who calls it off
        (
            "Правительство Чили отменило визит президента Перу Хорхе Кинтаны.",
            "person/khorkhe-kintana",
            ["state/PER"],
        ),
    ],
)
def test_who_calls_off_a_trip_was_to_make_it(
    events, text: str, visitor: str, states: list[str]
) -> None:
    (visit,) = [e for e in events(text) if e.kind == "Visit"]
    assert visit.status == "cancelled"
    assert visit.visitor == visitor
    assert sorted(p for p in visit.participants if p.startswith("state/")) == states


@pytest.mark.parametrize(
    ("text", "met"),
    [
        # the guest's accusative parsed as a genitive after a day and a place
        (
            "Президент Нигерии Бола Адеойе принял в субботу в Абудже президента Бенина "
            "Патриса Агбоссу.",
            ["person/bola-adeoye", "person/patris-agbossu", "state/BEN", "state/NGA"],
        ),
        # must not: no one received
        ("Президент Нигерии Бола Адеойе принял в субботу участие в форуме.", None),
        ("Президент Нигерии Бола Адеойе принял в субботу закон.", None),
    ],
)
def test_a_guest_read_as_a_genitive_is_received(events, text: str, met: list | None) -> None:
    meetings = [e for e in events(text, "2025-10-20") if e.kind == "Meeting"]
    if met is None:
        assert not meetings
    else:
        (meeting,) = meetings
        assert (meeting.date, meeting.location) == ("2025-10-18", "Абуджа")
        assert sorted(meeting.participants) == met
