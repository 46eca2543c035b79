"""An event "накануне" another the text dates: the day before that event's day.

"X посетил Белград 12 мая. Накануне визита Y провёл телефонный разговор": the call is of 11
May (`counted_days.eve_days`), not undated; where the named event has no one day the text
gives, or the verb's tense contradicts the eve, it stays undated (never the news day).
Sentences of our own about other pairs of states, with cases that must not change."""

from __future__ import annotations

import pytest

from kg.extract.events import Event

CALL = "Накануне визита глава МИД Кении провёл телефонный разговор со своим угандийским коллегой."


def _dates(read: list[Event], kind: str) -> list[str]:
    return [e.date for e in read if e.kind == kind]


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        (
            "Министр иностранных дел Венгрии посетил Белград 12 мая. Накануне визита глава МИД "
            "Сербии провёл телефонный разговор со своим венгерским коллегой.",
            "PhoneCall",
            "2026-05-11",
        ),
        (
            "12 мая президент Кении посетил Кампалу с официальным визитом. " + CALL,
            "PhoneCall",
            "2026-05-11",
        ),
        (
            "Переговоры президентов Кении и Уганды прошли 12 мая в Кампале. Накануне "
            "переговоров глава МИД Кении провёл телефонный разговор со своим угандийским "
            "коллегой.",
            "PhoneCall",
            "2026-05-11",
        ),
        (
            "Визит президента Кении в Кампалу запланирован на 25 мая. Накануне визита министры "
            "иностранных дел Кении и Уганды проведут переговоры.",
            "Talks",
            "2026-05-24",
        ),
    ],
)
def test_the_eve_of_an_event_the_text_dates_is_the_day_before(
    events, text: str, kind: str, day: str
) -> None:
    assert _dates(events(text, "2026-05-20"), kind) == [day]


@pytest.mark.parametrize(
    "text",
    [
        # the visit has only the news day: no day the text gives
        "Президент Кении посетил Кампалу. " + CALL,
        # two visits on two days: which one's eve is not told
        "Президент Кении посетил Кампалу 12 мая. Президент Руанды посетил Кампалу 15 мая. " + CALL,
        # a past call on the eve of a visit still ahead: "накануне" is loose, no day
        "Визит президента Кении в Кампалу запланирован на 25 мая. " + CALL,
        # the text dates talks, not the visit the eve names
        "Переговоры президентов Кении и Уганды прошли 12 мая в Кампале. " + CALL,
    ],
)
def test_no_eve_day_where_the_named_event_has_no_one_day(events, text: str) -> None:
    assert _dates(events(text, "2026-05-20"), "PhoneCall") == [""]
