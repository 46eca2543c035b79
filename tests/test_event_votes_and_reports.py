"""Wikinews kinds read from news of other states: lawmakers who vote for their body, a
report or an investigation published by a named author, and a successor who takes another's
post. Sentences of our own, with cases that must fire and cases that must not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.events import Event


def _of(read: list[Event], kind: str) -> list[Event]:
    return [e for e in read if e.kind == kind]


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        # one who takes the post: "он" unresolved names no one, and the one named on the
        # post left it
        ("Он сменил на посту министра обороны Перу Альберто Отаролу.", []),
        (
            "Министр финансов Чили Марио Марсель сменил на посту Андреса Веласко.",
            ["person/mario-marsel"],
        ),
    ],
)
def test_successor_not_predecessor(
    events: Callable[..., list[Event]], text: str, holders: list[str]
) -> None:
    appointed = [p for e in _of(events(text), "Appointment") for p in e.participants]
    assert [p for p in appointed if p.startswith("person/")] == holders
