"""A referendum told held or set ("Референдум … состоится 5 мая", "пройдёт референдум",
"назначил референдум на 5 мая") is an election event, planned or held, with its date; one
only judged ("назвал референдум незаконным") is none, and elections told with it are
another event. Sentences of our own about Peru, Egypt, Chile, Turkey (pass forty-three,
branch h-events106)."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _elections(found: list[Event]) -> list[Event]:
    return [e for e in found if e.kind == "Election"]


TOLD = [
    ("Референдум о продлении полномочий президента Перу состоится 5 мая.", "planned",
     "2024-05-05"),
    ("В Египте 5 мая пройдёт референдум о новой конституции.", "planned", "2024-05-05"),
    ("Президент Египта назначил референдум о новой конституции на 5 мая.", "planned",
     "2024-05-05"),
    ("Референдум о независимости прошёл в Чили 5 февраля.", "occurred", "2024-02-05"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "status", "date"), TOLD)
def test_a_referendum_held_or_set_is_an_election(events, text: str, status: str, date: str):
    (vote,) = _elections(events(text, "2024-03-01"))
    assert (vote.status, vote.date) == (status, date)
    assert vote.label.startswith("Референдум")


def test_a_referendum_only_judged_is_none(events) -> None:
    text = "Министр иностранных дел Турции назвал референдум в Египте незаконным."
    assert _elections(events(text, "2024-03-01")) == []


def test_elections_told_with_a_referendum_are_another_event(events) -> None:
    text = "Выборы президента Египта и референдум о новой конституции состоятся 5 мая."
    labels = sorted(e.label.split()[0] for e in _elections(events(text, "2024-03-01")))
    assert labels == ["Выборы", "Референдум"]
