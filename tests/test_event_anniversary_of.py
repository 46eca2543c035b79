"""An event whose anniversary the text names ("в годовщину его смерти в 1896 году") has
happened, whatever the tense of the clause the anniversary dates (forty-fourth pass,
h-events113). Sentences of our own about other states."""

from __future__ import annotations

import pytest

# text, the (status, date) of its death
DEATHS = [
    ("Ататюрк основал Турецкую Республику. Президент Турции посетит Анкару 10 ноября, в "
     "годовщину его смерти в 1938 году.", ("occurred", "1938")),
    # must stay: a death told by its own verb, dated by its own day
    ("Мустафа Кемаль Ататюрк скончался 10 ноября 1938 года в Стамбуле.",
     ("occurred", "1938-11-10")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "told"), DEATHS)
def test_death_of_an_anniversary(events, text: str, told: tuple) -> None:
    (death,) = [e for e in events(text, "2024-07-01") if e.kind == "Death"]
    assert (death.status, death.date) == told
