"""An event moved to a new time or place ("перенесли на осень", "перенесли из Ханоя во
Вьентьян") is not called off: it lies ahead, where the move puts it, or took place where the
text says it was held after all ("… и провели онлайн"), and the place it was planned in is
not its place. A bare "перенесли", or "отменили", still calls it off. Sentences of our own
about other pairs of states."""

from __future__ import annotations

import pytest

# text, kind, (status, place) after the move
CASES = [
    (
        "Саммит Индии и Японии, который планировали провести в Осаке в марте, перенесли на осень "
        "и провели онлайн.",
        "Summit",
        ("occurred", ""),
    ),
    ("Встречу министров Вьетнама и Лаоса перенесли из Ханоя во Вьентьян.", "Meeting",
     ("planned", "Вьентьян")),
    ("Переговоры министров Чили и Перу перенесли на 5 мая.", "Talks", ("planned", "")),
    ("Встречу министров Вьетнама и Лаоса перенесли из Ханоя во Вьентьян; она состоялась 22 "
     "сентября.", "Meeting", ("occurred", "Вьентьян")),
    ("Встречу министров Вьетнама и Лаоса в Ханое перенесли на неделю.", "Meeting",
     ("planned", "")),
    ("Встречу министров Вьетнама и Лаоса, намеченную в Ханое, перенесли на неделю.", "Meeting",
     ("planned", "")),
    # must not: a move with no new time or place, or a cancellation, calls it off
    ("Переговоры министров Чили и Перу перенесли.", "Talks", ("cancelled", "")),
    ("Переговоры министров Чили и Перу в Сантьяго отменили.", "Talks", ("cancelled", "Сантьяго")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "read"), CASES)
def test_a_moved_event_is_not_called_off(events, text: str, kind: str, read: tuple[str, str]):
    """The event's status and place after its move."""
    (event,) = [e for e in events(text) if e.kind == kind]
    assert (event.status, event.location) == read
