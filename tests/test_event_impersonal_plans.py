"""An event noun that is the object of an infinitive which is the clausal subject of an
impersonal verb of planning or deciding ("Консультации планируется провести в Токио в 2025
году", "Следующий раунд консультаций решено провести …") takes that infinitive's date and
place, planned, as "… состоятся в Токио в 2025 году" does. Talks held ("Консультации провели
в Маниле") and a plan of no event ("планируется обсудить торговлю") stay as they were.
Sentences of our own about other pairs of states (fifty-ninth pass, h-events196)."""

from __future__ import annotations

import pytest

from kg.extract.events import Event

_HELD = "Министры иностранных дел Египта и Иордании провели консультации в Аммане. "


def _talks(read: list[Event]) -> list[tuple[str, str, str]]:
    return sorted((e.date, e.status, e.location) for e in read if e.kind == "Talks")


@pytest.mark.parametrize(
    ("plan", "planned"),
    [
        ("Консультации планируется провести в Каире в 2025 году.", ("2025", "planned", "Каир")),
        ("Консультации решено провести в Каире в мае 2025 года.", ("2025-05", "planned", "Каир")),
        ("Консультации предполагается провести в Каире в 2025 году.", ("2025", "planned", "Каир")),
        ("Консультации намечено провести в Каире в 2025 году.", ("2025", "planned", "Каир")),
        ("Консультации запланировано провести в Каире в 2025 году.", ("2025", "planned", "Каир")),
        # the round parsed as the subject of "решено", its clausal subject "провести"
        (
            "Следующий раунд консультаций решено провести в Каире в 2025 году.",
            ("2025", "planned", "Каир"),
        ),
    ],
)
def test_talks_an_impersonal_verb_plans(events, plan: str, planned: tuple[str, ...]) -> None:
    held = ("2024-07-09", "occurred", "Амман")
    assert _talks(events(_HELD + plan, "2024-07-09")) == sorted([held, planned])


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Саммит Египта и Турции было решено провести в Анкаре в сентябре.",
            [("Summit", "2024-09", "planned", "Анкара")],
        ),
        (
            "Выборы в Перу планируется провести в апреле 2026 года.",
            [("Election", "2026-04", "planned", "Перу")],
        ),
        # an impersonal verb of no plan: the infinitive's day and place, its status the date's
        (
            "Встречу министров Индии и Франции удалось провести в Париже 5 мая.",
            [("Meeting", "2024-05-05", "occurred", "Париж")],
        ),
        # must-nots: talks held by a verb of their own, a plan of no event
        (
            "Министры иностранных дел Чили и Перу провели консультации в Лиме. Консультации "
            "провели в Лиме.",
            [("Talks", "2024-07-09", "occurred", "Лима")],
        ),
        (
            "Министры иностранных дел Чили и Перу провели консультации в Лиме. Планируется "
            "обсудить торговлю.",
            [("Talks", "2024-07-09", "occurred", "Лима")],
        ),
    ],
)
def test_other_events_and_must_nots(events, text: str, read: list) -> None:
    assert [(e.kind, e.date, e.status, e.location) for e in events(text, "2024-07-09")] == read
