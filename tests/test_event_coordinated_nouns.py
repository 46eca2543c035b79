"""Event nouns coordinated under one verb ("провели встречу один на один, а затем переговоры в
расширенном составе") are each an event of its own kind, with the verb's sides, date and
place; not one told by another name ("встречу, то есть переговоры"), nor a noun of no
meeting or talks beside one. Sentences of our own about other pairs of states."""

from __future__ import annotations

import pytest

_TALKS = {"Meeting", "Talks"}

# text, the meetings and talks read: (kind, date, location)
CASES = [
    (
        "Президенты Перу и Чили провели встречу один на один, а затем переговоры в "
        "расширенном составе.",
        {("Meeting", "", ""), ("Talks", "", "")},
    ),
    (
        "Президенты Перу и Чили провели встречу один на один и переговоры в расширенном составе.",
        {("Meeting", "", ""), ("Talks", "", "")},
    ),
    (
        "Президенты Перу и Чили провели встречу с глазу на глаз, а потом переговоры делегаций.",
        {("Meeting", "", ""), ("Talks", "", "")},
    ),
    # the verb's date and place are both events'
    (
        "Президенты Перу и Чили провели 5 мая 2025 года в Лиме встречу один на один, а затем "
        "переговоры в расширенном составе.",
        {("Meeting", "2025-05-05", "Лима"), ("Talks", "2025-05-05", "Лима")},
    ),
    (
        "В Кито состоялись встреча президентов Эквадора и Колумбии и переговоры делегаций.",
        {("Meeting", "", "Кито"), ("Talks", "", "Кито")},
    ),
    # each its own place
    (
        "Президенты Польши и Литвы провели встречу в Вильнюсе и переговоры в Каунасе.",
        {("Meeting", "", "Вильнюс"), ("Talks", "", "Каунас")},
    ),
    # must not: one event by two names, or a noun of no meeting or talks
    ("Президенты Польши и Литвы провели встречу, то есть переговоры.", {("Meeting", "", "")}),
    ("Президенты Польши и Литвы провели встречу или переговоры.", {("Meeting", "", "")}),
    (
        "Президенты Польши и Литвы провели встречу и совместную пресс-конференцию.",
        {("Meeting", "", "")},
    ),
    # must not: the same talks told again in the next sentence
    (
        "Президенты Кении и Танзании провели встречу. Переговоры продлились два часа.",
        {("Meeting", "", "")},
    ),
]


@pytest.mark.parametrize(("text", "told"), CASES)
def test_coordinated_event_nouns_are_events_of_their_own(
    events, text: str, told: set[tuple[str, str, str]]
) -> None:
    read = [e for e in events(text) if e.kind in _TALKS]
    assert {(e.kind, e.date, e.location) for e in read} == told
    assert len(read) == len(told)
