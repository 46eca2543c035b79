"""A law or decree a named person signs ("Президент Эстонии Алар Карис подписал закон о …")
is a signing, as a signed decree is in the tuning gold: the state's own act, which its head
signs into force. A law signed with no one named ("Закон был подписан в 2020 году"), or a
letter about a law, is none. Sentences of our own about Estonia, Canada (pass forty-fourth,
branch h-events112)."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _signings(found: list[Event]) -> list[Event]:
    return [e for e in found if e.kind == "Signing"]


@pytest.mark.parametrize(
    ("text", "person", "paper"),
    [
        ("Президент Эстонии Алар Карис подписал закон о государственном языке.",
         "person/alar-karis", "закона о государственном языке"),
        ("Президент Эстонии Алар Карис подписал указ об ответственности за "
         "террористические преступления.", "person/alar-karis", "указа об ответственности"),
    ],
)  # fmt: skip
def test_a_law_a_named_head_signs(events, text: str, person: str, paper: str) -> None:
    (signing,) = _signings(events(text))
    assert {person, "state/EST"} <= set(signing.participants)
    assert paper in signing.label


@pytest.mark.parametrize(
    "text",
    [
        "Закон о государственном языке Эстонии был подписан в 2020 году.",
        "Джастин Трюдо подписал письмо в поддержку закона о пенсиях.",
    ],
)
def test_no_one_named_or_no_law_signed(events, text: str) -> None:
    assert _signings(events(text)) == []
