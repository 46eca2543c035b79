"""Two classes of the sixty-first pass (h-events212).

An event's time put off to a new time ("Дату визита перенесли на май") is the event put off
to it: planned at that time, as "Визит перенесли на май" is (`places.moving_verb` through
`words.time_set_by`; was cancelled, dated May). Must-nots: a time put off with no new time or
one of no end stays cancelled, a visit called off stays cancelled, a time being agreed
("Новые сроки визита согласуют в мае") stays planned and undated.

An event told by the infinitive under a verb of managing is told by that verb's tense
(`status._managing_verb`): "смог посетить" is the visit done, dated as "посетил" is (the
report's day); "сможет посетить" lies ahead. Must-nots: "не смог посетить" stays cancelled,
a date of its own stays the visit's. Sentences of our own about other pairs.
"""

from __future__ import annotations

import pytest

DAY = "2026-03-12"

EVENTS = [
    # a time put off to a new one: the event planned then
    ("Визит президента Перу в Чили отложен. Дату визита перенесли на май.",
     "Visit", "planned", "2026-05", {"CHL", "PER"}),
    ("Дату визита президента Ганы в Нигерию перенесли на 5 июня.",
     "Visit", "planned", "2026-06-05", {"GHA", "NGA"}),
    ("Саммит Аргентины и Уругвая отложен. Сроки саммита перенесли на июль.",
     "Summit", "planned", "2026-07", {"ARG", "URY"}),
    # must not: the event itself put off, no new time, none of an end, called off, being agreed
    ("Визит президента Перу в Чили перенесли на май.",
     "Visit", "planned", "2026-05", {"CHL", "PER"}),
    ("Визит президента Перу в Чили отложен. Дату визита перенесли.",
     "Visit", "cancelled", "", {"CHL", "PER"}),
    ("Визит президента Перу в Чили отложен. Дату визита перенесли на неопределённый срок.",
     "Visit", "cancelled", "", {"CHL", "PER"}),
    ("Визит президента Перу в Чили отменён.",
     "Visit", "cancelled", "", {"CHL", "PER"}),
    ("Визит президента Перу в Чили отложен. Новые сроки визита согласуют в мае.",
     "Visit", "planned", "", {"CHL", "PER"}),
    # a managed event: done as its verb would be, on the report's day
    ("Премьер-министр Египта смог посетить Иорданию.",
     "Visit", "occurred", DAY, {"EGY", "JOR"}),
    ("Президент Кении сумел посетить Уганду, несмотря на протесты.",
     "Visit", "occurred", DAY, {"KEN", "UGA"}),
    ("Министрам иностранных дел Ганы и Нигерии удалось встретиться в Аккре.",
     "Meeting", "occurred", DAY, {"GHA", "NGA"}),
    ("Президенты Вьетнама и Лаоса смогли провести переговоры.",
     "Talks", "occurred", DAY, {"LAO", "VNM"}),
    # must not: as "посетил", a date of its own, ahead, not managed
    ("Премьер-министр Египта посетил Иорданию.",
     "Visit", "occurred", DAY, {"EGY", "JOR"}),
    ("Премьер-министр Египта смог посетить Иорданию 5 марта.",
     "Visit", "occurred", "2026-03-05", {"EGY", "JOR"}),
    ("Премьер-министр Египта сможет посетить Иорданию.",
     "Visit", "planned", "", {"EGY", "JOR"}),
    ("Министрам иностранных дел Ганы и Нигерии удастся встретиться в Аккре.",
     "Meeting", "planned", "", {"GHA", "NGA"}),
    ("Премьер-министр Египта не смог посетить Иорданию.",
     "Visit", "cancelled", "", {"EGY", "JOR"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "status", "date", "states"), EVENTS)
def test_managed_events_and_times_moved(
    events, text: str, kind: str, status: str, date: str, states: set[str]
) -> None:
    (event,) = [e for e in events(text, DAY) if e.kind == kind]
    got = {p.removeprefix("state/") for p in event.participants if p.startswith("state/")}
    assert (event.status, event.date, got) == (status, date, states)
