"""Event identity and status across clauses (sixtieth pass, h-events201). A planned mention and
a held one are one event only where the held one is dated, by the text or else by the
document, on or after the time the planned one is due: consultations planned for March and
reported held in a February report are two, a memorandum to be signed in September is no part
of the signing told held in June. Event nouns coordinated under one verb of calling off are
each an event ("Саммит и форум отменены": the forum too). A new date told for an event put
off ("Визит отложен. Новая дата визита — 5 июня") sets it ahead at that date. Must-nots
beside each. Sentences of our own about other pairs of states."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _rows(read: list[Event]) -> list[tuple[str, str, str]]:
    return sorted((e.kind, e.date, e.status) for e in read)


_PLANNED_HELD = (
    "Консультации министров Японии и Филиппин планируется провести в Маниле в марте.\n\n"
    "Консультации провели в Маниле."
)


@pytest.mark.parametrize(
    ("text", "day", "rows"),
    [
        # held before the month they were due: two, each at its own time
        (
            _PLANNED_HELD,
            "2024-02-10",
            [("Talks", "2024-02-10", "occurred"), ("Talks", "2024-03", "planned")],
        ),
        (
            "Министры иностранных дел Индии и Японии провели переговоры в Дели. Стороны "
            "подписали соглашение о торговле, а также обсудили проект меморандума, который "
            "будет подписан в сентябре.",
            "2024-06-10",
            # the draft's signing ahead is its own (a paper of its own since h-agreements68)
            [
                ("Signing", "2024-06-10", "occurred"),
                ("Signing", "2024-09", "planned"),
                ("Talks", "2024-06-10", "occurred"),
            ],
        ),
        # must-nots: held within the month they were due, or a plan told in the past: one
        (_PLANNED_HELD, "2024-03-05", [("Talks", "2024-03-05", "occurred")]),
        (_PLANNED_HELD, "2024-03-20", [("Talks", "2024-03-20", "occurred")]),
        (
            "Министры Египта и Турции подписали меморандум о туризме. Меморандум "
            "планировалось подписать в мае.",
            "2024-06-10",
            [("Signing", "2024-05", "occurred")],
        ),
    ],
)
def test_planned_and_held_by_their_times(events, text: str, day: str, rows: list) -> None:
    """The events' kinds, dates and statuses."""
    assert _rows(events(text, day)) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Саммит и форум отменены.",
            [("Forum", "", "cancelled"), ("Summit", "", "cancelled")],
        ),
        (
            "Саммит и форум Египта и Турции прошли в Каире.",
            [("Forum", "2024-03-20", "occurred"), ("Summit", "2024-03-20", "occurred")],
        ),
        (
            "Визит президента Чили в Перу отложен. Новая дата визита — 5 июня.",
            [("Visit", "2024-06-05", "planned")],
        ),
        (
            "Саммит Египта и Турции перенесён. Новая дата саммита — 12 мая.",
            [("Summit", "2024-05-12", "planned")],
        ),
        # must-nots: a forum's name part ("церемония встречи"), a date not called new, a new
        # date told no time
        ("Церемония встречи прошла в Каире.", [("Ceremony", "2024-03-20", "occurred")]),
        (
            "Визит президента Чили в Перу отложен. Дата визита — 5 июня.",
            [("Visit", "", "cancelled")],
        ),
        (
            "Визит президента Чили в Перу отложен. Новая дата визита пока не определена.",
            [("Visit", "", "cancelled")],
        ),
        (
            "Визит президента Чили в Перу отложен. Новая дата визита — после выборов.",
            [("Visit", "", "cancelled")],
        ),
    ],
)
def test_coordinated_and_new_dates(events, text: str, rows: list) -> None:
    """The events' kinds, dates and statuses, in a report of 20 March 2024."""
    assert _rows(events(text, "2024-03-20")) == rows
