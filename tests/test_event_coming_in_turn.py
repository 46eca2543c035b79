"""One who comes "на смену" of another ("Ему на смену пришёл X", "На смену Пересу пришёл X")
takes that person's post: the title the text gives them, or the post the sentence before
tells them leaving. Where the one succeeded has no post told ("X долго болел") or no one is
succeeded ("На смену холодам пришла весна"), no appointment. Sentences of our own about
Estonia, Latvia, Egypt (pass forty-fourth, branch h-events112)."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _appointments(found: list[Event]) -> list[Event]:
    return [e for e in found if e.kind == "Appointment"]


@pytest.mark.parametrize(
    ("text", "person", "post", "state"),
    [
        ("Министр обороны Эстонии Ханно Певкур ушёл в отставку. Ему на смену пришёл генерал "
         "армии Мартин Херем.", "person/martin-kherem", "министра обороны Эстонии", "state/EST"),
        ("Министр обороны Эстонии Ханно Певкур ушёл в отставку. На смену Певкуру пришёл Мартин "
         "Херем.", "person/martin-kherem", "министра обороны Эстонии", "state/EST"),
        ("3 июня 2018 года генерал Ахмед Фарук освобождён от должности главнокомандующего армией "
         "Египта. Ему на смену пришёл генерал армии Махмуд Хеджази.", "person/makhmud-khedzhazi",
         "главнокомандующего армией Египта", "state/EGY"),
        # the sentence before tells the leaving with no subject of its own
        ("Генерал Ахмед Фарук родился в Каире. 3 июня 2018 г. освобождён от должности "
         "начальника генштаба Египта. Ему на смену пришёл генерал армии Махмуд Хеджази.",
         "person/makhmud-khedzhazi", "начальника генштаба Египта", "state/EGY"),
    ],
)  # fmt: skip
def test_one_coming_in_turn_takes_the_post(events, text, person, post, state) -> None:
    (appointment,) = _appointments(events(text))
    assert {person, state} <= set(appointment.participants)
    assert appointment.label.endswith("на пост " + post)


@pytest.mark.parametrize(
    "text",
    [
        "Янис Озолс долго болел. Ему на смену пришёл Андрис Берзиньш.",
        "Зима в Латвии выдалась холодной. На смену холодам пришла весна.",
    ],
)
def test_no_post_or_no_one_succeeded_gives_none(events, text: str) -> None:
    assert _appointments(events(text)) == []
