"""A pronoun object late in a long sentence whose main subject names again, by a trade or
rank, a person named before ("Актёр X … . А 30 октября актёр попытался попасть в квартиру
…, однако полиция его задержала") stands for that person; "другой депутат", or a role no one
named before holds, stands for no one. Sentences of our own about Chile, Estonia, Latvia
(pass forty-fourth, branch h-events112)."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _arrests(found: list[Event]) -> list[Event]:
    return [e for e in found if e.kind == "Arrest"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Актёр Рикардо Дарин долго болел. Потом друзья сняли ему квартиру. А 30 октября актёр "
         "попытался попасть в квартиру в Сантьяго, чтобы забрать какие-то вещи, однако полиция "
         "его задержала.", "person/rikardo-darin"),
        ("Депутат Марко Михкельсон прибыл в Ригу. Там депутат попытался пройти в здание сейма, "
         "однако охрана его задержала.", "person/marko-mikhkelson"),
    ],
)  # fmt: skip
def test_the_role_named_before_is_the_one_arrested(events, text: str, person: str) -> None:
    (arrest,) = _arrests(events(text))
    assert person in arrest.participants


@pytest.mark.parametrize(
    "text",
    [
        "Депутат Марко Михкельсон прибыл в Ригу. Другой депутат попытался пройти в здание сейма, "
        "однако охрана его задержала.",
        "Марко Михкельсон прибыл в Ригу. Депутат попытался пройти в здание сейма, однако охрана "
        "его задержала.",
    ],
)
def test_another_or_an_unheld_role_is_no_one(events, text: str) -> None:
    assert all(not e.participants for e in _arrests(events(text)))
